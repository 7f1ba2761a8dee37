import { describe, expect, it } from 'vitest';
import { addAnnotation } from './annotations';
import { saveExtraction } from './documents';
import { isManual } from '../workspace/rows';
import type { PlanBenchDB } from './schema';
import { addManualTarget, confirmTarget, deleteManualTarget, editTarget, mergeEdits, rejectTarget, restoreTarget } from './targets';
import { openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleInput, sampleRecord } from './testing/samples';

async function seeded(): Promise<{ db: PlanBenchDB; documentId: string; regionId: string; first: string }> {
  const db = openTestDb();
  const input = await sampleInput('a');
  const saved = expectOk(await saveExtraction(db, input));
  if (saved.duplicate) throw new Error('unexpected duplicate');
  return { db, documentId: input.hash, regionId: saved.regionId, first: `${input.hash}:k-0001` };
}

describe('editTarget', () => {
  it('records edits beside the untouched extracted record and marks the target edited', async () => {
    const { db, first } = await seeded();
    const { target, previous } = expectOk(await editTarget(db, first, { target: { value: 60, year: 2025, op: '>=' } }));
    expect(target.status).toBe('edited');
    expect(target.edits).toEqual({ target: { value: 60, year: 2025, op: '>=' } });
    expect(target.extracted).toEqual(sampleRecord());
    expect(previous.status).toBe('extracted');
    expect(await db.targets.get(first)).toEqual(target);
  });

  it('indexes the edited indicator, so the corrected target is found under it', async () => {
    const { db, first } = await seeded();
    expectOk(await editTarget(db, first, { indicator: 'elderly_care_beds_total' }));
    const found = await db.targets.where('indicator').equals('elderly_care_beds_total').toArray();
    expect(found.map((t) => t.id)).toEqual([first]);
    expect(await db.targets.where('indicator').equals('nursing_bed_ratio').count()).toBe(0);
  });

  it('merges successive edits and drops an edit set back to the extracted value', async () => {
    const { db, first } = await seeded();
    expectOk(await editTarget(db, first, { unit: '‰' }));
    const both = expectOk(await editTarget(db, first, { stretch: 60 }));
    expect(both.target.edits).toEqual({ unit: '‰', stretch: 60 });
    expectOk(await editTarget(db, first, { unit: '%' }));
    const reverted = expectOk(await editTarget(db, first, { stretch: null }));
    expect(reverted.target.edits).toBeNull();
    expect(reverted.target.status).toBe('confirmed');
  });

  it('reports a missing target', async () => {
    const { db } = await seeded();
    expect(await editTarget(db, 'nope', { unit: 'x' })).toEqual({ ok: false, code: 'not-found' });
  });
});

describe('mergeEdits', () => {
  it('compares objects whatever their key order', () => {
    const extracted = sampleRecord();
    expect(mergeEdits(extracted, null, { target: { op: '>=', year: 2025, value: 55 } })).toBeNull();
    expect(mergeEdits(extracted, null, { baseline: { value: 48, year: 2020, op: '=' } })).toEqual({ baseline: { value: 48, year: 2020, op: '=' } });
  });

  it('ignores fields that may not be edited', () => {
    expect(mergeEdits(sampleRecord(), null, { start: 1 } as never)).toBeNull();
  });
});

describe('confirmTarget and rejectTarget', () => {
  it('confirms, rejects and confirms again; a rejected edited target comes back as edited', async () => {
    const { db, first } = await seeded();
    expect(expectOk(await confirmTarget(db, first)).target.status).toBe('confirmed');
    expect(expectOk(await rejectTarget(db, first)).target.status).toBe('rejected');
    expect(expectOk(await confirmTarget(db, first)).target.status).toBe('confirmed');
    expectOk(await editTarget(db, first, { unit: '‰' }));
    const rejected = expectOk(await rejectTarget(db, first));
    expect(rejected.target.edits).toEqual({ unit: '‰' });
    expect(expectOk(await confirmTarget(db, first)).target.status).toBe('edited');
  });

  it('undoes a change by restoring the previous row', async () => {
    const { db, first } = await seeded();
    const { previous } = expectOk(await rejectTarget(db, first));
    expectOk(await restoreTarget(db, previous));
    expect(await db.targets.get(first)).toEqual(previous);
  });
});

describe('manual targets', () => {
  it('adds a manual target in the document’s region, which stays manual through edits and rejection', async () => {
    const { db, documentId, regionId } = await seeded();
    const { id: _id, ...record } = sampleRecord({ name: '新增养老床位', indicator: null, target: { value: 300, year: 2025, op: '=' } });
    const { target } = expectOk(await addManualTarget(db, documentId, record));
    expect(isManual(target)).toBe(true);
    expect(target).toMatchObject({ documentId, regionId, status: 'manual', indicator: null });
    expect(expectOk(await editTarget(db, target.id, { unit: '张' })).target.status).toBe('manual');
    expectOk(await rejectTarget(db, target.id));
    expect(expectOk(await confirmTarget(db, target.id)).target.status).toBe('manual');
  });

  it('deletes only manual targets, detaching their notes', async () => {
    const { db, documentId, regionId, first } = await seeded();
    const { id: _id, ...record } = sampleRecord();
    const { target } = expectOk(await addManualTarget(db, documentId, record));
    const note = expectOk(await addAnnotation(db, { regionId, indicator: 'nursing_bed_ratio', text: 'n', targetId: target.id }));
    expect(await deleteManualTarget(db, first)).toEqual({ ok: false, code: 'not-manual' });
    const { deleted } = expectOk(await deleteManualTarget(db, target.id));
    expect(deleted.target).toEqual(target);
    expect(deleted.annotations.map((a) => a.id)).toEqual([note.annotation.id]);
    expect(await db.targets.get(target.id)).toBeUndefined();
    expect((await db.annotations.get(note.annotation.id))?.targetId).toBeNull();
  });

  it('refuses a manual target for a missing document', async () => {
    const { db } = await seeded();
    const { id: _id, ...record } = sampleRecord();
    expect(await addManualTarget(db, 'f'.repeat(64), record)).toEqual({ ok: false, code: 'not-found' });
  });
});
