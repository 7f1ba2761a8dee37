// Documents: saved with all their targets in one transaction, moved between regions, deleted with an undo snapshot.
import Dexie from 'dexie';
import type { ExtractedDocument } from '../core/extract/extract';
import { failure, guarded, type DbResult } from './errors';
import { ok } from '../core/result';
import { isSha256Hex } from './ids';
import { findRegionByName, planRegion, planRegions, resolveRegion, type RegionRequest } from './regions';
import { cellsOf, cellTables, refreshCells, regionsOfDocument, type CellRow } from './cells';
import { summaryOf, type RegionSummaryRow } from './summaries';
import {
  documentRow,
  extractedAchievementRows,
  extractedTargetRows,
  joinDocument,
  splitDocument,
  type AchievementRow,
  type AnnotationRow,
  type DocumentFile,
  type DocumentTextRow,
  type DocumentRow,
  type RegionRow,
  type StoredDocumentRow,
  type TargetRow,
  UNKNOWN_REGION_ID,
} from '../workspace/rows';
import type { PlanBenchDB } from './schema';
import { addPacks, deletePacksOfDocument, moveTargetsOfDocument, type TargetPackRow } from './target-store';

export interface SaveInput extends DocumentFile {
  extracted: ExtractedDocument;
  /** The researcher's region for the file; else the region read from the text; else the unknown region. */
  regionName?: string;
}

export type SaveSuccess =
  | { duplicate: false; documentId: string; regionId: string; targetCount: number; achievementCount: number }
  | { duplicate: true; documentId: string };
export type SaveResult = DbResult<SaveSuccess>;

/** Whether a document is stored, without reading its texts. */
export async function hasDocument(db: PlanBenchDB, documentId: string): Promise<boolean> {
  return (await db.documents.where(':id').equals(documentId).count()) > 0;
}

/**
 * Stores a document and every target and achievement of its extraction in one transaction: either
 * all rows are written or none. A file already stored (same SHA-256) is reported as a duplicate and not written.
 */
export async function saveExtraction(db: PlanBenchDB, input: SaveInput): Promise<SaveResult> {
  if (!isSha256Hex(input.hash)) return failure('invalid-hash');
  // An async scope (not an arrow returning the promise): Dexie keeps its transaction across awaits only for those.
  return guarded<SaveSuccess>(() =>
    db.transaction('rw', [db.regions, db.texts, db.achievements, ...cellTables(db)], async () => {
      const result = await storeExtraction(db, input);
      if (result.ok && !result.value.duplicate) await refreshCells(db, [result.value.regionId]);
      return result;
    }),
  );
}

/**
 * Several documents in one transaction (an import of many small plans: each transaction costs IndexedDB a commit,
 * which took longer than writing a small plan's rows). Each input has its own outcome, in order; a file given twice
 * is a duplicate the second time. Either every document is written or, if the transaction fails, none is (the value
 * is then that failure, and the caller may save them one by one to learn which failed).
 */
