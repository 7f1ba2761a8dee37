import { describe, expect, it } from 'vitest';
import { loadBenchmarks } from '../core/catalog/benchmarks';
import { benchmarksOf, installReferenceBenchmarks, replaceBenchmarks } from './benchmarks';
import { openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';

describe('benchmark table', () => {
  it('installs every reference row, replacing what was there', async () => {
    const db = openTestDb();
    const reference = loadBenchmarks();
    if (!reference.ok) throw new Error('reference invalid');
    const first = reference.value.rows[0];
    if (!first) throw new Error('no rows');
    expectOk(await replaceBenchmarks(db, [{ ...first, id: 'stale' }]));
    const { count } = expectOk(await installReferenceBenchmarks(db));
    expect(count).toBe(reference.value.rows.length);
    expect(await db.benchmarks.get('stale')).toBeUndefined();
    expect(await db.benchmarks.get(first.id)).toEqual(first);
  });

  it('lists every source for an indicator and period without choosing between them', async () => {
    const db = openTestDb();
    expectOk(await installReferenceBenchmarks(db));
    const training = await benchmarksOf(db, 'subsidized_skills_training', '14th');
    expect(training.map((b) => b.value).sort()).toEqual([1500, 7500]);
    const nursing = await benchmarksOf(db, 'nursing_bed_ratio');
    expect(new Set(nursing.map((b) => b.period))).toEqual(new Set(['14th', '15th']));
    expect((await benchmarksOf(db, 'nursing_bed_ratio', '15th')).map((b) => b.value)).toEqual([73]);
  });
});
