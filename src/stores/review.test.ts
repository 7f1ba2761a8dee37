import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { useWorkspaceStore } from '../app/store';
import { saveExtraction } from '../db/documents';
import { openTestDb } from '../db/testing/fake-db';
import { expectOk } from '../db/testing/results';
import { sampleAchieved, sampleInput, sampleRecord } from '../db/testing/samples';
import { useReview } from './review';

async function seeded() {
  const db = openTestDb();
  useWorkspaceStore(db);
  const input = await sampleInput('a');
  expectOk(await saveExtraction(db, input));
  return { db, documentId: input.hash, first: `${input.hash}:k-0001`, achieved: `${input.hash}:a-0001` };
}

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('review store', () => {
  it('undoes an edit, then a rejection, in reverse order', async () => {
    const { db, first } = await seeded();
    const review = useReview();
    expectOk(await review.edit(first, { target: { value: 60, year: 2025, op: '>=' } }));
    expectOk(await review.reject(first));
    expect((await db.targets.get(first))?.status).toBe('rejected');
    expect(review.undoStack.map((s) => s.kind)).toEqual(['edit', 'reject']);

    expectOk(await review.undo());
    expect((await db.targets.get(first))?.status).toBe('edited');
    expectOk(await review.undo());
    const back = await db.targets.get(first);
    expect(back?.status).toBe('extracted');
    expect(back?.edits).toBeNull();
    expect(review.undoStack).toHaveLength(0);
    expect(await review.undo()).toEqual({ ok: true, value: null });
  });

  it('edits, rejects and undoes an achievement the same way, in its own table', async () => {
    const { db, first, achieved } = await seeded();
    const review = useReview();
    expectOk(await review.edit(achieved, { kind: 'achieved', edits: { value: 49, year_from: 2016 } }));
    expectOk(await review.reject(achieved, 'achieved'));
    expect(await db.achievements.get(achieved)).toMatchObject({ status: 'rejected', edits: { value: 49, year_from: 2016 }, yearFrom: 2016 });
    // The target beside it is untouched.
    expect((await db.targets.get(first))?.status).toBe('extracted');
    expectOk(await review.undo());
    expect((await db.achievements.get(achieved))?.status).toBe('edited');
    expectOk(await review.undo());
    expect(await db.achievements.get(achieved)).toMatchObject({ status: 'extracted', edits: null, yearFrom: null });
  });

  it('undoes adding a manual achievement by deleting it', async () => {
    const { db, documentId } = await seeded();
    const review = useReview();
    const { id: _id, ...record } = sampleAchieved({ value: 3, year: 2021 });
    const added = expectOk(await review.addManualAchieved(documentId, record));
    expect(added.target).toMatchObject({ status: 'manual', record: 'achieved' });
    expect(await db.achievements.count()).toBe(2);
    expectOk(await review.undo());
    expect(await db.achievements.count()).toBe(1);
    expect(await db.targets.count()).toBe(2);
  });

  it('undoes adding a manual target by deleting it', async () => {
    const { db, documentId } = await seeded();
    const review = useReview();
    const { id: _id, ...record } = sampleRecord({ quote: '托位数4.5个', start: 33, end: 40 });
    const added = expectOk(await review.addManual(documentId, record));
    expect(added.target.status).toBe('manual');
    expect(await db.targets.count()).toBe(3);
    expectOk(await review.undo());
    expect(await db.targets.count()).toBe(2);
  });

  it('undoes deleting a manual target', async () => {
    const { db, documentId } = await seeded();
    const review = useReview();
    const { id: _id, ...record } = sampleRecord();
    const added = expectOk(await review.addManual(documentId, record));
    review.openId = added.target.id;
    expectOk(await review.deleteManual(added.target.id));
    expect(review.openId).toBeNull();
    expectOk(await review.undo());
    expect((await db.targets.get(added.target.id))?.status).toBe('manual');
  });

  it('keeps the step when the undo fails', async () => {
    const { db, first, documentId } = await seeded();
    const review = useReview();
    expectOk(await review.confirm(first));
    await db.documents.delete(documentId);
    expect(await review.undo()).toMatchObject({ ok: false, code: 'not-found' });
    expect(review.undoStack).toHaveLength(1);
  });

  it('resets the filters', () => {
    const review = useReview();
    review.filters.status = 'rejected';
    review.filters.query = '托位';
    review.resetFilters();
    expect(review.filters.status).toBe('');
    expect(review.filters.query).toBe('');
  });
});
