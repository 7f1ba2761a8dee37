// Compare's stored cells (schema 6, slim since schema 10) and region summaries (schema 8) must always equal what Compare
// computed from every target and every document on each open: after every kind of write, in any order, and after the
// upgrades from version 5 and (cells stored whole) version 9.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { comparisonRegions, comparisonTargets, effectiveOfCells, summarizeDocument, summaryDocuments } from '../app/comparison';
import type { EffectiveTarget } from '../core/review/effective';
import type { ExtractedDocument } from '../core/extract/extract';
import type { DocumentKind, TargetRecord } from '../core/types';
import { exportWorkspace, restoreWorkspace } from './backup';
import { allCells, cellKeysByTab, cellOf, cellsOfIndicator, cellsOfTab, tabOf, type CellRow } from './cells';
import { clearChoice, loadChoices, setChoice } from './choices';
import { deleteDocument, moveDocument, restoreDeleted, saveExtraction, saveExtractions, type DeletedRows } from './documents';
import { editMetadata, restoreMetadata } from './metadata';
import { listDocuments, listRegions } from './queries';
import { reextractDocument } from './reextract';
import { createRegion, mergeRegions, renameRegion } from './regions';
import { PlanBenchDB, SCHEMA_V5, SCHEMA_V9 } from './schema';
import { addStagedTargets, beginStaged, commitStaged } from './staged';
import { allSummaries, summariesOf } from './summaries';
import { addManualTarget, confirmTarget, deleteManualTarget, editTarget, rejectTarget, restoreTarget } from './targets';
import { allTargets, countTargets } from './queries';
import { fakeIndexedDB, openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleExtraction, sampleInput, sampleMetadata, sampleRecord } from './testing/samples';
import { CURRENT_SCHEMA_VERSION, isManual, UNKNOWN_REGION_ID, type TargetRow } from '../workspace/rows';
import { seededRandom as random } from '../../tests/helpers/random';

/**
 * Every target as stored, merged here without src/db/target-store.ts: the rows, and the packed targets (schema 9) that
 * no row of the same id overrides, with their pack's document, region and key; by id, as a read of rows gives them.
 */
