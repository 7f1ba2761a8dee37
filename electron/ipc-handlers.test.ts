import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, type InvokeChannel, type Language, MAX_IMAGE_BYTES, MAX_OPEN_FILE_BYTES, MAX_SAVE_BYTES } from './ipc-contract';
import { type IpcContext, isTrustedSender, registerIpcHandlers } from './ipc-handlers';
import { BrowserWindow, clipboard, ClipboardItem, dialog, FakeFrame, FakeWebContents, ipcMain } from './testing/electron-mock';

vi.mock('electron', () => import('./testing/electron-mock'));

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const dir = mkdtempSync(path.join(tmpdir(), 'planbench-ipc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let window: BrowserWindow;
let language: Language;
const setLanguage = vi.fn((next: Language) => {
  language = next;
});

beforeEach(() => {
  vi.clearAllMocks();
  ipcMain.handlers.clear();
  window = new BrowserWindow();
  language = 'zh-CN';
  const context: IpcContext = { window: () => window as unknown as ElectronWindow, language: () => language, setLanguage };
  registerIpcHandlers(context);
});

/** The event of a call from the main window's top frame on the app, unless overridden. */
function event(overrides: { sender?: unknown; senderFrame?: unknown } = {}) {
  return { sender: window.webContents, senderFrame: window.webContents.mainFrame, ...overrides };
}

function call(channel: InvokeChannel, args: unknown[], ev: unknown = event()): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(ev, ...args));
}

/** A valid request for each channel, to show that only the sender or the payload makes the difference. */
const VALID: Record<InvokeChannel, unknown> = {
  'planbench:open-files': { kind: 'plans' },
  'planbench:save-file': { suggestedName: 'backup.json', data: '{}', filters: [{ name: 'JSON', extensions: ['json'] }] },
  'planbench:copy-image': { png: PNG },
  'planbench:print-to-pdf': { suggestedName: 'report.pdf' },
  'planbench:app-version': {},
  'planbench:set-language': { locale: 'en' },
};

/** For each channel: payloads that must be refused (unknown keys, wrong types, oversized, missing fields). */
const MALFORMED: Record<InvokeChannel, unknown[]> = {
  'planbench:open-files': [undefined, null, 'plans', {}, { kind: 'anything' }, { kind: 'plans', path: '/etc/passwd' }, { kind: 'plans', filters: [] }],
  'planbench:save-file': [
    {},
    { suggestedName: 'a.json', data: '{}' },
    { suggestedName: 'a.json', data: '{}', filters: [], path: '/etc/cron.d/x' },
    { suggestedName: '../../.bashrc', data: 'x', filters: [] },
    { suggestedName: '/etc/passwd', data: 'x', filters: [] },
    { suggestedName: 'C:\\Windows\\x.dll', data: 'x', filters: [] },
    { suggestedName: 'a\u0000.json', data: 'x', filters: [] },
    { suggestedName: '', data: 'x', filters: [] },
    { suggestedName: 'a.json', data: 42, filters: [] },
    { suggestedName: 'a.json', data: [1, 2, 3], filters: [] },
    { suggestedName: 'a.json', data: { length: 3 }, filters: [] },
    { suggestedName: 'a.json', data: new Uint8Array(MAX_SAVE_BYTES + 1), filters: [] },
    { suggestedName: 'a.json', data: 'x', filters: [{ name: 'JSON', extensions: ['*'] }] },
    { suggestedName: 'a.json', data: 'x', filters: [{ name: 'JSON', extensions: ['json'], extra: true }] },
    { suggestedName: 'a'.repeat(256), data: 'x', filters: [] },
  ],
  'planbench:copy-image': [{}, { png: 'iVBORw0KGgo=' }, { png: [137, 80] }, { png: new Uint8Array([1, 2, 3]) }, { png: PNG, format: 'jpeg' }, { png: oversizedPng() }],
  'planbench:print-to-pdf': [{}, { suggestedName: 'r.pdf', landscape: 'yes' }, { suggestedName: 'r.pdf', pageSize: 'A0' }, { suggestedName: 'r.pdf', printBackground: false }, { suggestedName: '../r.pdf' }],
  'planbench:app-version': [undefined, null, { verbose: true }, 'version'],
  'planbench:set-language': [{}, { locale: 'fr' }, { locale: 'zh-CN', extra: 1 }, { locale: 7 }, 'en'],
};

function oversizedPng(): Uint8Array {
  const bytes = new Uint8Array(MAX_IMAGE_BYTES + 1);
  bytes.set(PNG);
  return bytes;
}

