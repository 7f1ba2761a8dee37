import { describe, expect, it } from 'vitest';
import { addAnnotation } from './annotations';
import { getDocument, saveExtraction } from './documents';
import { editMetadata, restoreMetadata } from './metadata';
import { reextractDocument } from './reextract';
import { UNKNOWN_REGION_ID } from '../workspace/rows';
import { exportWorkspace, restoreWorkspace } from './backup';
import { openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleExtraction, sampleInput, sampleMetadata } from './testing/samples';

const LIZHOU = { name: '广元市利州区', code: '510802', province: '四川省' };

async function unknownPlan() {
  const db = openTestDb();
  const metadata = sampleMetadata({ region: null, plan_title: '养老服务体系建设规划', issuer: null });
  const input = await sampleInput('plan', { extracted: sampleExtraction({ metadata }) });
  const saved = expectOk(await saveExtraction(db, input));
  if (saved.duplicate) throw new Error('unexpected duplicate');
  return { db, documentId: input.hash, regionId: saved.regionId };
}

describe('importing with a resolved region', () => {
  it('stores the region with its division code and province, and finds it again by code under another name', async () => {
    const db = openTestDb();
    const metadata = sampleMetadata({ region: '广元市利州区', region_code: '510802', province: '四川省' });
    const first = expectOk(await saveExtraction(db, await sampleInput('a', { extracted: sampleExtraction({ metadata }) })));
    expect(await db.regions.toArray()).toMatchObject([{ name: '广元市利州区', code: '510802', province: '四川省' }]);
    const other = sampleMetadata({ region: '利州区', region_code: '510802', province: '四川省' });
    const second = expectOk(await saveExtraction(db, await sampleInput('b', { extracted: sampleExtraction({ metadata: other }) })));
    expect(!first.duplicate && !second.duplicate && second.regionId === first.regionId).toBe(true);
  });
});

describe('editMetadata', () => {
  it('moves a document of unknown region, with its targets and their notes, to the chosen division', async () => {
    const { db, documentId, regionId } = await unknownPlan();
    expect(regionId).toBe(UNKNOWN_REGION_ID);
    const targetId = (await db.targets.where('documentId').equals(documentId).primaryKeys())[0]!;
    expectOk(await addAnnotation(db, { regionId, indicator: 'nursing_bed_ratio', text: 'n', targetId }));

    const { regionId: moved } = expectOk(await editMetadata(db, documentId, { region: LIZHOU, plan_title: '利州区养老服务体系建设规划' }));
    expect(await db.regions.get(moved)).toMatchObject({ name: '广元市利州区', code: '510802', province: '四川省' });
    const document = await getDocument(db, documentId);
    expect(document?.regionId).toBe(moved);
    expect(document?.metadata).toMatchObject({ region: '广元市利州区', region_code: '510802', province: '四川省', plan_title: '利州区养老服务体系建设规划' });
    expect(new Set((await db.targets.where('documentId').equals(documentId).toArray()).map((t) => t.regionId))).toEqual(new Set([moved]));
    expect((await db.annotations.toArray())[0]?.regionId).toBe(moved);
  });

  it('creates a custom region with the province the researcher gives it', async () => {
    const { db, documentId } = await unknownPlan();
    const { regionId } = expectOk(await editMetadata(db, documentId, { region: { name: '雄安新区', code: null, province: '河北省' } }));
    expect(await db.regions.get(regionId)).toMatchObject({ name: '雄安新区', code: null, province: '河北省' });
  });

  it('keeps every edit across a re-extraction that reads the metadata differently', async () => {
    const { db, documentId } = await unknownPlan();
    const { regionId } = expectOk(
      await editMetadata(db, documentId, { region: LIZHOU, period: { start: 2021, end: 2025 }, kind: 'five_year_plan', issuer: '广元市利州区人民政府' }),
    );
    const fresh = sampleExtraction({ metadata: sampleMetadata({ region: null, issuer: '某办公室', kind: 'annual_programme', period: { start: 2025, end: 2025 } }) });
    expectOk(await reextractDocument(db, documentId, fresh));
    const document = await getDocument(db, documentId);
    expect(document?.regionId).toBe(regionId);
    expect(document?.metadata).toMatchObject({ region: '广元市利州区', region_code: '510802', issuer: '广元市利州区人民政府', kind: 'five_year_plan', period: { start: 2021, end: 2025 } });
    // A field the researcher did not touch follows the extractor.
    expect(document?.metadata.plan_title).toBe(fresh.metadata.plan_title);
  });

  it('is undone by restoring the snapshot it returns', async () => {
    const { db, documentId, regionId } = await unknownPlan();
    const before = await getDocument(db, documentId);
    const { previous } = expectOk(await editMetadata(db, documentId, { region: LIZHOU, plan_title: '改过的标题' }));
    expectOk(await restoreMetadata(db, previous));
    const after = await getDocument(db, documentId);
    expect(after?.regionId).toBe(regionId);
    expect(after?.metadata).toEqual(before?.metadata);
    expect(after?.metadataEdits ?? null).toBeNull();
    expect(new Set((await db.targets.where('documentId').equals(documentId).toArray()).map((t) => t.regionId))).toEqual(new Set([regionId]));
  });

  it('refuses an empty region name and a missing document without writing', async () => {
    const { db, documentId } = await unknownPlan();
    expect(await editMetadata(db, documentId, { region: { name: ' ', code: null, province: null } })).toMatchObject({ ok: false, code: 'unknown-region' });
    expect(await editMetadata(db, 'f'.repeat(64), { plan_title: 'x' })).toMatchObject({ ok: false, code: 'not-found' });
    expect((await getDocument(db, documentId))?.metadataEdits ?? null).toBeNull();
  });

  it('survives a backup and restore with its edits and the region code', async () => {
    const { db, documentId } = await unknownPlan();
    expectOk(await editMetadata(db, documentId, { region: LIZHOU, kind: 'five_year_plan' }));
    const file = await exportWorkspace(db);
    const other = openTestDb();
    expectOk(await restoreWorkspace(other, JSON.parse(JSON.stringify(file)), 'replace'));
    expect((await getDocument(other, documentId))?.metadataEdits).toMatchObject({ region_code: '510802', kind: 'five_year_plan' });
    expect(await other.regions.where('code').equals('510802').count()).toBe(1);
  });
});
