// A stand-in for the `electron` module in unit tests (vi.mock('electron', () => import('./testing/electron-mock'))):
// windows, webContents and frames that record their listeners, and spies for every API the shell calls.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeFrame {
  parent: FakeFrame | null = null;
  constructor(
    public url: string,
    public processId = 1,
    public routingId = 1,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  id = FakeWebContents.nextId++;
  mainFrame = new FakeFrame('app://planbench/index.html');
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send = vi.fn();
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 fake'));
  isDestroyed = vi.fn(() => false);
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  maximize = vi.fn();
  isMinimized = vi.fn(() => false);
  isMaximized = vi.fn(() => false);
  isDestroyed = vi.fn(() => false);
  getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1200, height: 800 }));
  constructor(public options: Record<string, unknown> = {}) {
    super();
    BrowserWindow.instances.push(this);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  userData = '/tmp/planbench-user-data';
  whenReady = vi.fn(() => Promise.resolve());
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  enableSandbox = vi.fn();
  getLocale = vi.fn(() => 'zh-CN');
  getVersion = vi.fn(() => '0.1.0');
  getAppPath = vi.fn(() => '/opt/planbench/resources/app.asar');
  getPath = vi.fn((name: string) => (name === 'userData' ? this.userData : `/home/researcher/${name}`));
}

export const app = new FakeApp();

export const ipcMain = {
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    ipcMain.handlers.set(channel, handler);
  }),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export const defaultSession = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  setDevicePermissionHandler: vi.fn(),
};
export const session = { defaultSession };

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
};

export class ClipboardItem {
  constructor(public items: Record<string, unknown>) {}
}
export const clipboard = { write: vi.fn(async (_items: ClipboardItem[]) => undefined) };

export const nativeImage = {
  createFromBuffer: vi.fn((buffer: Buffer) => ({
    // A real decoder fails on anything but an image; here a PNG is whatever is longer than its signature.
    isEmpty: () => buffer.byteLength <= 8,
    toPNG: () => Buffer.from(buffer),
  })),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
};

export const contextBridge = { exposeInMainWorld: vi.fn() };

export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]) => undefined),
  on: vi.fn(),
  removeListener: vi.fn(),
};

/** Back to a fresh launch: no windows, listeners or handlers left from the last one. */
export function resetElectronMock(): void {
  app.removeAllListeners();
  app.isPackaged = false;
  BrowserWindow.instances.length = 0;
  ipcMain.handlers.clear();
}

export default { app, ipcMain, protocol, session, shell, dialog, clipboard, ClipboardItem, nativeImage, Menu, screen, contextBridge, ipcRenderer, BrowserWindow };
