import { describe, expect, it } from 'vitest';
import { effectiveTargets } from '../core/review/effective';
import { saveExtraction } from './documents';
import { effectiveInputs, listDocuments, listRegions, targetsOfDocument, targetsOfIndicator, targetsOfRegion } from './queries';
import { findRegionByName } from './regions';
import { openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleExtraction, sampleInput, sampleMetadata, sampleRecord } from './testing/samples';

async function twoRegions() {
  const db = openTestDb();
  const a = await sampleInput('xinxiang');
  const b = await sampleInput('xiongan', { extracted: sampleExtraction({ metadata: sampleMetadata({ region: '雄安新区', kind: 'news_report' }) }) });
  const c = await sampleInput('xinxiang elderly plan', {
    extracted: sampleExtraction({ metadata: sampleMetadata({ plan_title: '新乡市“十四五”养老服务体系规划' }), targets: [sampleRecord({ id: 'k-0009', target: { value: 58, year: 2025, op: '>=' } })] }),
  });
  for (const input of [a, b, c]) expectOk(await saveExtraction(db, input));
  const xinxiang = (await findRegionByName(db, '新乡市'))?.id as string;
  const xiongan = (await findRegionByName(db, '雄安新区'))?.id as string;
  return { db, a, b, c, xinxiang, xiongan };
}

describe('queries', () => {
  it('lists regions by name and documents by region', async () => {
    const { db, xinxiang } = await twoRegions();
    expect((await listRegions(db)).map((r) => r.name)).toEqual(['新乡市', '雄安新区'].sort());
    expect(await listDocuments(db, xinxiang)).toHaveLength(2);
    expect(await listDocuments(db)).toHaveLength(3);
  });

  it('finds one indicator across regions, or in the listed regions only', async () => {
    const { db, xiongan } = await twoRegions();
    expect(await targetsOfIndicator(db, 'nursing_bed_ratio')).toHaveLength(3);
    expect((await targetsOfIndicator(db, 'nursing_bed_ratio', [xiongan])).map((t) => t.regionId)).toEqual([xiongan]);
    expect(await targetsOfIndicator(db, 'life_expectancy')).toEqual([]);
  });

  it('lists a document’s targets in text order and a region’s targets', async () => {
    const { db, a, xinxiang } = await twoRegions();
    expect((await targetsOfDocument(db, a.hash)).map((t) => t.extracted.id)).toEqual(['k-0001', 'k-0002']);
    expect(await targetsOfRegion(db, xinxiang)).toHaveLength(3);
  });

  it('feeds effectiveTargets with document metadata, so the elderly-care plan wins in 新乡市', async () => {
    const { db, c, xinxiang } = await twoRegions();
    const inputs = await effectiveInputs(db, await targetsOfIndicator(db, 'nursing_bed_ratio', [xinxiang]));
    const [result] = effectiveTargets(inputs);
    expect(result?.effective.id).toBe(`${c.hash}:k-0009`);
    expect(result?.decidedBy).toBe('domain');
  });
});
