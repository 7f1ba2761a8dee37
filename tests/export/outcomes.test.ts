// Outcomes end to end without a window: the 新乡 十四五 seed, a 十五五 plan and a 2025 report, extracted as on import,
// lined up, judged and compared, then written as CSV, Excel, SVG, Word and HTML and read back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildOutcomes, buildOutcomesSection, outcomeTables, timelineChart, timelinesByIndicator, type OutcomesText } from '../../src/app/outcomes';
import { summarizeDocument } from '../../src/app/comparison';
import { loadBenchmarks } from '../../src/core/catalog/benchmarks';
import { indicatorById } from '../../src/core/catalog/catalog';
import { renderSvg } from '../../src/export/chart-export';
import { tableToCsv } from '../../src/export/csv';
import { isOutcomeNumber, OUTCOME_WIDE } from '../../src/export/outcomes-tables';
import { outcomesReportDocx, outcomesReportHtml, outcomesSectionHtml } from '../../src/export/outcomes-section';
import { reportOutcomes } from '../../src/export/outcomes-report';
import { UNKNOWN_REGION_ID } from '../../src/workspace/rows';
import { tablesToXlsx } from '../../src/export/xlsx';
import { prepareDocument } from '../../src/import/prepare';
import { parseCsv } from '../helpers/csv';
import { ROOT, translator } from './fixture';

const FILES = [
  join(ROOT, 'seeds', 'xinxiang-14th-fyp-public-service-social-security.txt'),
  join(ROOT, 'tests', 'fixtures', 'outcomes', 'xinxiang-15th-fyp-public-service.txt'),
  join(ROOT, 'tests', 'fixtures', 'outcomes', 'xinxiang-2025-livelihood-report.txt'),
];
const REGION = { id: 'xx', name: '新乡市', province: '河南省' };

async function fixture() {
  const documents = [];
  const targets = [];
  const achieved = [];
  for (const file of FILES) {
    const prepared = await prepareDocument(file.split('/').pop()!, new Uint8Array(readFileSync(file)));
    if (!prepared.ok) throw new Error(prepared.detail);
    const { hash, extracted } = prepared.value;
    documents.push(summarizeDocument({ id: hash, regionId: REGION.id, fileName: file.split('/').pop()!, metadata: extracted.metadata, provinces: [] }));
    for (const r of extracted.targets) targets.push({ id: `${hash}:${r.id}`, documentId: hash, regionId: REGION.id, extracted: r, edits: null, status: 'extracted' as const });
    for (const r of extracted.achieved) achieved.push({ id: `${hash}:${r.id}`, documentId: hash, regionId: REGION.id, extracted: r });
  }
  const benchmarks = loadBenchmarks();
  if (!benchmarks.ok) throw new Error('benchmarks');
  const input = { regions: [REGION], documents, targets, achieved, benchmarks: benchmarks.value.rows };
  return { input, outcomes: buildOutcomes(input), documents };
}

function words(locale: 'zh-CN' | 'en'): OutcomesText {
  return {
    translate: translator(locale),
    locale,
    indicatorName: (id) => (locale === 'en' ? (indicatorById(id)?.en ?? id) : (indicatorById(id)?.zh ?? id)),
    regionName: () => REGION.name,
  };
}

const statusOf = (o: Awaited<ReturnType<typeof fixture>>['outcomes'], indicator: string, year = 2025) => o.met.find((m) => m.indicator === indicator && m.year === year)?.status;

