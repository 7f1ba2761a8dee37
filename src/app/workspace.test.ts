// Backup and restore as the app layer offers them, on fake-indexeddb: failures are values, a wrong file is named for
// what it is (not JSON, not a backup, a damaged backup, a newer one), and a failed restore leaves the workspace as it was.
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveExtraction } from '../db/documents';
import { CURRENT_SCHEMA_VERSION } from '../workspace/rows';
import { SCHEMA_V1, type PlanBenchDB } from '../db/schema';
import { counts, fakeIndexedDB, openTestDb } from '../db/testing/fake-db';
import { V1_ROWS } from '../db/testing/legacy-v1';
import { expectOk } from '../db/testing/results';
import { sampleInput } from '../db/testing/samples';
import { sweepStaged } from '../db/staged';
import { useWorkspaceStore, workspaceStore } from './store';
import { backupBeforeUpgrade, backupWorkspace, clearWorkspace, restoreFromBytes } from './workspace';

const original = workspaceStore();
afterEach(() => {
  useWorkspaceStore(original);
});

async function withPlan(): Promise<PlanBenchDB> {
  const db = openTestDb();
  useWorkspaceStore(db);
  expectOk(await saveExtraction(db, await sampleInput('a plan')));
  return db;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('backup and restore through the app layer', () => {
  it('backs up to a dated JSON file that restores into an empty workspace', async () => {
    const db = await withPlan();
    const backup = expectOk(await backupWorkspace());
    expect(backup.name).toMatch(/^planbench-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const fresh = openTestDb(fakeIndexedDB(), 'fresh');
    useWorkspaceStore(fresh);
    const restored = expectOk(await restoreFromBytes(bytes(backup.json), 'merge'));
    expect(restored.added.documents).toBe(1);
    expect((await counts(fresh)).targets).toBe((await counts(db)).targets);
  });

  it('returns a backup that cannot be read as a value, not an exception', async () => {
    const db = await withPlan();
    db.close();
    const result = await backupWorkspace();
    expect(result).toMatchObject({ ok: false, code: 'write-failed' });
  });

  it.each([
    ['a file that is not JSON', 'not-json', '%PDF-1.7 not a backup'],
    ['JSON that is not a backup', 'not-backup', JSON.stringify({ type: 'something-else', rows: [1, 2] })],
    ['a newer backup', 'newer-version', JSON.stringify({ type: 'planbench/workspace', version: 99 })],
  ])('names %s for what it is and changes nothing', async (_what, code, text) => {
    const db = await withPlan();
    const before = await counts(db);
    const result = await restoreFromBytes(bytes(text), 'replace');
    expect(result).toMatchObject({ ok: false, code });
    expect(await counts(db)).toEqual(before);
  });

  it('tells a damaged backup from a foreign file, with how many of its records are wrong', async () => {
    const db = await withPlan();
    const file = JSON.parse(expectOk(await backupWorkspace()).json) as { targets: Array<{ documentId: string }> };
    for (const target of file.targets) target.documentId = 'missing';
    const before = await counts(db);
    const result = await restoreFromBytes(bytes(JSON.stringify(file)), 'replace');
    expect(result).toMatchObject({ ok: false, code: 'damaged', issues: file.targets.length });
    expect(await counts(db)).toEqual(before);
  });

  it('offers a backup of an older stored database before it is upgraded, and nothing for a current one', async () => {
    const options = fakeIndexedDB();
    expect(expectOk(await backupBeforeUpgrade('old', options))).toBeNull();
    const legacy = new Dexie('old', options);
    legacy.version(1).stores(SCHEMA_V1);
    await legacy.open();
    for (const [table, rows] of Object.entries(V1_ROWS)) await legacy.table(table).bulkAdd(rows);
    legacy.close();
    const offer = expectOk(await backupBeforeUpgrade('old', options));
    expect(offer).toMatchObject({ from: 1, to: CURRENT_SCHEMA_VERSION });
    expect(offer?.backup.name).toMatch(/^planbench-before-upgrade-v1-/);
    expect(JSON.parse(offer?.backup.json ?? '{}')).toMatchObject({ schemaVersion: 1, annotations: V1_ROWS.annotations });

    const current = openTestDb(options, 'current');
    await current.open();
    current.close();
    expect(expectOk(await backupBeforeUpgrade('current', options))).toBeNull();
  });
});

describe('Replace', () => {
  it('asks only about a valid backup, and a declined question changes nothing', async () => {
    const db = await withPlan();
    const backup = expectOk(await backupWorkspace());
    const asked: string[] = [];
    const ask = (answer: boolean) => async () => (asked.push(String(answer)), answer);
    expect(await restoreFromBytes(bytes('not json'), 'replace', ask(true))).toMatchObject({ ok: false, code: 'not-json' });
    expect(asked).toEqual([]);
    const before = await counts(db);
    expect(await restoreFromBytes(bytes(backup.json), 'replace', ask(false))).toMatchObject({ ok: false, code: 'cancelled' });
    expect(await counts(db)).toEqual(before);
    expectOk(await restoreFromBytes(bytes(backup.json), 'replace', ask(true)));
    expect(asked).toEqual(['false', 'true']);
    expect(await counts(db)).toEqual(before);
  });
});

describe('emptying the workspace', () => {
  it('leaves Compare nothing to show: no document, cell or region summary, the reference benchmarks back', async () => {
    const db = await withPlan();
    expect(await db.regionSummaries.count()).toBe(1);
    expect(await db.cells.count()).toBeGreaterThan(0);
    expectOk(await clearWorkspace());
    expect([await db.documents.count(), await db.cells.count(), await db.regionSummaries.count()]).toEqual([0, 0, 0]);
    expect(await db.benchmarks.count()).toBeGreaterThan(0);
    // An emptied workspace has nothing a crash left: the next launch's sweep reads the staging rows only.
    const fullSweep = [vi.spyOn(db.targetPacks, 'orderBy'), vi.spyOn(db.texts, 'toCollection')];
    expect(await sweepStaged(db)).toEqual({ documents: 0 });
    expect(fullSweep.map((spy) => spy.mock.calls.length)).toEqual([0, 0]);
  });
});
