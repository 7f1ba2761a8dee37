// A large document stored in steps: nothing of it is shown (document list, Compare's inputs, a backup) until its
// document row is written; a discarded one leaves nothing behind; a crash's leftovers are swept.
import { describe, expect, it, vi } from 'vitest';
import { exportWorkspace } from './backup';
import { saveExtraction } from './documents';
import { effectiveInputs, listDocuments, listRegions } from './queries';
import type { PlanBenchDB } from './schema';
import { addStagedTargets, beginStaged, commitStaged, discardStaged, STAGED_ROWS_PER_TRANSACTION, STAGING_PREFIX, STAGING_SWEPT_KEY, sweepStaged } from './staged';
import { allTargets as storedTargets, countTargets, PACK_SIZE } from './target-store';
import { counts, fakeIndexedDB, openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleAchieved, sampleExtraction, sampleInput, sampleRecord } from './testing/samples';

const stagingRows = async (db: PlanBenchDB) => (await db.settings.where('key').startsWith(STAGING_PREFIX).primaryKeys()).map((k) => k.slice(STAGING_PREFIX.length));

/** Counts the reads of every table's document ids (the full sweep): the targets' and packs' document index, achievements', texts'. */
function spyFullReads(db: PlanBenchDB) {
  return [vi.spyOn(db.targets, 'orderBy'), vi.spyOn(db.targetPacks, 'orderBy'), vi.spyOn(db.achievements, 'orderBy'), vi.spyOn(db.texts, 'toCollection')];
}
const calls = (spies: ReturnType<typeof spyFullReads>) => spies.reduce((n, spy) => n + spy.mock.calls.length, 0);

const records = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => sampleRecord({ id: `k-${from + i}`, start: 100 + from + i, end: 110 + from + i, target: { value: from + i, year: 2025, op: '=' } }));

async function begin(content: string, db = openTestDb()) {
  const input = await sampleInput(content, { extracted: sampleExtraction({ targets: [] }) });
  const begun = expectOk(await beginStaged(db, input));
  if (begun.duplicate) throw new Error('unexpected duplicate');
  return { db, input, staged: begun.staged };
}