async function everyTarget(db: PlanBenchDB): Promise<TargetRow[]> {
  const rows = await db.targets.toArray();
  const ids = new Set(rows.map((r) => r.id));
  for (const pack of await db.targetPacks.toArray()) {
    for (const t of pack.targets) if (!ids.has(t.id)) rows.push({ ...t, documentId: pack.documentId, regionId: pack.regionId, pack: pack.key });
  }
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What Compare computed on every open before schema 6: every target, every document, every choice, reduced at once. */
async function effectiveFromScratch(db: PlanBenchDB): Promise<EffectiveTarget[]> {
  const documents = new Map((await db.documents.toArray()).map((d) => [d.id, summarizeDocument(d)]));
  return comparisonTargets(await everyTarget(db), documents, await loadChoices(db));
}

const withoutPacks = (rows: TargetRow[]) => rows.map(({ pack: _pack, ...row }) => row);

/**
 * The stored cells equal the recomputation, and what the exports make of them (each record, status and document read
 * by id from every target and document) equals the whole effective targets of the recomputation: quotes, documents'
 * metadata and alternatives in full, as cells held them before schema 10.
 */
async function expectCurrent(db: PlanBenchDB, step = ''): Promise<CellRow[]> {
  const whole = await effectiveFromScratch(db);
  const expected = whole.map((cell) => cellOf(cell));
  const stored = await allCells(db);
  expect(stored, step).toEqual(expected);
  const documents = new Map((await db.documents.toArray()).map((d) => [d.id, summarizeDocument(d)]));
  expect(effectiveOfCells(stored, await everyTarget(db), documents), `${step}: read whole`).toEqual(whole);
  await expectSummariesCurrent(db, step);
  return expected;
}

/**
 * The stored region summaries equal a recomputation from every document row, and what Compare opens with from them
 * equals what it made of every document row before schema 8: the regions listed (with their guessed provinces), each
 * document's title, file name, region and plan kind, and the unplaced documents in their order.
 */
async function expectSummariesCurrent(db: PlanBenchDB, step = ''): Promise<void> {
  const stored = await allSummaries(db);
  const byRegion = (a: { regionId: string }, b: { regionId: string }) => (a.regionId < b.regionId ? -1 : a.regionId > b.regionId ? 1 : 0);
  expect(stored, `${step}: summaries`).toEqual(summariesOf(await db.documents.toArray()).sort(byRegion));
  const documents = (await listDocuments(db)).map(summarizeDocument);
  const regions = await listRegions(db);
  for (const locale of ['zh-CN', 'en']) expect(comparisonRegions(regions, stored, locale), `${step}: regions`).toEqual(comparisonRegions(regions, documents, locale));
  const shown = summaryDocuments(stored);
  const before = new Map(documents.map((d) => [d.id, { id: d.id, regionId: d.regionId, title: d.title, fileName: d.fileName, metadata: { kind: d.metadata.kind } }]));
  expect(new Map(shown.map((d) => [d.id, d])), `${step}: documents`).toEqual(before);
  const unplaced = (list: readonly { id: string; regionId: string }[]) => list.filter((d) => d.regionId === UNKNOWN_REGION_ID).map((d) => d.id);
  expect(unplaced(shown), `${step}: unplaced`).toEqual(unplaced(documents));
}

const PLACES = ['新乡市', '郑州市', '雄安新区'];
const KINDS: DocumentKind[] = ['five_year_plan', 'action_plan', 'annual_programme', 'news_report', 'other'];
const INDICATORS: [string | null, string, TargetRecord['domain'], string][] = [
  ['nursing_bed_ratio', '养老机构护理型床位占比', 'elderly', '%'],
  ['childcare_places_per_1000', '每千人口拥有3岁以下婴幼儿托位数', 'childcare', '个'],
  [null, '社区嵌入式服务设施覆盖率', 'elderly', '%'],
  [null, '城乡居民人均可支配收入增速', null, '%'],
];

function extraction(rand: () => number, n: number): ExtractedDocument {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const targets = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, i) => {
    const [indicator, name, domain, unit] = pick(INDICATORS);
    return sampleRecord({
      id: `k-${n}-${i}`,
      indicator,
      name,
      domain,
      unit,
      target: { value: Math.round(rand() * 100), year: pick([2025, 2027, 2030, null]), op: '>=' },
      source: pick(['table', 'prose'] as const),
      start: 10 * i,
      end: 10 * i + 8,
    });
  });
  // Some plans name no region (the unknown region's: listed apart in Compare) or other provinces (after the targets' text).
  const region = rand() < 0.15 ? null : pick(PLACES);
  const metadata = sampleMetadata({ region, kind: pick(KINDS), issued: pick(['2021-05-01', '2023-02-21', null]), plan_title: pick(['托育服务发展规划', '公共服务规划', null]) });
  const head = pick(['', '河北省人民政府办公厅', '四川省 河南省']);
  const extracted = sampleExtraction({ metadata, targets });
  return head === '' ? extracted : { ...extracted, text: `${extracted.text}\n${head}`, normalized: `${extracted.normalized}\n${head}` };
}

type Op = (rand: () => number) => Promise<string | null>;