describe('every channel', () => {
  it('is registered, and only the contract channels are', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    for (const channel of INVOKE_CHANNELS) expect(channel).toMatch(/^planbench:/);
  });

  describe.each(INVOKE_CHANNELS)('%s', (channel) => {
    it.each(MALFORMED[channel].map((payload, i) => [i, payload]))('refuses malformed payload #%i', async (_i, payload) => {
      await expect(call(channel, [payload])).rejects.toMatchObject({ code: 'invalid-payload' });
    });

    it('refuses extra or missing arguments', async () => {
      await expect(call(channel, [VALID[channel], 'more'])).rejects.toMatchObject({ code: 'invalid-payload' });
      await expect(call(channel, [])).rejects.toMatchObject({ code: 'invalid-payload' });
    });

    it('refuses another window, a subframe, a foreign page and a gone frame', async () => {
      const other = new FakeWebContents();
      const subframe = new FakeFrame('app://planbench/index.html', 1, 2);
      subframe.parent = window.webContents.mainFrame;
      const senders = [
        event({ sender: other, senderFrame: other.mainFrame }),
        event({ senderFrame: subframe }),
        event({ senderFrame: new FakeFrame('https://example.org/') }),
        event({ senderFrame: new FakeFrame('file:///tmp/page.html') }),
        event({ senderFrame: new FakeFrame('app://evil/index.html') }),
        event({ senderFrame: null }),
      ];
      for (const ev of senders) await expect(call(channel, [VALID[channel]], ev)).rejects.toMatchObject({ code: 'foreign-sender' });
      window.isDestroyed.mockReturnValue(true);
      await expect(call(channel, [VALID[channel]])).rejects.toMatchObject({ code: 'foreign-sender' });
    });

    it('answers a valid request from the app', async () => {
      await expect(call(channel, [VALID[channel]])).resolves.not.toThrow();
    });
  });
});

describe('the sender check', () => {
  it('accepts the main frame object itself, or the same frame by process and routing id', () => {
    const win = window as unknown as ElectronWindow;
    expect(isTrustedSender(event() as never, win)).toBe(true);
    expect(isTrustedSender(event({ senderFrame: new FakeFrame('app://planbench/index.html#/library', 1, 1) }) as never, win)).toBe(true);
    expect(isTrustedSender(event({ senderFrame: new FakeFrame('app://planbench/index.html', 2, 1) }) as never, win)).toBe(false);
    expect(isTrustedSender(event() as never, null)).toBe(false);
  });
});

describe('saving', () => {
  it('writes to the path chosen in the dialog, and only there', async () => {
    const chosen = path.join(dir, 'chosen.json');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    await expect(call('planbench:save-file', [{ suggestedName: 'planbench-backup.json', data: '{"a":1}', filters: [] }])).resolves.toEqual({ status: 'saved' });
    expect(readFileSync(chosen, 'utf8')).toBe('{"a":1}');
    const options = dialog.showSaveDialog.mock.calls[0]?.[1] as { defaultPath: string };
    expect(path.basename(options.defaultPath)).toBe('planbench-backup.json');
  });

  it('writes bytes as they are', async () => {
    const chosen = path.join(dir, 'chart.png');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    await call('planbench:save-file', [{ suggestedName: 'chart.png', data: PNG, filters: [{ name: 'PNG', extensions: ['png'] }] }]);
    expect(new Uint8Array(readFileSync(chosen))).toEqual(PNG);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await expect(call('planbench:save-file', [VALID['planbench:save-file']])).resolves.toEqual({ status: 'cancelled' });
  });

  it('reports a failed write as a value with a code', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'missing-folder', 'x.json') });
    await expect(call('planbench:save-file', [VALID['planbench:save-file']])).resolves.toMatchObject({ status: 'failed', code: 'write-failed' });
  });
});

describe('saving: the allow-list of names and extensions', () => {
  const refused = [
    'autostart.desktop',
    'run.exe',
    'setup.bat',
    'profile.sh',
    'payload.lnk',
    'x.js',
    'report.docm',
    'report.pdf.exe',
    'noextension',
    '.bashrc',
    '.json',
    'table.csv.',
    'table.csv ',
    'CON.csv',
    'lpt1',
    'a<b>.csv',
    'what?.csv',
    'tab\t.csv',
    'line\n.csv',
  ];

  it.each(refused)('refuses to offer %j for saving, before any dialog', async (name) => {
    await expect(call('planbench:save-file', [{ suggestedName: name, data: 'x', filters: [] }])).rejects.toMatchObject({ code: 'invalid-payload' });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses dialog filters outside the list, and a PDF print under another extension', async () => {
    for (const extensions of [['exe'], ['csv', 'sh'], ['desktop']]) {
      await expect(call('planbench:save-file', [{ suggestedName: 'a.csv', data: 'x', filters: [{ name: 'X', extensions }] }])).rejects.toMatchObject({ code: 'invalid-payload' });
    }
    await expect(call('planbench:print-to-pdf', [{ suggestedName: 'report.html' }])).rejects.toMatchObject({ code: 'invalid-payload' });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each(['comparison.csv', 'review.XLSX', 'planbench-backup.json', 'chart@2x.png', '对照图.svg', '报告.docx', 'report.html', 'report.pdf'])('offers %j', async (name) => {
    const chosen = path.join(dir, name);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    await expect(call('planbench:save-file', [{ suggestedName: name, data: 'x', filters: [] }])).resolves.toEqual({ status: 'saved' });
    expect(readFileSync(chosen, 'utf8')).toBe('x');
  });

  it('keeps the suggested extension when the name typed in the dialog has none of the list', async () => {
    for (const typed of ['study', 'study.sh']) {
      dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, typed) });
      await expect(call('planbench:save-file', [{ suggestedName: 'comparison.csv', data: 'a,b', filters: [] }])).resolves.toEqual({ status: 'saved' });
      expect(existsSync(path.join(dir, typed))).toBe(false);
      expect(readFileSync(path.join(dir, `${typed}.csv`), 'utf8')).toBe('a,b');
    }
  });
});

