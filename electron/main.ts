// Desktop entry: one hardened window on the app's own protocol, one instance, the native menu and the IPC handlers.
// Everything with rules lives in the modules it imports; this file only wires them together.
import { app, dialog, Menu, protocol, session, shell } from 'electron';
import path from 'node:path';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { hasImportExtension, importPathsFromArgv, readFiles } from './files';
import { openWithDialog, registerIpcHandlers, sendToWindow } from './ipc-handlers';
import type { Language } from './ipc-contract';
import { menuTemplate } from './menu';
import { format, MENU_MESSAGES } from './menu-messages';
import { denyAllPermissions, guardWebContents } from './security';
import { createMainWindow, type MainWindow } from './window';

/** The app folder (dist-electron/, or app.asar when packaged): main.cjs, preload.cjs and the renderer build in renderer/. */
const appDir = () => app.getAppPath();

let main: MainWindow | null = null;
let language: Language = 'zh-CN';
/** Files the OS or the command line named before the window could take them. */
const waiting: string[] = importPathsFromArgv(process.argv, process.cwd());

// Must run before `ready`: the scheme's privileges and the sandbox for every renderer.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    void forwardFiles(importPathsFromArgv(argv, workingDirectory));
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (!hasImportExtension(file)) return;
    if (main) void forwardFiles([file]);
    else waiting.push(file);
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => shell.openExternal(url)));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!main) openWindow();
  });
  void app.whenReady().then(() => {
    language = app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
    denyAllPermissions(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(appDir(), 'renderer')));
    registerIpcHandlers({ window: () => main?.window ?? null, language: () => language, setLanguage });
    refreshMenu();
    openWindow();
  });
}

function openWindow(): void {
  main = createMainWindow({
    preload: path.join(appDir(), 'preload.cjs'),
    devTools: !app.isPackaged,
    stateDir: app.getPath('userData'),
    title: MENU_MESSAGES[language].productName,
  });
  main.window.on('closed', () => {
    main = null;
  });
  void forwardFiles(waiting.splice(0));
}

function focusWindow(): void {
  const window = main?.window;
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** Reads the named files and hands them to the window to import, once its page is ready for them. */
async function forwardFiles(paths: string[]): Promise<void> {
  if (paths.length === 0 || !main) return;
  const target = main;
  const opened = await readFiles(paths);
  await target.loaded;
  if (opened.files.length > 0 || opened.refused.length > 0) sendToWindow(target.window, 'planbench:import-files', opened);
}

function setLanguage(next: Language): void {
  if (next === language) return;
  language = next;
  refreshMenu();
}

function refreshMenu(): void {
  const template = menuTemplate(
    language,
    {
      importFiles: () => void importWithDialog(),
      send: (command) => sendToWindow(main?.window ?? null, 'planbench:menu-command', command),
      setLanguage: (locale) => {
        setLanguage(locale);
        sendToWindow(main?.window ?? null, 'planbench:menu-command', { command: 'language', locale });
      },
      about: () => void showAbout(),
    },
    { isDev: !app.isPackaged, isMac: process.platform === 'darwin' },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function importWithDialog(): Promise<void> {
  const window = main?.window;
  if (!window) return;
  const opened = await openWithDialog(window, 'plans', language);
  if (opened.files.length > 0 || opened.refused.length > 0) sendToWindow(window, 'planbench:import-files', opened);
}

async function showAbout(): Promise<void> {
  const m = MENU_MESSAGES[language];
  const detail = format(m.aboutDetail, { version: app.getVersion(), electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '' });
  const options = { type: 'info' as const, title: m.about, message: m.productName, detail, buttons: [m.ok] };
  const window = main?.window;
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
