// Documents: saved with all their targets in one transaction, moved between regions, deleted with an undo snapshot.
import type { ExtractedDocument } from '../core/extract/extract';
import { failure, guarded, type DbResult } from './errors';
import { ok } from '../core/result';
import { isSha256Hex } from './ids';
import { findRegionByName, planRegion, planRegions, resolveRegion, type RegionRequest } from './regions';
import { cellsOf, cellTables, refreshCells, regionsOfDocument } from './cells';
import { summaryOf } from './summaries';
import {
  documentRow,
  extractedAchievementRows,
  extractedTargetRows,
  joinDocument,
  splitDocument,
  type AchievementRow,
  type AnnotationRow,
  type DocumentFile,
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
export async function saveExtractions(db: PlanBenchDB, inputs: readonly SaveInput[], options: HandoverOptions = {}): Promise<DbResult<SaveResult[]>> {
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
      const handover = new Handover(options);
      if (planned.create.length > 0) handover.send(db.regions.bulkAdd(planned.create));
      for (const { id, changes } of planned.update) handover.send(db.regions.update(id, changes));
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
        await handover.put(db.texts, [text]);
        await handover.add(db.documents, [stored]);
        await handover.add(db.targets, targets);
        await handover.add(db.achievements, achievements);
        results[k] = ok({ duplicate: false, documentId: document.id, regionId, targetCount: targets.length, achievementCount: achievements.length });
        if (createdIds.has(regionId) && !fresh.has(regionId)) fresh.set(regionId, { targets: [], metadata: new Map(), documents: [] });
        const rows = fresh.get(regionId);
        if (rows) {
          rows.metadata.set(document.id, document.metadata);
          rows.documents.push(stored);
          for (const target of targets) rows.targets.push(target);
        } else existing.push(regionId);
      }
      await handover.flush();
      // Compare's cells and region summaries of every region the batch added to, once, in the same transaction.
      await refreshCells(db, existing);
      for (const [regionId, { targets, metadata, documents: regionDocuments }] of fresh) {
        // In the order the region index would read them back (by id), so ties are settled as a refresh settles them.
        targets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        await handover.put(db.cells, cellsOf(regionId, targets, metadata, {}));
        const summary = summaryOf(regionId, regionDocuments);
        if (summary) await handover.put(db.regionSummaries, [summary]);
      }
      await handover.flush();
      return ok(results);
    }),
  );
}

/** How the rows of a batch are handed to IndexedDB: in steps of about this much of the page's time (a test's clock may stand in). */
export interface HandoverOptions {
  stepMs?: number;
  now?: () => number;
}

/**
 * Hands a transaction's rows to IndexedDB a few at a time, and once the page has spent about `stepMs` handing
 * them over (IndexedDB copies each row on the page's thread when it is handed one: a text of 30,000 characters
 * costs it about as long as 50 target rows), waits for their replies, so the page's task ends and the page can
 * answer input and draw before the next step. Every row is written in the caller's transaction all the same.
 */
class Handover {
  private pending: Promise<unknown>[] = [];
  private readonly stepMs: number;
  private readonly now: () => number;
  private started: number;

  constructor(options: HandoverOptions) {
    this.stepMs = options.stepMs ?? STEP_MS;
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  send(write: Promise<unknown>): void {
    this.pending.push(write);
  }

  async put<T>(table: { bulkPut(rows: readonly T[]): Promise<unknown> }, rows: readonly T[]): Promise<void> {
    for (let i = 0; i < rows.length; i += HANDOVER_ROWS) {
      this.send(table.bulkPut(rows.slice(i, i + HANDOVER_ROWS)));
      if (this.now() - this.started >= this.stepMs) await this.flush();
    }
  }

  async add<T>(table: { bulkAdd(rows: readonly T[]): Promise<unknown> }, rows: readonly T[]): Promise<void> {
    for (let i = 0; i < rows.length; i += HANDOVER_ROWS) {
      this.send(table.bulkAdd(rows.slice(i, i + HANDOVER_ROWS)));
      if (this.now() - this.started >= this.stepMs) await this.flush();
    }
  }

  /** Waits for every row handed over so far (a later task): the next step starts its clock then. */
  async flush(): Promise<void> {
    const sent = Promise.all(this.pending);
    this.pending = [];
    await sent;
    this.started = this.now();
  }
}

/** The page's time per step of a batch's writes, well under the 50 ms a task may take before it is counted long. */
const STEP_MS = 25;
/** Rows handed over in one call at most (a plan's targets, a region's cells), so a step can end inside a large plan. */
const HANDOVER_ROWS = 100;

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
