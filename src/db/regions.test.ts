import { describe, expect, it } from 'vitest';
import { addAnnotation } from './annotations';
import { loadChoices, setChoice } from './choices';
import { saveExtraction } from './documents';
import { createRegion, findRegionByName, mergeRegions, renameRegion } from './regions';
import { UNKNOWN_REGION_ID } from '../workspace/rows';
import { counts, openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleExtraction, sampleInput, sampleMetadata } from './testing/samples';

async function regionOf(db: ReturnType<typeof openTestDb>, name: string): Promise<string> {
  const region = await findRegionByName(db, name);
  if (!region) throw new Error(`no region ${name}`);
  return region.id;
}

describe('renameRegion', () => {
  it('renames and keeps the old name as an alias, so later imports still find the region', async () => {
    const db = openTestDb();
    expectOk(await saveExtraction(db, await sampleInput('a')));
    const id = await regionOf(db, '新乡市');
    const { region } = expectOk(await renameRegion(db, id, '新乡市(河南)'));
    expect(region).toMatchObject({ name: '新乡市(河南)', aliases: ['新乡市'] });
    const again = expectOk(await saveExtraction(db, await sampleInput('b')));
    expect(!again.duplicate && again.regionId).toBe(id);
  });

  it('takes a name back from the aliases instead of listing it twice', async () => {
    const db = openTestDb();
    const { region } = expectOk(await createRegion(db, '新乡市'));
    expectOk(await renameRegion(db, region.id, '新乡'));
    const back = expectOk(await renameRegion(db, region.id, '新乡市'));
    expect(back.region).toMatchObject({ name: '新乡市', aliases: ['新乡'] });
  });

  it('refuses a name another region holds, naming that region', async () => {
    const db = openTestDb();
    const a = expectOk(await createRegion(db, '新乡市')).region;
    const b = expectOk(await createRegion(db, '雄安新区')).region;
    await db.regions.update(b.id, { aliases: ['雄安'] });
    expect(await renameRegion(db, a.id, '雄安')).toEqual({ ok: false, code: 'name-taken', conflictId: b.id });
    expect(await renameRegion(db, a.id, '  ')).toMatchObject({ ok: false, code: 'name-taken' });
    expect(await renameRegion(db, 'missing', 'x')).toEqual({ ok: false, code: 'not-found' });
  });

  it('refuses to rename the unknown region', async () => {
    expect(await renameRegion(openTestDb(), UNKNOWN_REGION_ID, '新乡市')).toEqual({ ok: false, code: 'unknown-region' });
  });
});

describe('createRegion', () => {
  it('refuses a duplicate name', async () => {
    const db = openTestDb();
    const first = expectOk(await createRegion(db, '新乡市'));
    expect(await createRegion(db, ' 新乡市 ')).toEqual({ ok: false, code: 'name-taken', conflictId: first.region.id });
  });
});

describe('mergeRegions', () => {
  it('moves documents, targets, notes and choices, keeps the source names as aliases and deletes the source', async () => {
    const db = openTestDb();
    expectOk(await saveExtraction(db, await sampleInput('a')));
    const other = sampleExtraction({ metadata: sampleMetadata({ region: '新乡' }) });
    expectOk(await saveExtraction(db, await sampleInput('b', { extracted: other })));
    const source = await regionOf(db, '新乡');
    const target = await regionOf(db, '新乡市');
    const third = expectOk(await createRegion(db, '雄安新区')).region.id;
    await db.regions.update(source, { aliases: ['新乡地区'] });
    expectOk(await addAnnotation(db, { regionId: source, indicator: 'nursing_bed_ratio', text: 'on source' }));
    const gap = expectOk(await addAnnotation(db, { regionId: third, indicator: 'nursing_bed_ratio', text: 'gap', otherRegionId: source }));
    await setChoice(db, source, 'nursing_bed_ratio', 'from-source');
    await setChoice(db, source, 'childcare_places_per_1000', 'source-childcare');
    await setChoice(db, target, 'childcare_places_per_1000', 'target-childcare');

    const { moved } = expectOk(await mergeRegions(db, source, target));
    expect(moved).toEqual({ documents: 1, targets: 2, achievements: 1, annotations: 1 });
    expect(await db.regions.get(source)).toBeUndefined();
    expect((await db.regions.get(target))?.aliases.sort()).toEqual(['新乡', '新乡地区']);
    expect(await db.documents.where('regionId').equals(target).count()).toBe(2);
    expect(await db.targets.where('regionId').equals(target).count()).toBe(4);
    expect((await db.annotations.get(gap.annotation.id))?.otherRegionId).toBe(target);
    expect(await loadChoices(db)).toEqual({
      [`${target}|nursing_bed_ratio`]: 'from-source',
      [`${target}|childcare_places_per_1000`]: 'target-childcare',
    });
  });

  it('refuses to merge a region into itself or into a missing one, changing nothing', async () => {
    const db = openTestDb();
    const a = expectOk(await createRegion(db, '新乡市')).region;
    const before = await counts(db);
    expect(await mergeRegions(db, a.id, a.id)).toEqual({ ok: false, code: 'same-region' });
    expect(await mergeRegions(db, a.id, 'missing')).toEqual({ ok: false, code: 'not-found' });
    expect(await counts(db)).toEqual(before);
  });
});
