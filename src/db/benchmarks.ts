// The benchmark table: reloaded from the app's reference file, never edited in place.
import { loadBenchmarks } from '../core/catalog/benchmarks';
import { failure, guarded, type DbResult } from './errors';
import { ok } from '../core/result';
import type { BenchmarkRow } from '../workspace/rows';
import type { PlanBenchDB } from './schema';

/** Replaces every benchmark row in one transaction. */
export async function replaceBenchmarks(db: PlanBenchDB, rows: readonly BenchmarkRow[]): Promise<DbResult<{ count: number }>> {
  return guarded(() =>
    db.transaction('rw', db.benchmarks, async () => {
      await db.benchmarks.clear();
      await db.benchmarks.bulkAdd([...rows]);
      return ok({ count: rows.length });
    }),
  );
}

/** Loads src/data/benchmarks.json into the table; run at start-up so a new app version brings its data. */
export async function installReferenceBenchmarks(db: PlanBenchDB): Promise<DbResult<{ count: number }>> {
  const loaded = loadBenchmarks();
  if (!loaded.ok) return failure('invalid-benchmarks', { detail: loaded.issues.join(', ') });
  return replaceBenchmarks(db, loaded.value.rows);
}

/** Benchmarks of one catalog indicator, optionally of one period; every source is listed, none resolved. */
export async function benchmarksOf(db: PlanBenchDB, indicator: string, period?: BenchmarkRow['period']): Promise<BenchmarkRow[]> {
  if (period) return db.benchmarks.where('[indicator+period]').equals([indicator, period]).toArray();
  return db.benchmarks.where('indicator').equals(indicator).toArray();
}
