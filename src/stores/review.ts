// Review state of the window: the table's filters, the open target, and an undo stack of the rows as they were before each change.
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef, toRaw } from 'vue';
import { ok } from '../core/result';
import type { TargetEdits } from '../core/review/effective';
import type { AchievedRecord, TargetRecord } from '../core/types';
import {
  addManualAchievement,
  confirmAchievement,
  deleteManualAchievement,
  editAchievement,
  rejectAchievement,
  restoreAchievement,
} from '../app/achievements';
import type { RecordFilter, RecordKind, ReviewedRow, RowEdits } from '../app/records';
import type { AchievementRow, AnnotationRow, DbResult, MetadataChange, MetadataSnapshot, TargetRow } from '../app/rows';
import {
  addManualTarget,
  confirmTarget,
  deleteManualTarget,
  editMetadata as editDocumentMetadata,
  editTarget,
  rejectTarget,
  restoreMetadata,
  restoreNotes,
  restoreTarget,
} from '../app/targets';

/** '' means "all" for every filter. */
export interface ReviewFilters {
  regionId: string;
  documentId: string;
  domain: string;
  indicator: string;
  status: string;
  query: string;
  /** Targets, achievements, or '' for both; Review opens on the targets. */
  record: RecordFilter;
}

export function emptyFilters(): ReviewFilters {
  return { regionId: '', documentId: '', domain: '', indicator: '', status: '', query: '', record: 'target' };
}

export type ChangeKind = 'edit' | 'confirm' | 'reject' | 'add' | 'delete' | 'metadata';

/** How to take a change back: put the row (a target or an achievement) back as it was, or remove a record that was added. */
export type UndoStep =
  | { kind: Exclude<ChangeKind, 'add' | 'metadata'>; targetId: string; previous: ReviewedRow; annotations: AnnotationRow[] }
  | { kind: 'add'; targetId: string; record: RecordKind }
  | { kind: 'metadata'; documentId: string; previous: MetadataSnapshot };

const MAX_UNDO = 100;

export const useReview = defineStore('review', () => {
  const filters = reactive<ReviewFilters>(emptyFilters());
  /** The target whose record is open in a panel. */
  const openId = ref<string | null>(null);
  // Rows read from Dexie are plain objects; a shallow ref keeps them so (IndexedDB cannot clone proxies).
  const undoStack = shallowRef<readonly UndoStep[]>([]);
  const lastUndo = computed(() => undoStack.value.at(-1) ?? null);

  function push(step: UndoStep): void {
    undoStack.value = [...undoStack.value, step].slice(-MAX_UNDO);
  }

  type Change = DbResult<{ target: ReviewedRow; previous: ReviewedRow }>;

  async function recorded(kind: Exclude<ChangeKind, 'add' | 'delete' | 'metadata'>, change: Promise<Change>): Promise<Change> {
    const result = await change;
    if (result.ok) push({ kind, targetId: result.value.target.id, previous: result.value.previous, annotations: [] });
    return result;
  }

  /** Edits a target (TargetEdits) or, given `{ kind: 'achieved', edits }`, an achievement. */
  /** `pack`, here and below: the pack key a target read from a pack carries (packOf in src/app/records.ts). */
  function edit(id: string, edits: TargetEdits | RowEdits, pack?: string): Promise<Change> {
    const change: RowEdits = 'kind' in edits && 'edits' in edits ? edits : { kind: 'target', edits };
    if (change.kind === 'achieved') return recorded('edit', editAchievement(id, structuredClone(toRaw(change.edits))));
    return recorded('edit', editTarget(id, structuredClone(toRaw(change.edits)), pack));
  }

  function confirm(id: string, record: RecordKind = 'target', pack?: string): Promise<Change> {
    return recorded('confirm', record === 'achieved' ? confirmAchievement(id) : confirmTarget(id, pack));
  }

  function reject(id: string, record: RecordKind = 'target', pack?: string): Promise<Change> {
    return recorded('reject', record === 'achieved' ? rejectAchievement(id) : rejectTarget(id, pack));
  }

  async function addManual(documentId: string, record: Omit<TargetRecord, 'id'>): Promise<DbResult<{ target: TargetRow }>> {
    const result = await addManualTarget(documentId, structuredClone(toRaw(record)));
    if (result.ok) push({ kind: 'add', targetId: result.value.target.id, record: 'target' });
    return result;
  }

  async function addManualAchieved(documentId: string, record: Omit<AchievedRecord, 'id'>): Promise<DbResult<{ target: AchievementRow }>> {
    const result = await addManualAchievement(documentId, structuredClone(toRaw(record)));
    if (result.ok) push({ kind: 'add', targetId: result.value.target.id, record: 'achieved' });
    return result;
  }

  async function deleteManual(id: string, record: RecordKind = 'target'): Promise<DbResult> {
    const result = record === 'achieved' ? await deleteManualAchievement(id) : await deleteManualTarget(id);
    if (result.ok) {
      const { deleted } = result.value;
      push({ kind: 'delete', targetId: id, previous: deleted.target, annotations: 'annotations' in deleted ? deleted.annotations : [] });
    }
    if (result.ok && openId.value === id) openId.value = null;
    return result;
  }

  /** Corrects a document's title, region, period, kind, issuer or date; undoable like a target edit. */
  async function editMetadata(documentId: string, change: MetadataChange): Promise<DbResult<{ regionId: string }>> {
    const result = await editDocumentMetadata(documentId, structuredClone(toRaw(change)));
    if (result.ok) push({ kind: 'metadata', documentId, previous: result.value.previous });
    return result;
  }

  async function takeBack(step: UndoStep): Promise<DbResult> {
    if (step.kind === 'add') return step.record === 'achieved' ? deleteManualAchievement(step.targetId) : deleteManualTarget(step.targetId);
    if (step.kind === 'metadata') return restoreMetadata(step.previous);
    return restoreRow(step.previous, step.annotations);
  }

  /** Takes back the last change; the step stays on the stack when the undo fails, so it can be retried. */
  /** The value is the step taken back, null when there was nothing to undo. */
  async function undo(): Promise<DbResult<UndoStep | null>> {
    const step = lastUndo.value;
    if (!step) return ok(null);
    const result = await takeBack(step);
    if (!result.ok) return result;
    undoStack.value = undoStack.value.slice(0, -1);
    return ok(step);
  }

  async function restoreRow(previous: ReviewedRow, annotations: AnnotationRow[]): Promise<DbResult> {
    const restored = 'record' in previous ? await restoreAchievement(previous) : await restoreTarget(previous);
    if (!restored.ok || annotations.length === 0) return restored;
    return restoreNotes(annotations);
  }

  function resetFilters(): void {
    Object.assign(filters, emptyFilters());
  }

  return { filters, openId, undoStack, lastUndo, edit, confirm, reject, addManual, addManualAchieved, deleteManual, editMetadata, undo, resetFilters };
});
