// Achievements in the store: saved with their document, carried by move, delete and undo, reviewed like targets, kept through re-extraction and a v4 → v5 upgrade.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { addManualAchievement, confirmAchievement, deleteManualAchievement, editAchievement, rejectAchievement, restoreAchievement } from './achievements';
import { deleteDocument, moveDocument, restoreDeleted, saveExtraction } from './documents';
import { editMetadata } from './metadata';
import { achievementsOfDocument, achievementsOfIndicator, achievementsOfRegion, targetsOfDocument } from './queries';
import { reextractDocument } from './reextract';
import { createRegion } from './regions';
import { PlanBenchDB, SCHEMA_V4 } from './schema';
import { counts, fakeIndexedDB, openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleAchieved, sampleExtraction, sampleInput } from './testing/samples';
import { CURRENT_SCHEMA_VERSION } from '../workspace/rows';

const total = sampleAchieved({ id: 'a-0002', name: '新增养老床位', indicator: null, unit: '张', value: 1200, kind: 'increment', year: 2020, year_from: 2016, quote: '新增养老床位1200张', start: 70, end: 81 });

async function stored(content = 'plan') {
  const db = openTestDb();
  const base = sampleExtraction();
  const input = await sampleInput(content, { extracted: { ...base, achieved: [...base.achieved, total] } });
  const saved = expectOk(await saveExtraction(db, input));
  if (saved.duplicate) throw new Error('unexpected duplicate');
  return { db, input, saved, id: (recordId: string) => `${input.hash}:${recordId}` };
}

describe('storing achievements', () => {
  it('saves every achievement with its document, apart from the targets, found by document, region and indicator', async () => {
    const { db, input, saved, id } = await stored();
    expect(saved.achievementCount).toBe(2);
    expect(saved.targetCount).toBe(2);
    const rows = await achievementsOfDocument(db, input.hash);
    expect(rows.map((r) => [r.id, r.record, r.regionId, r.year, r.yearFrom, r.status])).toEqual([
      [id('a-0001'), 'achieved', saved.regionId, 2020, null, 'extracted'],
      [id('a-0002'), 'achieved', saved.regionId, 2020, 2016, 'extracted'],
    ]);
    // No target query meets an achievement.
    expect((await targetsOfDocument(db, input.hash)).map((t) => t.extracted.id)).toEqual(['k-0001', 'k-0002']);
    expect((await achievementsOfIndicator(db, 'nursing_bed_ratio')).map((r) => r.extracted.value)).toEqual([48]);
    expect((await achievementsOfIndicator(db, 'nursing_bed_ratio', ['elsewhere'])).length).toBe(0);
    expect((await achievementsOfRegion(db, saved.regionId)).length).toBe(2);
  });

  it('writes nothing when an achievement cannot be stored: the document and its targets roll back too', async () => {
    const db = openTestDb();
    const broken = sampleExtraction({ achieved: [sampleAchieved(), sampleAchieved()] });
    const result = await saveExtraction(db, await sampleInput('dup', { extracted: broken }));
    expect(result.ok).toBe(false);
    expect(await counts(db)).toMatchObject({ documents: 0, texts: 0, targets: 0, achievements: 0 });
  });

  it('moves achievements with their document, by a move or a region edit', async () => {
    const { db, input } = await stored();
    const xiongan = expectOk(await createRegion(db, '雄安新区')).region;
    expectOk(await moveDocument(db, input.hash, xiongan.id));
    expect((await db.achievements.toArray()).map((r) => r.regionId)).toEqual([xiongan.id, xiongan.id]);
    const { regionId } = expectOk(await editMetadata(db, input.hash, { region: { name: '广元市利州区', code: '510802', province: '四川省' } }));
    expect((await achievementsOfRegion(db, regionId)).length).toBe(2);
  });

  it('deletes achievements with their document, and the undo brings them back as they were', async () => {
    const { db, input, id } = await stored();
    expectOk(await editAchievement(db, id('a-0001'), { value: 47 }));
    const before = await db.achievements.toArray();
    const { deleted } = expectOk(await deleteDocument(db, input.hash));
    expect(deleted.achievements).toHaveLength(2);
    expect(await db.achievements.count()).toBe(0);
    expectOk(await restoreDeleted(db, deleted));
    expect(await db.achievements.toArray()).toEqual(before);
  });
});

