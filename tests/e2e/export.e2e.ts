// End to end in Chromium: Compare's export menu on the sample plans — a chart as PNG at 2× (size and ink checked) and as
// SVG (Chinese labels and the footnote as text), the comparison table as CSV and Excel, and the report as DOCX.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { pngSize } from '../../src/export/png-bytes';
import { parseCsv } from '../helpers/csv';
import { ARTIFACTS, type Browser, openBrowser, serveDist, type Served } from './harness';

let served: Served;
let browser: Browser;

const CHART = 'chart-childcare_places_per_1000';
const PLAN = '新乡市“十四五”公共服务和社会保障规划';

before(async () => {
  served = await serveDist();
  browser = await openBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await served?.close();
});

/** Picks an item of the toolbar's export menu and returns the file it downloads. */
async function exportFromMenu(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator('[data-testid="export-menu"]').click();
  const entry = page.locator(`[data-testid="${item}"]`);
  await entry.waitFor({ state: 'visible' });
  // A report is built in a worker (its progress dialog shows meanwhile); on a loaded machine that can take longer than
  // Playwright's default 30 s, so the click waits as long as the download.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), entry.click({ timeout: 60_000 })]);
  const path = await download.path();
  assert.ok(path, `${item} downloaded a file`);
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Share of pixels that are not white, drawn in the page from the PNG bytes. */
async function inkShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 240 || (data[i + 1] ?? 255) < 240 || (data[i + 2] ?? 255) < 240) ink++;
    return ink / (data.length / 4);
  }, png.toString('base64'));
}

let svgSize: { width: number; height: number } | null = null;

test('the childcare chart exports as SVG with its Chinese labels and the plans in the footnote', async () => {
  const { page } = browser;
  await page.goto(`${served.url}#/compare`);
  await page.waitForFunction(
    (id) => document.querySelector(`figure[data-testid="${id}"] tbody tr[data-region="新乡市"]`)?.getAttribute('data-value') === '4.5',
    CHART,
    { timeout: 60_000 },
  );
  // The current chart is the one last touched.
  await page.locator(`figure[data-testid="${CHART}"] figcaption`).click();
  const { name, bytes } = await exportFromMenu(page, 'export-chart-svg');
  assert.equal(name, `${CHART}.svg`);
  const svg = bytes.toString('utf8');
  assert.ok(svg.startsWith('<?xml'), svg.slice(0, 80));
  for (const text of ['每千人口', '新乡市', '广元市利州区', '资料来源', '十四五']) assert.ok(svg.includes(text), `the SVG has ${text}`);
  const width = /<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1];
  const height = /<svg[^>]*\sheight="(\d+)"/.exec(svg)?.[1];
  assert.ok(width && height, 'the SVG states its size');
  svgSize = { width: Number(width), height: Number(height) };
  assert.equal(svgSize.width, 760, 'charts export 760 CSS pixels wide');
  writeFileSync(join(ARTIFACTS, 'export-chart.svg'), bytes);
});

test('the same chart exports as PNG at 2×: twice the CSS size, on white, with ink', async () => {
  const { page } = browser;
  assert.ok(svgSize, 'the SVG test ran first');
  await page.locator(`figure[data-testid="${CHART}"] figcaption`).click();
  const { name, bytes } = await exportFromMenu(page, 'export-chart-png-2');
  assert.equal(name, `${CHART}@2x.png`);
  writeFileSync(join(ARTIFACTS, 'export-chart@2x.png'), bytes);
  assert.deepEqual(pngSize(new Uint8Array(bytes)), { width: svgSize.width * 2, height: svgSize.height * 2 });
  const ink = await inkShare(page, bytes);
  assert.ok(ink > 0.02 && ink < 0.6, `the image is drawn, not blank (ink ${ink.toFixed(3)})`);
});

test('the figure has its own export menu', async () => {
  const { page } = browser;
  const figure = page.locator(`figure[data-testid="${CHART}"]`);
  await figure.locator('[data-testid="figure-export"]').click();
  const item = page.locator('[data-testid="figure-export-png-1"]:visible');
  await item.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const path = await download.path();
  assert.ok(path);
  assert.ok(svgSize);
  assert.deepEqual(pngSize(new Uint8Array(readFileSync(path))), svgSize);
});

test('the comparison table exports as CSV with a BOM and 新乡市 at 4.5', async () => {
  const { page } = browser;
  const { name, bytes } = await exportFromMenu(page, 'export-table-csv');
  assert.ok(name.endsWith('-comparison.csv'), name);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  const header = rows[0] ?? [];
  const region = header.indexOf('地区');
  const indicator = header.indexOf('指标编号');
  const target = header.indexOf('目标值');
  assert.ok(region >= 0 && indicator >= 0 && target >= 0, header.join(','));
  const row = rows.find((r) => r[region] === '新乡市' && r[indicator] === 'childcare_places_per_1000');
  assert.ok(row, 'a row for 新乡市 childcare places');
  assert.equal(row[target], '4.5');
  assert.ok(rows.some((r) => r[region] === '广元市利州区'));
  // Safe to open: no cell starts a formula; a cell starting with "-" is a number, and an exact target's "=" is text.
  const cells = rows.flat();
  assert.deepEqual(cells.filter((c) => /^[=+@\t\r]/u.test(c) || (c.startsWith('-') && !/^-\d+(\.\d+)?$/u.test(c))), []);
  assert.ok(cells.includes("'="), 'the operator of an exact target is written as text');
});

