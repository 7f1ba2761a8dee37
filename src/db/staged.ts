// A large document stored in steps, so no transaction holds hundreds of thousands of rows and the window never
// freezes: its text row and its targets are written first, in transactions of a bounded size, and its document row
// last, in one small transaction. Until that row exists nothing of the document is shown: every view reads targets
// through their documents (src/app/comparison.ts, effectiveInputs, the reader, exports) and skips a target whose
// document is not stored. A cancelled or failed import removes what it wrote; rows left by a crash are swept at the
// next launch. Each staging is recorded by a settings row (STAGING_PREFIX + its document id), written with its text
// row and deleted by the transaction that ends it (commit, discard), so the launch's sweep reads those rows only.
import { ok } from '../core/result';
import type { AchievedRecord, TargetRecord } from '../core/types';
import { failure, guarded, type DbResult } from './errors';
import { isSha256Hex } from './ids';
import { hasDocument, moveDocument, type SaveInput } from './documents';
import { planRegion } from './regions';
import { cellTables, refreshCells } from './cells';
import { documentRow, extractedAchievementRows, extractedTargetRows, splitDocument, type RegionRow } from '../workspace/rows';
import type { PlanBenchDB } from './schema';
import { addPacks, documentsWithTargets, packTargets } from './target-store';

/** Settings row of a document being staged: written with its first row, deleted by its commit or discard. */
export const STAGING_PREFIX = 'staging:';
/** Settings row saying the full sweep (of a database from before the staging rows) has run: it never runs again. */
export const STAGING_SWEPT_KEY = 'stagingSwept';

const stagingKey = (documentId: string): string => `${STAGING_PREFIX}${documentId}`;

/** Rows per transaction: a few tens of milliseconds of the window's time each. */
export const STAGED_ROWS_PER_TRANSACTION = 1000;

/** A document whose text and targets are being written; its region is created, if new, when it is committed. */
export interface StagedDocument {
  documentId: string;
  regionId: string;
  createRegion: RegionRow | null;
  importedAt: string;
  /** Targets written so far: they are packed (src/db/target-store.ts), and the next pack's key starts at this offset. */
  targetCount: number;
}

export type BeginSuccess = { duplicate: true; documentId: string } | { duplicate: false; staged: StagedDocument };
export type BeginResult = DbResult<BeginSuccess>;

/**
 * Starts storing a document whose targets come later (`input.extracted` holds none): its region is found (or
 * planned) and its text row written. A file already stored is reported as a duplicate and nothing is written.
 */
export async function beginStaged(db: PlanBenchDB, input: SaveInput): Promise<BeginResult> {
  if (!isSha256Hex(input.hash)) return failure('invalid-hash');
  return guarded<BeginSuccess>(() =>
    db.transaction('rw', [db.regions, db.documents, db.texts, db.settings], async (): Promise<BeginResult> => {
      if (await hasDocument(db, input.hash)) return ok({ duplicate: true as const, documentId: input.hash });
      const now = new Date().toISOString();
      const { metadata } = input.extracted;
      const region = input.regionName
        ? await planRegion(db, input.regionName, now)
        : await planRegion(db, metadata.region, now, { code: metadata.region_code, province: metadata.province });
      const { text } = splitDocument(documentRow(input, input.extracted, region.id, now));
      await db.texts.put(text);
      await db.settings.put({ key: stagingKey(input.hash), value: now });
      return ok({ duplicate: false as const, staged: { documentId: input.hash, regionId: region.id, createRegion: region.create, importedAt: now, targetCount: 0 } });
    }),
  );
}

/**
 * Writes target records (and achievements) of a staged document, STAGED_ROWS_PER_TRANSACTION to a transaction. The
 * targets are written as packs (schema 9, PACK_SIZE to a row): IndexedDB's cost is per row, and a document stored in
 * slices has tens or hundreds of thousands of them. Every other document keeps one row per target.
 */
export async function addStagedTargets(db: PlanBenchDB, staged: StagedDocument, records: readonly TargetRecord[], achieved: readonly AchievedRecord[] = []): Promise<DbResult> {
  for (let i = 0; i < achieved.length; i += STAGED_ROWS_PER_TRANSACTION) {
    const rows = extractedAchievementRows({ id: staged.documentId, regionId: staged.regionId }, achieved.slice(i, i + STAGED_ROWS_PER_TRANSACTION), staged.importedAt);
    const written = await guarded(() =>
      db.transaction('rw', db.achievements, async (): Promise<DbResult> => {
        await db.achievements.bulkAdd(rows);
        return ok();
      }),
    );
    if (!written.ok) return written;
  }
  for (let i = 0; i < records.length; i += STAGED_ROWS_PER_TRANSACTION) {
    const rows = extractedTargetRows({ id: staged.documentId, regionId: staged.regionId }, records.slice(i, i + STAGED_ROWS_PER_TRANSACTION), staged.importedAt);
    const packs = packTargets(staged.documentId, staged.regionId, rows, staged.targetCount);
    const written = await guarded(() =>
      db.transaction('rw', db.targetPacks, async (): Promise<DbResult> => {
        await addPacks(db, packs);
        return ok();
      }),
    );
    if (!written.ok) return written;
    staged.targetCount += rows.length;
  }
  return ok();
}