export async function saveExtractions(db: PlanBenchDB, inputs: readonly SaveInput[]): Promise<DbResult<SaveResult[]>> {
  return guarded<SaveResult[]>(() =>
    db.transaction('rw', [db.regions, db.texts, db.achievements, ...cellTables(db)], async () => {
      // The batch's duplicate checks and region lookups are sent together, its writes in steps (Handover): one
      // document after another, each waiting for its own checks, lookups and writes, spent most of an import's time
      // waiting on IndexedDB's replies (about eight per document) rather than writing.
      const valid = inputs.filter((input) => isSha256Hex(input.hash));
      const present = await Promise.all(valid.map((input) => hasDocument(db, input.hash)));
      const storedBefore = new Set(valid.flatMap((input, i) => (present[i] ? [input.hash] : [])));
      const results: SaveResult[] = [];
      const writing: Array<{ k: number; input: SaveInput; now: string }> = [];
      const seen = new Set<string>();
      for (const input of inputs) {
        if (!isSha256Hex(input.hash)) results.push(failure('invalid-hash'));
        else if (storedBefore.has(input.hash) || seen.has(input.hash)) results.push(ok({ duplicate: true, documentId: input.hash }));
        else {
          seen.add(input.hash);
          writing.push({ k: results.length, input, now: new Date().toISOString() });
          results.push(failure('write-failed'));
        }
      }
      const planned = await planRegions(db, writing.map(({ input, now }) => regionRequest(input, now)));
      const createdIds = new Set(planned.create.map((r) => r.id));
      const handover = new Handover(db);
      if (planned.create.length > 0) handover.issue(db.regions.bulkAdd(planned.create));
      for (const { id, changes } of planned.update) handover.issue(db.regions.update(id, changes));
      // Regions this batch created: every target and document of theirs was written just now and no choice names
      // them yet, so their cells and summaries are computed from the rows in hand (no reading back, nothing old to delete).
      const fresh = new Map<string, { targets: TargetRow[]; metadata: Map<string, DocumentRow['metadata']>; documents: StoredDocumentRow[] }>();
      const existing: string[] = [];
      for (const [j, { k, input, now }] of writing.entries()) {
        const regionId = planned.ids[j] ?? UNKNOWN_REGION_ID;
        const document = documentRow(input, input.extracted, regionId, now);
        const { stored, text } = splitDocument(document);
        const targets = extractedTargetRows(document, input.extracted.targets, now);
        // An extraction from before achievements were read (an older worker, a hand-made file) has none.
        const achievements = extractedAchievementRows(document, input.extracted.achieved ?? [], now);
        handover.queue('texts', text, text.originalText.length + text.normalizedText.length);
        handover.queue('documents', stored, DOCUMENT_WEIGHT);
        for (const target of targets) handover.queue('targets', target, TARGET_WEIGHT);
        for (const achievement of achievements) handover.queue('achievements', achievement, ACHIEVEMENT_WEIGHT);
        results[k] = ok({ duplicate: false, documentId: document.id, regionId, targetCount: targets.length, achievementCount: achievements.length });
        if (createdIds.has(regionId) && !fresh.has(regionId)) fresh.set(regionId, { targets: [], metadata: new Map(), documents: [] });
        const rows = fresh.get(regionId);
        if (rows) {
          rows.metadata.set(document.id, document.metadata);
          rows.documents.push(stored);
          for (const target of targets) rows.targets.push(target);
        } else existing.push(regionId);
      }
      // Only the transaction's own requests are awaited here (Dexie promises), so it stays open between the steps.
      for (let wait = handover.next(); wait !== null; wait = handover.next()) await wait;
      // Compare's cells and region summaries of every region the batch added to, once, in the same transaction.
      await refreshCells(db, existing);
      for (const [regionId, { targets, metadata, documents: regionDocuments }] of fresh) {
        // In the order the region index would read them back (by id), so ties are settled as a refresh settles them.
        targets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        for (const cell of cellsOf(regionId, targets, metadata, {})) handover.queue('cells', cell, CELL_WEIGHT);
        const summary = summaryOf(regionId, regionDocuments);
        if (summary) handover.queue('regionSummaries', summary, SUMMARY_WEIGHT);
      }
      for (let wait = handover.next(); wait !== null; wait = handover.next()) await wait;
      return ok(results);
    }),
  );
}

// What a row costs the page to hand to IndexedDB (it copies the row then), in characters of text: a text row counts
// its characters, the others about their length as JSON.
const DOCUMENT_WEIGHT = 1500;
const TARGET_WEIGHT = 700;
const ACHIEVEMENT_WEIGHT = 500;
const CELL_WEIGHT = 400;
const SUMMARY_WEIGHT = 300;
/** The page's time a step of a batch's writes may take, and the steps' first size and bounds, in weight. */
const STEP_MS = 20;
const FIRST_STEP = 60_000;
const SMALLEST_STEP = 5_000;
const LARGEST_STEP = 200_000;

interface WriteRows {
  texts: DocumentTextRow[];
  documents: StoredDocumentRow[];
  targets: TargetRow[];
  achievements: AchievementRow[];
  cells: CellRow[];
  regionSummaries: RegionSummaryRow[];
}

/**
 * Hands a batch's rows to IndexedDB in steps of about STEP_MS of the page's time (IndexedDB copies each row on the
 * page's thread when it is handed one: a step of 200,000 characters of texts and rows held the page 230–300 ms). A
 * step is one call per table; its size follows the measured cost of the last step. Each step is handed over once the
 * one before it is written, from that step's reply — only the transaction's own requests are awaited, so it stays
 * open (IndexedDB commits a transaction as soon as control returns to the event loop with none of its requests
 * pending: awaiting a timer or another promise would end it) — and the page's task ends between two steps.
 */
class Handover {
  private readonly waiting: Array<{ table: keyof WriteRows; row: WriteRows[keyof WriteRows][number]; weight: number }> = [];
  private taken = 0;
  private size = FIRST_STEP;
  /** The steps sent and not yet awaited: the next step is sent before the last one is awaited. */
  private pending: PromiseLike<unknown> | null = null;
  private extra: PromiseLike<unknown>[] = [];

  constructor(private readonly db: PlanBenchDB) {}