test('the comparison table exports as Excel with the comparison and review sheets', async () => {
  const { page } = browser;
  const { name, bytes } = await exportFromMenu(page, 'export-table-xlsx');
  assert.ok(name.endsWith('.xlsx'), name);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('对照表');
  assert.ok(sheet, 'the comparison sheet');
  assert.ok(workbook.getWorksheet('核对表'), 'the review sheet');
  const header = (sheet.getRow(1).values as unknown[]).map((v) => (v == null ? '' : String(v)));
  const region = header.indexOf('地区');
  const indicator = header.indexOf('指标编号');
  const target = header.indexOf('目标值');
  let found: unknown = null;
  sheet.eachRow((row) => {
    if (row.getCell(region).value === '新乡市' && row.getCell(indicator).value === 'childcare_places_per_1000') found = row.getCell(target).value;
  });
  assert.equal(found, 4.5, 'the number stays a number');
});

test('the report exports as DOCX with the domains, tables, chart images and the plans cited', async () => {
  const { page } = browser;
  const { name, bytes } = await exportFromMenu(page, 'export-report-docx');
  assert.ok(name.endsWith('-report.docx'), name);
  writeFileSync(join(ARTIFACTS, 'export-report.docx'), bytes);
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  assert.ok(xml, 'document.xml');
  const text = xml.replace(/<[^>]+>/g, '');
  for (const heading of ['幼有所育', '老有所养']) assert.ok(text.includes(heading), `the ${heading} section`);
  assert.ok((xml.match(/<w:tbl>/g) ?? []).length >= 2, 'tables');
  assert.ok(xml.includes('<w:drawing>') || xml.includes('<pic:pic'), 'images');
  const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
  assert.ok(media.some((f) => f.endsWith('.png')), `PNG charts: ${media.join(', ')}`);
  assert.ok(text.includes(PLAN), 'the plan is cited');
  assert.ok(text.includes('4.5'));
  // What the samples report as reached, beside their targets, after the domains: the Outcomes view's section.
  const outcomes = text.indexOf('成效：目标达成与规划对比');
  assert.ok(outcomes > text.indexOf('老有所养'), 'the outcomes section follows the domains');
  assert.ok(text.slice(outcomes).includes('目标是否达成'), 'with its met / not-met table');
});

test('Review exports its table as CSV, rejected and all', async () => {
  const { page } = browser;
  await page.goto(`${served.url}#/review`);
  const button = page.locator('[data-testid="review-export"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid="review-export"]')?.closest('.is-disabled, [disabled]'), null, { timeout: 30_000 });
  await button.click();
  const item = page.locator('[data-testid="review-export-csv"]');
  await item.waitFor({ state: 'visible' });
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const path = await download.path();
  assert.ok(path);
  const rows = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  const header = rows[0] ?? [];
  assert.ok(header.includes('核对状态') && header.includes('重新抽取后未找到'), header.join(','));
  assert.ok(rows.some((r) => r.includes('新乡市') && r.includes('childcare_places_per_1000')));
});

test('copying the chart puts a PNG of it on the clipboard', async () => {
  const { page, context } = browser;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin });
  await page.locator('[data-testid="nav-compare"]').click();
  await page.locator(`figure[data-testid="${CHART}"] figcaption`).click();
  await page.locator('[data-testid="export-menu"]').click();
  const entry = page.locator('[data-testid="export-chart-copy"]');
  await entry.waitFor({ state: 'visible' });
  await entry.click();
  // The copy is asynchronous: poll the clipboard until the image is there.
  const readPng = `(async () => {
      const items = await navigator.clipboard.read().catch(() => []);
      const item = items.find((i) => i.types.includes('image/png'));
      if (!item) return null;
      const bytes = new Uint8Array(await (await item.getType('image/png')).arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    })()`;
  // Polled once a frame until the image is there (or 30 s have passed): a state, not a fixed wait.
  let b64: string | null = null;
  for (const end = Date.now() + 30_000; !b64 && Date.now() < end; ) {
    b64 = (await page.evaluate(readPng)) as string | null;
    if (!b64) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  assert.ok(b64, 'an image reached the clipboard');
  const png = Buffer.from(b64, 'base64');
  const size = pngSize(new Uint8Array(png));
  assert.ok(size && size.width > 200 && size.height > 100, `a chart-sized PNG is on the clipboard: ${JSON.stringify(size)}`);
});

test('the report exports as one self-contained HTML file and prints alone as PDF', async () => {
  const { page } = browser;
  await page.locator('[data-testid="nav-compare"]').click();
  const { bytes } = await exportFromMenu(page, 'export-report-html');
  const html = bytes.toString('utf8');
  assert.ok(html.includes('<svg'), 'charts are inline SVG');
  assert.ok(html.includes('@media print'), 'it has a print stylesheet');
  assert.ok(!/<script\b/i.test(html), 'no scripts');
  assert.ok(html.includes('新乡市“十四五”公共服务和社会保障规划'), 'the plans are cited');
  assert.ok(html.includes('data-section="outcomes"'), 'the outcomes section, timelines as SVG');
  // The web prints through the browser's dialog: record what is on the page when it opens.
  await page.evaluate(`window.print = () => { window.__printed = document.querySelector('.pb-print-host')?.textContent?.length ?? 0; }`);
  await page.locator('[data-testid="export-menu"]').click();
  const entry = page.locator('[data-testid="export-report-pdf"]');
  await entry.waitFor({ state: 'visible' });
  await entry.click();
  // Predicates as functions, not strings: the page's CSP forbids the eval a string predicate needs.
  const printed = await page.waitForFunction(() => (window as unknown as { __printed?: number }).__printed, undefined, { timeout: 180_000 });
  assert.ok(Number(await printed.jsonValue()) > 1000, 'the report was on the page, alone for print, when the dialog opened');
  await page.waitForFunction(() => !document.querySelector('.pb-print-host'), undefined, { timeout: 10_000 });
});
