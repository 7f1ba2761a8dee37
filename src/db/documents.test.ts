import type { DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import { addAnnotation } from './annotations';
import { deleteDocument, getDocument, moveDocument, restoreDeleted, saveExtraction, saveExtractions } from './documents';
import { createRegion, mergeRegions } from './regions';
import { UNKNOWN_REGION_ID } from '../workspace/rows';
import type { PlanBenchDB } from './schema';
import { editTarget } from './targets';
import { counts, openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleExtraction, sampleInput, sampleMetadata, sampleRecord } from './testing/samples';

/** Makes every write to `table` fail the way a full disk does. */
function failWrites(db: PlanBenchDB, table: string, error: () => Error): void {
  db.use({
    stack: 'dbcore',
    name: `fail-${table}`,
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        return name === table ? { ...inner, mutate: () => Promise.reject(error()) } : inner;
      },
    }),
  });
}

describe('saveExtraction', () => {
  it('stores a file name without bidi controls or zero-width characters, so it is shown and exported as it reads', async () => {
    const db = openTestDb();
    const input = await sampleInput('plan with a strange name');
    const saved = expectOk(await saveExtraction(db, { ...input, fileName: '\u202E规划\u200B.txt\u202C' }));
    if (saved.duplicate) throw new Error('unexpected duplicate');
    expect((await db.documents.get(saved.documentId))?.fileName).toBe('规划.txt');
  });

  it('stores the document, its region and every target with the texts and metadata', async () => {
    const db = openTestDb();
    // A .docx reports its container as the encoding; the extraction itself says utf-8.
    const input = await sampleInput('plan one', { format: 'docx', encoding: 'docx' });
    const saved = expectOk(await saveExtraction(db, input));
    expect(saved.duplicate).toBe(false);
    if (saved.duplicate) return;
    expect(saved.documentId).toBe(input.hash);
    expect(saved.targetCount).toBe(2);

    const document = await db.documents.get(input.hash);
    expect(document).toMatchObject({ regionId: saved.regionId, fileName: input.fileName, format: 'docx', size: input.size, encoding: 'docx' });
    // The texts live in their own table, so lists of documents never read them.
    expect(document).not.toHaveProperty('originalText');
    expect(document?.chars).toBe(input.extracted.normalized.length);
    expect(await db.texts.get(input.hash)).toEqual({ id: input.hash, originalText: input.extracted.text, normalizedText: input.extracted.normalized });
    const whole = await getDocument(db, input.hash);
    expect(whole?.originalText).toBe(input.extracted.text);
    expect(whole?.normalizedText).toBe(input.extracted.normalized);
    expect(whole).not.toHaveProperty('provinces');
    expect(document?.metadata).toEqual(sampleMetadata());
    expect((await db.regions.get(saved.regionId))?.name).toBe('新乡市');

    const targets = await db.targets.where('documentId').equals(input.hash).sortBy('id');
    expect(targets.map((t) => t.id)).toEqual([`${input.hash}:k-0001`, `${input.hash}:k-0002`]);
    expect(targets[0]).toMatchObject({ regionId: saved.regionId, indicator: 'nursing_bed_ratio', status: 'extracted', edits: null, orphaned: false });
    expect(targets[0]?.extracted).toEqual(input.extracted.targets[0]);
  });

  it('reports the same file again as a duplicate and writes nothing', async () => {
    const db = openTestDb();
    const input = await sampleInput('plan one');
    expectOk(await saveExtraction(db, input));
    const before = await counts(db);
    const again = await saveExtraction(db, { ...input, fileName: 'copy.txt', regionName: '别的市' });
    expect(again).toEqual({ ok: true, value: { duplicate: true, documentId: input.hash } });
    expect(await counts(db)).toEqual(before);
  });

  it('finds the region by alias, prefers the researcher’s region name, and falls back to the unknown region', async () => {
    const db = openTestDb();
    const region = expectOk(await createRegion(db, '新乡市(河南)')).region;
    await db.regions.update(region.id, { aliases: ['新乡市'] });
    const byAlias = expectOk(await saveExtraction(db, await sampleInput('a')));
    const byChoice = expectOk(await saveExtraction(db, await sampleInput('b', { regionName: ' 雄安新区 ' })));
    const unknown = expectOk(await saveExtraction(db, await sampleInput('c', { extracted: sampleExtraction({ metadata: sampleMetadata({ region: null }) }) })));
    expect(!byAlias.duplicate && byAlias.regionId).toBe(region.id);
    expect(!byChoice.duplicate && (await db.regions.get(byChoice.regionId))?.name).toBe('雄安新区');
    expect(!unknown.duplicate && unknown.regionId).toBe(UNKNOWN_REGION_ID);
    expect((await db.regions.get(UNKNOWN_REGION_ID))?.name).toBe('');
  });

  it('refuses a hash that is not SHA-256 hex', async () => {
    const db = openTestDb();
    expect(await saveExtraction(db, await sampleInput('a', { hash: 'abc' }))).toEqual({ ok: false, code: 'invalid-hash' });
  });

  it('leaves the database exactly as before when a target write fails midway', async () => {
    const db = openTestDb();
    expectOk(await saveExtraction(db, await sampleInput('existing')));
    const before = await counts(db);
    // Two records with one id: the second add fails after the document and the region were written.
    const clash = sampleExtraction({ metadata: sampleMetadata({ region: '新的区' }), targets: [sampleRecord(), sampleRecord()] });
    const result = await saveExtraction(db, await sampleInput('clash', { extracted: clash }));
    expect(result).toMatchObject({ ok: false, code: 'write-failed' });
    expect(await counts(db)).toEqual(before);
  });

  it('rolls back when a record cannot be stored at all', async () => {
    const db = openTestDb();
    const before = await counts(db);
    const broken = sampleRecord({ id: 'k-9' }) as unknown as Record<string, unknown>;
    broken.per = () => 'not cloneable';
    const extracted = sampleExtraction({ targets: [sampleRecord(), broken as never] });
    expect(await saveExtraction(db, await sampleInput('broken', { extracted }))).toMatchObject({ ok: false, code: 'write-failed' });
    expect(await counts(db)).toEqual(before);
  });

  it('reports a full disk as quota-exceeded and writes nothing', async () => {
    const db = openTestDb();
    failWrites(db, 'targets', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = await saveExtraction(db, await sampleInput('big'));
    expect(result).toMatchObject({ ok: false, code: 'quota-exceeded' });
    expect(await db.documents.count()).toBe(0);
    expect(await db.regions.count()).toBe(0);
  });
});

describe('saveExtractions', () => {
  it('stores several plans at once, each with its outcome: one region for the two plans naming it, a file given twice is a duplicate', async () => {
    const db = openTestDb();
    const one = await sampleInput('plan one');
    const two = await sampleInput('plan two');
    const elsewhere = await sampleInput('plan three', { extracted: sampleExtraction({ metadata: sampleMetadata({ region: '安阳市' }) }) });
    const results = expectOk(await saveExtractions(db, [one, two, { ...one, fileName: 'copy.txt' }, elsewhere, { ...two, hash: 'abc' }]));
    expect(results.map((r) => (r.ok ? (r.value.duplicate ? 'duplicate' : 'stored') : r.code))).toEqual(['stored', 'stored', 'duplicate', 'stored', 'invalid-hash']);
    expect(await db.documents.count()).toBe(3);
    expect((await db.regions.toArray()).map((r) => r.name).sort()).toEqual(['安阳市', '新乡市']);
    expect(await db.targets.where('documentId').equals(two.hash).count()).toBe(2);
    // The same rows as saving them one at a time.
    const alone = openTestDb(undefined, 'planbench-alone');
    for (const input of [one, two, elsewhere]) expectOk(await saveExtraction(alone, input));
    const rows = async (d: PlanBenchDB) => (await d.targets.orderBy('id').toArray()).map(({ id, documentId, indicator, extracted }) => ({ id, documentId, indicator, extracted }));
    expect(await rows(db)).toEqual(await rows(alone));
  });

  it('writes none of the plans when one of them cannot be written', async () => {
    const db = openTestDb();
    expectOk(await saveExtraction(db, await sampleInput('existing')));
    const before = await counts(db);
    const clash = sampleExtraction({ metadata: sampleMetadata({ region: '新的区' }), targets: [sampleRecord(), sampleRecord()] });
    const result = await saveExtractions(db, [await sampleInput('fine'), await sampleInput('clash', { extracted: clash })]);
    expect(result).toMatchObject({ ok: false, code: 'write-failed' });
    expect(await counts(db)).toEqual(before);
  });
});

describe('saveExtractions in steps', () => {
  /** Counts the calls that hand rows of `table` to IndexedDB: one per step of a batch. */
  function countWrites(db: PlanBenchDB, table: string): { calls: number } {
    const seen = { calls: 0 };
    db.use({
      stack: 'dbcore',
      name: `count-${table}`,
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const inner = down.table(name);
          return name === table ? { ...inner, mutate: (req) => (seen.calls++, inner.mutate(req)) } : inner;
        },
      }),
    });
    return seen;
  }

  /** Plans with long texts: a batch of them is handed over in many steps (IndexedDB copies each row on the page). */
  async function longPlans(n: number, region = '新乡市'): Promise<Awaited<ReturnType<typeof sampleInput>>[]> {
    const text = '护理型床位占比达到55%。'.repeat(8_000);
    return Promise.all(
      Array.from({ length: n }, (_, i) => sampleInput(`long plan ${i}`, { extracted: sampleExtraction({ text, normalized: text, metadata: sampleMetadata({ region: `${region}${i % 3}` }) }) })),
    );
  }

  it('stores a batch handed over in many steps whole, in one transaction, with its regions’ cells', async () => {
    const db = openTestDb();
    const texts = countWrites(db, 'texts');
    const plans = await longPlans(12);
    const results = expectOk(await saveExtractions(db, plans));
    expect(results.every((r) => r.ok && !r.value.duplicate)).toBe(true);
    // Not one call for the batch's texts: the page's task ends between steps.
    expect(texts.calls).toBeGreaterThan(3);
    expect(await db.documents.count()).toBe(12);
    expect(await db.texts.count()).toBe(12);
    expect(await db.targets.count()).toBe(24);
    expect((await db.texts.get(plans[11]!.hash))?.originalText.length).toBe(plans[11]!.extracted.text.length);
    // Three regions, each with its cells (two indicators) and summary, as saving the plans one by one gives.
    expect(await db.cells.count()).toBe(6);
    expect(await db.regionSummaries.count()).toBe(3);
  });

  it('writes none of the batch’s steps when its last plan cannot be written', async () => {
    const db = openTestDb();
    const texts = countWrites(db, 'texts');
    expectOk(await saveExtraction(db, await sampleInput('existing')));
    const before = await counts(db);
    texts.calls = 0;
    const clash = sampleExtraction({ metadata: sampleMetadata({ region: '新的区' }), targets: [sampleRecord(), sampleRecord()] });
    const result = await saveExtractions(db, [...(await longPlans(12)), await sampleInput('clash', { extracted: clash })]);
    expect(result).toMatchObject({ ok: false, code: 'write-failed' });
    expect(texts.calls).toBeGreaterThan(3);
    expect(await counts(db)).toEqual(before);
  });
});

