// Connects the window to the desktop shell through the platform seam: files handed over are imported in the
// Library, menu commands are carried out at once (appCommands), and the shell follows the UI language. On the web nothing arrives.
import { ElMessage } from 'element-plus';
import { onBeforeUnmount, watch, type WatchSource } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { type Language, type OpenedFile, type OpenedFiles, type Platform, platform, type RefusedFile } from '../platform';
import { useImporter } from '../stores/importer';
import { useUi } from '../stores/ui';
import { type AppCommand, runAppCommand, useAppCommands } from './appCommands';

export interface ShellDeps {
  locale: WatchSource<Language>;
  setLocale(locale: Language): void;
  navigate(path: string): Promise<unknown>;
  importFiles(files: OpenedFile[]): Promise<unknown>;
  /** Tells the user that a file was not taken (too large, unreadable, too many). */
  refused(file: RefusedFile): void;
  /** Carries a menu command out, wherever the window is. */
  run(command: AppCommand): Promise<void>;
}

/** Subscribes to the shell's events and reports the language to it; returns the disconnect. */
export function connectDesktopShell(shell: Platform, deps: ShellDeps): () => void {
  // Batches handed over while one is importing wait their turn.
  let queue: Promise<unknown> = Promise.resolve();
  const offImport = shell.onImportFiles(({ files, refused }: OpenedFiles) => {
    queue = queue
      .then(async () => {
        await deps.navigate('/library');
        refused.forEach((file) => deps.refused(file));
        if (files.length > 0) await deps.importFiles(files);
      })
      .catch((e: unknown) => console.error('planbench: files handed over by the desktop shell were not imported', e));
  });
  const offMenu = shell.onMenuCommand((command) => {
    if (command.command === 'language') {
      deps.setLocale(command.locale);
      return;
    }
    void deps.run(command.command);
  });
  const stopLanguage = watch(deps.locale, (locale) => void shell.setLanguage(locale), { immediate: true });
  return () => {
    stopLanguage();
    offImport();
    offMenu();
  };
}

export function useDesktopShell(): void {
  const ui = useUi();
  const importer = useImporter();
  const router = useRouter();
  const { t } = useI18n();
  const commands = useAppCommands();
  const disconnect = connectDesktopShell(platform(), {
    locale: () => ui.locale,
    setLocale: (locale) => ui.setLocale(locale),
    navigate: (path) => router.push(path),
    importFiles: (files) => importer.importFiles(files),
    refused: (file) => ElMessage.warning(t('library.fileError', { file: file.name, reason: t(`library.errors.${file.code}`) })),
    run: (command) => runAppCommand(commands, command),
  });
  onBeforeUnmount(disconnect);
}
