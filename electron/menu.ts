// The native menu in the app's language: import, exports, backup and restore, language, about, and the standard
// edit and view roles (reload and developer tools only while developing).
import type { MenuItemConstructorOptions } from 'electron';
import { LANGUAGES, type Language, type MenuCommand } from './ipc-contract';
import { LANGUAGE_NAMES, MENU_MESSAGES } from './menu-messages';

export interface MenuActions {
  importFiles(): void;
  send(command: MenuCommand): void;
  setLanguage(locale: Language): void;
  about(): void;
}

export interface MenuOptions {
  isDev: boolean;
  isMac: boolean;
}

export function menuTemplate(locale: Language, actions: MenuActions, { isDev, isMac }: MenuOptions): MenuItemConstructorOptions[] {
  const m = MENU_MESSAGES[locale];
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const file: MenuItemConstructorOptions = {
    label: m.file,
    submenu: [
      { id: 'import', label: m.importFiles, accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
      separator,
      { id: 'export-chart', label: m.exportChart, accelerator: 'CmdOrCtrl+E', click: () => actions.send({ command: 'export-chart' }) },
      { id: 'export-report', label: m.exportReport, accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.send({ command: 'export-report' }) },
      separator,
      { id: 'backup', label: m.backup, accelerator: 'CmdOrCtrl+S', click: () => actions.send({ command: 'backup' }) },
      { id: 'restore', label: m.restore, accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.send({ command: 'restore' }) },
      ...(isMac ? [] : [separator, { id: 'quit', role: 'quit', label: m.quit, accelerator: 'CmdOrCtrl+Q' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: m.edit,
    submenu: [
      { role: 'undo', label: m.undo },
      { role: 'redo', label: m.redo },
      separator,
      { role: 'cut', label: m.cut },
      { role: 'copy', label: m.copy },
      { role: 'paste', label: m.paste },
      { role: 'selectAll', label: m.selectAll },
    ],
  };

  const languages: MenuItemConstructorOptions[] = LANGUAGES.map((l) => ({
    id: `language-${l}`,
    label: LANGUAGE_NAMES[l],
    type: 'radio',
    checked: l === locale,
    click: () => actions.setLanguage(l),
  }));

  const developer: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload', label: m.reload }, { role: 'forceReload', label: m.forceReload }, { role: 'toggleDevTools', label: m.toggleDevTools }, separator]
    : [];

  const view: MenuItemConstructorOptions = {
    label: m.view,
    submenu: [
      { id: 'language', label: m.language, submenu: languages },
      separator,
      ...developer,
      { role: 'resetZoom', label: m.resetZoom },
      { role: 'zoomIn', label: m.zoomIn },
      { role: 'zoomOut', label: m.zoomOut },
      separator,
      { role: 'togglefullscreen', label: m.toggleFullScreen },
    ],
  };

  const about: MenuItemConstructorOptions = { id: 'about', label: m.about, click: () => actions.about() };

  const mac: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: m.productName,
          submenu: [
            about,
            separator,
            { role: 'services', label: m.services },
            separator,
            { role: 'hide', label: m.hide },
            { role: 'hideOthers', label: m.hideOthers },
            { role: 'unhide', label: m.unhide },
            separator,
            { role: 'quit', label: m.quit },
          ],
        },
      ]
    : [];

  const window: MenuItemConstructorOptions = {
    label: m.window,
    submenu: [
      { role: 'minimize', label: m.minimize },
      { role: 'close', label: m.close },
    ],
  };

  // On macOS About lives in the app menu; elsewhere in Help.
  const help: MenuItemConstructorOptions = { role: 'help', label: m.help, submenu: [about] };

  return [...mac, file, edit, view, window, ...(isMac ? [] : [help])];
}