describe('reviewing achievements', () => {
  it('edits value, op, year, year_from, unit, kind and indicator beside the extracted record, and re-indexes the indicator', async () => {
    const { db, id } = await stored();
    const { target, previous } = expectOk(
      await editAchievement(db, id('a-0002'), { value: 1250, op: '>=', year: 2021, year_from: 2017, unit: '个', kind: 'cumulative', indicator: 'elderly_beds_per_1000' }),
    );
    expect(previous.status).toBe('extracted');
    expect(target).toMatchObject({ status: 'edited', year: 2021, yearFrom: 2017, indicator: 'elderly_beds_per_1000' });
    expect(target.extracted.value).toBe(1200);
    expect(target.edits).toEqual({ value: 1250, op: '>=', year: 2021, year_from: 2017, unit: '个', kind: 'cumulative', indicator: 'elderly_beds_per_1000' });
    expect((await achievementsOfIndicator(db, 'elderly_beds_per_1000')).map((r) => r.id)).toEqual([id('a-0002')]);
    // An edit back to the extracted value drops it; fields that are not editable are ignored.
    const back = expectOk(await editAchievement(db, id('a-0002'), { value: 1200, quote: 'x' } as never)).target;
    expect(back.edits).not.toHaveProperty('value');
    expect(back.extracted.quote).toBe(total.quote);
  });

  it('confirms, rejects, confirms again and undoes, like a target', async () => {
    const { db, id } = await stored();
    expect(expectOk(await confirmAchievement(db, id('a-0001'))).target.status).toBe('confirmed');
    const rejected = expectOk(await rejectAchievement(db, id('a-0001')));
    expect(rejected.target.status).toBe('rejected');
    expectOk(await restoreAchievement(db, rejected.previous));
    expect((await db.achievements.get(id('a-0001')))?.status).toBe('confirmed');
    expect(await editAchievement(db, 'nope', { value: 1 })).toEqual({ ok: false, code: 'not-found' });
  });

  it('adds a manual achievement that stays manual, and deletes only manual ones', async () => {
    const { db, input, saved, id } = await stored();
    const { id: _id, ...record } = sampleAchieved({ value: 50, year: 2022 });
    const { target } = expectOk(await addManualAchievement(db, input.hash, record));
    expect(target).toMatchObject({ status: 'manual', regionId: saved.regionId, year: 2022, record: 'achieved' });
    expect(expectOk(await editAchievement(db, target.id, { value: 51 })).target.status).toBe('manual');
    expect(await deleteManualAchievement(db, id('a-0001'))).toEqual({ ok: false, code: 'not-manual' });
    expectOk(await deleteManualAchievement(db, target.id));
    expect(await db.achievements.get(target.id)).toBeUndefined();
    expect(await addManualAchievement(db, 'f'.repeat(64), record)).toEqual({ ok: false, code: 'not-found' });
  });
});

describe('re-extracting achievements', () => {
  it('keeps edits and statuses on the achievements that still match, keeps manual ones, and orphans worked-on ones nothing matches', async () => {
    const { db, input, id } = await stored();
    expectOk(await editAchievement(db, id('a-0001'), { year: 2019 }));
    expectOk(await confirmAchievement(db, id('a-0002')));
    const { id: _id, ...record } = sampleAchieved({ name: '手工', value: 3 });
    const manual = expectOk(await addManualAchievement(db, input.hash, record)).target;

    // The new extractor finds the 2020 share under a new id and a shifted span, misses the total, and finds a new level.
    const base = sampleExtraction();
    const fresh = {
      ...base,
      achieved: [
        sampleAchieved({ id: 'b-0001', start: 51, end: 61 }),
        sampleAchieved({ id: 'b-0009', name: '每千人口托位数', indicator: 'childcare_places_per_1000', value: 1.9, quote: '托位数1.9个', start: 90, end: 97 }),
      ],
    };
    const summary = expectOk(await reextractDocument(db, input.hash, fresh));
    expect(summary.achievements).toMatchObject({ matched: 1, added: 1, removed: 0 });
    expect(summary.achievements.orphaned.map((r) => r.id)).toEqual([id('a-0002')]);

    const rows = await achievementsOfDocument(db, input.hash);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(id('b-0001'))).toMatchObject({ status: 'edited', edits: { year: 2019 }, year: 2019, orphaned: false });
    expect(byId.get(id('b-0009'))).toMatchObject({ status: 'extracted' });
    expect(byId.get(id('a-0002'))).toMatchObject({ status: 'confirmed', orphaned: true });
    expect(byId.get(manual.id)).toMatchObject({ status: 'manual', extracted: { name: '手工' } });
    expect(byId.has(id('a-0001'))).toBe(false);
    expect(rows).toHaveLength(4);
  });

  it('gives a document stored without achievements its achievements on re-extraction', async () => {
    const db = openTestDb();
    const input = await sampleInput('older', { extracted: sampleExtraction({ achieved: [] }) });
    expectOk(await saveExtraction(db, input));
    expect(await db.achievements.count()).toBe(0);
    expectOk(await reextractDocument(db, input.hash, sampleExtraction()));
    expect((await achievementsOfDocument(db, input.hash)).map((r) => r.extracted.id)).toEqual(['a-0001']);
  });
});

describe('schema version 5', () => {
  it('opens a version 4 database with every row as it was and an empty achievements table', async () => {
    const options = fakeIndexedDB();
    // A v4 workspace written by the current code's rows, without the achievements table.
    const current = openTestDb(options, 'v4-source');
    const input = await sampleInput('v4');
    expectOk(await saveExtraction(current, input));
    expectOk(await confirmAchievement(current, `${input.hash}:a-0001`));
    const rows = {
      regions: await current.regions.toArray(),
      documents: await current.documents.toArray(),
      texts: await current.texts.toArray(),
      targets: await current.targets.toArray(),
      settings: await current.settings.toArray(),
    };
    current.close();
    const legacy = new Dexie('v4', options);
    legacy.version(4).stores(SCHEMA_V4);
    await legacy.open();
    for (const [table, list] of Object.entries(rows)) await legacy.table(table).bulkAdd(list);
    legacy.close();

    const db = new PlanBenchDB('v4', options);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.regions.toArray()).toEqual(rows.regions);
    expect(await db.documents.toArray()).toEqual(rows.documents);
    expect(await db.texts.toArray()).toEqual(rows.texts);
    expect(await db.targets.toArray()).toEqual(rows.targets);
    expect(await db.achievements.count()).toBe(0);
    // The new table's indexes answer at once.
    expect(await db.achievements.where('[indicator+regionId]').between(['nursing_bed_ratio', Dexie.minKey], ['nursing_bed_ratio', Dexie.maxKey]).count()).toBe(0);
    // Re-extraction fills it.
    expectOk(await reextractDocument(db, input.hash, sampleExtraction()));
    expect(await db.achievements.where('documentId').equals(input.hash).count()).toBe(1);
    db.close();
  });
});
