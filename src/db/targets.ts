// The researcher's work on targets: edit, confirm, reject, add by hand; each returns the row as it was so the UI can undo.
import { EDITABLE_FIELDS, type TargetEdits, type TargetStatus } from '../core/review/effective';
import type { TargetRecord } from '../core/types';
import type { EntityTable, IDType, Table } from 'dexie';
import { failure, guarded, type DbResult } from './errors';
import { ok } from '../core/result';
import { newId } from './ids';
import { isManual, MANUAL_ID_PREFIX, targetRow, type AnnotationRow, type TargetRow } from '../workspace/rows';
import type { PlanBenchDB } from './schema';
import { cellTables, refreshCells } from './cells';
import { isUntouched, targetById } from './target-store';
import { sameValue } from './same-value';

/** Merges new edits into old ones, keeping only fields that differ from the extracted record. */
export function mergeEdits(extracted: TargetRecord, before: TargetEdits | null, edits: TargetEdits): TargetEdits | null {
  return mergeFieldEdits(EDITABLE_FIELDS, extracted, before, edits);
}

/** mergeEdits over any record's editable fields (a target's, an achievement's). */
export function mergeFieldEdits<E extends object>(fields: readonly string[], extracted: object, before: E | null, edits: E): E | null {
  const merged: Record<string, unknown> = { ...before };
  const given = edits as Record<string, unknown>;
  const original = extracted as Record<string, unknown>;
  for (const field of fields) {
    if (given[field] === undefined) continue;
    // Editing a field back to what was extracted removes the edit.
    if (sameValue(given[field], original[field])) delete merged[field];
    else merged[field] = given[field];
  }
  return Object.keys(merged).length === 0 ? null : (merged as E);
}

/** What the review writes need of a stored record: a target row or an achievement row. */
interface ReviewedRow<R extends { id: string }, E extends object> {
  id: string;
  documentId: string;
  regionId: string;
  extracted: R;
  edits: E | null;
  status: TargetStatus;
  orphaned: boolean;
}

/**
 * One kind of reviewed record: its table, its editable fields and its row builder. Edit, confirm,
 * reject, undo and manual add are written once over it, for targets and achievements alike.
 */
export interface ReviewedKind<Row extends ReviewedRow<R, E>, R extends { id: string }, E extends object> {
  table: (db: PlanBenchDB) => EntityTable<Row, 'id'>;
  fields: readonly string[];
  build: (base: Pick<Row, 'documentId' | 'regionId' | 'extracted' | 'edits' | 'status'> & Partial<Pick<Row, 'orphaned'>>, updatedAt: string) => Row;
  /** Compare charts this kind: every write recomputes the cells of the regions it touched (src/db/cells.ts), in its transaction. */
  charted: boolean;
  /**
   * Reads a record its table may not hold as a row (a packed target, src/db/target-store.ts; `pack` is the key it was
   * read with). A packed record's first change writes a row that overrides the packed copy and keeps its key; undoing
   * it back to untouched deletes that row.
   */
  packed?: { find: (db: PlanBenchDB, id: string, pack?: string) => Promise<Row | undefined>; untouched: (row: Row) => boolean };
}

/** The pack key a row carries, if any (only targets of packed documents have one). */
function packOf(row: object): string | undefined {
  const pack = (row as { pack?: unknown }).pack;
  return typeof pack === 'string' ? pack : undefined;
}

/** The tables a write of this kind needs besides its own: the cells' when Compare charts it. */
function scope<Row extends ReviewedRow<R, E>, R extends { id: string }, E extends object>(kind: ReviewedKind<Row, R, E>, db: PlanBenchDB, ...tables: Table[]): Table[] {
  return kind.charted ? [...new Set([...tables, kind.table(db) as unknown as Table, ...cellTables(db)])] : [...tables, kind.table(db) as unknown as Table];
}

