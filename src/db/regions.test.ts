import { describe, expect, it } from 'vitest';
import { addAnnotation } from './annotations';
import { loadChoices, setChoice } from './choices';
import { saveExtraction } from './documents';
import { createRegion, findRegionByName, mergeRegions, planRegion, planRegions, renameRegion, type RegionRequest } from './regions';
import { UNKNOWN_REGION_ID, type RegionRow } from '../workspace/rows';
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

describe('planRegions', () => {
  // The regions an import finds its plans in, stored before the batch: one without its division, one with it, one
  // known also by a former name.
  const stored: RegionRow[] = [
    { id: 'r-xinxiang', name: '新乡市', aliases: [], createdAt: 't0', code: null, province: null },
    { id: 'r-xunxian', name: '浚县', aliases: [], createdAt: 't0', code: '410621', province: '河南省' },
    { id: 'r-xiongan', name: '雄安新区', aliases: ['雄安'], createdAt: 't0', code: null, province: null },
  ];
  // Each request leans on one before it: a code learnt, a region created then found by name and given a code, the
  // unknown region asked for twice, a region found by a former name or by its code under another name.
  const requests: RegionRequest[] = [
    { name: '新乡市', place: { code: '410700', province: '河南省' }, now: 't1' },
    { name: '新乡', place: { code: '410700' }, now: 't2' },
    { name: '安阳市', now: 't3' },
    { name: ' 安阳市 ', place: { code: '410500', province: '河南省' }, now: 't4' },
    { name: '安阳', place: { code: '410500' }, now: 't5' },
    { name: '', now: 't6' },
    { name: '  ', now: 't7' },
    { name: '雄安', place: { province: '河北省' }, now: 't8' },
    { name: '雄安新区', place: { province: '天津市' }, now: 't9' },
    { name: '浚县城关', place: { code: '410621' }, now: 't10' },
    { name: '鹤壁市', place: { province: '河南省' }, now: 't11' },
    { name: '鹤壁市', place: { code: '410600' }, now: 't12' },
  ];

  it('gives each plan of a batch the region saving the plans one by one gives it, and leaves the same regions', async () => {
    const oneByOne = openTestDb(undefined, 'one-by-one');
    const batch = openTestDb(undefined, 'batch');
    await oneByOne.regions.bulkAdd(stored);
    await batch.regions.bulkAdd(stored);
    const nameOf = async (db: ReturnType<typeof openTestDb>, id: string) => (await db.regions.get(id))?.name;
    const alone: string[] = [];
    await oneByOne.transaction('rw', oneByOne.regions, async () => {
      for (const { name, place, now } of requests) {
        const planned = await planRegion(oneByOne, name, now, place);
        if (planned.create) await oneByOne.regions.add(planned.create);
        alone.push(planned.id);
      }
    });
    const together = await batch.transaction('rw', batch.regions, async () => {
      const planned = await planRegions(batch, requests);
      await batch.regions.bulkAdd(planned.create);
      for (const { id, changes } of planned.update) await batch.regions.update(id, changes);
      return planned.ids;
    });
    expect(await Promise.all(together.map((id) => nameOf(batch, id)))).toEqual(await Promise.all(alone.map((id) => nameOf(oneByOne, id))));
    expect(together.filter((id) => stored.some((r) => r.id === id))).toEqual(alone.filter((id) => stored.some((r) => r.id === id)));
    const rows = async (db: ReturnType<typeof openTestDb>) => (await db.regions.orderBy('name').toArray()).map(({ id: _id, ...row }) => row);
    expect(await rows(batch)).toEqual(await rows(oneByOne));
    // What the requests lean on did happen: 新乡市 learnt its code, 安阳市 was created once and then learnt its own.
    expect(await batch.regions.get('r-xinxiang')).toMatchObject({ code: '410700', province: '河南省' });
    expect((await batch.regions.where('name').equals('安阳市').toArray()).map((r) => r.code)).toEqual(['410500']);
    expect(await batch.regions.count()).toBe(stored.length + 3);
  });
});