describe('a document stored in slices', () => {
  it('is invisible until committed, then whole: every target, its region, its text', async () => {
    const { db, input, staged } = await begin('large plan');
    const n = STAGED_ROWS_PER_TRANSACTION * 2 + 17;
    expectOk(await addStagedTargets(db, staged, records(n)));
    expect(staged.targetCount).toBe(n);
    // Written as packs of PACK_SIZE (no target row), but not part of the workspace yet: no document, no region, no
    // Compare input, not in a backup.
    expect(await db.targets.count()).toBe(0);
    expect(await db.targetPacks.count()).toBe(Math.ceil(STAGED_ROWS_PER_TRANSACTION / PACK_SIZE) * 2 + Math.ceil(17 / PACK_SIZE));
    expect(await storedTargets(db)).toHaveLength(n);
    expect(await listDocuments(db)).toEqual([]);
    expect((await listRegions(db)).map((r) => r.name)).toEqual([]);
    expect(await effectiveInputs(db, await storedTargets(db))).toEqual([]);
    const backup = await exportWorkspace(db);
    expect([backup.documents.length, backup.targets.length]).toEqual([0, 0]);
    // Its staging row is not part of the workspace either.
    expect(await stagingRows(db)).toEqual([staged.documentId]);
    expect(backup.settings).toEqual([]);

    const committed = expectOk(await commitStaged(db, staged, input));
    expect(committed.targetCount).toBe(n);
    expect((await listDocuments(db)).map((d) => d.id)).toEqual([input.hash]);
    expect((await listRegions(db)).map((r) => r.name)).toEqual(['新乡市']);
    expect(await effectiveInputs(db, await storedTargets(db))).toHaveLength(n);
    expect(await countTargets(db, [input.hash])).toEqual(new Map([[input.hash, n]]));
    expect((await db.texts.get(input.hash))?.originalText).toBe(input.extracted.text);
    expect((await exportWorkspace(db)).targets).toHaveLength(n);
  });

  it('discarded (cancel, failure), leaves no row of it', async () => {
    const { db, staged } = await begin('cancelled plan');
    const before = await counts(db);
    expectOk(await addStagedTargets(db, staged, records(STAGED_ROWS_PER_TRANSACTION + 5)));
    expectOk(await discardStaged(db, staged.documentId));
    expect(before.settings).toBe(1);
    expect(await counts(db)).toEqual({ ...before, texts: 0, settings: 0 });
    expect(await db.texts.count()).toBe(0);
  });

  it('never removes a committed document, and keeps the documents stored before', async () => {
    const { db, input, staged } = await begin('kept plan');
    const other = expectOk(await saveExtraction(db, await sampleInput('another plan')));
    expectOk(await addStagedTargets(db, staged, records(10)));
    expectOk(await commitStaged(db, staged, input));
    expect(await stagingRows(db)).toEqual([]);
    expectOk(await discardStaged(db, staged.documentId));
    expect((await listDocuments(db)).length).toBe(2);
    expect(await db.targets.count()).toBe(2);
    expect(await storedTargets(db)).toHaveLength(10 + 2);
    expect(other.duplicate).toBe(false);
  });

  it('reports a file already stored as a duplicate and writes nothing', async () => {
    const db = openTestDb();
    const input = await sampleInput('stored plan');
    expectOk(await saveExtraction(db, input));
    const before = await counts(db);
    expect(expectOk(await beginStaged(db, { ...input, extracted: sampleExtraction({ targets: [] }) }))).toMatchObject({ duplicate: true, documentId: input.hash });
    expect(await counts(db)).toEqual(before);
  });

  it('sweeps at launch what an import ended by a crash left, and nothing else', async () => {
    const { db, staged } = await begin('crashed plan');
    expectOk(await saveExtraction(db, await sampleInput('complete plan')));
    expectOk(await addStagedTargets(db, staged, records(30)));
    expect(await sweepStaged(db)).toEqual({ documents: 1 });
    expect(await db.targets.count()).toBe(2);
    expect(await db.targetPacks.count()).toBe(0);
    expect(await db.texts.count()).toBe(1);
    expect(await sweepStaged(db)).toEqual({ documents: 0 });
  });

  it('at the next launch, removes every row of a staged import a crash ended, reading only the staging rows', async () => {
    const idb = fakeIndexedDB();
    const first = openTestDb(idb);
    await sweepStaged(first);
    const complete = await sampleInput('complete plan');
    expectOk(await saveExtraction(first, complete));
    const clean = await counts(first);
    const { staged } = await begin('crashed plan', first);
    expectOk(await addStagedTargets(first, staged, records(STAGED_ROWS_PER_TRANSACTION + 30), [sampleAchieved()]));
    expect(await stagingRows(first)).toEqual([staged.documentId]);
    first.close(); // the window closes mid-import: nothing ends the staging

    const relaunched = openTestDb(idb);
    const spies = spyFullReads(relaunched);
    expect(await sweepStaged(relaunched)).toEqual({ documents: 1 });
    expect(await counts(relaunched)).toEqual(clean);
    expect((await listDocuments(relaunched)).map((d) => d.id)).toEqual([complete.hash]);
    expect(calls(spies)).toBe(0);
    expect(await sweepStaged(relaunched)).toEqual({ documents: 0 });
    expect(calls(spies)).toBe(0);
  });

  it('sweeps a database from before the staging rows once, in full, then reads only the staging rows', async () => {
    const idb = fakeIndexedDB();
    const old = openTestDb(idb);
    expectOk(await saveExtraction(old, await sampleInput('complete plan')));
    const clean = await counts(old);
    const { staged } = await begin('crashed before the upgrade', old);
    expectOk(await addStagedTargets(old, staged, records(30), [sampleAchieved()]));
    // The earlier version wrote no staging row.
    await old.settings.delete(`${STAGING_PREFIX}${staged.documentId}`);
    old.close();

    const upgraded = openTestDb(idb);
    const spies = spyFullReads(upgraded);
    expect(await sweepStaged(upgraded)).toEqual({ documents: 1 });
    expect(calls(spies)).toBeGreaterThan(0);
    expect(await counts(upgraded)).toEqual({ ...clean, settings: (clean.settings ?? 0) + 1 });
    expect(await upgraded.settings.get(STAGING_SWEPT_KEY)).toBeDefined();
    upgraded.close();

    const again = openTestDb(idb);
    const later = spyFullReads(again);
    expect(await sweepStaged(again)).toEqual({ documents: 0 });
    expect(calls(later)).toBe(0);
  });
});
