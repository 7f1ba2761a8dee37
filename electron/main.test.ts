import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_SCHEME_PRIVILEGES, APP_URL } from './app-protocol';
import { INVOKE_CHANNELS } from './ipc-contract';
import { MENU_MESSAGES } from './menu-messages';
import type * as ElectronMock from './testing/electron-mock';
import { WINDOW_STATE_FILE } from './window-state';

vi.mock('electron', () => import('./testing/electron-mock'));

type Mock = typeof ElectronMock;

const dir = mkdtempSync(path.join(tmpdir(), 'planbench-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Loads main.ts afresh against a fresh electron mock, as one launch of the app. */
async function launch({ lock = true, argv = ['/opt/planbench/planbench'], packaged = false } = {}): Promise<Mock> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as Mock;
  electron.resetElectronMock();
  electron.app.isPackaged = packaged;
  electron.app.requestSingleInstanceLock.mockReturnValue(lock);
  electron.app.userData = mkdtempSync(path.join(dir, 'user-'));
  const saved = process.argv;
  process.argv = argv;
  try {
    await import('./main');
  } finally {
    process.argv = saved;
  }
  await settle();
  return electron;
}

function mainWindow(electron: Mock) {
  const window = electron.BrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

function menuLabels(electron: Mock): string[] {
  const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[];
  return template.map((item) => String(item.label));
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe('start-up', () => {
  it('registers the app scheme as privileged and sandboxes every renderer before ready', async () => {
    const electron = await launch();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }]);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
  });

  it('serves the app from the app protocol and loads nothing else', async () => {
    const electron = await launch();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const window = mainWindow(electron);
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(APP_URL);
    expect(APP_URL.startsWith('app://planbench/')).toBe(true);
  });

  it('opens one window with the secure preferences and the bundled preload', async () => {
    const electron = await launch();
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    const prefs = mainWindow(electron).options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false });
    expect(prefs.preload).toBe(path.join('/opt/planbench/resources/app.asar', 'preload.cjs'));
    expect(prefs.devTools).toBe(true);
  });

  it('has no developer tools, reload or devtools menu items once packaged', async () => {
    const electron = await launch({ packaged: true });
    expect((mainWindow(electron).options.webPreferences as Record<string, unknown>).devTools).toBe(false);
    const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);
    const roles = flat(electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[]).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
  });

  it('denies permissions on the default session', async () => {
    const electron = await launch();
    const session = electron.session.defaultSession;
    const callback = vi.fn();
    (session.setPermissionRequestHandler.mock.calls[0]?.[0] as (wc: unknown, p: string, cb: (granted: boolean) => void) => void)({}, 'geolocation', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((session.setPermissionCheckHandler.mock.calls[0]?.[0] as (wc: unknown, p: string) => boolean)({}, 'notifications')).toBe(false);
  });

  it('guards every webContents that is created', async () => {
    const electron = await launch();
    const contents = new electron.FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/');
    const event = { url: 'file:///etc/passwd', preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('registers every IPC channel and the menu in the system language', async () => {
    const electron = await launch();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(menuLabels(electron)).toContain(MENU_MESSAGES['zh-CN'].file);
  });
});

describe('one instance', () => {
  it('quits a second launch at once, before any window', async () => {
    const electron = await launch({ lock: false });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.protocol.handle).not.toHaveBeenCalled();
  });

  it('focuses the first window when a second launch starts, and forwards its plan files', async () => {
    const electron = await launch();
    const window = mainWindow(electron);
    window.webContents.emit('did-finish-load');
    window.isMinimized.mockReturnValue(true);
    const plan = path.join(dir, '十五五规划.txt');
    writeFileSync(plan, '到2030年,托位数达到4.5个。');
    electron.app.emit('second-instance', {}, ['/opt/planbench/planbench', '--flag', '十五五规划.txt', 'ignored.exe'], dir, {});
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledTimes(1));
    const [channel, payload] = window.webContents.send.mock.calls[0] as [string, { files: { name: string; bytes: Uint8Array }[]; refused: unknown[] }];
    expect(channel).toBe('planbench:import-files');
    expect(payload.files.map((f) => f.name)).toEqual(['十五五规划.txt']);
    expect(new TextDecoder().decode(payload.files[0]?.bytes)).toContain('托位数');
    expect(payload.refused).toEqual([]);
  });

  it('sends nothing when a second launch names no plan file', async () => {
    const electron = await launch();
    const window = mainWindow(electron);
    window.webContents.emit('did-finish-load');
    electron.app.emit('second-instance', {}, ['/opt/planbench/planbench'], dir, {});
    await settle();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('imports the files of the first launch once the page has loaded', async () => {
    const plan = path.join(dir, 'first.md');
    writeFileSync(plan, '# 规划');
    const electron = await launch({ argv: ['/opt/planbench/planbench', plan] });
    const window = mainWindow(electron);
    expect(window.webContents.send).not.toHaveBeenCalled();
    window.webContents.emit('did-finish-load');
    await vi.waitFor(() =>
      expect(window.webContents.send).toHaveBeenCalledWith('planbench:import-files', expect.objectContaining({ files: [expect.objectContaining({ name: 'first.md' })] })),
    );
  });

  it('imports a plan the OS opens with the app, and ignores other files', async () => {
    const electron = await launch();
    const window = mainWindow(electron);
    window.webContents.emit('did-finish-load');
    const plan = path.join(dir, 'opened.html');
    writeFileSync(plan, '<p>规划</p>');
    const event = { preventDefault: vi.fn() };
    electron.app.emit('open-file', event, path.join(dir, 'tool.exe'));
    electron.app.emit('open-file', event, plan);
    expect(event.preventDefault).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledTimes(1));
    await settle();
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
  });
});

describe('language and window state', () => {
  it('rebuilds the menu when the window reports another language', async () => {
    const electron = await launch();
    const window = mainWindow(electron);
    const handler = electron.ipcMain.handlers.get('planbench:set-language');
    await handler?.({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, { locale: 'en' });
    expect(menuLabels(electron)).toEqual(expect.arrayContaining([MENU_MESSAGES.en.file, MENU_MESSAGES.en.help]));
  });

  it('switching language in the menu tells the window', async () => {
    const electron = await launch();
    const window = mainWindow(electron);
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[];
    const view = template.find((item) => item.label === MENU_MESSAGES['zh-CN'].view);
    const languages = (view?.submenu as MenuItemConstructorOptions[]).find((item) => item.id === 'language')?.submenu as MenuItemConstructorOptions[];
    (languages.find((item) => item.id === 'language-en')?.click as () => void)();
    expect(window.webContents.send).toHaveBeenCalledWith('planbench:menu-command', { command: 'language', locale: 'en' });
    expect(menuLabels(electron)).toContain(MENU_MESSAGES.en.file);
  });

  it('remembers the window bounds when it closes', async () => {
    const electron = await launch();
    const window = mainWindow(electron);
    window.getNormalBounds.mockReturnValue({ x: 40, y: 30, width: 1300, height: 850 });
    window.emit('close');
    const saved = JSON.parse(readFileSync(path.join(electron.app.userData, WINDOW_STATE_FILE), 'utf8'));
    expect(saved).toEqual({ x: 40, y: 30, width: 1300, height: 850, maximized: false });
  });
});
