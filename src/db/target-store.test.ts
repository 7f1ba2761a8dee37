// A plan stored in slices keeps its untouched targets in packs (schema 9): every reader must give exactly what the same
// plan stored as one row per target gives, before and after the researcher's work on it, a move, a re-extraction,
// a delete and its undo, a backup and its restore.
import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '../core/types';
import { exportWorkspace, restoreWorkspace } from './backup';
import { allCells } from './cells';
import { deleteDocument, moveDocument, restoreDeleted, saveExtraction } from './documents';
import { allTargets, countTargets, targetById, targetsOfDocument, targetsOfIndicator, targetsOfRegion } from './queries';
import { reextractDocument } from './reextract';
import { createRegion, mergeRegions } from './regions';
import type { PlanBenchDB } from './schema';
import { addStagedTargets, beginStaged, commitStaged } from './staged';
import { PACK_SIZE } from './target-store';
import { confirmTarget, editTarget, rejectTarget, restoreTarget } from './targets';
import { openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleExtraction, sampleInput, sampleRecord } from './testing/samples';
import type { TargetRow } from '../workspace/rows';

const INDICATORS: [string | null, string][] = [
  ['nursing_bed_ratio', '养老机构护理型床位占比'],
  ['childcare_places_per_1000', '每千人口拥有3岁以下婴幼儿托位数'],
  [null, '社区嵌入式服务设施覆盖率'],
];

const N = PACK_SIZE * 2 + 57;
/** A text long enough for every record's span (a backup checks them). */
const TEXT = '护理型床位占比达到55%。'.repeat(2 * N);

const extraction = (targets: TargetRecord[]) => sampleExtraction({ targets, text: TEXT, normalized: TEXT });

function records(n: number, shift = 0): TargetRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const [indicator, name] = INDICATORS[i % INDICATORS.length] as [string | null, string];
    return sampleRecord({ id: `k-${i}`, indicator, name, start: 20 * i, end: 20 * i + 12, target: { value: i + shift, year: 2025 + (i % 6), op: '>=' } });
  });
}

/** The same plan twice: stored as rows (one transaction), and stored in slices (packed). */
async function twoStores(targets = records(N)) {
  const input = await sampleInput('the same plan', { extracted: extraction(targets) });
  const rows = openTestDb();
  expectOk(await saveExtraction(rows, input));
  const packed = openTestDb();
  const begun = expectOk(await beginStaged(packed, { ...input, extracted: { ...input.extracted, targets: [] } }));
  if (begun.duplicate) throw new Error('unexpected duplicate');
  // Three slices of uneven sizes, as the worker writes them.
  for (const [from, to] of [[0, 150], [150, 151], [151, targets.length]] as const) expectOk(await addStagedTargets(packed, begun.staged, targets.slice(from, to)));
  expectOk(await commitStaged(packed, begun.staged, input));
  expect(await packed.targets.count()).toBe(0);
  expect(await packed.targetPacks.count()).toBeGreaterThan(1);
  return { rows, packed, documentId: input.hash, input };
}

