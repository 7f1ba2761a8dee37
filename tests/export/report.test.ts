import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPanels } from '../../src/core/compare/compare';
import { chartTitle, exportChart, footnoteText, renderSvg } from '../../src/export/chart-export';
import { reportToDocx } from '../../src/export/docx-report';
import { reportToHtml } from '../../src/export/html-report';
import { pngSize, whitePixelPng } from '../../src/export/png-bytes';
import { buildReport, reportContents, reportFigures } from '../../src/export/report-model';
import { chartTextOf } from '../../src/export/text';
import { ROOT, seedFixture, translator } from './fixture';

async function report() {
  const f = await seedFixture();
  return { f, report: await buildReport({ t: translator(), locale: 'zh-CN', ...f, date: '2025-06-01', author: '张研究员', version: '0.1.0' }) };
}

describe('chart export', () => {
  it('renders SVG whose Chinese labels, title, years and footnote stay text', async () => {
    const f = await seedFixture();
    const t = translator();
    const documents = new Map([...f.documents].map(([id, d]) => [id, { id, title: d.metadata.plan_title, fileName: d.fileName }]));
    const panel = buildPanels({ effective: f.effective, regions: f.regions, benchmarks: f.benchmarks, documents, domain: 'all' }).find((p) => p.indicator === 'childcare_places_per_1000');
    if (!panel) throw new Error('no childcare panel');
    const metadata = new Map([...f.documents].map(([id, d]) => [id, d.metadata]));
    const chart = exportChart(panel, panel.rows, chartTextOf(t), chartTitle(t, panel.name, panel.unit), footnoteText(t, panel, panel.rows, metadata));
    const svg = renderSvg(chart);
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain(`width="${chart.width}"`);
    for (const text of ['每千人口拥有3岁以下婴幼儿托位数(个)', '新乡市', '广元市利州区', '2025年', '目标值', '资料来源', '新乡市人民政府', '基准来源']) expect(svg).toContain(text);
    expect(svg).not.toContain('<image');
  });

  it('reads the size a PNG header states', () => {
    expect(pngSize(whitePixelPng())).toEqual({ width: 1, height: 1 });
    expect(pngSize(new Uint8Array(30))).toBeNull();
  });
});

describe('report', () => {
  it('writes a DOCX with a title page, linked contents, a summary per domain, charts, tables and numbered references', async () => {
    const { f, report: r } = await report();
    const zip = await JSZip.loadAsync(await reportToDocx(r));
    const xml = await zip.file('word/document.xml')?.async('string');
    if (!xml) throw new Error('no document.xml');
    expect(xml).toContain('地区公共服务规划目标对照报告');
    expect(xml).toContain('作者:张研究员');
    // Contents: one link per section and second-level heading, each to a bookmark the document holds.
    expect(xml).toContain('>目录<');
    const links = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    const marks = new Set([...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]));
    expect(links.length).toBe(reportContents(r).length);
    for (const link of links) expect(marks.has(link), link).toBe(true);
    const domains = r.sections.filter((s) => s.id.startsWith('domain-'));
    expect(domains.map((d) => d.title)).toContain('幼有所育');
    for (const domain of domains) expect(xml).toContain(`<w:t xml:space="preserve">${domain.title}</w:t>`);
    // The summary heading of each domain, and its entry in the contents.
    expect((xml.match(/>概要</g) ?? []).length).toBe(2 * domains.length);
    // Every figure is an image that carries data; no figure without one.
    const figures = reportFigures(r);
    expect(figures.length).toBeGreaterThan(0);
    expect((xml.match(/<w:drawing>/g) ?? []).length).toBe(figures.length);
    expect(Object.keys(zip.files).some((p) => p.startsWith('word/media/') && p.endsWith('.svg'))).toBe(true);
    expect(xml).toContain('[待核实] 口径与全国不同');
    // The plans as GB/T 7714 references, numbered as the tables cite them.
    for (const doc of f.documents.values()) {
      const m = doc.metadata;
      expect(xml).toContain(`${m.issuer}. ${m.plan_title}${m.doc_number ? `: ${m.doc_number}` : ''}[A]. (${m.issued}). 文件: ${doc.fileName}.`);
    }
    expect(xml).toMatch(/>\[1\]\t/);
    expect(xml).toContain('>[1]<');
    expect(xml).toContain(f.first.effective.record.quote.replace(/"/g, '&quot;').split('\n')[0]);
  });

  it('writes one self-contained HTML file with linked contents, inline SVG charts and a print stylesheet', async () => {
    const { report: r } = await report();
    const html = reportToHtml(r);
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect((html.match(/<svg/g) ?? []).length).toBe(reportFigures(r).length);
    expect(html).toContain('@media print');
    expect(html).toContain('数字出处');
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const hrefs = [...html.matchAll(/<nav class="contents">[\s\S]*?<\/nav>/g)].flatMap((m) => [...m[0].matchAll(/href="#([^"]+)"/g)].map((h) => h[1]));
    expect(hrefs.length).toBe(reportContents(r).length);
    for (const href of hrefs) expect(ids.has(href), href).toBe(true);
    expect(html).toMatch(/<li id="ref-1">\[1\] /);
  });

  it('is in English with English units, and the same structure', async () => {
    const f = await seedFixture();
    const r = await buildReport({ t: translator('en'), locale: 'en', ...f, date: '2025-06-01', version: '0.1.0' });
    const html = reportToHtml(r);
    expect(html).toContain('>Contents<');
    expect(html).toContain('>Summary<');
    expect(html).toContain('>References<');
    expect(html).toMatch(/File: xinxiang[^<]*\.txt\./);
    const figures = reportFigures(r);
    expect(figures.some((f) => /\(units\)|\(places\)|\(persons\)/.test(f.title)), figures.map((f) => f.title).join('|')).toBe(true);
    expect(figures.map((f) => f.title).join('')).not.toMatch(/[个张]\)/);
  });

  it('builds from the seeds with the CLI, with no UI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planbench-report-'));
    const out = join(dir, 'r.docx');
    const seeds = ['xinxiang-14th-fyp-public-service-social-security.txt', 'xiongan-2025-public-service-roadmap-news.txt'].map((s) => join(ROOT, 'seeds', s));
    const { stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', '--out', out, '--date', '2025-06-01', ...seeds], { cwd: ROOT });
    expect(stderr).toContain('2 regions');
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('新乡市“十四五”公共服务和社会保障规划');
    expect(xml).toContain('>目录<');
    expect(xml).toContain('雄安新区');
    expect(xml).toContain('参考文献');
    // The plans' figures reached beside their targets, as in the workbench's report: the outcomes section after the domains.
    expect(xml).toContain('成效：目标达成与规划对比');
    expect(xml.indexOf('成效：目标达成与规划对比')).toBeGreaterThan(xml.indexOf('雄安新区'));
  // A guard against a hang, not a speed target: rasterising the charts took 646 s on two cores shared by seven engineers.
  }, 900_000);
});