async function touched<Row extends ReviewedRow<R, E>, R extends { id: string }, E extends object>(kind: ReviewedKind<Row, R, E>, db: PlanBenchDB, regionIds: string[]): Promise<void> {
  if (kind.charted) await refreshCells(db, regionIds);
}

export type RecordChange<Row> = DbResult<{ target: Row; previous: Row }>;

/** The status a reviewed record ends in: manual stays manual, edited stays edited, else confirmed. */
function reviewedStatus(row: { extracted: { id: string } }, edits: object | null): TargetStatus {
  if (isManual(row)) return 'manual';
  return edits ? 'edited' : 'confirmed';
}

async function change<Row extends ReviewedRow<R, E>, R extends { id: string }, E extends object>(
  kind: ReviewedKind<Row, R, E>,
  db: PlanBenchDB,
  id: string,
  next: (row: Row) => { edits: E | null; status: TargetStatus },
  pack?: string,
): Promise<RecordChange<Row>> {
  const table = kind.table(db);
  return guarded(() =>
    db.transaction('rw', scope(kind, db), async () => {
      const previous = kind.packed ? await kind.packed.find(db, id, pack) : await table.get(id as IDType<Row, 'id'>);
      if (!previous) return failure('not-found');
      const target = { ...kind.build({ ...previous, ...next(previous) }, new Date().toISOString()), id: previous.id };
      // A row that overrides a packed copy keeps the pack's key (counts tell overrides from other rows by it).
      const key = packOf(previous);
      if (key !== undefined) Object.assign(target, { pack: key });
      await table.put(target);
      await touched(kind, db, [previous.regionId, target.regionId]);
      return ok({ target, previous });
    }),
  );
}

/** Edits over the extracted record (never changed): 'edited', or 'confirmed' when every edit equals the extracted value; manual stays manual. */
export function editRecord<Row extends ReviewedRow<R, E>, R extends { id: string }, E extends object>(
  kind: ReviewedKind<Row, R, E>,
  db: PlanBenchDB,
  id: string,
  edits: E,
  pack?: string,
): Promise<RecordChange<Row>> {
  return change(
    kind,
    db,
    id,
    (row) => {
      const merged = mergeFieldEdits(kind.fields, row.extracted, row.edits, edits);
      return { edits: merged, status: reviewedStatus(row, merged) };
    },
    pack,
  );
}

/** Marks a record as checked; also takes back a rejection. */
export function confirmRecord<Row extends ReviewedRow<R, E>, R extends { id: string }, E extends object>(
  kind: ReviewedKind<Row, R, E>,
  db: PlanBenchDB,
  id: string,
  pack?: string,
): Promise<RecordChange<Row>> {
  return change(kind, db, id, (row) => ({ edits: row.edits, status: reviewedStatus(row, row.edits) }), pack);
}

/** A rejected record keeps its edits and can be confirmed again. */
export function rejectRecord<Row extends ReviewedRow<R, E>, R extends { id: string }, E extends object>(
  kind: ReviewedKind<Row, R, E>,
  db: PlanBenchDB,
  id: string,
  pack?: string,
): Promise<RecordChange<Row>> {
  return change(kind, db, id, (row) => ({ edits: row.edits, status: 'rejected' }), pack);
}

/** Puts a row back as it was (the `previous` of a change), if its document still exists. */
export async function restoreRecord<Row extends ReviewedRow<R, E>, R extends { id: string }, E extends object>(
  kind: ReviewedKind<Row, R, E>,
  db: PlanBenchDB,
  row: Row,
): Promise<DbResult> {
  const table = kind.table(db);
  return guarded(() =>
    db.transaction('rw', scope(kind, db, db.documents), async () => {
      const document = await db.documents.get(row.documentId);
      if (!document) return failure('not-found');
      const before = await table.get(row.id as IDType<Row, 'id'>);
      // An untouched packed record again: its packed copy (moved with its document) is it, the overriding row goes.
      if (kind.packed && packOf(row) !== undefined && kind.packed.untouched(row)) await table.delete(row.id as IDType<Row, 'id'>);
      // Back as it was, in the region its document is in now (it may have moved since the change undone).
      else await table.put({ ...row, regionId: document.regionId });
      await touched(kind, db, before ? [before.regionId, document.regionId] : [document.regionId]);
      return ok();
    }),
  );
}

