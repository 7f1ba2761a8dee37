import { nextTick, ref } from 'vue';
import { describe, expect, it, vi } from 'vitest';
import type { Language, MenuCommand, OpenedFile, OpenedFiles, Platform } from '../platform';
import { connectDesktopShell, type ShellDeps } from './useDesktopShell';

vi.mock('element-plus', () => ({ ElMessage: { warning: vi.fn() } }));

function fakeShell() {
  let importListener: ((files: OpenedFiles) => void) | null = null;
  let menuListener: ((command: MenuCommand) => void) | null = null;
  const offImport = vi.fn();
  const offMenu = vi.fn();
  const shell = {
    kind: 'electron',
    setLanguage: vi.fn(async () => undefined),
    onImportFiles: vi.fn((l: (files: OpenedFiles) => void) => {
      importListener = l;
      return offImport;
    }),
    onMenuCommand: vi.fn((l: (command: MenuCommand) => void) => {
      menuListener = l;
      return offMenu;
    }),
  } as unknown as Platform;
  return {
    shell,
    offImport,
    offMenu,
    handOver: (files: OpenedFiles) => importListener?.(files),
    menu: (command: MenuCommand) => menuListener?.(command),
  };
}

function deps(locale = ref<Language>('zh-CN')) {
  const calls: string[] = [];
  const d = {
    locale,
    setLocale: vi.fn((l: Language) => {
      locale.value = l;
    }),
    navigate: vi.fn(async (path: string) => {
      calls.push(`navigate ${path}`);
    }),
    importFiles: vi.fn(async (files: OpenedFile[]) => {
      calls.push(`import ${files.map((f) => f.name).join(',')}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      calls.push('imported');
    }),
    refused: vi.fn<ShellDeps['refused']>(),
    run: vi.fn<ShellDeps['run']>(async () => undefined),
  } satisfies ShellDeps;
  return { d, calls };
}

describe('the desktop shell connection', () => {
  it('imports handed-over files in the Library, one batch after the other, and names the refused', async () => {
    const { shell, handOver } = fakeShell();
    const { d, calls } = deps();
    connectDesktopShell(shell, d);
    handOver({ files: [{ name: 'a.txt', bytes: new Uint8Array([1]) }], refused: [{ name: 'big.pdf', size: 9e7, code: 'too-large' }] });
    handOver({ files: [{ name: 'b.txt', bytes: new Uint8Array([2]) }], refused: [] });
    await vi.waitFor(() => expect(calls).toHaveLength(6));
    expect(calls).toEqual(['navigate /library', 'import a.txt', 'imported', 'navigate /library', 'import b.txt', 'imported']);
    expect(d.refused).toHaveBeenCalledExactlyOnceWith({ name: 'big.pdf', size: 9e7, code: 'too-large' });
  });

  it('takes the next batch even when one fails', async () => {
    const { shell, handOver } = fakeShell();
    const { d } = deps();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    d.importFiles.mockRejectedValueOnce(new Error('disk full'));
    connectDesktopShell(shell, d);
    handOver({ files: [{ name: 'a.txt', bytes: new Uint8Array([1]) }], refused: [] });
    handOver({ files: [{ name: 'b.txt', bytes: new Uint8Array([2]) }], refused: [] });
    await vi.waitFor(() => expect(d.importFiles).toHaveBeenCalledTimes(2));
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('carries menu commands out at once, without opening the view they used to need', async () => {
    const { shell, menu } = fakeShell();
    const { d } = deps();
    connectDesktopShell(shell, d);
    menu({ command: 'backup' });
    menu({ command: 'export-chart' });
    await vi.waitFor(() => expect(d.run).toHaveBeenCalledTimes(2));
    expect(d.run.mock.calls).toEqual([['backup'], ['export-chart']]);
    expect(d.navigate).not.toHaveBeenCalled();
  });

  it('switches the UI language from the menu and reports every change to the shell', async () => {
    const { shell, menu } = fakeShell();
    const locale = ref<Language>('zh-CN');
    const { d } = deps(locale);
    connectDesktopShell(shell, d);
    expect(shell.setLanguage).toHaveBeenLastCalledWith('zh-CN');
    menu({ command: 'language', locale: 'en' });
    await nextTick();
    expect(d.setLocale).toHaveBeenCalledWith('en');
    expect(shell.setLanguage).toHaveBeenLastCalledWith('en');
  });

  it('disconnects completely', async () => {
    const { shell, offImport, offMenu } = fakeShell();
    const locale = ref<Language>('zh-CN');
    const disconnect = connectDesktopShell(shell, deps(locale).d);
    disconnect();
    expect(offImport).toHaveBeenCalled();
    expect(offMenu).toHaveBeenCalled();
    locale.value = 'en';
    await nextTick();
    expect(shell.setLanguage).toHaveBeenCalledTimes(1);
  });
});