describe('moveDocument', () => {
  it('moves the document, its targets and the notes attached to them', async () => {
    const db = openTestDb();
    const input = await sampleInput('a');
    const saved = expectOk(await saveExtraction(db, input));
    if (saved.duplicate) throw new Error('unexpected duplicate');
    const target = expectOk(await createRegion(db, '雄安新区')).region;
    const attached = expectOk(await addAnnotation(db, { regionId: saved.regionId, indicator: 'nursing_bed_ratio', text: 'x', targetId: `${input.hash}:k-0001` }));
    const loose = expectOk(await addAnnotation(db, { regionId: saved.regionId, indicator: 'nursing_bed_ratio', text: 'y' }));

    expect(expectOk(await moveDocument(db, input.hash, target.id)).targets).toBe(2);
    expect((await db.documents.get(input.hash))?.regionId).toBe(target.id);
    expect(await db.targets.where('regionId').equals(target.id).count()).toBe(2);
    expect((await db.annotations.get(attached.annotation.id))?.regionId).toBe(target.id);
    expect((await db.annotations.get(loose.annotation.id))?.regionId).toBe(saved.regionId);
  });

  it('refuses an unknown document or region', async () => {
    const db = openTestDb();
    const input = await sampleInput('a');
    expectOk(await saveExtraction(db, input));
    expect(await moveDocument(db, input.hash, 'nowhere')).toEqual({ ok: false, code: 'not-found' });
    expect(await moveDocument(db, 'b'.repeat(64), UNKNOWN_REGION_ID)).toEqual({ ok: false, code: 'not-found' });
  });
});