describe('Compare cells (schema 6)', () => {
  it('equal a recomputation from scratch after every write, over random sequences of every writer', async () => {
    const used = new Map<string, number>();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const db = openTestDb(fakeIndexedDB(), `cells-${seed}`);
      const rand = random(seed);
      const pick = <T,>(list: readonly T[]): T | undefined => list[Math.floor(rand() * list.length)];
      let n = 0;
      const undo: { change?: TargetRow; deleted?: DeletedRows; metadata?: Parameters<typeof restoreMetadata>[1] } = {};
      let backup: unknown = null;
      // Rows and packed targets alike; a packed one is changed with its pack key half the time (the review passes it),
      // else found through its document's packs.
      const targetIds = async () => (await everyTarget(db)).map((t) => t.id);
      const packOf = async (id: string) => (rand() < 0.5 ? (await everyTarget(db)).find((t) => t.id === id)?.pack : undefined);
      const documentIds = async () => (await db.documents.toCollection().primaryKeys()) as string[];
      const regionIds = async () => (await db.regions.toCollection().primaryKeys()) as string[];
      const ops: Record<string, Op> = {
        save: async () => {
          n++;
          expectOk(await saveExtraction(db, await sampleInput(`plan ${seed}-${n}`, { extracted: extraction(rand, n) })));
          return 'save';
        },
        saveBatch: async () => {
          // Several plans in one transaction (an import of small plans), one of them given twice.
          const inputs = [];
          for (let k = 0; k < 3; k++) inputs.push(await sampleInput(`plan ${seed}-${++n}`, { extracted: extraction(rand, n) }));
          expectOk(await saveExtractions(db, [...inputs, inputs[0]!]));
          return 'saveBatch';
        },
        edit: async () => {
          const id = pick(await targetIds());
          if (!id) return null;
          const [indicator, name, domain, unit] = pick(INDICATORS)!;
          const edits = rand() < 0.5 ? { target: { value: Math.round(rand() * 100), year: 2030, op: '>=' as const } } : { indicator, name, domain, unit };
          undo.change = expectOk(await editTarget(db, id, edits, await packOf(id))).previous;
          return 'edit';
        },
        confirm: async () => {
          const id = pick(await targetIds());
          if (!id) return null;
          undo.change = expectOk(await confirmTarget(db, id, await packOf(id))).previous;
          return 'confirm';
        },
        reject: async () => {
          const id = pick(await targetIds());
          if (!id) return null;
          undo.change = expectOk(await rejectTarget(db, id, await packOf(id))).previous;
          return 'reject';
        },
        undoChange: async () => {
          const id = undo.change?.id;
          if (!undo.change || !(await everyTarget(db)).some((t) => t.id === id)) return null;
          expectOk(await restoreTarget(db, undo.change));
          undo.change = undefined;
          return 'undo-change';
        },
        manual: async () => {
          const id = pick(await documentIds());
          if (!id) return null;
          const [indicator, name, domain, unit] = pick(INDICATORS)!;
          const { id: _id, ...record } = sampleRecord({ indicator, name, domain, unit, target: { value: 77, year: 2035, op: '=' } });
          expectOk(await addManualTarget(db, id, record));
          return 'manual';
        },
        deleteManual: async () => {
          const manual = (await db.targets.toArray()).filter(isManual);
          const target = pick(manual);
          if (!target) return null;
          expectOk(await deleteManualTarget(db, target.id));
          return 'delete-manual';
        },
        reextract: async () => {
          const id = pick(await documentIds());
          if (!id) return null;
          n++;
          expectOk(await reextractDocument(db, id, extraction(rand, n)));
          return 'reextract';
        },
        move: async () => {
          const [id, region] = [pick(await documentIds()), pick(await regionIds())];
          if (!id || !region) return null;
          expectOk(await moveDocument(db, id, region));
          return 'move';
        },
        merge: async () => {
          const [a, b] = [pick(await regionIds()), pick(await regionIds())];
          if (!a || !b || a === b) return null;
          expectOk(await mergeRegions(db, a, b));
          return 'merge';
        },
        rename: async () => {
          // The unknown region keeps its (translated) name.
          const id = pick((await regionIds()).filter((r) => r !== UNKNOWN_REGION_ID));
          if (!id) return null;
          n++;
          expectOk(await renameRegion(db, id, `改名区${n}`));
          return 'rename';
        },
        createRegion: async () => {
          n++;
          expectOk(await createRegion(db, `新区${n}`));
          return 'create-region';
        },
        delete: async () => {
          const id = pick(await documentIds());
          if (!id) return null;
          undo.deleted = expectOk(await deleteDocument(db, id)).deleted;
          return 'delete';
        },
        undoDelete: async () => {
          if (!undo.deleted || (await db.documents.get(undo.deleted.document.id))) return null;
          expectOk(await restoreDeleted(db, undo.deleted));
          undo.deleted = undefined;
          return 'undo-delete';
        },
        metadata: async () => {
          const id = pick(await documentIds());
          if (!id) return null;
          const change = rand() < 0.5 ? { kind: pick(KINDS), issued: '2024-01-01' } : { region: { name: pick(PLACES)!, code: null, province: null } };
          undo.metadata = expectOk(await editMetadata(db, id, change)).previous;
          return 'metadata';
        },
        undoMetadata: async () => {
          if (!undo.metadata || !(await db.documents.get(undo.metadata.documentId))) return null;
          expectOk(await restoreMetadata(db, undo.metadata));
          undo.metadata = undefined;
          return 'undo-metadata';
        },
        choose: async () => {
          const target = pick(await everyTarget(db));
          if (!target) return null;
          await setChoice(db, target.regionId, target.indicator ?? `name:${target.extracted.name}`, target.id);
          return 'choose';
        },
        unchoose: async () => {
          const key = pick(Object.keys(await loadChoices(db)));
          if (!key) return null;
          const bar = key.indexOf('|');
          await clearChoice(db, key.slice(0, bar), key.slice(bar + 1));
          return 'unchoose';
        },
        staged: async () => {
          n++;
          const all = extraction(rand, n);
          const input = await sampleInput(`staged ${seed}-${n}`, { extracted: { ...all, targets: [] } });
          const begun = expectOk(await beginStaged(db, input));
          if (begun.duplicate) return null;
          // Two slices: a pack each (a document stored in slices keeps its targets in packs).
          const half = Math.ceil(all.targets.length / 2);
          expectOk(await addStagedTargets(db, begun.staged, all.targets.slice(0, half)));
          expectOk(await addStagedTargets(db, begun.staged, all.targets.slice(half)));
          // Before the commit the targets are stored but not yet part of the workspace.
          await expectCurrent(db, 'staged, before its commit');
          expectOk(await commitStaged(db, begun.staged, input));
          return 'staged';
        },
        backup: async () => {
          backup = JSON.parse(JSON.stringify(await exportWorkspace(db)));
          return 'backup';
        },
        restoreMerge: async () => {
          if (!backup) return null;
          expectOk(await restoreWorkspace(db, backup, 'merge'));
          return 'restore-merge';
        },
        restoreReplace: async () => {
          if (!backup) return null;
          expectOk(await restoreWorkspace(db, backup, 'replace'));
          return 'restore-replace';
        },
      };
      const names = Object.keys(ops);
      for (let i = 0; i < 3; i++) await ops.save!(rand);
      // One plan stored in slices (its targets packed) from the start, so every writer meets packed targets.
      await ops.staged!(rand);
      for (let step = 0; step < 60; step++) {
        const name = names[Math.floor(rand() * names.length)] as string;
        const done = await ops[name]!(rand);
        if (done) used.set(done, (used.get(done) ?? 0) + 1);
        // A target is always charted in its document's region (an undo after a move once put it back in the old one).
        const docRegion = new Map((await db.documents.toArray()).map((d) => [d.id, d.regionId]));
        const all = await everyTarget(db);
        const stray = all.filter((t) => docRegion.has(t.documentId) && docRegion.get(t.documentId) !== t.regionId);
        expect(stray.map((t) => t.id), `seed ${seed}, step ${step}: ${done}: targets outside their document's region`).toEqual([]);
        // The Library's counts (rows and packs) are the number of targets each document has.
        const perDocument = new Map([...docRegion.keys()].map((id) => [id, all.filter((t) => t.documentId === id).length]));
        expect(await countTargets(db, [...docRegion.keys()]), `seed ${seed}, step ${step}: ${done}: counts`).toEqual(perDocument);
        // Every reader of the store agrees with the merge above.
        expect(withoutPacks(await allTargets(db)), `seed ${seed}, step ${step}: ${done}: all targets`).toEqual(withoutPacks(all.filter((t) => docRegion.has(t.documentId))));
        await expectCurrent(db, `seed ${seed}, step ${step}: ${done ?? `${name} (nothing to do)`}`);
      }
      db.close();
    }
    // Every writer ran at least once over the seeds.
    expect([...used.keys()].sort()).toEqual(
      [
        'save', 'saveBatch', 'edit', 'confirm', 'reject', 'undo-change', 'manual', 'delete-manual', 'reextract', 'move', 'merge', 'rename', 'create-region',
        'delete', 'undo-delete', 'metadata', 'undo-metadata', 'choose', 'unchoose', 'staged', 'backup', 'restore-merge', 'restore-replace',
      ].sort(),
    );
  }, 120_000);

  it('charts what the researcher did: a rejected target drops out, a choice wins, a metadata edit moves the decision', async () => {
    const db = openTestDb();
    const older = await sampleInput('annual', { extracted: sampleExtraction({ metadata: sampleMetadata({ kind: 'annual_programme' }) }) });
    const plan = await sampleInput('plan');
    const { regionId } = expectOk(await saveExtraction(db, older)) as { regionId: string };
    expectOk(await saveExtraction(db, plan));
    const cell = async () => (await cellsOfTab(db, 'elderly')).find((c) => c.indicator === 'nursing_bed_ratio');
    // Same year, same value: the five-year plan beats the annual programme.
    expect((await cell())?.effective.id).toBe(`${plan.hash}:k-0001`);
    expect((await cell())?.decidedBy).toBe('kind');
    await setChoice(db, regionId, 'nursing_bed_ratio', `${older.hash}:k-0001`);
    expect((await cell())?.effective.id).toBe(`${older.hash}:k-0001`);
    expectOk(await rejectTarget(db, `${older.hash}:k-0001`));
    expect((await cell())?.effective.id).toBe(`${plan.hash}:k-0001`);
    expect((await cell())?.alternatives).toEqual([]);
    expectOk(await editMetadata(db, plan.hash, { plan_title: '养老服务体系规划' }));
    expect((await cell())?.effective.document.plan_title).toBe('养老服务体系规划');
    // The tab badges read keys only: one region, one indicator per tab.
    expect(await cellKeysByTab(db)).toEqual(
      new Map([
        ['childcare', [[regionId, 'childcare_places_per_1000']]],
        ['elderly', [[regionId, 'nursing_bed_ratio']]],
      ]),
    );
    await expectCurrent(db);
  });

  it('are built when a version 5 workspace is upgraded, and nothing else changes', async () => {
    // A workspace written by the current code, copied table by table into a database declared at version 5.
    const source = openTestDb();
    const a = await sampleInput('a');
    const b = await sampleInput('b', { extracted: sampleExtraction({ metadata: sampleMetadata({ region: '郑州市', kind: 'action_plan' }) }) });
    const { regionId } = expectOk(await saveExtraction(source, a)) as { regionId: string };
    expectOk(await saveExtraction(source, b));
    expectOk(await editTarget(source, `${a.hash}:k-0002`, { target: { value: 6, year: 2030, op: '>=' } }));
    await setChoice(source, regionId, 'nursing_bed_ratio', `${a.hash}:k-0001`);
    const tables = ['regions', 'documents', 'texts', 'targets', 'achievements', 'annotations', 'benchmarks', 'settings'] as const;
    const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await source.table(t).toArray()] as const)));
    const expected = await allCells(source);
    expect(expected.length).toBeGreaterThan(2);

    const options = fakeIndexedDB();
    const legacy = new Dexie('v5', options);
    legacy.version(5).stores(SCHEMA_V5);
    await legacy.open();
    for (const t of tables) await legacy.table(t).bulkAdd(rows[t] ?? []);
    legacy.close();

    const db = new PlanBenchDB('v5', options);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const t of tables) expect(await db.table(t).toArray(), t).toEqual(rows[t]);
    expect(await allCells(db)).toEqual(expected);
    await expectCurrent(db);
    db.close();
  });

  it('are stored slim again when a version 9 workspace with cells stored whole is upgraded, and nothing else changes', async () => {
    // A workspace of the current code (a plan stored in slices among them: packed targets), its cells replaced by what
    // version 9 stored — the whole effective target with its quote, its document's metadata and every alternative in
    // full — and copied table by table into a database declared at version 9.
    const source = openTestDb();
    const a = await sampleInput('a');
    const b = await sampleInput('b', { extracted: sampleExtraction({ metadata: sampleMetadata({ kind: 'annual_programme' }) }) });
    const { regionId } = expectOk(await saveExtraction(source, a)) as { regionId: string };
    expectOk(await saveExtraction(source, b));
    expectOk(await editTarget(source, `${a.hash}:k-0002`, { target: { value: 6, year: 2030, op: '>=' } }));
    const c = await sampleInput('c', { extracted: sampleExtraction({ targets: [], metadata: sampleMetadata({ region: '郑州市' }) }) });
    const begun = expectOk(await beginStaged(source, c));
    if (begun.duplicate) throw new Error('unexpected duplicate');
    expectOk(await addStagedTargets(source, begun.staged, sampleExtraction().targets));
    expectOk(await commitStaged(source, begun.staged, c));
    expect(await source.targetPacks.count()).toBe(1);
    await setChoice(source, regionId, 'nursing_bed_ratio', `${b.hash}:k-0001`);
    const whole = (await effectiveFromScratch(source)).map((e) => ({ ...e, tab: tabOf(e) }));
    expect(whole.some((e) => e.alternatives.length > 0)).toBe(true);
    const tables = ['regions', 'documents', 'texts', 'targets', 'targetPacks', 'achievements', 'annotations', 'benchmarks', 'settings', 'regionSummaries'] as const;
    const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await source.table(t).toArray()] as const)));
    const expected = await allCells(source);
    source.close();

    const options = fakeIndexedDB();
    const legacy = new Dexie('v9', options);
    legacy.version(9).stores(SCHEMA_V9);
    await legacy.open();
    for (const t of tables) await legacy.table(t).bulkAdd(rows[t] ?? []);
    await legacy.table('cells').bulkAdd(whole);
    legacy.close();

    const db = new PlanBenchDB('v9', options);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const t of tables) expect(await db.table(t).toArray(), t).toEqual(rows[t]);
    const cells = await allCells(db);
    expect(cells).toEqual(expected);
    // No quote, offsets or alternative records are left in a stored cell; the choice still decides its cell.
    expect(JSON.stringify(cells)).not.toMatch(/"quote"|"start"|"issuer"|"record":\{"id"/);
    expect((await cellsOfIndicator(db, 'nursing_bed_ratio', [regionId]))[0]?.effective.id).toBe(`${b.hash}:k-0001`);
    await expectCurrent(db);
    db.close();
  });

  it('are written only where they change: a write leaves the cells it does not change unwritten', async () => {
    const db = openTestDb();
    const plan = await sampleInput('plan');
    const { regionId } = expectOk(await saveExtraction(db, plan)) as { regionId: string };
    expectOk(await saveExtraction(db, await sampleInput('other', { extracted: sampleExtraction({ metadata: sampleMetadata({ kind: 'annual_programme' }) }) })));
    expect((await allCells(db)).length).toBeGreaterThan(1);
    const written: string[] = [];
    const note = (key: unknown): void => void written.push(String(key));
    db.cells.hook('creating', (key, cell) => {
      note(key ?? [cell.regionId, cell.indicator]);
    });
    db.cells.hook('updating', (_changes, key) => {
      note(key);
    });
    db.cells.hook('deleting', (key) => {
      note(key);
    });
    // A new value for one target: its cell alone is written again.
    expectOk(await editTarget(db, `${plan.hash}:k-0001`, { target: { value: 61, year: 2025, op: '>=' } }));
    expect(written).toEqual([String([regionId, 'nursing_bed_ratio'])]);
    written.length = 0;
    // The issuing authority is not charted: no cell is written.
    expectOk(await editMetadata(db, plan.hash, { issuer: '某市民政局' }));
    expect(written).toEqual([]);
    await expectCurrent(db);
  });

  it('are left as they were when a write fails midway', async () => {
    const db = openTestDb();
    expectOk(await saveExtraction(db, await sampleInput('one')));
    const before = await allCells(db);
    // A failing write (here a target id already taken by a leftover row of no document) rolls back the document,
    // its targets and the cells together.
    const again = await sampleInput('two', { extracted: sampleExtraction({ metadata: sampleMetadata({ region: '郑州市' }) }) });
    await db.targets.add({ ...(await db.targets.toArray())[0]!, id: `${again.hash}:k-0001`, documentId: again.hash });
    const failed = await saveExtraction(db, again);
    expect(failed.ok).toBe(false);
    expect(await allCells(db)).toEqual(before);
    expect(await db.documents.count()).toBe(1);
  });
});
