// The review store's changes with their outcome told to the researcher, and Ctrl+Z (⌘Z) bound to undo while a view is open.
import { ElMessage } from 'element-plus';
import { onBeforeUnmount, onMounted } from 'vue';
import { useI18n } from 'vue-i18n';
import type { TargetEdits } from '../../core/review/effective';
import type { AchievedRecord, TargetRecord } from '../../core/types';
import type { RecordKind, RowEdits } from '../../app/records';
import type { DbResult, MetadataChange } from '../../app/rows';
import { useReview } from '../../stores/review';

export function useReviewActions() {
  const review = useReview();
  const { t } = useI18n();

  function report<T extends DbResult>(result: T): T {
    if (!result.ok) ElMessage.error(t(`review.errors.${result.code}`));
    return result;
  }

  async function undo(): Promise<void> {
    const result = report(await review.undo());
    if (result.ok && result.value) ElMessage.info({ message: t('review.undone', { what: t(`review.change.${result.value.kind}`) }), duration: 1800 });
  }

  return {
    review,
    edit: async (id: string, edits: TargetEdits | RowEdits, pack?: string) => report(await review.edit(id, edits, pack)),
    confirm: async (id: string, record: RecordKind = 'target', pack?: string) => report(await review.confirm(id, record, pack)),
    reject: async (id: string, record: RecordKind = 'target', pack?: string) => report(await review.reject(id, record, pack)),
    addManual: async (documentId: string, record: Omit<TargetRecord, 'id'>) => report(await review.addManual(documentId, record)),
    addManualAchieved: async (documentId: string, record: Omit<AchievedRecord, 'id'>) => report(await review.addManualAchieved(documentId, record)),
    deleteManual: async (id: string, record: RecordKind = 'target') => report(await review.deleteManual(id, record)),
    editMetadata: async (documentId: string, change: MetadataChange) => report(await review.editMetadata(documentId, change)),
    undo,
  };
}

function editable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl+Z undoes the last review change, except inside a text field, where it undoes typing. */
export function useUndoShortcut(undo: () => unknown): void {
  function onKey(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return;
    if (editable(event.target)) return;
    event.preventDefault();
    void undo();
  }
  onMounted(() => window.addEventListener('keydown', onKey));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey));
}