describe('deleteDocument and restoreDeleted', () => {
  it('deletes the document with its targets and attached notes, and the undo brings back every row', async () => {
    const db = openTestDb();
    const input = await sampleInput('a');
    const saved = expectOk(await saveExtraction(db, input));
    if (saved.duplicate) throw new Error('unexpected duplicate');
    expectOk(await editTarget(db, `${input.hash}:k-0001`, { unit: '‰' }));
    expectOk(await addAnnotation(db, { regionId: saved.regionId, indicator: 'nursing_bed_ratio', text: 'on target', targetId: `${input.hash}:k-0001` }));
    expectOk(await addAnnotation(db, { regionId: saved.regionId, indicator: 'nursing_bed_ratio', text: 'on region' }));
    const snapshot = { targets: await db.targets.toArray(), annotations: await db.annotations.toArray(), documents: await db.documents.toArray() };

    const { deleted } = expectOk(await deleteDocument(db, input.hash));
    expect(deleted.targets).toHaveLength(2);
    expect(deleted.annotations.map((a) => a.text)).toEqual(['on target']);
    expect(await counts(db)).toMatchObject({ documents: 0, targets: 0, annotations: 1, regions: 1 });

    expectOk(await restoreDeleted(db, deleted));
    expect(await db.documents.toArray()).toEqual(snapshot.documents);
    expect(await db.targets.toArray()).toEqual(snapshot.targets);
    expect((await db.annotations.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(snapshot.annotations.sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('restores into the region the old one was merged into', async () => {
    const db = openTestDb();
    const input = await sampleInput('a');
    const saved = expectOk(await saveExtraction(db, input));
    if (saved.duplicate) throw new Error('unexpected duplicate');
    const { deleted } = expectOk(await deleteDocument(db, input.hash));
    const target = expectOk(await createRegion(db, '新乡')).region;
    expectOk(await mergeRegions(db, saved.regionId, target.id));
    expectOk(await restoreDeleted(db, deleted));
    expect((await db.documents.get(input.hash))?.regionId).toBe(target.id);
    expect(await db.targets.where('regionId').equals(target.id).count()).toBe(2);
    expect(await db.regions.count()).toBe(1);
  });

  it('refuses the undo when the same file was imported again, changing nothing', async () => {
    const db = openTestDb();
    const input = await sampleInput('a');
    expectOk(await saveExtraction(db, input));
    const { deleted } = expectOk(await deleteDocument(db, input.hash));
    expectOk(await saveExtraction(db, input));
    const before = await counts(db);
    expect(await restoreDeleted(db, deleted)).toEqual({ ok: false, code: 'already-present', conflictId: input.hash });
    expect(await counts(db)).toEqual(before);
  });

  it('reports a missing document', async () => {
    expect(await deleteDocument(openTestDb(), 'c'.repeat(64))).toEqual({ ok: false, code: 'not-found' });
  });
});
