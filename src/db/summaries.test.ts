// The region summaries (schema 8): what Compare opens with instead of every document row. Every writer keeps them
// (the random-writer test in cells.test.ts checks them after each write); here: the upgrade from version 7 builds them
// from what is stored, a failed write leaves them as they were, and one indicator's cells are read through their index.
import Dexie, { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { allCells, cellsOfIndicator } from './cells';
import { deleteDocument, saveExtraction, saveExtractions } from './documents';
import { setChoice } from './choices';
import { editMetadata } from './metadata';
import { editTarget } from './targets';
import { PlanBenchDB, SCHEMA_V7 } from './schema';
import { allSummaries, summaryOf } from './summaries';
import { fakeIndexedDB, openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleExtraction, sampleInput, sampleMetadata } from './testing/samples';
import { CURRENT_SCHEMA_VERSION, UNKNOWN_REGION_ID } from '../workspace/rows';

const TABLES = ['regions', 'documents', 'texts', 'targets', 'achievements', 'annotations', 'benchmarks', 'settings', 'cells'] as const;

describe('Region summaries (schema 8)', () => {
  it('are built when a version 7 workspace is upgraded, one row per region with documents, and nothing else changes', async () => {
    // A workspace written by the current code, copied table by table into a database declared at version 7.
    const source = openTestDb();
    const plan = await sampleInput('plan');
    const annual = await sampleInput('annual', { extracted: sampleExtraction({ metadata: sampleMetadata({ kind: 'annual_programme', plan_title: null }) }) });
    const zhengzhou = await sampleInput('zhengzhou', { extracted: sampleExtraction({ metadata: sampleMetadata({ region: '郑州市', kind: 'action_plan', plan_title: '郑州市托育行动方案' }) }) });
    const nowhere = await sampleInput('nowhere', { extracted: { ...sampleExtraction({ metadata: sampleMetadata({ region: null, plan_title: '无名规划' }) }), normalized: '四川省 托育' } });
    const xinxiang = (expectOk(await saveExtraction(source, plan)) as { regionId: string }).regionId;
    expectOk(await saveExtraction(source, annual));
    const zz = (expectOk(await saveExtraction(source, zhengzhou)) as { regionId: string }).regionId;
    expectOk(await saveExtraction(source, nowhere));
    const rows = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await source.table(t).toArray()] as const)));
    const imported = new Map((await source.documents.toArray()).map((d) => [d.id, d]));
    const at = (id: string) => imported.get(id)?.importedAt ?? '';

    const options = fakeIndexedDB();
    const legacy = new Dexie('v7', options);
    legacy.version(7).stores(SCHEMA_V7);
    await legacy.open();
    for (const t of TABLES) await legacy.table(t).bulkAdd(rows[t] ?? []);
    legacy.close();

    const db = new PlanBenchDB('v7', options);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const t of TABLES) expect(await db.table(t).toArray(), t).toEqual(rows[t]);
    // Xinxiang: the later import first (the documents list's order); a plan without a title keeps its file name.
    const xinxiangOrder = [plan, annual].sort((a, b) => (at(a.hash) === at(b.hash) ? (a.hash < b.hash ? -1 : 1) : at(a.hash) < at(b.hash) ? 1 : -1));
    const summaries = new Map((await allSummaries(db)).map((s) => [s.regionId, s]));
    expect([...summaries.keys()].sort()).toEqual([xinxiang, zz, UNKNOWN_REGION_ID].sort());
    expect(summaries.get(xinxiang)?.documents).toEqual(
      xinxiangOrder.map((p) => ({ id: p.hash, title: p === annual ? null : '新乡市“十四五”公共服务和社会保障规划', fileName: p.fileName, kind: p === annual ? 'annual_programme' : 'five_year_plan' })),
    );
    expect(summaries.get(xinxiang)?.provinces).toEqual(xinxiangOrder.flatMap((p) => imported.get(p.hash)?.provinces ?? []));
    expect(summaries.get(zz)).toEqual({ regionId: zz, documents: [{ id: zhengzhou.hash, title: '郑州市托育行动方案', fileName: zhengzhou.fileName, kind: 'action_plan' }], provinces: imported.get(zhengzhou.hash)?.provinces });
    // The plan that names no region: listed apart in Compare, with the province its text names.
    expect(summaries.get(UNKNOWN_REGION_ID)).toEqual({ regionId: UNKNOWN_REGION_ID, documents: [{ id: nowhere.hash, title: '无名规划', fileName: nowhere.fileName, kind: 'five_year_plan' }], provinces: ['四川'] });
    // The stored summaries are what the writers would have written.
    expect(await allSummaries(db)).toEqual(await allSummaries(source));
    // The new index on the cells serves the one-indicator read at once.
    expect((await cellsOfIndicator(db, 'nursing_bed_ratio')).map((c) => c.regionId).sort()).toEqual([xinxiang, zz].sort());
    db.close();
  });

  it('follow a document out of its region and away: a metadata edit moves it, a delete drops the emptied region', async () => {
    const db = openTestDb();
    const a = await sampleInput('a');
    const b = await sampleInput('b');
    const results = expectOk(await saveExtractions(db, [a, b]));
    const regionId = (expectOk(results[0]!) as { regionId: string }).regionId;
    expect((await allSummaries(db)).map((s) => [s.regionId, s.documents.length])).toEqual([[regionId, 2]]);
    expectOk(await editMetadata(db, a.hash, { region: { name: '郑州市', code: null, province: null }, plan_title: '改过的标题' }));
    const moved = (await db.documents.get(a.hash))?.regionId as string;
    expect(moved).not.toBe(regionId);
    const summaries = new Map((await allSummaries(db)).map((s) => [s.regionId, s]));
    expect(summaries.get(regionId)?.documents.map((d) => d.id)).toEqual([b.hash]);
    expect(summaries.get(moved)?.documents).toEqual([{ id: a.hash, title: '改过的标题', fileName: a.fileName, kind: 'five_year_plan' }]);
    expectOk(await deleteDocument(db, b.hash));
    expect((await allSummaries(db)).map((s) => s.regionId)).toEqual([moved]);
  });

  it('are not written again by a write that leaves the documents as they were, so Compare does not re-read them', async () => {
    // liveQuery runs only where Dexie sees an IndexedDB (none is global in Node).
    const options = fakeIndexedDB();
    Object.assign(Dexie.dependencies, { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange });
    const db = openTestDb(options, 'live');
    const plan = await sampleInput('plan');
    const { regionId } = expectOk(await saveExtraction(db, plan)) as { regionId: string };
    const seen: string[][] = [];
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    const subscription = liveQuery(() => allSummaries(db)).subscribe((rows) => seen.push(rows.flatMap((r) => r.documents.map((d) => d.title ?? d.fileName))));
    try {
      while (seen.length === 0) await settle();
      // A target edit and a choice recompute the region's cells, not its documents.
      expectOk(await editTarget(db, `${plan.hash}:k-0001`, { target: { value: 60, year: 2025, op: '>=' } }));
      await setChoice(db, regionId, 'nursing_bed_ratio', `${plan.hash}:k-0001`);
      await settle();
      expect(seen).toHaveLength(1);
      // A title edit changes what Compare shows: the summary is written and followed.
      expectOk(await editMetadata(db, plan.hash, { plan_title: '新的标题' }));
      while (seen.length < 2) await settle();
      expect(seen.at(-1)).toEqual(['新的标题']);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('are left as they were when a write fails midway', async () => {
    const db = openTestDb();
    expectOk(await saveExtraction(db, await sampleInput('one')));
    const before = await allSummaries(db);
    const again = await sampleInput('two', { extracted: sampleExtraction({ metadata: sampleMetadata({ region: '郑州市' }) }) });
    // A target id already taken (a leftover row of no document) fails the save: no document, cell or summary of it.
    await db.targets.add({ ...(await db.targets.toArray())[0]!, id: `${again.hash}:k-0001`, documentId: again.hash });
    expect((await saveExtraction(db, again)).ok).toBe(false);
    expect(await allSummaries(db)).toEqual(before);
    expect(await db.documents.count()).toBe(1);
  });

  it('summaryOf lists a region\'s own documents, latest import first and by id between equal times', () => {
    const doc = (id: string, regionId: string, importedAt: string, provinces: string[]) => ({
      id,
      regionId,
      fileName: `${id}.txt`,
      metadata: sampleMetadata({ plan_title: null, kind: 'other' }),
      provinces,
      importedAt,
    });
    const rows = [doc('b', 'r', '2026-01-01', ['河南省']), doc('c', 'r', '2026-02-01', []), doc('a', 'r', '2026-01-01', ['河北省']), doc('d', 's', '2026-03-01', ['四川省'])];
    expect(summaryOf('r', rows)).toEqual({
      regionId: 'r',
      documents: ['c', 'a', 'b'].map((id) => ({ id, title: null, fileName: `${id}.txt`, kind: 'other' })),
      provinces: ['河北省', '河南省'],
    });
    expect(summaryOf('none', rows)).toBeNull();
  });

  it('one indicator\'s cells across every region or the listed ones, through the indicator index', async () => {
    const db = openTestDb();
    const ids: string[] = [];
    for (const region of ['新乡市', '郑州市', '洛阳市']) {
      const input = await sampleInput(region, { extracted: sampleExtraction({ metadata: sampleMetadata({ region }) }) });
      ids.push((expectOk(await saveExtraction(db, input)) as { regionId: string }).regionId);
    }
    const all = await allCells(db);
    const nursing = all.filter((c) => c.indicator === 'nursing_bed_ratio');
    expect(nursing).toHaveLength(3);
    expect(await cellsOfIndicator(db, 'nursing_bed_ratio')).toEqual(expect.arrayContaining(nursing));
    expect(await cellsOfIndicator(db, 'nursing_bed_ratio')).toHaveLength(3);
    expect(await cellsOfIndicator(db, 'nursing_bed_ratio', [ids[1]!, 'no-such-region'])).toEqual(nursing.filter((c) => c.regionId === ids[1]));
    expect(await cellsOfIndicator(db, 'life_expectancy')).toEqual([]);
  });
});
