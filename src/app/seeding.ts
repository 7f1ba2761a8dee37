// The first run's sample plans: imported until every one of them is stored, and only into a workspace that holds
// nothing but samples, so an interrupted first run seeds again at the next launch and a restored study is left alone.
import { ok } from '../core/result';
import { installReferenceBenchmarks } from '../db/benchmarks';
import { guarded, type DbResult } from '../db/errors';
import type { PlanBenchDB } from '../db/schema';
import { sha256Hex } from '../import/hash';
import type { BatchProgress, ImportFile } from '../import/pipeline';

export const SEEDED_KEY = 'seeded';

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
  const progress = await deps.importFiles(files ?? (await deps.loadSeeds()));
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
  if (await db.settings.get(SEEDED_KEY)) return ok();
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
