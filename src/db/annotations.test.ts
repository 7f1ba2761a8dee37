import { describe, expect, it } from 'vitest';
import { addAnnotation, deleteAnnotation, listAnnotations, listGapAnnotations, restoreAnnotations, updateAnnotation } from './annotations';
import { createRegion } from './regions';
import { openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';

async function twoRegions() {
  const db = openTestDb();
  const a = expectOk(await createRegion(db, '新乡市')).region.id;
  const b = expectOk(await createRegion(db, '雄安新区')).region.id;
  return { db, a, b };
}

describe('annotations', () => {
  it('adds a note with tag ids and null defaults, and lists it by region × indicator', async () => {
    const { db, a } = await twoRegions();
    const { annotation } = expectOk(await addAnnotation(db, { regionId: a, indicator: 'nursing_bed_ratio', text: '核对原文', tag: 'verify' }));
    expect(annotation).toMatchObject({ regionId: a, indicator: 'nursing_bed_ratio', tag: 'verify', otherRegionId: null, targetId: null });
    expectOk(await addAnnotation(db, { regionId: a, indicator: 'name:新增托位', text: 'other indicator' }));
    expect(await listAnnotations(db, a, 'nursing_bed_ratio')).toEqual([annotation]);
  });

  it('lists gap notes between two regions whichever side they were written from', async () => {
    const { db, a, b } = await twoRegions();
    const fromA = expectOk(await addAnnotation(db, { regionId: a, otherRegionId: b, indicator: 'life_expectancy', text: 'A vs B', tag: 'gap' }));
    const fromB = expectOk(await addAnnotation(db, { regionId: b, otherRegionId: a, indicator: 'life_expectancy', text: 'B vs A', tag: 'gap' }));
    expectOk(await addAnnotation(db, { regionId: a, indicator: 'life_expectancy', text: 'not a gap note' }));
    const ids = (await listGapAnnotations(db, b, a, 'life_expectancy')).map((n) => n.id).sort();
    expect(ids).toEqual([fromA.annotation.id, fromB.annotation.id].sort());
  });

  it('refuses a note on a region that does not exist', async () => {
    const { db, a } = await twoRegions();
    expect(await addAnnotation(db, { regionId: a, otherRegionId: 'gone', indicator: 'x', text: 't' })).toEqual({ ok: false, code: 'not-found' });
    expect(await db.annotations.count()).toBe(0);
  });

  it('updates only the given fields, and can clear a tag with null', async () => {
    const { db, a } = await twoRegions();
    const { annotation } = expectOk(await addAnnotation(db, { regionId: a, indicator: 'x', text: 'old', tag: 'question' }));
    const updated = expectOk(await updateAnnotation(db, annotation.id, { text: 'new', tag: undefined }));
    expect(updated.annotation).toMatchObject({ text: 'new', tag: 'question', createdAt: annotation.createdAt });
    expect(updated.previous).toEqual(annotation);
    expect(expectOk(await updateAnnotation(db, annotation.id, { tag: null })).annotation.tag).toBeNull();
  });

  it('deletes a note and restores it for undo', async () => {
    const { db, a } = await twoRegions();
    const { annotation } = expectOk(await addAnnotation(db, { regionId: a, indicator: 'x', text: 't' }));
    const { deleted } = expectOk(await deleteAnnotation(db, annotation.id));
    expect(await db.annotations.count()).toBe(0);
    expectOk(await restoreAnnotations(db, [deleted]));
    expect(await db.annotations.get(annotation.id)).toEqual(annotation);
    expect(await deleteAnnotation(db, 'gone')).toEqual({ ok: false, code: 'not-found' });
  });
});
