import { describe, expect, it } from 'vitest';
import { addAnnotation } from './annotations';
import { loadChoices, setChoice } from './choices';
import { getDocument, saveExtraction } from './documents';
import { reextractDocument } from './reextract';
import type { PlanBenchDB } from './schema';
import { addManualTarget, editTarget, rejectTarget } from './targets';
import { openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleExtraction, sampleInput, sampleMetadata, sampleRecord } from './testing/samples';

const stale = sampleRecord({ id: 'k-0003', name: '社区养老服务设施覆盖率', indicator: null, target: { value: 90, year: 2025, op: '=' }, quote: '覆盖率90%', start: 200, end: 206 });
const wrong = sampleRecord({ id: 'k-0004', name: '其中', indicator: null, target: { value: 7, year: 2025, op: '=' }, quote: '其中7', start: 300, end: 303 });

async function dump(db: PlanBenchDB) {
  return {
    documents: await db.documents.toArray(),
    targets: await db.targets.toArray(),
    annotations: await db.annotations.toArray(),
    settings: await db.settings.toArray(),
  };
}

async function workedOn() {
  const db = openTestDb();
  const base = sampleExtraction();
  const input = await sampleInput('plan', { extracted: { ...base, targets: [...base.targets, stale, wrong] } });
  const saved = expectOk(await saveExtraction(db, input));
  if (saved.duplicate) throw new Error('unexpected duplicate');
  const id = (recordId: string) => `${input.hash}:${recordId}`;
  expectOk(await editTarget(db, id('k-0001'), { target: { value: 60, year: 2025, op: '>=' } }));
  expectOk(await rejectTarget(db, id('k-0004')));
  const note = expectOk(await addAnnotation(db, { regionId: saved.regionId, indicator: 'nursing_bed_ratio', text: 'n', targetId: id('k-0001') }));
  await setChoice(db, saved.regionId, 'nursing_bed_ratio', id('k-0001'));
  const { id: _id, ...manualRecord } = sampleRecord({ name: '手工', indicator: null });
  const manual = expectOk(await addManualTarget(db, input.hash, manualRecord)).target;
  return { db, documentId: input.hash, regionId: saved.regionId, id, noteId: note.annotation.id, manual };
}

// The improved extractor: the nursing-bed record gets a new id and a shifted span, the childcare
// record keeps its id, k-0003 and k-0004 are gone, and a new target appears.
function freshExtraction() {
  const base = sampleExtraction();
  return {
    ...base,
    text: `${base.text}\n`,
    metadata: sampleMetadata({ issuer: '新乡市人民政府办公室' }),
    targets: [
      sampleRecord({ id: 'n-0001', start: 22, end: 34 }),
      base.targets[1] as (typeof base.targets)[number],
      sampleRecord({ id: 'n-0003', name: '人均预期寿命', indicator: 'life_expectancy', domain: 'health', unit: '岁', target: { value: 79, year: 2025, op: '=' }, quote: '人均预期寿命79岁', start: 400, end: 409 }),
    ],
  };
}

describe('reextractDocument', () => {
  it('carries edits, notes and choices to the new ids, keeps manual targets, and orphans worked-on targets nothing matches', async () => {
    const { db, documentId, regionId, id, noteId, manual } = await workedOn();
    const summary = expectOk(await reextractDocument(db, documentId, freshExtraction(), { extractorVersion: '0.2.0' }));

    expect(summary).toMatchObject({ matched: 2, added: 1, removed: 1 });
    expect(summary.orphaned.map((t) => t.id)).toEqual([id('k-0004')]);

    const moved = await db.targets.get(id('n-0001'));
    expect(moved).toMatchObject({ status: 'edited', edits: { target: { value: 60, year: 2025, op: '>=' } }, orphaned: false });
    expect(moved?.extracted.start).toBe(22);
    expect(await db.targets.get(id('k-0001'))).toBeUndefined();
    expect(await db.targets.get(id('k-0003'))).toBeUndefined();
    expect(await db.targets.get(id('k-0004'))).toMatchObject({ status: 'rejected', orphaned: true });
    expect(await db.targets.get(id('n-0003'))).toMatchObject({ status: 'extracted', indicator: 'life_expectancy' });
    expect(await db.targets.get(manual.id)).toEqual(manual);

    expect((await db.annotations.get(noteId))?.targetId).toBe(id('n-0001'));
    expect(await loadChoices(db)).toEqual({ [`${regionId}|nursing_bed_ratio`]: id('n-0001') });

    const document = await getDocument(db, documentId);
    expect(document).toMatchObject({ regionId, extractorVersion: '0.2.0', originalText: freshExtraction().text });
    expect(document?.metadata.issuer).toBe('新乡市人民政府办公室');
  });

  it('keeps an orphan with a note even when it was never edited, and un-orphans it when a later run finds it again', async () => {
    const { db, documentId, regionId, id } = await workedOn();
    expectOk(await addAnnotation(db, { regionId, indicator: 'name:社区养老服务设施覆盖率', text: 'check', targetId: id('k-0003') }));
    const first = expectOk(await reextractDocument(db, documentId, freshExtraction()));
    expect(first.orphaned.map((t) => t.id).sort()).toEqual([id('k-0003'), id('k-0004')]);

    const again = freshExtraction();
    again.targets.push(stale);
    const second = expectOk(await reextractDocument(db, documentId, again));
    expect(second.orphaned.map((t) => t.id)).toEqual([id('k-0004')]);
    expect(await db.targets.get(id('k-0003'))).toMatchObject({ orphaned: false, status: 'extracted' });
  });

  it('changes nothing when a write fails midway', async () => {
    const { db, documentId } = await workedOn();
    const before = await dump(db);
    const broken = freshExtraction();
    broken.targets.push(sampleRecord({ id: 'n-0003', start: 900, end: 905, quote: 'dup' }));
    expect(await reextractDocument(db, documentId, broken)).toMatchObject({ ok: false, code: 'write-failed' });
    expect(await dump(db)).toEqual(before);
  });

  it('reports a missing document', async () => {
    expect(await reextractDocument(openTestDb(), 'd'.repeat(64), freshExtraction())).toEqual({ ok: false, code: 'not-found' });
  });
});
