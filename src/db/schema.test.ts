import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { allCells } from './cells';
import { setChoice } from './choices';
import { getDocument, saveExtraction } from './documents';
import { CURRENT_SCHEMA_VERSION } from '../workspace/rows';
import { PlanBenchDB, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V6, SCHEMA_V7, SCHEMA_V10, SCHEMAS, storedSchemaVersion } from './schema';
import { addStagedTargets, beginStaged, commitStaged } from './staged';
import { countTargets, targetsOfDocument } from './target-store';
import { editTarget } from './targets';
import { fakeIndexedDB, openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleExtraction, sampleInput, sampleMetadata } from './testing/samples';
import { V1_DOCUMENT_ID, V1_ROWS } from './testing/legacy-v1';

const NAME = 'planbench-upgrade';

async function seedVersion1(options: ReturnType<typeof fakeIndexedDB>): Promise<void> {
  const legacy = new Dexie(NAME, options);
  legacy.version(1).stores(SCHEMA_V1);
  await legacy.open();
  for (const [table, rows] of Object.entries(V1_ROWS)) await legacy.table(table).bulkAdd(rows);
  legacy.close();
}

describe('PlanBenchDB schema', () => {
  it('declares one schema constant per version', () => {
    expect(SCHEMAS).toHaveLength(CURRENT_SCHEMA_VERSION);
    expect(SCHEMAS.at(-1)).toBe(SCHEMA_V10);
    expect(new PlanBenchDB('x', fakeIndexedDB()).verno).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('never indexes plan text', () => {
    for (const schema of SCHEMAS) {
      expect(Object.values(schema).join(',')).not.toMatch(/Text|quote|extracted/);
    }
  });

  it('upgrades a version 1 database without losing a row, an edit or a note', async () => {
    const options = fakeIndexedDB();
    await seedVersion1(options);
    const db = new PlanBenchDB(NAME, options);
    await db.open();

    // Version 4 resolved the region's name to its official division.
    expect(await db.regions.toArray()).toEqual(V1_ROWS.regions.map((r) => ({ ...r, code: '4107', province: '河南省' })));
    // Version 3 moved the texts to their own table and keeps the provinces and length the lists need.
    const [original] = V1_ROWS.documents;
    expect(await db.documents.toArray()).toEqual(
      V1_ROWS.documents.map(({ originalText: _o, normalizedText, ...rest }) => ({ ...rest, provinces: [], chars: normalizedText.length })),
    );
    expect(await db.texts.toArray()).toEqual([{ id: V1_DOCUMENT_ID, originalText: original?.originalText, normalizedText: original?.normalizedText }]);
    expect(await getDocument(db, V1_DOCUMENT_ID)).toEqual(original);
    expect(await db.settings.toArray()).toEqual(V1_ROWS.settings);
    const targets = await db.targets.toArray();
    expect(targets).toEqual(V1_ROWS.targets.map((t) => ({ ...t, orphaned: false })));
    expect(targets[0]?.edits?.target?.value).toBe(60);
    expect(await db.annotations.toArray()).toEqual(V1_ROWS.annotations.map((a) => ({ ...a, otherRegionId: null, targetId: null, tag: null })));
    expect(await db.benchmarks.count()).toBe(0);
    db.close();
  });

  it('moves a version 2 document\'s texts to their own table and keeps the provinces they name', async () => {
    const options = fakeIndexedDB();
    const legacy = new Dexie(NAME, options);
    legacy.version(2).stores(SCHEMA_V2);
    await legacy.open();
    const [v1] = V1_ROWS.documents;
    const text = `河南省新乡市人民政府\n${v1?.normalizedText ?? ''}\n落实河南省部署。`;
    await legacy.table('documents').add({ ...v1, originalText: text, normalizedText: text });
    legacy.close();

    const db = new PlanBenchDB(NAME, options);
    const stored = await db.documents.get(V1_DOCUMENT_ID);
    expect(stored?.provinces).toEqual(['河南', '河南']);
    expect(stored).not.toHaveProperty('normalizedText');
    expect((await db.texts.get(V1_DOCUMENT_ID))?.originalText).toBe(text);
    db.close();
  });

  it('gives version 3 regions their division and province, and leaves a custom region custom', async () => {
    const options = fakeIndexedDB();
    const legacy = new Dexie(NAME, options);
    legacy.version(3).stores(SCHEMA_V3);
    await legacy.open();
    await legacy.table('regions').bulkAdd([
      { id: 'r-lz', name: '广元市利州区', aliases: [], createdAt: '2025-01-01T00:00:00.000Z' },
      { id: 'r-xa', name: '雄安新区', aliases: [], createdAt: '2025-01-01T00:00:00.000Z' },
      { id: 'unknown', name: '', aliases: [], createdAt: '2025-01-01T00:00:00.000Z' },
    ]);
    legacy.close();

    const db = new PlanBenchDB(NAME, options);
    expect(await db.regions.get('r-lz')).toMatchObject({ code: '510802', province: '四川省' });
    expect(await db.regions.get('r-xa')).toMatchObject({ name: '雄安新区', code: null, province: null });
    expect(await db.regions.get('unknown')).toMatchObject({ code: null, province: null });
    // The new index finds a region by its division.
    expect((await db.regions.where('code').equals('510802').first())?.id).toBe('r-lz');
    db.close();
  });

  it('answers region × indicator note queries with the index added in version 2', async () => {
    const options = fakeIndexedDB();
    await seedVersion1(options);
    const db = new PlanBenchDB(NAME, options);
    const notes = await db.annotations.where('[regionId+indicator]').equals(['region-v1', 'nursing_bed_ratio']).toArray();
    expect(notes.map((n) => n.id)).toEqual(['note-v1']);
    expect(await db.annotations.where('targetId').equals(`${V1_DOCUMENT_ID}:k-0001`).count()).toBe(0);
    db.close();
  });

  it('finds one indicator across regions through the compound index', async () => {
    const options = fakeIndexedDB();
    await seedVersion1(options);
    const db = new PlanBenchDB(NAME, options);
    const rows = await db.targets.where('indicator').equals('childcare_places_per_1000').toArray();
    expect(rows.map((r) => r.id)).toEqual([`${V1_DOCUMENT_ID}:k-0002`]);
    db.close();
  });

  it('drops the unused domain index of targets and achievements in version 7 and keeps every row, edit and cell', async () => {
    // A workspace written by the current code, copied table by table into a database declared at version 6.
    const source = openTestDb();
    const a = await sampleInput('a');
    const b = await sampleInput('b', { extracted: sampleExtraction({ metadata: sampleMetadata({ region: '郑州市', kind: 'action_plan' }) }) });
    const { regionId } = expectOk(await saveExtraction(source, a)) as { regionId: string };
    expectOk(await saveExtraction(source, b));
    expectOk(await editTarget(source, `${a.hash}:k-0002`, { target: { value: 6, year: 2030, op: '>=' } }));
    await setChoice(source, regionId, 'nursing_bed_ratio', `${a.hash}:k-0001`);
    const tables = ['regions', 'documents', 'texts', 'targets', 'achievements', 'annotations', 'benchmarks', 'settings', 'cells'] as const;
    const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await source.table(t).toArray()] as const)));
    expect(rows.targets?.length).toBeGreaterThan(1);
    expect(rows.achievements?.length).toBeGreaterThan(0);
    expect(rows.cells?.length).toBeGreaterThan(1);
    source.close();

    const options = fakeIndexedDB();
    const legacy = new Dexie('v6', options);
    legacy.version(6).stores(SCHEMA_V6);
    await legacy.open();
    expect(legacy.table('targets').schema.indexes.map((i) => i.name)).toContain('domain');
    for (const t of tables) await legacy.table(t).bulkAdd(rows[t] ?? []);
    legacy.close();

    const db = new PlanBenchDB('v6', options);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    // Every row as it was, the domain field of each target and achievement included, and the cells untouched.
    for (const t of tables) expect(await db.table(t).toArray(), t).toEqual(rows[t]);
    expect((await db.targets.get(`${a.hash}:k-0002`))?.edits?.target?.value).toBe(6);
    expect(await allCells(db)).toEqual(rows.cells);
    for (const table of [db.targets, db.achievements]) {
      expect(table.schema.indexes.map((i) => i.name).sort()).toEqual(['[indicator+regionId]', 'documentId', 'regionId']);
    }
    // The indexes the views read still answer after the upgrade.
    expect(await db.targets.where('documentId').equals(a.hash).count()).toBe(rows.targets?.filter((r) => r.documentId === a.hash).length);
    expect(await db.targets.where('[indicator+regionId]').equals(['nursing_bed_ratio', regionId]).count()).toBeGreaterThan(0);
    db.close();
  });

  it('adds the empty targetPacks table in version 9 and keeps every row, edit and cell; a plan stored in slices is packed after', async () => {
    const source = openTestDb();
    const a = await sampleInput('a');
    const { regionId } = expectOk(await saveExtraction(source, a)) as { regionId: string };
    expectOk(await editTarget(source, `${a.hash}:k-0002`, { target: { value: 6, year: 2030, op: '>=' } }));
    await setChoice(source, regionId, 'nursing_bed_ratio', `${a.hash}:k-0001`);
    const tables = ['regions', 'documents', 'texts', 'targets', 'achievements', 'annotations', 'benchmarks', 'settings', 'cells'] as const;
    const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await source.table(t).toArray()] as const)));
    expect(rows.targets?.length).toBeGreaterThan(1);
    source.close();

    const options = fakeIndexedDB();
    const legacy = new Dexie('v7', options);
    legacy.version(7).stores(SCHEMA_V7);
    await legacy.open();
    for (const t of tables) await legacy.table(t).bulkAdd(rows[t] ?? []);
    legacy.close();

    const db = new PlanBenchDB('v7', options);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const t of tables) expect(await db.table(t).toArray(), t).toEqual(rows[t]);
    expect(await db.targetPacks.count()).toBe(0);
    expect(db.targetPacks.schema.indexes.map((i) => i.name).sort()).toEqual(['documentId', 'indicators', 'regionId']);
    // The readers give the stored rows as they were, and a plan stored in slices afterwards is packed.
    expect((await targetsOfDocument(db, a.hash)).sort((x, y) => x.id.localeCompare(y.id))).toEqual(rows.targets);
    const b = await sampleInput('b', { extracted: sampleExtraction({ targets: [] }) });
    const begun = expectOk(await beginStaged(db, b));
    if (begun.duplicate) throw new Error('unexpected duplicate');
    expectOk(await addStagedTargets(db, begun.staged, sampleExtraction().targets));
    expectOk(await commitStaged(db, begun.staged, b));
    expect(await db.targetPacks.where('documentId').equals(b.hash).count()).toBe(1);
    expect(await countTargets(db, [a.hash, b.hash])).toEqual(new Map([[a.hash, rows.targets?.length], [b.hash, sampleExtraction().targets.length]]));
    db.close();
  });

  it('tells the stored version before opening, so a backup can be offered ahead of an upgrade', async () => {
    const options = fakeIndexedDB();
    expect(await storedSchemaVersion(NAME, options)).toBeNull();
    await seedVersion1(options);
    expect(await storedSchemaVersion(NAME, options)).toBe(1);
    const db = new PlanBenchDB(NAME, options);
    await db.open();
    db.close();
    expect(await storedSchemaVersion(NAME, options)).toBe(CURRENT_SCHEMA_VERSION);
  });
});
