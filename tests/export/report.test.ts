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
import { buildReport } from '../../src/export/report-model';
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
  it('writes a DOCX with a title page, a section per domain, charts, tables, notes and citations', async () => {
    const { f, report: r } = await report();
    const zip = await JSZip.loadAsync(await reportToDocx(r));
    const xml = await zip.file('word/document.xml')?.async('string');
    if (!xml) throw new Error('no document.xml');
    expect(xml).toContain('地区公共服务规划目标对照报告');
    expect(xml).toContain('作者:张研究员');
    for (const domain of r.domains) expect(xml).toContain(`<w:t xml:space="preserve">${domain.name}</w:t>`);
    expect(r.domains.map((d) => d.name)).toContain('幼有所育');
    const charts = r.domains.reduce((n, d) => n + d.charts.length, 0);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(charts);
    expect((xml.match(/<w:drawing>/g) ?? []).length).toBe(r.domains.reduce((n, d) => n + d.charts.filter((c) => c.svg !== null).length, 0));
    const media = Object.keys(zip.files).filter((p) => p.startsWith('word/media/'));
    expect(media.some((p) => p.endsWith('.svg'))).toBe(true);
    expect(xml).toContain('[待核实] 口径与全国不同');
    for (const doc of f.documents.values()) expect(xml).toContain(`《${doc.metadata.plan_title}》(${doc.metadata.issuer},${doc.metadata.issued})`);
    expect(xml).toContain(f.first.effective.record.quote.replace(/"/g, '&quot;').split('\n')[0]);
  });

  it('writes one self-contained HTML file with inline SVG charts and a print stylesheet', async () => {
    const { report: r } = await report();
    const html = reportToHtml(r);
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect((html.match(/<svg/g) ?? []).length).toBe(r.domains.reduce((n, d) => n + d.charts.filter((c) => c.svg !== null).length, 0));
    expect(html).toContain('@media print');
    expect(html).toContain('数字出处');
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
    expect(xml).toContain('雄安新区');
    expect(xml).toContain('资料来源');
  }, 60_000);
});
