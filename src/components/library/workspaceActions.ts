// The workspace's backup and restore as the researcher meets them: the app functions (src/app/workspace), the
// platform's save dialog, and a translated message for every outcome. Used by the Library's buttons and the desktop menu.
import { ElMessage, ElMessageBox } from 'element-plus';
import { countDocuments } from '../../app/reads';
import type { RestoreMode } from '../../app/rows';
import { backupWorkspace, restoreFromBytes, type Backup } from '../../app/workspace';
import { platform } from '../../platform';
import { useImporter } from '../../stores/importer';

type T = (key: string, named?: Record<string, unknown>) => string;

/** Saves a backup file through the platform; false when it was not saved (cancelled or failed, the latter reported). */
export async function saveBackupFile(t: T, backup: Backup): Promise<boolean> {
  try {
    const saved = await platform().saveFile(backup.name, backup.json, 'application/json');
    if (saved) ElMessage.success(t('library.workspace.backupSaved', { file: backup.name }));
    return saved;
  } catch {
    // The desktop's save dialog was answered but the file could not be written (PlatformError).
    ElMessage.error(t('library.errors.write-failed'));
    return false;
  }
}

export async function saveBackup(t: T): Promise<void> {
  const backup = await backupWorkspace();
  if (!backup.ok) {
    ElMessage.error(t(`library.errors.${backup.code}`));
    return;
  }
  await saveBackupFile(t, backup.value);
}

/** Replace empties the workspace: it is asked once more, naming what would be lost. */
export async function confirmReplace(t: T, file: string): Promise<boolean> {
  const documents = await countDocuments();
  if (documents === 0) return true;
  try {
    await ElMessageBox.confirm(t('library.workspace.replaceConfirm', { documents, file }), t('library.workspace.replaceConfirmTitle'), {
      confirmButtonText: t('library.workspace.replaceConfirmButton'),
      cancelButtonText: t('actions.cancel'),
      confirmButtonClass: 'pb-replace-confirm',
      type: 'warning',
    });
    return true;
  } catch {
    return false;
  }
}

const PROBLEM_KEYS = { 'not-json': 'notJson', 'not-backup': 'notBackup', damaged: 'damaged', 'newer-version': 'newer' } as const;

/** Restores the file's bytes and tells how it went, in words (never the validator's field paths). */
export async function restoreBackup(t: T, file: { name: string; bytes: Uint8Array }, mode: RestoreMode): Promise<boolean> {
  const result = await restoreFromBytes(file.bytes, mode, () => confirmReplace(t, file.name));
  if (result.ok) {
    const { added, skippedDocuments } = result.value;
    ElMessage.success(
      t('library.workspace.restored', { documents: added.documents, targets: added.targets, annotations: added.annotations, skipped: skippedDocuments }),
    );
    return true;
  }
  if (result.code === 'cancelled') return false;
  if (result.detail) console.warn(`planbench: ${file.name} was not restored (${result.code}): ${result.detail}`);
  if (result.code === 'quota-exceeded' || result.code === 'write-failed') {
    ElMessage.error(t(`library.errors.${result.code}`));
  } else {
    ElMessage.error({ message: t(`library.workspace.${PROBLEM_KEYS[result.code]}`, { file: file.name, count: result.issues ?? 0 }), customClass: 'pb-restore-error' });
  }
  return false;
}

/** Extracts every stored plan again (edits kept) and says what happened, naming the plans it could not read again. */
export async function reextractAllWithReport(t: T): Promise<void> {
  const { documents, orphaned, failed } = await useImporter().reextractAll();
  const done = t('library.workspace.reextracted', { documents, orphaned });
  const files = failed
    .slice(0, 5)
    .map((f) => f.fileName)
    .join(', ');
  const message = failed.length === 0 ? done : `${done}\n${t('library.workspace.reextractFailed', { count: failed.length, files })}`;
  await ElMessageBox.alert(message, t('library.workspace.reextract'), { type: failed.length === 0 ? 'info' : 'warning' });
}
