import type { DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import { addAnnotation } from './annotations';
import Dexie from 'dexie';
import { exportStoredDatabase, exportWorkspace, restoreWorkspace, RESTORE_PACKED_FROM } from './backup';
import { countTargets, PACK_SIZE, targetsOfRegion } from './target-store';
import { installReferenceBenchmarks } from './benchmarks';
import { loadChoices, setChoice } from './choices';
import { saveExtraction } from './documents';
import { reextractDocument } from './reextract';
import { findRegionByName } from './regions';
import { addManualAchievement, editAchievement, rejectAchievement } from './achievements';
import { addManualTarget, editTarget, rejectTarget } from './targets';
import { PlanBenchDB, SCHEMA_V1 } from './schema';
import { counts, fakeIndexedDB, openTestDb } from './testing/fake-db';
import { V1_ROWS } from './testing/legacy-v1';
import { expectOk } from './testing/results';
import { CURRENT_SCHEMA_VERSION } from '../workspace/rows';
import { sampleAchieved, sampleExtraction, sampleInput, sampleMetadata, sampleRecord } from './testing/samples';

/** A workspace with something in every table and every kind of row state. */
async function fullWorkspace(): Promise<PlanBenchDB> {
  const db = openTestDb();
  expectOk(await installReferenceBenchmarks(db));
  const a = await sampleInput('xinxiang');
  const b = await sampleInput('xiongan', { extracted: sampleExtraction({ encoding: 'gb18030', script: 'traditional', metadata: sampleMetadata({ region: '雄安新区', kind: 'news_report', period: null }) }) });
  const savedA = expectOk(await saveExtraction(db, a));
  const savedB = expectOk(await saveExtraction(db, b));
  if (savedA.duplicate || savedB.duplicate) throw new Error('unexpected duplicate');
  expectOk(await editTarget(db, `${a.hash}:k-0001`, { target: { value: 60, year: 2025, op: '>=', text: '≥60%' }, baseline: null }));
  expectOk(await rejectTarget(db, `${b.hash}:k-0002`));
  const { id: _id, ...manual } = sampleRecord({ target: { value: 1, year: null, op: '~', value_max: 2 }, aspirational: true });
  expectOk(await addManualTarget(db, b.hash, manual));
  expectOk(await addAnnotation(db, { regionId: savedA.regionId, indicator: 'nursing_bed_ratio', text: '差距大', tag: 'gap', otherRegionId: savedB.regionId }));
  expectOk(await addAnnotation(db, { regionId: savedA.regionId, indicator: 'nursing_bed_ratio', text: '核实', targetId: `${a.hash}:k-0001` }));
  await setChoice(db, savedA.regionId, 'nursing_bed_ratio', `${a.hash}:k-0001`);
  expectOk(await editAchievement(db, `${a.hash}:a-0001`, { value: 47.5, year: 2019 }));
  expectOk(await rejectAchievement(db, `${b.hash}:a-0001`));
  const { id: _aid, ...reached } = sampleAchieved({ kind: 'increment', value: 1200, unit: '张', year: 2020, year_from: 2016 });
  expectOk(await addManualAchievement(db, a.hash, reached));
  await db.settings.put({ key: 'locale', value: { lang: 'zh-CN', list: [1, 'a', null] } });
  // A confirmed target the next extraction no longer finds becomes an orphan.
  expectOk(await reextractDocument(db, b.hash, sampleExtraction({ targets: [sampleRecord()] })));
  return db;
}

function withoutTime<T extends { exportedAt: string }>(file: T): Omit<T, 'exportedAt'> {
  const { exportedAt: _exportedAt, ...rest } = file;
  return rest;
}

async function dump(db: PlanBenchDB) {
  return withoutTime(await exportWorkspace(db));
}

describe('exportWorkspace and restoreWorkspace', () => {
  it('round-trips a workspace through JSON without losing anything', async () => {
    const db = await fullWorkspace();
    const first = await exportWorkspace(db);
    expect(first.targets.some((t) => t.orphaned)).toBe(true);
    expect(first.benchmarks.length).toBeGreaterThan(0);
    // Achievements travel with their edits, statuses and manual additions.
    expect(first.achievements.map((r) => [r.status, r.year, r.yearFrom]).sort()).toEqual([
      ['edited', 2019, null],
      ['manual', 2020, 2016],
      ['rejected', 2020, null],
    ]);

    const json = JSON.parse(JSON.stringify(first)) as unknown;
    const empty = openTestDb();
    expectOk(await restoreWorkspace(empty, json, 'replace'));
    const second = await exportWorkspace(empty);
    expect(JSON.parse(JSON.stringify(withoutTime(second)))).toEqual(JSON.parse(JSON.stringify(withoutTime(first))));
  });

  it('restores a large document with its untouched targets packed, as the import stores one read in slices, and reads it back the same', async () => {
    const db = openTestDb();
    const records = Array.from({ length: RESTORE_PACKED_FROM + 450 }, (_, i) => sampleRecord({ id: `k-${String(i + 1).padStart(5, '0')}`, target: { value: 40 + (i % 30), year: 2025, op: '>=' } }));
    const input = await sampleInput('一份很大的规划', { extracted: sampleExtraction({ targets: records }) });
    const saved = expectOk(await saveExtraction(db, input));
    if (saved.duplicate) throw new Error('unexpected duplicate');
    expectOk(await editTarget(db, `${input.hash}:k-00007`, { target: { value: 61, year: 2025, op: '>=', text: '≥61%' }, baseline: null }));
    expectOk(await rejectTarget(db, `${input.hash}:k-02000`));
    const file = await exportWorkspace(db);
    for (const mode of ['replace', 'merge'] as const) {
      const restored = openTestDb();
      expectOk(await restoreWorkspace(restored, JSON.parse(JSON.stringify(file)), mode));
      // The two touched targets are rows; the others are packed, PACK_SIZE to a row.
      expect(await restored.targets.count(), mode).toBe(2);
      expect(await restored.targetPacks.count(), mode).toBe(Math.ceil((records.length - 2) / PACK_SIZE));
      expect(withoutTime(await exportWorkspace(restored)).targets, mode).toEqual(withoutTime(file).targets);
      expect(await countTargets(restored, [input.hash]), mode).toEqual(new Map([[input.hash, records.length]]));
      expect((await targetsOfRegion(restored, saved.regionId)).find((t) => t.id === `${input.hash}:k-00007`)?.edits?.target?.value, mode).toBe(61);
      expect(await restored.cells.toArray(), mode).toEqual(await db.cells.toArray());
    }
    // A workspace of plans read whole is restored as rows.
    const small = openTestDb();
    expectOk(await restoreWorkspace(small, JSON.parse(JSON.stringify(await exportWorkspace(await fullWorkspace()))), 'replace'));
    expect(await small.targetPacks.count()).toBe(0);
  });

  it('writes the envelope with the schema version of the database', async () => {
    const file = await exportWorkspace(openTestDb());
    expect(file).toMatchObject({ type: 'planbench/workspace', version: 2, source: 'planbench', schemaVersion: CURRENT_SCHEMA_VERSION, regions: [] });
  });

  it('changes nothing when the file is invalid, in either mode', async () => {
    const db = await fullWorkspace();
    const before = await dump(db);
    const bad = JSON.parse(JSON.stringify(await exportWorkspace(db))) as { targets: { status: string }[] };
    (bad.targets[0] as { status: string }).status = 'lost';
    for (const mode of ['replace', 'merge'] as const) {
      expect(await restoreWorkspace(db, bad, mode)).toEqual({ ok: false, code: 'invalid-workspace', issues: ['targets.0.status'] });
    }
    expect(await dump(db)).toEqual(before);
  });

  it('changes nothing when a write fails midway through a replace', async () => {
    const db = await fullWorkspace();
    const file = JSON.parse(JSON.stringify(await exportWorkspace(db))) as unknown;
    const before = await dump(db);
    // Middleware takes effect when the database opens.
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const inner = down.table(name);
          return name === 'annotations' ? { ...inner, mutate: (req) => (req.type === 'add' ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : inner.mutate(req)) } : inner;
        },
      }),
    });
    await db.open();
    expect(await restoreWorkspace(db, file, 'replace')).toMatchObject({ ok: false, code: 'quota-exceeded' });
    expect(await dump(db)).toEqual(before);
  });

  it('replaces everything in replace mode', async () => {
    const target = openTestDb();
    expectOk(await saveExtraction(target, await sampleInput('something else')));
    const file = JSON.parse(JSON.stringify(await exportWorkspace(await fullWorkspace()))) as unknown;
    expectOk(await restoreWorkspace(target, file, 'replace'));
    expect(await dump(target)).toEqual(withoutTime(file as { exportedAt: string }));
  });

  it('merges: skips documents already present, keeps their edits, maps regions by name and adds the rest', async () => {
    const source = await fullWorkspace();
    const file = JSON.parse(JSON.stringify(await exportWorkspace(source))) as unknown;

    const db = openTestDb();
    const a = await sampleInput('xinxiang');
    const saved = expectOk(await saveExtraction(db, a));
    if (saved.duplicate) throw new Error('unexpected duplicate');
    expectOk(await editTarget(db, `${a.hash}:k-0001`, { unit: '‰' }));
    const mine = expectOk(await addAnnotation(db, { regionId: saved.regionId, indicator: 'x', text: 'mine' }));

    const result = expectOk(await restoreWorkspace(db, file, 'merge'));
    expect(result).toMatchObject({ skippedDocuments: 1, added: { documents: 1, regions: 1, annotations: 2, achievements: 1 } });
    // The skipped document keeps this workspace's own achievement, untouched by the file's edit.
    expect((await db.achievements.get(`${a.hash}:a-0001`))?.status).toBe('extracted');
    expect((await db.achievements.toArray()).map((r) => r.status).sort()).toEqual(['extracted', 'rejected']);
    expect(await db.documents.count()).toBe(2);
    expect((await db.targets.get(`${a.hash}:k-0001`))?.edits).toEqual({ unit: '‰' });
    expect(await db.annotations.get(mine.annotation.id)).toEqual(mine.annotation);
    // The file's 新乡市 is this workspace's 新乡市: its notes and choices land there.
    expect(await db.regions.where('name').equals('新乡市').count()).toBe(1);
    expect(await db.annotations.where('regionId').equals(saved.regionId).count()).toBe(3);
    const xiongan = await findRegionByName(db, '雄安新区');
    expect(xiongan && (await db.documents.where('regionId').equals(xiongan.id).count())).toBe(1);
    expect(await loadChoices(db)).toEqual({ [`${saved.regionId}|nursing_bed_ratio`]: `${a.hash}:k-0001` });

    const again = expectOk(await restoreWorkspace(db, file, 'merge'));
    expect(again).toMatchObject({ skippedDocuments: 2, added: { documents: 0, regions: 0, annotations: 0, targets: 0 } });
    expect(await counts(db)).toMatchObject({ documents: 2 });
  });

  it('backs up a version 1 database before it is upgraded, and the backup restores into the current schema', async () => {
    const options = fakeIndexedDB();
    expect(await exportStoredDatabase('old', options)).toBeNull();
    const legacy = new Dexie('old', options);
    legacy.version(1).stores(SCHEMA_V1);
    await legacy.open();
    for (const [table, rows] of Object.entries(V1_ROWS)) await legacy.table(table).bulkAdd(rows);
    legacy.close();

    const backup = await exportStoredDatabase('old', options);
    expect(backup).toMatchObject({ schemaVersion: 1, benchmarks: [], annotations: V1_ROWS.annotations });
    const db = openTestDb();
    expectOk(await restoreWorkspace(db, JSON.parse(JSON.stringify(backup)), 'replace'));
    expect((await db.targets.toArray()).map((t) => [t.status, t.edits, t.orphaned])).toEqual([
      ['edited', { target: { value: 60, year: 2025, op: '>=' } }, false],
      ['confirmed', null, false],
    ]);
    expect(await db.annotations.where('[regionId+indicator]').equals(['region-v1', 'nursing_bed_ratio']).count()).toBe(1);
  });

  it('backs up a current database with every plan text joined back to its document', async () => {
    const options = fakeIndexedDB();
    const db = new PlanBenchDB('current', options);
    const input = await sampleInput('plan with text');
    expectOk(await saveExtraction(db, input));
    db.close();
    const backup = await exportStoredDatabase('current', options);
    expect(backup?.documents).toHaveLength(1);
    expect(backup?.documents[0]).toMatchObject({ id: input.hash, originalText: input.extracted.text, normalizedText: input.extracted.normalized });
    expect(backup?.documents[0]).not.toHaveProperty('provinces');
    const live = await exportWorkspace(new PlanBenchDB('current', options));
    expect(live.documents).toEqual(backup?.documents);
  });
});