  /** A write sent with the next step (the batch's regions). */
  issue(write: PromiseLike<unknown>): void {
    this.extra.push(write);
  }

  queue<K extends keyof WriteRows>(table: K, row: WriteRows[K][number], weight: number): void {
    this.waiting.push({ table, row, weight });
  }

  /**
   * Sends the next step and gives the steps sent before it to await (so IndexedDB always has the next step in hand
   * while the page waits); once every row is sent, the last steps; then null. Every value is one of Dexie's promises.
   */
  next(): PromiseLike<unknown> | null {
    if (this.taken >= this.waiting.length && this.extra.length === 0) {
      const last = this.pending;
      this.pending = null;
      if (last === null) this.waiting.length = this.taken = 0;
      return last;
    }
    const before = this.pending;
    this.pending = this.send();
    return before ?? Dexie.Promise.resolve();
  }

  private send(): PromiseLike<unknown> {
    const { db } = this;
    const rows = emptyRows();
    let weight = 0;
    while (this.taken < this.waiting.length && weight < this.size) {
      const item = this.waiting[this.taken++]!;
      (rows[item.table] as unknown[]).push(item.row);
      weight += item.weight;
    }
    const started = performance.now();
    const writes = this.extra;
    this.extra = [];
    if (rows.texts.length > 0) writes.push(db.texts.bulkPut(rows.texts));
    if (rows.documents.length > 0) writes.push(db.documents.bulkAdd(rows.documents));
    if (rows.targets.length > 0) writes.push(db.targets.bulkAdd(rows.targets));
    if (rows.achievements.length > 0) writes.push(db.achievements.bulkAdd(rows.achievements));
    if (rows.cells.length > 0) writes.push(db.cells.bulkPut(rows.cells));
    if (rows.regionSummaries.length > 0) writes.push(db.regionSummaries.bulkPut(rows.regionSummaries));
    const ms = performance.now() - started;
    // The next step's size follows this one's cost, growing at most twice over a step (one quick step, a timer's
    // coarse reading, is no reason for a long one) and never past the size whose steps held the page 230–300 ms.
    if (weight > 0) this.size = Math.min(LARGEST_STEP, 2 * this.size, Math.max(SMALLEST_STEP, (weight * STEP_MS) / Math.max(ms, 0.1)));
    const step = Dexie.Promise.all(writes);
    // A failed step fails the transaction when it is awaited; should an earlier one fail first, it is not reported as unhandled.
    step.catch(() => undefined);
    return step;
  }
}

const emptyRows = (): WriteRows => ({ texts: [], documents: [], targets: [], achievements: [], cells: [], regionSummaries: [] });

/** The region a document asks for: the researcher's, else the one its text names (with its division). */
function regionRequest(input: SaveInput, now: string): RegionRequest {
  if (input.regionName) return { name: input.regionName, now };
  const { metadata } = input.extracted;
  return { name: metadata.region, place: { code: metadata.region_code, province: metadata.province }, now };
}

/** saveExtraction's writes; call inside a transaction over regions, documents, texts, targets and achievements. */
async function storeExtraction(db: PlanBenchDB, input: SaveInput): Promise<SaveResult> {
  if (await hasDocument(db, input.hash)) return ok({ duplicate: true, documentId: input.hash });
  const now = new Date().toISOString();
  const { name, place } = regionRequest(input, now);
  const planned = await planRegion(db, name, now, place);
  if (planned.create) await db.regions.add(planned.create);
  const regionId = planned.id;
  const document = documentRow(input, input.extracted, regionId, now);
  await addDocument(db, document);
  const targets = extractedTargetRows(document, input.extracted.targets, now);
  await db.targets.bulkAdd(targets);
  // An extraction from before achievements were read (an older worker, a hand-made file) has none.
  const achievements = extractedAchievementRows(document, input.extracted.achieved ?? [], now);
  await db.achievements.bulkAdd(achievements);
  return ok({ duplicate: false, documentId: document.id, regionId, targetCount: targets.length, achievementCount: achievements.length });
}

/** Writes a whole document as its two rows (the stored row is returned); call inside a transaction over documents and texts. */
export async function addDocument(db: PlanBenchDB, document: DocumentRow): Promise<StoredDocumentRow> {
  const { stored, text } = splitDocument(document);
  await db.texts.put(text);
  await db.documents.add(stored);
  return stored;
}

/** A document with its texts, or undefined. */
export async function getDocument(db: PlanBenchDB, documentId: string): Promise<DocumentRow | undefined> {
  return db.transaction('r', [db.documents, db.texts], async () => {
    const stored = await db.documents.get(documentId);
    return stored ? joinDocument(stored, await db.texts.get(documentId)) : undefined;
  });
}

