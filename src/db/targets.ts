// The researcher's work on targets: edit, confirm, reject, add by hand; each returns the row as it was so the UI can undo.
import { EDITABLE_FIELDS, type TargetEdits, type TargetStatus } from '../core/review/effective';
import type { TargetRecord } from '../core/types';
import { failure, guarded, type DbResult } from './errors';
import { ok } from '../core/result';
import { newId } from './ids';
import { isManual, MANUAL_ID_PREFIX, targetRow, type AnnotationRow, type TargetRow } from '../workspace/rows';
import type { PlanBenchDB } from './schema';

export type TargetChange = DbResult<{ target: TargetRow; previous: TargetRow }>;

// Structural equality of plain JSON values, whatever order an object's keys were written in.
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Merges new edits into old ones, keeping only fields that differ from the extracted record. */
export function mergeEdits(extracted: TargetRecord, before: TargetEdits | null, edits: TargetEdits): TargetEdits | null {
  const merged: Record<string, unknown> = { ...before };
  for (const field of EDITABLE_FIELDS) {
    if (edits[field] === undefined) continue;
    // Editing a field back to what was extracted removes the edit.
    if (sameValue(edits[field], extracted[field])) delete merged[field];
    else merged[field] = edits[field];
  }
  return Object.keys(merged).length === 0 ? null : (merged as TargetEdits);
}

/** The status a reviewed target ends in: manual stays manual, edited stays edited, else confirmed. */
function reviewedStatus(row: Pick<TargetRow, 'extracted'>, edits: TargetEdits | null): TargetStatus {
  if (isManual(row)) return 'manual';
  return edits ? 'edited' : 'confirmed';
}

async function change(db: PlanBenchDB, id: string, next: (row: TargetRow) => Pick<TargetRow, 'edits' | 'status'>): Promise<TargetChange> {
  return guarded(() =>
    db.transaction('rw', db.targets, async () => {
      const previous = await db.targets.get(id);
      if (!previous) return failure('not-found');
      const target = { ...targetRow({ ...previous, ...next(previous) }, new Date().toISOString()), id: previous.id };
      await db.targets.put(target);
      return ok({ target, previous });
    }),
  );
}

/**
 * Applies edits over the extracted record (which is never changed). The target becomes 'edited';
 * if every edit turns out equal to the extracted value it is 'confirmed' instead. Manual targets stay 'manual'.
 */
export function editTarget(db: PlanBenchDB, id: string, edits: TargetEdits): Promise<TargetChange> {
  return change(db, id, (row) => {
    const merged = mergeEdits(row.extracted, row.edits, edits);
    return { edits: merged, status: reviewedStatus(row, merged) };
  });
}

/** Marks a target as checked; also takes back a rejection. */
export function confirmTarget(db: PlanBenchDB, id: string): Promise<TargetChange> {
  return change(db, id, (row) => ({ edits: row.edits, status: reviewedStatus(row, row.edits) }));
}

/** A rejected target keeps its edits, is never effective, and can be confirmed again. */
export function rejectTarget(db: PlanBenchDB, id: string): Promise<TargetChange> {
  return change(db, id, (row) => ({ edits: row.edits, status: 'rejected' }));
}

/** Puts a row back as it was (the `previous` of a change), if its document still exists. */
export async function restoreTarget(db: PlanBenchDB, row: TargetRow): Promise<DbResult> {
  return guarded(() =>
    db.transaction('rw', [db.documents, db.targets], async () => {
      if ((await db.documents.where(':id').equals(row.documentId).count()) === 0) return failure('not-found');
      await db.targets.put(row);
      return ok();
    }),
  );
}

/** A target the extractor missed, typed in by the researcher; re-extraction never touches it. */
export async function addManualTarget(
  db: PlanBenchDB,
  documentId: string,
  record: Omit<TargetRecord, 'id'>,
): Promise<DbResult<{ target: TargetRow }>> {
  return guarded(() =>
    db.transaction('rw', [db.documents, db.targets], async () => {
      const document = await db.documents.get(documentId);
      if (!document) return failure('not-found');
      const extracted: TargetRecord = { ...record, id: newId(MANUAL_ID_PREFIX.slice(0, -1)) };
      const target = targetRow({ documentId, regionId: document.regionId, extracted, edits: null, status: 'manual' }, new Date().toISOString());
      await db.targets.add(target);
      return ok({ target });
    }),
  );
}

/** Deletes a manual target; notes attached to it stay on the region × indicator, detached. */
export async function deleteManualTarget(
  db: PlanBenchDB,
  id: string,
): Promise<DbResult<{ deleted: { target: TargetRow; annotations: AnnotationRow[] } }>> {
  return guarded(() =>
    db.transaction('rw', [db.targets, db.annotations], async () => {
      const target = await db.targets.get(id);
      if (!target) return failure('not-found');
      if (!isManual(target)) return failure('not-manual');
      const annotations = await db.annotations.where('targetId').equals(id).toArray();
      await db.annotations.where('targetId').equals(id).modify({ targetId: null });
      await db.targets.delete(id);
      return ok({ deleted: { target, annotations } });
    }),
  );
}
