// Outcomes over two probes' extraction, as on import: a city's 十四五 mid-term evaluation (p52: the plan's goals for 2025
// as targets, what 2022 reached) and the news of its 十四五 results (p33: what 2025 reached, the goals it cites no figure).
// The two are filed under one region, as a researcher files the same city's documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOutcomes } from '../../src/app/outcomes';
import { summarizeDocument } from '../../src/app/comparison';
import { loadBenchmarks } from '../../src/core/catalog/benchmarks';
import { prepareDocument } from '../../src/import/prepare';
import { ROOT } from './fixture';

const REGION = { id: 'qc', name: '青川市', province: '四川省' };

async function outcomesOf(files: string[]) {
  const documents = [];
  const targets = [];
  const achieved = [];
  for (const name of files) {
    const prepared = await prepareDocument(name, new Uint8Array(readFileSync(join(ROOT, 'tests', 'fixtures', 'probes', name))));
    if (!prepared.ok) throw new Error(prepared.detail);
    const { hash, extracted } = prepared.value;
    documents.push(summarizeDocument({ id: hash, regionId: REGION.id, fileName: name, metadata: extracted.metadata, provinces: [] }));
    for (const r of extracted.targets) targets.push({ id: `${hash}:${r.id}`, documentId: hash, regionId: REGION.id, extracted: r, edits: null, status: 'extracted' as const });
    for (const r of extracted.achieved) achieved.push({ id: `${hash}:${r.id}`, documentId: hash, regionId: REGION.id, extracted: r });
  }
  const benchmarks = loadBenchmarks();
  if (!benchmarks.ok) throw new Error('benchmarks');
  return buildOutcomes({ regions: [REGION], documents, targets, achieved, benchmarks: benchmarks.value.rows });
}

describe('a 十四五 mid-term evaluation’s goals judged by the news of the plan’s results', () => {
  it('judges each 2025 goal by what the results news reports for 2025, and no goal by 2022’s figures', async () => {
    const o = await outcomesOf(['p52-midterm-evaluation-14th.txt', 'p33-news-14th-results.txt']);
    const of2025 = (indicator: string) => o.met.filter((m) => m.indicator === indicator && m.year === 2025);
    const judged = (indicator: string) => of2025(indicator).map((m) => [m.status, m.achieved?.value ?? null, m.target?.value ?? null]);
    // 4.6 places per 1,000 people against 4.5; 80.2 years against 80以上 (a floor); 32.8万 jobs over 2021–2025 against 20万.
    expect(new Set(judged('childcare_places_per_1000').map(String))).toEqual(new Set(['met,4.6,4.5']));
    expect(new Set(judged('life_expectancy').map(String))).toEqual(new Set(['met,80.2,80']));
    expect(new Set(judged('urban_new_jobs').map(String))).toEqual(new Set(['met,32.8,20']));
    // The news reports neither for 2025: 2022's 46% and 93.8% judge nothing (no data, not missed).
    expect(new Set(of2025('nursing_bed_ratio').map((m) => m.status))).toEqual(new Set(['no-data']));
    expect(new Set(of2025('high_school_gross_enrollment').map((m) => m.status))).toEqual(new Set(['no-data']));
    // The goals the news cites (低于5.5%的控制目标, 4.5个的目标任务, 规划目标(25万人)) are neither targets nor values reached.
    const timeline = (indicator: string) => o.timelines.find((t) => t.indicator === indicator);
    expect(timeline('urban_surveyed_unemployment')?.targets ?? []).toEqual([]);
    expect(timeline('urban_surveyed_unemployment')?.achieved.map((a) => [a.year, a.value, a.op])).toEqual([[2025, 5.2, '=']]);
    expect(timeline('childcare_places_per_1000')?.achieved.map((a) => [a.year, a.value])).toEqual([[2022, 3.1], [2025, 4.6]]);
    expect(timeline('urban_new_jobs')?.achieved.map((a) => [a.year, a.value])).toEqual([[2022, 8.6], [2025, 32.8]]);
  });
});