/** Moves a document, its targets and achievements and the notes attached to them to another region. */
export async function moveDocument(db: PlanBenchDB, documentId: string, regionId: string): Promise<DbResult<{ targets: number }>> {
  return guarded(() =>
    db.transaction('rw', [db.regions, db.achievements, db.annotations, ...cellTables(db)], async () => {
      const document = await db.documents.get(documentId);
      if (!document || (await db.regions.get(regionId)) === undefined) return failure('not-found');
      const from = (await regionsOfDocument(db, documentId)).add(document.regionId);
      await db.documents.update(documentId, { regionId });
      const targets = await moveTargetsOfDocument(db, documentId, regionId);
      await db.achievements.where('documentId').equals(documentId).modify({ regionId });
      await db.annotations.where('targetId').anyOf(targets.ids).modify({ regionId });
      await refreshCells(db, [...from, regionId]);
      return ok({ targets: targets.count });
    }),
  );
}

/** Everything deleteDocument removed, for restoreDeleted. */
export interface DeletedRows {
  /** The document's region as it was, in case it is merged away before the undo. */
  region: RegionRow | null;
  document: DocumentRow;
  /** Its target rows (every target of a document that is not packed). */
  targets: TargetRow[];
  /** Its packs, for a document stored in slices (src/db/target-store.ts); absent or empty otherwise. */
  packs?: TargetPackRow[];
  achievements: AchievementRow[];
  /** Notes attached to the document's targets; other notes on the region stay. */
  annotations: AnnotationRow[];
}

export async function deleteDocument(db: PlanBenchDB, documentId: string): Promise<DbResult<{ deleted: DeletedRows }>> {
  return guarded(() =>
    db.transaction('rw', [db.regions, db.texts, db.achievements, db.annotations, ...cellTables(db)], async () => {
      const document = await getDocument(db, documentId);
      if (!document) return failure('not-found');
      const targets = await db.targets.where('documentId').equals(documentId).toArray();
      const from = await regionsOfDocument(db, documentId);
      const ids = new Set(targets.map((t) => t.id));
      const achievements = await db.achievements.where('documentId').equals(documentId).toArray();
      const region = (await db.regions.get(document.regionId)) ?? null;
      const packs = await deletePacksOfDocument(db, documentId);
      for (const pack of packs) for (const t of pack.targets) ids.add(t.id);
      const annotations = await db.annotations.where('targetId').anyOf([...ids]).toArray();
      await db.annotations.bulkDelete(annotations.map((a) => a.id));
      await db.targets.bulkDelete(targets.map((t) => t.id));
      await db.achievements.bulkDelete(achievements.map((a) => a.id));
      await db.documents.delete(documentId);
      await db.texts.delete(documentId);
      await refreshCells(db, [document.regionId, ...from]);
      return ok({ deleted: { region, document, targets, packs, achievements, annotations } });
    }),
  );
}

// The region the rows belonged to may have been renamed or merged since; find where it lives now.
async function regionForRestore(db: PlanBenchDB, rows: DeletedRows): Promise<string> {
  const id = rows.document.regionId;
  if ((await db.regions.get(id)) !== undefined) return id;
  const region = rows.region;
  const byName = region && region.name !== '' ? await findRegionByName(db, region.name) : undefined;
  if (byName) return byName.id;
  if (region) {
    await db.regions.add(region);
    return region.id;
  }
  return resolveRegion(db, null, new Date().toISOString());
}

/** Undoes deleteDocument. Refused when the same file has been imported again meanwhile. */
export async function restoreDeleted(db: PlanBenchDB, rows: DeletedRows): Promise<DbResult> {
  return guarded(() =>
    db.transaction('rw', [db.regions, db.texts, db.achievements, db.annotations, ...cellTables(db)], async () => {
      if (await hasDocument(db, rows.document.id)) return failure('already-present', { conflictId: rows.document.id });
      const regionId = await regionForRestore(db, rows);
      const from = rows.document.regionId;
      await addDocument(db, { ...rows.document, regionId });
      await db.targets.bulkAdd(rows.targets.map((t) => ({ ...t, regionId })));
      await addPacks(db, (rows.packs ?? []).map((p) => ({ ...p, regionId })));
      await db.achievements.bulkAdd(rows.achievements.map((a) => ({ ...a, regionId })));
      await db.annotations.bulkAdd(
        rows.annotations.map((a) => ({ ...a, regionId: a.regionId === from ? regionId : a.regionId })),
      );
      await refreshCells(db, [regionId]);
      return ok();
    }),
  );
}