/** A reader's answer with what differs by construction taken out: region ids (random per store) and the pack key. */
async function comparable(db: PlanBenchDB, targets: TargetRow[]): Promise<unknown[]> {
  const names = new Map((await db.regions.toArray()).map((r) => [r.id, r.name]));
  return targets
    .map(({ pack: _pack, updatedAt: _at, regionId, ...t }) => ({ ...t, region: names.get(regionId) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function regionOf(db: PlanBenchDB, documentId: string): Promise<string> {
  return (await db.documents.get(documentId))?.regionId as string;
}

/** Every reader, on both stores, gives the same targets; so do the Library's count, the cells and the backup. */
async function expectSameReads(rows: PlanBenchDB, packed: PlanBenchDB, documentId: string, step: string): Promise<void> {
  const same = async (read: (db: PlanBenchDB) => Promise<TargetRow[]>, what: string) =>
    expect(await comparable(packed, await read(packed)), `${step}: ${what}`).toEqual(await comparable(rows, await read(rows)));
  await same((db) => targetsOfDocument(db, documentId), 'document');
  // The document's targets come in text order from either store.
  expect((await targetsOfDocument(packed, documentId)).map((t) => t.id), `${step}: text order`).toEqual((await targetsOfDocument(rows, documentId)).map((t) => t.id));
  await same(async (db) => targetsOfRegion(db, await regionOf(db, documentId)), 'region');
  for (const [indicator] of INDICATORS) {
    if (indicator === null) continue;
    await same((db) => targetsOfIndicator(db, indicator), `indicator ${indicator}`);
    await same(async (db) => targetsOfIndicator(db, indicator, [await regionOf(db, documentId)]), `indicator ${indicator} in its region`);
  }
  await same((db) => allTargets(db), 'all');
  expect(await countTargets(packed, [documentId]), `${step}: count`).toEqual(await countTargets(rows, [documentId]));
  const strip = async (db: PlanBenchDB) => (await allCells(db)).map((c) => JSON.parse(JSON.stringify({ ...c, regionId: null }, (k, v) => (k === 'pack' || k === 'regionId' || k === 'updatedAt' ? undefined : v))));
  expect(await strip(packed), `${step}: cells`).toEqual(await strip(rows));
  const backup = async (db: PlanBenchDB) => comparable(db, (await exportWorkspace(db)).targets);
  expect(await backup(packed), `${step}: backup`).toEqual(await backup(rows));
  expect((await exportWorkspace(packed)).targets.some((t) => 'pack' in t), `${step}: no pack key in a backup`).toBe(false);
}

describe('packed targets (schema 9)', () => {
  it('read the same as the same plan stored as rows, through every reader, and after every kind of write', async () => {
    const { rows, packed, documentId } = await twoStores();
    await expectSameReads(rows, packed, documentId, 'stored');

    // A packed target carries its pack's key; one by id is found with it or without it.
    const [first, middle] = [`${documentId}:k-0`, `${documentId}:k-${PACK_SIZE + 3}`];
    const read = await targetById(packed, middle);
    expect(read?.pack).toBeDefined();
    expect(await targetById(packed, middle, read?.pack)).toEqual(read);
    expect(await comparable(packed, [read as TargetRow])).toEqual(await comparable(rows, [(await targetById(rows, middle)) as TargetRow]));

    // The review's writes: an edit, a confirmation, a rejection write an overriding row and never touch a pack.
    const packsBefore = await packed.targetPacks.toArray();
    const edits = { target: { value: 999, year: 2030, op: '>=' as const }, indicator: 'childcare_places_per_1000' };
    const both = async (write: (db: PlanBenchDB, pack?: string) => Promise<unknown>, id: string) => {
      await write(rows);
      await write(packed, (await targetById(packed, id))?.pack);
    };
    await both((db, pack) => editTarget(db, middle, edits, pack), middle);
    await both((db) => confirmTarget(db, first), first);
    await both((db, pack) => rejectTarget(db, `${documentId}:k-7`, pack), `${documentId}:k-7`);
    expect(await packed.targetPacks.toArray()).toEqual(packsBefore);
    expect(await packed.targets.count()).toBe(3);
    await expectSameReads(rows, packed, documentId, 'edited');

    // Undo of the edit: the row as it was, an untouched packed target again (its overriding row removed).
    const edited = expectOk(await editTarget(packed, `${documentId}:k-11`, { target: { value: 5, year: 2026, op: '=' } }));
    expect(await packed.targets.count()).toBe(4);
    expectOk(await restoreTarget(packed, edited.previous));
    expect(await packed.targets.count()).toBe(3);
    await expectSameReads(rows, packed, documentId, 'edit undone');

    // Moving the document, then merging its region away, rewrites its packs' region.
    for (const db of [rows, packed]) {
      const other = expectOk(await createRegion(db, '郑州市')).region.id;
      expectOk(await moveDocument(db, documentId, other));
    }
    await expectSameReads(rows, packed, documentId, 'moved');
    expect(new Set((await packed.targetPacks.toArray()).map((p) => p.regionId))).toEqual(new Set([await regionOf(packed, documentId)]));
    for (const db of [rows, packed]) {
      const into = expectOk(await createRegion(db, '开封市')).region.id;
      expectOk(await mergeRegions(db, await regionOf(db, documentId), into));
    }
    await expectSameReads(rows, packed, documentId, 'merged');

    // Re-extraction: the edits follow their targets, the packs are replaced, the touched targets stay rows.
    const fresh = extraction(records(N - 40, 1).map((r, i) => (i % 5 === 0 ? r : { ...r, target: { ...r.target, value: i } })));
    for (const db of [rows, packed]) expectOk(await reextractDocument(db, documentId, fresh));
    expect(await packed.targetPacks.count()).toBeGreaterThan(0);
    expect((await packed.targets.toArray()).every((t) => t.pack === undefined && (t.status !== 'extracted' || t.orphaned))).toBe(true);
    await expectSameReads(rows, packed, documentId, 're-extracted');

    // Delete and its undo give the packs back.
    for (const db of [rows, packed]) {
      const { deleted } = expectOk(await deleteDocument(db, documentId));
      expect(await allTargets(db)).toEqual([]);
      expect(await allCells(db)).toEqual([]);
      expectOk(await restoreDeleted(db, deleted));
    }
    expect(await packed.targetPacks.count()).toBeGreaterThan(0);
    await expectSameReads(rows, packed, documentId, 'deleted and restored');
  });

  it('are written to a backup as target rows, and a restore brings them back as rows with the same cells', async () => {
    const { packed, documentId } = await twoStores();
    expectOk(await editTarget(packed, `${documentId}:k-3`, { target: { value: 1, year: 2030, op: '=' } }));
    const file = JSON.parse(JSON.stringify(await exportWorkspace(packed)));
    expect(file.targets).toHaveLength(N);
    const cells = await allCells(packed);
    const restored = openTestDb();
    expectOk(await restoreWorkspace(restored, file, 'replace'));
    expect(await restored.targetPacks.count()).toBe(0);
    expect(await restored.targets.count()).toBe(N);
    const strip = (c: unknown) => JSON.parse(JSON.stringify(c, (k, v) => (k === 'pack' ? undefined : v)));
    expect(strip(await allCells(restored))).toEqual(strip(cells));
    // Restoring over the packed workspace itself (replace) empties the packs with every other table.
    expectOk(await restoreWorkspace(packed, file, 'replace'));
    expect(await packed.targetPacks.count()).toBe(0);
    expect(await countTargets(packed, [documentId])).toEqual(new Map([[documentId, N]]));
  });
});
