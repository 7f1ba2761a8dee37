// The first run's sample plans: imported until every one of them is stored, and only into a workspace that holds
// nothing but samples, so an interrupted first run seeds again at the next launch and a restored study is left alone.
import { ok } from '../core/result';
import { installReferenceBenchmarks } from '../db/benchmarks';
import { guarded, type DbResult } from '../db/errors';
import { editMetadata } from '../db/metadata';
import type { PlanBenchDB } from '../db/schema';
import { sha256Hex } from '../import/hash';
import type { BatchProgress, ImportFile } from '../import/pipeline';
import { INDEX_FIELDS, indexFill, seedOf, type IndexFill } from '../import/seeds';
import type { DocumentMetadata } from '../core/types';
import type { MetadataEdits } from '../workspace/rows';

export type { IndexFill } from '../import/seeds';

export const SEEDED_KEY = 'seeded';
/**
 * The settings row recording, per stored sample (document id), the fields filled from seeds/index.json and their
 * values: the Library and the reader show those fields as from the sample's index, not as the researcher's edits.
 */
export const INDEX_FILLED_KEY = 'sampleIndexFilled';
export type IndexFilled = Record<string, IndexFill>;

export async function readIndexFilled(db: PlanBenchDB): Promise<IndexFilled> {
  return (await readIndexFilledRow(db)) ?? {};
}

/** As readIndexFilled, or null while this workspace's samples have not been looked at (a first launch or a reset, mid-import). */
export async function readIndexFilledRow(db: PlanBenchDB): Promise<IndexFilled | null> {
  const row = await db.settings.get(INDEX_FILLED_KEY);
  if (!row) return null;
  return typeof row.value === 'object' && row.value !== null ? (row.value as IndexFilled) : {};
}

/**
 * What the samples' index fills in a sample that the row read does not show yet: while the samples are still being
 * imported (`filled` null: the fill runs once the whole batch is in), what the index is about to fill; once it has
 * run, what it recorded for this document and the row, read before the fill's write, lacks. The Library shows it at
 * once, labelled as from the index, rather than (无标题) for a moment. {} for any other file.
 */
export function pendingIndexFill(doc: { id?: string; fileName: string; metadata: DocumentMetadata; metadataEdits?: MetadataEdits | null }, filled: IndexFilled | null): IndexFill {
  if (filled === null) {
    const seed = seedOf(doc.fileName);
    return seed ? indexFill(seed, doc.metadata, doc.metadataEdits) : {};
  }
  const recorded = doc.id === undefined ? undefined : filled[doc.id];
  if (!recorded) return {};
  const edits = doc.metadataEdits;
  return Object.fromEntries(INDEX_FIELDS.filter((f) => f in recorded && !(edits && f in edits)).map((f) => [f, recorded[f]])) as IndexFill;
}

/**
 * Fills what the extractor left empty in each stored sample (no title: the three-year action plan starts with its
 * preamble, the news item has no headline) from the sample index. The fields are written as metadata edits, so a
 * re-extraction keeps them as it keeps the researcher's, and recorded under INDEX_FILLED_KEY, so they are shown as
 * what they are: not read from the text, taken from the index. A field read from the text or set by the researcher
 * is never touched.
 */
async function fillFromIndex(db: PlanBenchDB, files: readonly ImportFile[]): Promise<void> {
  const filled = { ...(await readIndexFilled(db)) };
  for (const file of files) {
    const seed = seedOf(file.name);
    if (!seed) continue;
    const id = await sha256Hex(file.bytes);
    const document = await db.documents.get(id);
    if (!document) continue;
    const fill = indexFill(seed, document.metadata, document.metadataEdits);
    if (Object.keys(fill).length === 0) continue;
    const edited = await editMetadata(db, id, fill);
    if (!edited.ok) continue;
    filled[id] = { ...filled[id], ...fill };
  }
  // Written even when nothing was filled: the samples of this workspace have been looked at.
  await db.settings.put({ key: INDEX_FILLED_KEY, value: filled });
}

export interface SeedingDeps {
  loadSeeds(): Promise<ImportFile[]>;
  importFiles(files: ImportFile[]): Promise<BatchProgress>;
}

/** Whether every file of the batch is now in the workspace (stored now or already there). */
export function allStored(progress: BatchProgress): boolean {
  return progress.files.every((f) => f.stage === 'done' || f.stage === 'duplicate');
}

/** Marks the samples imported only when all of them are stored; returns whether they are. */
export async function importSamples(db: PlanBenchDB, deps: SeedingDeps, files?: ImportFile[]): Promise<boolean> {
  const batch = files ?? (await deps.loadSeeds());
  const progress = await deps.importFiles(batch);
  await fillFromIndex(db, batch);
  if (!allStored(progress)) return false;
  await db.settings.put({ key: SEEDED_KEY, value: true });
  return true;
}

/**
 * On launch: the reference benchmarks, then the samples unless they were all stored before or the workspace holds
 * other plans. A store that cannot be read or written is a failure for the window to show, never an exception.
 */
export function ensureSeeded(db: PlanBenchDB, deps: SeedingDeps): Promise<DbResult> {
  return guarded(() => seed(db, deps));
}

async function seed(db: PlanBenchDB, deps: SeedingDeps): Promise<DbResult> {
  if ((await db.benchmarks.count()) === 0) {
    const installed = await installReferenceBenchmarks(db);
    if (!installed.ok) return installed;
  }
  if (await db.settings.get(SEEDED_KEY)) {
    // Samples stored before the index filled what the extractor left empty (an earlier release) are filled once, now.
    if (!(await db.settings.get(INDEX_FILLED_KEY))) await fillFromIndex(db, await deps.loadSeeds());
    return ok();
  }
  const seeds = await deps.loadSeeds();
  const seedIds = new Set(await Promise.all(seeds.map((f) => sha256Hex(f.bytes))));
  const stored = await db.documents.toCollection().primaryKeys();
  // A workspace with plans of its own (a restored study): the samples stay out.
  if (stored.some((id) => !seedIds.has(String(id)))) {
    await db.settings.put({ key: SEEDED_KEY, value: true });
    return ok();
  }
  return ok(await importSamples(db, deps, seeds));
}

/**
 * The fields of a document whose value is the one the sample index filled in (`filled`, as recorded at import): those
 * are shown as from the index, not as the researcher's edits. A field the researcher changed since is theirs.
 */
export function fieldsFromIndex(filled: IndexFill | null | undefined, edits: MetadataEdits | null | undefined): (keyof IndexFill)[] {
  if (!filled || !edits) return [];
  return INDEX_FIELDS.filter((f) => f in filled && f in edits && JSON.stringify(filled[f]) === JSON.stringify(edits[f]));
}