describe('opening files', () => {
  it('reads the chosen plans, refusing one over the size cap unread', async () => {
    const small = path.join(dir, '规划.txt');
    writeFileSync(small, '到2030年,托位达到5个。');
    const big = path.join(dir, 'big.pdf');
    writeFileSync(big, Buffer.alloc(MAX_OPEN_FILE_BYTES + 1));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [small, big] });
    const opened = (await call('planbench:open-files', [{ kind: 'plans' }])) as { files: { name: string; bytes: Uint8Array }[]; refused: unknown[] };
    expect(opened.files.map((f) => f.name)).toEqual(['规划.txt']);
    expect(new TextDecoder().decode(opened.files[0]?.bytes)).toBe('到2030年,托位达到5个。');
    expect(opened.refused).toEqual([{ name: 'big.pdf', size: MAX_OPEN_FILE_BYTES + 1, code: 'too-large' }]);
    const options = dialog.showOpenDialog.mock.calls[0]?.[1] as { properties: string[]; filters: { name: string; extensions: string[] }[] };
    expect(options.properties).toContain('multiSelections');
    expect(options.filters[0]?.extensions).toEqual(['txt', 'text', 'md', 'markdown', 'htm', 'html', 'docx', 'pdf', 'png', 'jpg', 'jpeg', 'tif', 'tiff']);
    expect(options.filters[0]?.name).toBe('规划文件');
  });

  it('offers one JSON backup for a restore, in the language of the UI', async () => {
    language = 'en';
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(call('planbench:open-files', [{ kind: 'backup' }])).resolves.toEqual({ files: [], refused: [] });
    const options = dialog.showOpenDialog.mock.calls[0]?.[1] as { properties: string[]; filters: { name: string; extensions: string[] }[] };
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters).toEqual([{ name: 'Workspace backups', extensions: ['json'] }]);
  });
});

describe('the clipboard, PDF, version and language', () => {
  it('puts a PNG on the clipboard', async () => {
    await expect(call('planbench:copy-image', [{ png: PNG }])).resolves.toBe(true);
    const items = clipboard.write.mock.calls[0]?.[0] as ClipboardItem[];
    expect(items[0]).toBeInstanceOf(ClipboardItem);
    expect(Object.keys(items[0]?.items ?? {})).toEqual(['image/png']);
  });

  it('answers false when the clipboard refuses', async () => {
    clipboard.write.mockRejectedValueOnce(new Error('busy'));
    await expect(call('planbench:copy-image', [{ png: PNG }])).resolves.toBe(false);
  });

  it('prints the window to PDF, then saves where the user chose', async () => {
    const chosen = path.join(dir, 'report.pdf');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    await expect(call('planbench:print-to-pdf', [{ suggestedName: 'report.pdf', landscape: true }])).resolves.toEqual({ status: 'saved' });
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ landscape: true, pageSize: 'A4', printBackground: true }));
    expect(readFileSync(chosen, 'utf8')).toContain('%PDF');
    const options = dialog.showSaveDialog.mock.calls[0]?.[1] as { filters: { extensions: string[] }[] };
    expect(options.filters[0]?.extensions).toEqual(['pdf']);
  });

  it('reports a failed print as a value with a code', async () => {
    window.webContents.printToPDF.mockRejectedValueOnce(new Error('no printer'));
    await expect(call('planbench:print-to-pdf', [{ suggestedName: 'r.pdf' }])).resolves.toMatchObject({ status: 'failed', code: 'print-failed' });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('tells the version', async () => {
    await expect(call('planbench:app-version', [{}])).resolves.toMatchObject({ version: '0.1.0' });
  });

  it('passes the language on', async () => {
    await call('planbench:set-language', [{ locale: 'en' }]);
    expect(setLanguage).toHaveBeenCalledExactlyOnceWith('en');
  });
});