/**
 * Makes a staged document visible: its region (if new) and its document row, in one small transaction. Should the
 * region have been created meanwhile under the same name, the document and its targets move to that one.
 */
export async function commitStaged(db: PlanBenchDB, staged: StagedDocument, input: SaveInput): Promise<DbResult<{ documentId: string; regionId: string; targetCount: number }>> {
  const committed = await guarded<string>(() =>
    db.transaction('rw', [db.regions, db.texts, ...cellTables(db)], async (): Promise<DbResult<string>> => {
      if (await hasDocument(db, staged.documentId)) return failure('already-present', { conflictId: staged.documentId });
      if ((await db.texts.get(staged.documentId)) === undefined) return failure('not-found');
      let regionId = staged.regionId;
      if (staged.createRegion && (await db.regions.get(staged.createRegion.id)) === undefined) {
        const { metadata } = input.extracted;
        const now = staged.createRegion.createdAt;
        const again = input.regionName ? await planRegion(db, input.regionName, now) : await planRegion(db, metadata.region, now, { code: metadata.region_code, province: metadata.province });
        if (again.create) await db.regions.add(staged.createRegion);
        else regionId = again.id;
      }
      const { stored } = splitDocument(documentRow(input, input.extracted, staged.regionId, staged.importedAt));
      await db.documents.add(stored);
      await db.settings.delete(stagingKey(staged.documentId));
      // The targets written in slices count from now on: the region's cells with them.
      await refreshCells(db, [staged.regionId]);
      return ok(regionId);
    }),
  );
  if (!committed.ok) return committed;
  if (committed.value !== staged.regionId) {
    const moved = await moveDocument(db, staged.documentId, committed.value);
    if (!moved.ok) return moved;
  }
  return ok({ documentId: staged.documentId, regionId: committed.value, targetCount: staged.targetCount });
}

/**
 * Removes what a staged document wrote (its targets and packs, a chunk per transaction, then its text and its staging
 * row), unless it was committed (then only a staging row left behind goes).
 */
export async function discardStaged(db: PlanBenchDB, documentId: string): Promise<DbResult> {
  return guarded(async (): Promise<DbResult> => {
    if (await hasDocument(db, documentId)) {
      await db.settings.delete(stagingKey(documentId));
      return ok();
    }
    for (;;) {
      const ids = await db.targets.where('documentId').equals(documentId).limit(STAGED_ROWS_PER_TRANSACTION).primaryKeys();
      const packKeys = await db.targetPacks.where('documentId').equals(documentId).limit(STAGED_ROWS_PER_TRANSACTION).primaryKeys();
      const achievementIds = await db.achievements.where('documentId').equals(documentId).limit(STAGED_ROWS_PER_TRANSACTION).primaryKeys();
      if (ids.length === 0 && packKeys.length === 0 && achievementIds.length === 0) break;
      await db.transaction('rw', [db.targets, db.targetPacks, db.achievements], async () => {
        await db.targets.bulkDelete(ids);
        await db.targetPacks.bulkDelete(packKeys);
        await db.achievements.bulkDelete(achievementIds);
      });
    }
    await db.transaction('rw', [db.documents, db.texts, db.settings], async () => {
      if (!(await hasDocument(db, documentId))) await db.texts.delete(documentId);
      await db.settings.delete(stagingKey(documentId));
    });
    return ok();
  });
}

/**
 * Targets and texts of documents that were never committed (an import ended by a crash): removed. Only the documents
 * with a staging row are read (a range of settings keys); a database from before those rows gets, once, the full
 * sweep of every table's document ids, after which a settings row says it has run.
 */
export async function sweepStaged(db: PlanBenchDB): Promise<{ documents: number }> {
  const left = new Set((await db.settings.where('key').startsWith(STAGING_PREFIX).primaryKeys()).map((key) => key.slice(STAGING_PREFIX.length)));
  const full = (await db.settings.get(STAGING_SWEPT_KEY)) === undefined;
  if (full) for (const id of await unrecordedLeftovers(db)) left.add(id);
  let removed = true;
  for (const id of left) removed = (await discardStaged(db, id)).ok && removed;
  // A document the full sweep failed to remove has no staging row: the full sweep runs again at the next launch.
  if (full && removed) await db.settings.put({ key: STAGING_SWEPT_KEY, value: true });
  return { documents: left.size };
}

/** Documents with rows but no document row, found by reading every table's document ids (a database from before the staging rows). */
async function unrecordedLeftovers(db: PlanBenchDB): Promise<Set<string>> {
  const stored = new Set(await db.documents.toCollection().primaryKeys());
  const left = new Set<string>();
  for (const id of await documentsWithTargets(db)) if (!stored.has(id)) left.add(id);
  for (const id of (await db.achievements.orderBy('documentId').uniqueKeys()) as string[]) if (!stored.has(id)) left.add(id);
  for (const id of await db.texts.toCollection().primaryKeys()) if (!stored.has(id)) left.add(id);
  return left;
}
