import { describe, expect, it, vi } from 'vitest';
import { version } from '../../package.json';
import { API_KEY, API_METHODS, type PlanbenchApi } from '../../electron/ipc-contract';
import { electronPlatform, filtersFor } from './electron';
import { choosePlatform, PlatformError } from './index';
import { readPicked, webPlatform } from './web';

function fakeApi() {
  const api = Object.fromEntries(API_METHODS.map((m) => [m, vi.fn()])) as unknown as { [K in keyof PlanbenchApi]: ReturnType<typeof vi.fn> };
  return api;
}

describe('choosing the platform', () => {
  it('uses the browser where no preload API is exposed', () => {
    expect(choosePlatform({}).kind).toBe('web');
  });

  it('uses the desktop where the preload exposed the full API', () => {
    expect(choosePlatform({ [API_KEY]: fakeApi() }).kind).toBe('electron');
  });

  it('does not trust a partial or foreign object under the same name', () => {
    const partial = fakeApi() as unknown as Record<string, unknown>;
    delete partial.saveFile;
    expect(choosePlatform({ [API_KEY]: partial }).kind).toBe('web');
    expect(choosePlatform({ [API_KEY]: 'planbench' }).kind).toBe('web');
  });
});

describe('the desktop implementation', () => {
  it('saves through the dialog with a filter from the name', async () => {
    const api = fakeApi();
    api.saveFile.mockResolvedValue({ status: 'saved' });
    await expect(electronPlatform(api as unknown as PlanbenchApi).saveFile('planbench-backup.json', '{}', 'application/json')).resolves.toBe(true);
    expect(api.saveFile).toHaveBeenCalledWith({ suggestedName: 'planbench-backup.json', data: '{}', filters: [{ name: 'JSON', extensions: ['json'] }] });
  });

  it('answers false for a cancelled dialog and throws a coded error for a failed write', async () => {
    const api = fakeApi();
    const desktop = electronPlatform(api as unknown as PlanbenchApi);
    api.saveFile.mockResolvedValueOnce({ status: 'cancelled' });
    await expect(desktop.saveFile('a.csv', 'x', 'text/csv')).resolves.toBe(false);
    api.saveFile.mockResolvedValueOnce({ status: 'failed', code: 'write-failed', detail: 'EACCES' });
    await expect(desktop.saveFile('a.csv', 'x', 'text/csv')).rejects.toEqual(expect.objectContaining({ code: 'write-failed' }));
    api.printToPdf.mockResolvedValueOnce({ status: 'failed', code: 'print-failed', detail: 'x' });
    await expect(desktop.printToPdf('r.pdf')).rejects.toBeInstanceOf(PlatformError);
  });

  it('maps every call onto the preload API', async () => {
    const api = fakeApi();
    const desktop = electronPlatform(api as unknown as PlanbenchApi);
    api.appVersion.mockResolvedValue({ version: '9.9.9', electron: '45', chrome: '150' });
    api.printToPdf.mockResolvedValue({ status: 'saved' });
    await desktop.openPlanFiles();
    await desktop.openBackupFile();
    await desktop.copyImage(new Uint8Array([1]));
    await desktop.printToPdf('report.pdf', { landscape: true });
    await desktop.setLanguage('en');
    expect(await desktop.appVersion()).toBe('9.9.9');
    expect(api.openFiles.mock.calls).toEqual([[{ kind: 'plans' }], [{ kind: 'backup' }]]);
    expect(api.copyImage).toHaveBeenCalledWith({ png: new Uint8Array([1]) });
    expect(api.printToPdf).toHaveBeenCalledWith({ suggestedName: 'report.pdf', landscape: true });
    expect(api.setLanguage).toHaveBeenCalledWith({ locale: 'en' });
    const listener = vi.fn();
    desktop.onImportFiles(listener);
    desktop.onMenuCommand(listener);
    expect(api.onImportFiles).toHaveBeenCalledWith(listener);
    expect(api.onMenuCommand).toHaveBeenCalledWith(listener);
  });

  it('derives save filters only from a plain extension', () => {
    expect(filtersFor('chart.PNG')).toEqual([{ name: 'PNG', extensions: ['png'] }]);
    expect(filtersFor('README')).toEqual([]);
    expect(filtersFor('odd.名字')).toEqual([]);
  });
});

describe('the browser implementation', () => {
  it('reads picked files within the caps, leaving the large ones unread', async () => {
    const files = [new File(['abc'], 'a.txt'), new File([new Uint8Array(20)], 'big.pdf'), new File(['de'], 'b.md'), new File(['f'], 'c.md')];
    const opened = await readPicked(files, 10, 2, 100);
    expect(opened.files.map((f) => [f.name, [...f.bytes]])).toEqual([
      ['a.txt', [97, 98, 99]],
      ['b.md', [100, 101]],
    ]);
    expect(opened.refused).toEqual([
      { name: 'big.pdf', size: 20, code: 'too-large' },
      { name: 'c.md', size: 1, code: 'too-many' },
    ]);
  });

  it('has no shell: nothing arrives, the language goes nowhere, the version is the package’s', async () => {
    const off = webPlatform.onImportFiles(vi.fn());
    expect(typeof off).toBe('function');
    off();
    webPlatform.onMenuCommand(vi.fn())();
    await expect(webPlatform.setLanguage('en')).resolves.toBeUndefined();
    await expect(webPlatform.appVersion()).resolves.toBe(version);
  });

  it('answers false for an image when the browser has no clipboard API', async () => {
    await expect(webPlatform.copyImage(new Uint8Array([1]))).resolves.toBe(false);
  });
});
