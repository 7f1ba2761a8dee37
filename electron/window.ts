// The one main window: secure preferences, the remembered bounds, and the app's own URL as its only content.
import { BrowserWindow, screen } from 'electron';
import { APP_URL } from './app-protocol';
import { secureWebPreferences } from './security';
import { MIN_SIZE, readWindowState, type WindowState, writeWindowState } from './window-state';

export interface MainWindowOptions {
  preload: string;
  devTools: boolean;
  /** Where the window state is kept (app.getPath('userData')). */
  stateDir: string;
  title: string;
}

export interface MainWindow {
  window: BrowserWindow;
  /** Settles when the page has loaded, so events sent after it reach listeners the page has set up. */
  loaded: Promise<void>;
}

export function createMainWindow({ preload, devTools, stateDir, title }: MainWindowOptions): MainWindow {
  const state = readWindowState(
    stateDir,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title,
    show: false,
    backgroundColor: '#f5f7fa',
    webPreferences: secureWebPreferences(preload, devTools),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    const next: WindowState = { ...bounds, maximized: window.isMaximized() };
    if (!writeWindowState(stateDir, next)) console.warn('planbench: the window size and position could not be saved');
  });
  const loaded = new Promise<void>((resolve) => window.webContents.once('did-finish-load', () => resolve()));
  void window.loadURL(APP_URL);
  return { window, loaded };
}