describe('outcomes of 新乡: 十四五 plan, 十五五 plan, 2025 report', () => {
  it('judges each 2025 target by what 2025 reached, converting 人 to 万人 and per 10,000 to per 1,000', async () => {
    const { outcomes } = await fixture();
    expect(statusOf(outcomes, 'preschool_gross_enrollment')).toBe('met');
    expect(statusOf(outcomes, 'compulsory_education_retention')).toBe('met');
    expect(statusOf(outcomes, 'medical_insurance_coverage')).toBe('not-met');
    expect(statusOf(outcomes, 'pension_insurance_coverage')).toBe('met');
    expect(statusOf(outcomes, 'unemployment_insurance_enrollees')).toBe('met');
    expect(statusOf(outcomes, 'work_injury_insurance_enrollees')).toBe('met');
    expect(statusOf(outcomes, 'childcare_places_per_1000')).toBe('met-stretch');
    expect(statusOf(outcomes, 'immunization_rate')).toBe('no-data');
    const injury = outcomes.met.find((m) => m.indicator === 'work_injury_insurance_enrollees')!;
    expect(injury.achieved).toMatchObject({ value: 61.2, conversion: { fromUnit: '人', toUnit: '万人' } });
    // The plan and the report both report 96.6% for 2025: one point, both quotes.
    const medical = outcomes.met.find((m) => m.indicator === 'medical_insurance_coverage')!;
    expect(medical.achieved?.sources).toHaveLength(2);
    // The report's 50 places per 10,000 people and the plan's 5 per 1,000 are one point too.
    const childcare = outcomes.timelines.find((t) => t.indicator === 'childcare_places_per_1000')!;
    expect(childcare.achieved.find((a) => a.year === 2025)?.sources).toHaveLength(2);
  });

  it('compares 十四五 with 十五五: raised, lowered, unchanged, new and dropped', async () => {
    const { outcomes } = await fixture();
    expect(outcomes.periods).toEqual({ from: 14, to: 15 });
    const change = (id: string) => outcomes.changes.find((c) => c.indicator === id);
    expect(change('preschool_gross_enrollment')).toMatchObject({ change: 'raised', delta: 3 });
    expect(change('public_kindergarten_share')).toMatchObject({ change: 'lowered', delta: -5, ambition: 'less' });
    expect(change('medical_insurance_coverage')).toMatchObject({ change: 'unchanged' });
    expect(change('physicians_per_1000')).toMatchObject({ change: 'new' });
    expect(change('inclusive_kindergarten_coverage')).toMatchObject({ change: 'dropped' });
    // 59万人 then 620000人: raised by 3万人.
    expect(change('unemployment_insurance_enrollees')).toMatchObject({ change: 'raised', delta: 3 });
  });

  it('writes the met and plan-over-plan tables as CSV and Excel that read back with both quotes', async () => {
    const { outcomes, documents } = await fixture();
    const tables = outcomeTables(words('zh-CN'), outcomes, documents, [{ regionId: REGION.id, indicator: 'medical_insurance_coverage', otherRegionId: null, text: '差0.4个百分点', tag: 'gap', createdAt: '2026-01-01' }]);
    const csv = parseCsv(tableToCsv(tables.met).replace(/^\uFEFF/, ''));
    expect(csv[0]).toContain('达成情况');
    const medical = csv.find((r) => r.includes('基本医疗保险参保率'))!;
    expect(medical).toContain('未达成');
    expect(medical.some((c) => c.includes('97%'))).toBe(true);
    expect(medical.some((c) => c.includes('96.6%'))).toBe(true);
    expect(medical.some((c) => c.includes('差0.4个百分点'))).toBe(true);
    const bytes = await tablesToXlsx([{ name: '规划对比', table: tables.plan, numeric: isOutcomeNumber, wide: OUTCOME_WIDE }]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const rows = [];
    for (let i = 2; i <= sheet.rowCount; i++) rows.push((sheet.getRow(i).values as unknown[]).slice(1));
    const changeCol = header.indexOf('变化');
    const deltaCol = header.indexOf('变化量');
    const lowered = rows.find((r) => r[changeCol] === '降低')!;
    expect(lowered[header.indexOf('指标')]).toBe('公办幼儿园在园幼儿占比');
    expect(lowered[deltaCol]).toBe(-5);
    expect(rows.some((r) => r[changeCol] === '新增')).toBe(true);
    expect(rows.some((r) => r[changeCol] === '不再设定')).toBe(true);
  });

  it('draws each timeline with its plans cited, and writes the report section in Word and HTML, in Chinese and English', async () => {
    const { outcomes, documents } = await fixture();
    const childcare = timelinesByIndicator(outcomes.timelines).find((g) => g.indicator === 'childcare_places_per_1000')!;
    const svg = renderSvg(timelineChart(words('zh-CN'), outcomes, childcare.timelines, [REGION]));
    expect(svg).toContain('每千人口拥有3岁以下婴幼儿托位数');
    expect(svg).toContain('新乡市“十五五”基本公共服务规划');
    for (const locale of ['zh-CN', 'en'] as const) {
      const section = await buildOutcomesSection(words(locale), outcomes, [REGION], documents, []);
      const html = outcomesReportHtml(section, { title: 'T', lang: locale, generator: 'PlanBench', date: '2026-12-06' });
      const docx = await outcomesReportDocx(section, { title: 'T', generator: 'PlanBench', date: '2026-12-06' });
      const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
      for (const text of [html, xml]) {
        expect(text).toContain(locale === 'en' ? 'Not met' : '未达成');
        expect(text).toContain(locale === 'en' ? 'Met the stretch' : '达到力争值');
        expect(text).toContain(locale === 'en' ? 'Lowered' : '降低');
      }
      expect(html).toContain('<svg');
    }
    // Every telling timeline drawn twice (two languages) with ECharts SSR: a few seconds alone, far more on a shared machine.
  }, 180_000);

  it('goes into the Compare report after its charts, numbered on from them, only when something was reached or two periods meet', async () => {
    const { input } = await fixture();
    const documents = new Map(input.documents.map((d) => [d.id, { id: d.id, fileName: d.fileName, metadata: d.metadata, regionId: d.regionId }]));
    const base = { locale: 'zh-CN', regions: input.regions, documents, benchmarks: input.benchmarks, annotations: [] };
    const t = translator('zh-CN');
    const found = reportOutcomes({ ...base, outcomes: { targets: input.targets, achieved: input.achieved } }, t)!;
    expect(found.charts).toBeGreaterThan(0);
    const progress: number[] = [];
    const section = await found.build(12, undefined, (done) => progress.push(done));
    expect(section.charts).toHaveLength(found.charts);
    expect(progress).toEqual(section.charts.map((_, i) => i + 1));
    const html = outcomesSectionHtml(section);
    // The report's own figures run 1…12; the section's first timeline is figure 13, not a second figure 1.
    expect(html).toContain('图 13 ');
    expect(html).not.toContain('图 1 ');
    expect(html).toContain('成效：目标达成与规划对比');
    expect(html).toContain('未达成');
    // Targets whose year reports nothing are counted below the met table, not listed one by one.
    const noData = (await fixture()).outcomes.met.filter((m) => m.status === 'no-data').length;
    expect(noData).toBeGreaterThan(0);
    expect(html).toContain(`${noData} 个目标在目标年份没有实际值`);
    expect(html).not.toContain('无实际值</td>');
    // One plan of one period and nothing reached: no section, rather than an empty one.
    const plan = input.documents[0]!.id;
    const alone = { targets: input.targets.filter((x) => x.documentId === plan), achieved: [] };
    expect(reportOutcomes({ ...base, outcomes: alone }, t)).toBeNull();
    // Without the rows (an older window) or without regions in view, none either.
    expect(reportOutcomes(base, t)).toBeNull();
    expect(reportOutcomes({ ...base, regions: [], outcomes: { targets: input.targets, achieved: input.achieved } }, t)).toBeNull();
  }, 180_000);

  it('draws only the regions with a target and a value reached, at most eight to a timeline, in numbered parts', async () => {
    const { input } = await fixture();
    // Twenty copies of 新乡 (every row moved to its own region id) and as many regions with targets only.
    const copies = Array.from({ length: 40 }, (_, i) => ({ ...REGION, id: `r${i}`, name: `地区${i}` }));
    const move = <T extends { id: string; regionId: string }>(x: T, i: number): T => ({ ...x, id: `${x.id}#${i}`, regionId: `r${i}` });
    const onlyTargets = (i: number) => i >= 20;
    const documents = new Map(
      copies.flatMap((r, i) => input.documents.map((d) => [`${d.id}#${i}`, { id: `${d.id}#${i}`, fileName: d.fileName, metadata: d.metadata, regionId: r.id }] as const)),
    );
    const targets = copies.flatMap((_, i) => input.targets.map((x) => ({ ...move(x, i), documentId: `${x.documentId}#${i}` })));
    const achieved = copies.flatMap((_, i) => (onlyTargets(i) ? [] : input.achieved.map((x) => ({ ...move(x, i), documentId: `${x.documentId}#${i}` }))));
    const found = reportOutcomes({ locale: 'en', regions: copies, documents, benchmarks: input.benchmarks, annotations: [], outcomes: { targets, achieved } }, translator('en'))!;
    const alone = reportOutcomes({ locale: 'en', regions: [copies[0]!], documents, benchmarks: input.benchmarks, annotations: [], outcomes: { targets, achieved } }, translator('en'))!;
    // 20 regions with values reached → 3 parts of 7, 7 and 6 per indicator; the 20 with targets only are not drawn.
    expect(found.charts).toBe(alone.charts * 3);
    const section = await found.build(0);
    expect(section.charts[0]!.title).toMatch(/\(1\/3\)$/u);
    expect(section.charts[0]!.svg).toContain('地区0');
    expect(section.charts.map((c) => c.svg).join('')).not.toContain('地区20');
  }, 300_000);

  it('says why plan over plan is empty: no two plan periods, or no region with plans of both', async () => {
    const { input } = await fixture();
    const [, plan15, report] = input.documents.map((d) => d.id);
    const other = { ...REGION, id: 'yy', name: '鹤壁市' };
    // The 十四五 plan stays in 新乡, the 十五五 plan moves to 鹤壁: both periods are there, no region has both.
    const apart = <T extends { documentId?: string; id: string; regionId: string }>(x: T): T => ((x.documentId ?? x.id) === plan15 ? { ...x, regionId: other.id } : x);
    const split = buildOutcomes({ ...input, regions: [REGION, other], documents: input.documents.map(apart), targets: input.targets.map(apart), achieved: input.achieved.map(apart) });
    expect(split.periods).not.toBeNull();
    expect(split.changes).toEqual([]);
    const docs = input.documents.map(apart);
    const zh = await buildOutcomesSection(words('zh-CN'), split, [REGION, other], docs, []);
    const plan = zh.tables[1]!;
    expect(plan.title).toBe('规划对比（“十四五” → “十五五”）');
    expect(plan.empty).toBe('没有地区同时有“十四五”和“十五五”两期规划：规划对比是把同一地区的两期规划并列比较。');
    // The annual report alone: no five-year plan, so no pair, and the title names none.
    const mine = <T extends { documentId: string }>(x: T) => x.documentId === report;
    const one = { ...input, documents: input.documents.filter((d) => d.id === report), targets: input.targets.filter(mine), achieved: input.achieved.filter(mine) };
    const single = buildOutcomes(one);
    expect(single.periods).toBeNull();
    const en = await buildOutcomesSection(words('en'), single, [REGION], one.documents, []);
    expect(en.tables[1]!.title).toBe('Plan over plan');
    expect(en.tables[1]!.empty).toBe('No two plan periods to compare.');
  }, 180_000);

  it('keeps documents of no recognised region off the timelines, as the workspace marks them', async () => {
    // outcomes-build.ts may not import the workspace (layers), so it names that region itself: the same id.
    const { input } = await fixture();
    const move = <T extends { regionId: string }>(x: T): T => ({ ...x, regionId: UNKNOWN_REGION_ID });
    const unplaced = buildOutcomes({
      ...input,
      regions: [{ ...REGION, id: UNKNOWN_REGION_ID }],
      documents: input.documents.map(move),
      targets: input.targets.map(move),
      achieved: input.achieved.map(move),
    });
    expect(buildOutcomes(input).timelines.length).toBeGreaterThan(0);
    expect(unplaced.timelines).toEqual([]);
  });
});
