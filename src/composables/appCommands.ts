// Commands that arrive from outside a view (the desktop menu), each carried out at once by the app functions: no view
// has to be open, nothing waits for one to mount. Backup saves through the platform, restore opens the restore dialog
// (App.vue) with the picked file, the exports read the comparison from the store with Compare's choices of regions,
// domain, order and current chart.
import { ElMessage } from 'element-plus';
import { useI18n } from 'vue-i18n';
import { currentPanel, exportChartFile, exportReport, loadExportScope, panelsOf } from '../app/exports';
import { useCompareText } from '../components/compare/labels';
import { runExport, useExportText } from '../components/export/exporting';
import { saveBackup } from '../components/library/workspaceActions';
import { platform, type MenuCommand } from '../platform';
import { useCompare } from '../stores/compare';
import { useUi } from '../stores/ui';

/** The desktop menu's commands (the IPC contract's list) but the language switch. */
export type AppCommand = Exclude<MenuCommand['command'], 'language'>;
export const APP_COMMANDS: readonly AppCommand[] = ['backup', 'restore', 'export-chart', 'export-report'];

export type AppCommands = Record<AppCommand, () => Promise<void>>;

/** Carries a command out; a failure is logged, never left unhandled. */
export async function runAppCommand(commands: AppCommands, command: AppCommand): Promise<void> {
  try {
    await commands[command]();
  } catch (e) {
    console.error('planbench: a menu command failed', e);
  }
}

/** The commands with the window's language and state; call inside setup. */
export function useAppCommands(): AppCommands {
  const { t } = useI18n();
  const { translate, locale } = useExportText();
  const { indicatorName } = useCompareText();
  const ui = useUi();
  const compare = useCompare();
  const text = () => ({ translate, locale: locale.value, indicatorName });
  const scope = () => loadExportScope(locale.value, (id) => compare.isSelected(id));

  return {
    backup: () => saveBackup(t),
    restore: async () => {
      // The shell's open dialog picks the backup (a file input needs a click in the page).
      const picked = (await platform().openBackupFile()).files[0];
      if (picked) ui.requestRestore({ name: picked.name, bytes: picked.bytes });
    },
    'export-chart': () =>
      runExport(t, async () => {
        const current = await scope();
        const panel = currentPanel(panelsOf(current, compare.domain === 'unclassified' ? null : compare.domain), compare.touchedPanelId, compare.focus?.panelId ?? null);
        if (!panel) {
          ElMessage.info(t('export.menu.noChart'));
          return false;
        }
        return exportChartFile(panel, 'png-2', compare.rowOrder, text(), current);
      }),
    'export-report': () => runExport(t, async () => exportReport('docx', text(), await scope())),
  };
}
