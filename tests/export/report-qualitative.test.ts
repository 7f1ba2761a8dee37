import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { documentIdOf } from '../../src/core/compare/compare';
import { comparison, input, LIZHOU, REGIONS, XINXIANG } from '../../src/core/compare/compare.fixtures';
import type { DocumentMetadata } from '../../src/core/types';
import { reportToDocx } from '../../src/export/docx-report';
import { reportToHtml } from '../../src/export/html-report';
import { Paragraph, TextRun } from 'docx';
import { buildReport, reportContents, reportFigures, type ReportSectionBuilder } from '../../src/export/report-model';
import { translator } from './fixture';

const META: DocumentMetadata = { region: null, plan_title: '某市“十四五”公共服务规划', issuer: '某市人民政府', issued: '2022-01-01', period: { start: 2021, end: 2025 }, kind: 'five_year_plan', doc_number: null };

async function report(sections: ReportSectionBuilder[] = []) {
  const rows = [
    input(XINXIANG, { indicator: 'orphan_protection_coverage', name: '孤儿基本生活保障', unit: '%', target: { value: null, year: 2025, op: null, text: '应保尽保' } }),
    input(LIZHOU, { target: { value: 4.5, year: 2025, op: '=' } }),
  ];
  const { effective } = comparison(rows);
  const documents = new Map(effective.map((e) => [documentIdOf(e.effective.id), { id: documentIdOf(e.effective.id), fileName: 'plan.txt', metadata: META, regionId: e.regionId }]));
  return buildReport({ t: translator(), locale: 'zh-CN', regions: REGIONS, effective, benchmarks: [], documents, annotations: [], date: '2025-06-01', version: '0.1.0', sections });
}

describe('a report with a qualitative target', () => {
  it('writes 应保尽保 as a row of the table of targets in words, with no empty chart', async () => {
    const r = await report();
    const figures = reportFigures(r);
    expect(figures.map((f) => f.id)).toEqual(['chart-childcare_places_per_1000']);
    const words = r.sections.flatMap((s) => s.blocks).findIndex((b) => b.type === 'heading' && b.text === '定性目标');
    const table = r.sections.flatMap((s) => s.blocks)[words + 1];
    expect(table?.type === 'table' && table.rows.some((row) => row.includes('应保尽保') && row.includes('新乡市'))).toBe(true);

    const html = reportToHtml(r);
    expect((html.match(/<svg/g) ?? []).length).toBe(1);
    expect(html).toContain('应保尽保');
    const xml = await (await JSZip.loadAsync(await reportToDocx(r))).file('word/document.xml')?.async('string');
    expect((xml?.match(/<w:drawing>/g) ?? []).length).toBe(1);
    expect(xml).toContain('应保尽保');
  });
});

describe('an extra section', () => {
  it('is placed after the domains and before the references, listed in the contents, and may cite plans and lay itself out', async () => {
    const outcomes: ReportSectionBuilder = (ctx) => [
      {
        id: 'outcomes',
        title: '规划成效',
        blocks: [
          { type: 'heading', level: 2, text: '达标情况', anchor: 'outcomes-met' },
          { type: 'paragraph', text: `依据 ${ctx.citePlans(ctx.panels.flatMap((p) => p.rows))}` },
          { type: 'rendered', docx: () => [new Paragraph({ children: [new TextRun('自绘表格')] })], html: () => '<p>自绘表格</p>' },
        ],
      },
    ];
    const r = await report([outcomes]);
    const ids = r.sections.map((s) => s.id);
    expect(ids.indexOf('outcomes')).toBeGreaterThan(ids.indexOf('domain-childcare'));
    expect(ids.at(-1)).toBe('references');
    expect(reportContents(r).map((e) => e.text)).toEqual(expect.arrayContaining(['规划成效', '达标情况']));
    const html = reportToHtml(r);
    expect(html).toContain('<p>自绘表格</p>');
    expect(html).toContain('依据 [1, 2]');
    const xml = await (await JSZip.loadAsync(await reportToDocx(r))).file('word/document.xml')?.async('string');
    expect(xml).toContain('自绘表格');
    expect(xml).toContain('规划成效');
  });
});

describe('a report with a rate written at two scales', () => {
  it('writes the converted value in the chart’s table with the value as the plan wrote it', async () => {
    const mm = { indicator: 'maternal_mortality', domain: 'health' as const, name: '孕产妇死亡率' };
    const rows = [
      input(XINXIANG, { ...mm, unit: '/万', target: { value: 1.05, year: 2025, op: '<=' } }),
      input(LIZHOU, { ...mm, unit: '/10万', target: { value: 9, year: 2025, op: '<=' } }),
    ];
    const { effective } = comparison(rows);
    const documents = new Map(effective.map((e) => [documentIdOf(e.effective.id), { id: documentIdOf(e.effective.id), fileName: 'plan.txt', metadata: META, regionId: e.regionId }]));
    const r = await buildReport({ t: translator(), locale: 'zh-CN', regions: REGIONS, effective, benchmarks: [], documents, annotations: [], date: '2025-06-01', version: '0.1.0' });
    const cells = r.sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'table' ? b.rows : []));
    expect(cells.find((row) => row[0] === '新乡市')?.[1]).toBe('≤10.5 /10万 (原文≤1.05/万,已换算为/10万(×10))');
    expect(cells.find((row) => row[0] === '广元市利州区')?.[1]).toBe('≤9 /10万');
    // The Word file says it too: the value in the chart's unit, the unit, and the value as the plan wrote it.
    const xml = await (await JSZip.loadAsync(await reportToDocx(r))).file('word/document.xml')?.async('string');
    const text = (xml ?? '').replace(/<[^>]+>/g, '');
    expect(text).toContain('≤10.5 /10万 (原文≤1.05/万,已换算为/10万(×10))');
    expect(text).toContain('孕产妇死亡率(/10万)');
  });
});
