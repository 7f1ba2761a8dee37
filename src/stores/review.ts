// Review state of the window: the table's filters, the open target, and an undo stack of the rows as they were before each change.
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef, toRaw } from 'vue';
import { ok } from '../core/result';
import type { TargetEdits } from '../core/review/effective';
import type { TargetRecord } from '../core/types';
import type { AnnotationRow, DbResult, MetadataChange, MetadataSnapshot, TargetChange, TargetRow } from '../app/rows';
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
}

export function emptyFilters(): ReviewFilters {
  return { regionId: '', documentId: '', domain: '', indicator: '', status: '', query: '' };
}

export type ChangeKind = 'edit' | 'confirm' | 'reject' | 'add' | 'delete' | 'metadata';

/** How to take a change back: put the row back as it was, or remove a target that was added. */
export type UndoStep =
  | { kind: Exclude<ChangeKind, 'add' | 'metadata'>; targetId: string; previous: TargetRow; annotations: AnnotationRow[] }
  | { kind: 'add'; targetId: string }
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

  async function recorded(kind: Exclude<ChangeKind, 'add' | 'delete' | 'metadata'>, change: Promise<TargetChange>): Promise<TargetChange> {
    const result = await change;
    if (result.ok) push({ kind, targetId: result.value.target.id, previous: result.value.previous, annotations: [] });
    return result;
  }

  function edit(id: string, edits: TargetEdits): Promise<TargetChange> {
    return recorded('edit', editTarget(id, structuredClone(toRaw(edits))));
  }

  function confirm(id: string): Promise<TargetChange> {
    return recorded('confirm', confirmTarget(id));
  }

  function reject(id: string): Promise<TargetChange> {
    return recorded('reject', rejectTarget(id));
  }

  async function addManual(documentId: string, record: Omit<TargetRecord, 'id'>): Promise<DbResult<{ target: TargetRow }>> {
    const result = await addManualTarget(documentId, structuredClone(toRaw(record)));
    if (result.ok) push({ kind: 'add', targetId: result.value.target.id });
    return result;
  }

  async function deleteManual(id: string): Promise<DbResult> {
    const result = await deleteManualTarget(id);
    if (result.ok) push({ kind: 'delete', targetId: id, previous: result.value.deleted.target, annotations: result.value.deleted.annotations });
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
    if (step.kind === 'add') return deleteManualTarget(step.targetId);
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

  async function restoreRow(previous: TargetRow, annotations: AnnotationRow[]): Promise<DbResult> {
    const restored = await restoreTarget(previous);
    if (!restored.ok || annotations.length === 0) return restored;
    return restoreNotes(annotations);
  }

  function resetFilters(): void {
    Object.assign(filters, emptyFilters());
  }

  return { filters, openId, undoStack, lastUndo, edit, confirm, reject, addManual, deleteManual, editMetadata, undo, resetFilters };
});
