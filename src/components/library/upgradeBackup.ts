// Before the workspace store opens: when the stored database is at an older schema version, the researcher is told that
// it will be upgraded and offered to save it as it is first (src/app/workspace: backupBeforeUpgrade).
import { ElMessageBox } from 'element-plus';
import { backupBeforeUpgrade } from '../../app/workspace';
import { saveBackupFile } from './workspaceActions';

type T = (key: string, named?: Record<string, unknown>) => string;

/** Resolves once the researcher has answered (or at once when nothing is to be upgraded); the caller then opens the store. */
export async function offerBackupBeforeUpgrade(t: T): Promise<void> {
  const offer = await backupBeforeUpgrade();
  if (!offer.ok) {
    console.error('planbench: the stored workspace could not be read before its upgrade', offer.detail);
    return;
  }
  if (!offer.value) return;
  const { from, to, backup } = offer.value;
  try {
    await ElMessageBox.confirm(t('library.workspace.upgradeOffer', { from, to }), t('library.workspace.upgradeTitle'), {
      confirmButtonText: t('library.workspace.upgradeSave'),
      cancelButtonText: t('library.workspace.upgradeSkip'),
      distinguishCancelAndClose: true,
      closeOnClickModal: false,
      type: 'info',
    });
  } catch {
    return;
  }
  await saveBackupFile(t, backup);
}
