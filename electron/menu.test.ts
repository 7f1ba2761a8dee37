import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { LANGUAGES, type Language, type MenuCommand } from './ipc-contract';
import { type MenuActions, menuTemplate } from './menu';
import { format, LANGUAGE_NAMES, MENU_MESSAGES } from './menu-messages';

function actions() {
  return {
    importFiles: vi.fn<() => void>(),
    send: vi.fn<(command: MenuCommand) => void>(),
    setLanguage: vi.fn<(locale: Language) => void>(),
    about: vi.fn<() => void>(),
  } satisfies MenuActions;
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function byId(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const item = flatten(items).find((i) => i.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

const linux = { isDev: false, isMac: false };

describe('menu messages', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(MENU_MESSAGES.en).sort()).toEqual(Object.keys(MENU_MESSAGES['zh-CN']).sort());
    for (const locale of LANGUAGES) {
      for (const [key, value] of Object.entries(MENU_MESSAGES[locale])) expect(value.trim(), `${locale}.${key}`).not.toBe('');
    }
  });

  it('is Chinese in Chinese and English in English', () => {
    const same = new Set(['productName']);
    for (const [key, zh] of Object.entries(MENU_MESSAGES['zh-CN'])) {
      if (same.has(key)) continue;
      expect(zh, key).toMatch(/[\u4e00-\u9fff]/);
      expect(MENU_MESSAGES.en[key as keyof typeof MENU_MESSAGES.en], key).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('fills placeholders', () => {
    expect(format(MENU_MESSAGES.en.aboutDetail, { version: '1.2.3', electron: '45', chrome: '150' })).toContain('Version 1.2.3');
    expect(format('{a} {b}', { a: 'x' })).toBe('x {b}');
  });
});

describe.each(LANGUAGES)('the menu in %s', (locale: Language) => {
  const m = MENU_MESSAGES[locale];
  const template = menuTemplate(locale, actions(), linux);
  const labels = flatten(template)
    .filter((i) => i.type !== 'separator')
    .map((i) => i.label);

  it('labels every item and menu in the language', () => {
    expect(labels.every((l) => typeof l === 'string' && l.length > 0)).toBe(true);
    expect(template.map((t) => t.label)).toEqual([m.file, m.edit, m.view, m.window, m.help]);
    for (const key of ['importFiles', 'exportChart', 'exportReport', 'backup', 'restore', 'language', 'about', 'copy', 'paste', 'quit'] as const) {
      expect(labels).toContain(m[key]);
    }
  });

  it('offers both languages by their own names, the current one checked', () => {
    for (const l of LANGUAGES) {
      const item = byId(template, `language-${l}`);
      expect(item.label).toBe(LANGUAGE_NAMES[l]);
      expect(item.type).toBe('radio');
      expect(item.checked).toBe(l === locale);
    }
  });
});

describe('menu items', () => {
  it('have the standard shortcuts', () => {
    const template = menuTemplate('en', actions(), linux);
    expect(byId(template, 'import').accelerator).toBe('CmdOrCtrl+O');
    expect(byId(template, 'backup').accelerator).toBe('CmdOrCtrl+S');
    expect(byId(template, 'export-chart').accelerator).toBe('CmdOrCtrl+E');
    expect(byId(template, 'quit').accelerator).toBe('CmdOrCtrl+Q');
    const accelerators = flatten(template)
      .map((i) => i.accelerator)
      .filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('use the standard roles for editing', () => {
    const roles = flatten(menuTemplate('zh-CN', actions(), linux)).map((i) => i.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']) expect(roles).toContain(role);
  });

  it('offer reload and developer tools only while developing', () => {
    const released = flatten(menuTemplate('en', actions(), linux)).map((i) => i.role);
    expect(released).not.toContain('reload');
    expect(released).not.toContain('forceReload');
    expect(released).not.toContain('toggleDevTools');
    const dev = flatten(menuTemplate('en', actions(), { isDev: true, isMac: false })).map((i) => i.role);
    expect(dev).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('carry out their commands', () => {
    const a = actions();
    const template = menuTemplate('zh-CN', a, linux);
    click(byId(template, 'import'));
    expect(a.importFiles).toHaveBeenCalledOnce();
    for (const command of ['export-chart', 'export-report', 'backup', 'restore'] as const) {
      click(byId(template, command));
      expect(a.send).toHaveBeenLastCalledWith({ command });
    }
    click(byId(template, 'language-en'));
    expect(a.setLanguage).toHaveBeenCalledWith('en');
    click(byId(template, 'about'));
    expect(a.about).toHaveBeenCalledOnce();
  });

  it('follow macOS conventions on a Mac: an app menu with About and Quit, no Help duplicate', () => {
    const template = menuTemplate('zh-CN', actions(), { isDev: false, isMac: true });
    expect(template[0]?.label).toBe(MENU_MESSAGES['zh-CN'].productName);
    expect(flatten([template[0] as MenuItemConstructorOptions]).map((i) => i.role)).toEqual(expect.arrayContaining(['hide', 'quit']));
    expect(flatten(template).filter((i) => i.id === 'about')).toHaveLength(1);
    expect(flatten(template).filter((i) => i.role === 'quit')).toHaveLength(1);
  });
});