/** A record the extractor missed, typed in by the researcher; re-extraction never touches it. */
export async function addManualRecord<Row extends ReviewedRow<R, E>, R extends { id: string }, E extends object>(
  kind: ReviewedKind<Row, R, E>,
  db: PlanBenchDB,
  documentId: string,
  record: Omit<R, 'id'>,
): Promise<DbResult<{ target: Row }>> {
  const table = kind.table(db);
  return guarded(() =>
    db.transaction('rw', scope(kind, db, db.documents), async () => {
      const document = await db.documents.get(documentId);
      if (!document) return failure('not-found');
      const extracted = { ...record, id: newId(MANUAL_ID_PREFIX.slice(0, -1)) } as R;
      const target = kind.build({ documentId, regionId: document.regionId, extracted, edits: null, status: 'manual' }, new Date().toISOString());
      await table.add(target);
      await touched(kind, db, [document.regionId]);
      return ok({ target });
    }),
  );
}

export const TARGETS: ReviewedKind<TargetRow, TargetRecord, TargetEdits> = {
  table: (db) => db.targets,
  fields: EDITABLE_FIELDS,
  build: targetRow,
  charted: true,
  packed: { find: targetById, untouched: isUntouched },
};

export type TargetChange = RecordChange<TargetRow>;

/**
 * Applies edits over the extracted record (which is never changed). The target becomes 'edited';
 * if every edit turns out equal to the extracted value it is 'confirmed' instead. Manual targets stay 'manual'.
 */
export const editTarget = (db: PlanBenchDB, id: string, edits: TargetEdits, pack?: string): Promise<TargetChange> => editRecord(TARGETS, db, id, edits, pack);
/** Marks a target as checked; also takes back a rejection. `pack`: the key a target read from a pack carries. */
export const confirmTarget = (db: PlanBenchDB, id: string, pack?: string): Promise<TargetChange> => confirmRecord(TARGETS, db, id, pack);
/** A rejected target keeps its edits, is never effective, and can be confirmed again. */
export const rejectTarget = (db: PlanBenchDB, id: string, pack?: string): Promise<TargetChange> => rejectRecord(TARGETS, db, id, pack);
/** Puts a row back as it was (the `previous` of a change), if its document still exists. */
export const restoreTarget = (db: PlanBenchDB, row: TargetRow): Promise<DbResult> => restoreRecord(TARGETS, db, row);
/** A target the extractor missed, typed in by the researcher; re-extraction never touches it. */
export const addManualTarget = (db: PlanBenchDB, documentId: string, record: Omit<TargetRecord, 'id'>): Promise<DbResult<{ target: TargetRow }>> =>
  addManualRecord(TARGETS, db, documentId, record);

/** Deletes a manual target; notes attached to it stay on the region × indicator, detached. */
export async function deleteManualTarget(
  db: PlanBenchDB,
  id: string,
): Promise<DbResult<{ deleted: { target: TargetRow; annotations: AnnotationRow[] } }>> {
  return guarded(() =>
    db.transaction('rw', [db.annotations, ...cellTables(db)], async () => {
      const target = await db.targets.get(id);
      if (!target) return failure('not-found');
      if (!isManual(target)) return failure('not-manual');
      const annotations = await db.annotations.where('targetId').equals(id).toArray();
      await db.annotations.where('targetId').equals(id).modify({ targetId: null });
      await db.targets.delete(id);
      await refreshCells(db, [target.regionId]);
      return ok({ deleted: { target, annotations } });
    }),
  );
}
