// End to end in Chromium: 新乡's 十四五 plan (a sample), its 十五五 plan and 2025 report imported through the Library;
// the Outcomes view shows the timeline, the met / not-met status with both quotes and plan over plan, in Chinese
// and English, and its exports (Excel, CSV, SVG, Word) read back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { parseCsv } from '../helpers/csv';
import { type Browser, openBrowser, ROOT, screenshot, serveDist, type Served, waitForImport } from './harness';

let served: Served;
let browser: Browser;

const FIXTURES = ['xinxiang-15th-fyp-public-service.txt', 'xinxiang-2025-livelihood-report.txt'];
// 新乡's region id, read from the met matrix's column header once it shows.
let xinxiang = '';
const cell = (indicator: string, year: number) => `[data-testid="met-cell-${xinxiang}-${indicator}-${year}"]`;
const planRow = (indicator: string) => `[data-testid="plan-row-${xinxiang}-${indicator}"]`;

before(async () => {
  served = await serveDist();
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await served?.close();
});

async function exportFromMenu(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator('[data-testid="outcomes-export-button"]').click();
  const entry = page.locator(`[data-testid="${item}"]`);
  await entry.waitFor({ state: 'visible' });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), entry.click({ timeout: 90_000 })]);
  const path = await download.path();
  assert.ok(path, `${item} downloaded a file`);
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

async function tab(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="outcomes-tabs"] .el-tabs__item', { hasText: name }).click();
}

test('a 十五五 plan and a 2025 report imported beside the 十四五 sample', async () => {
  const { page } = browser;
  await page.goto(`${served.url}#/library`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-title"]').length >= 5, undefined, { timeout: 90_000 });
  // The samples alone: each region has one plan, so plan over plan says why it has no row instead of an empty table.
  await page.locator('[data-testid="nav-outcomes"]').click();
  // The timeline says what its marks are: a value reached is a point, a target a diamond (the legend names only regions).
  const key = page.locator('[data-testid="timeline-key"]');
  // The key lists the marks of the timelines read so far: it gains its target mark when the samples' targets arrive
  // (a fresh clone's CI once read it while only the values reached had).
  await key.locator('[data-mark="target"]').waitFor({ timeout: 60_000 });
  assert.match(await key.innerText(), /图例:.*实际值.*目标值/su);
  // No sample reports a target year's value: Met or not says so, not an empty table of region names.
  await tab(page, '目标达成');
  const none = page.locator('[data-testid="met-empty"]');
  await none.waitFor({ timeout: 30_000 });
  assert.match(await none.innerText(), /没有报告这些目标年份的实际值.*\d+ 个目标无实际值/u);
  await page.locator('[data-testid="met-with-data"]').click();
  await page.locator('[data-testid^="met-cell-"][data-status="no-data"]').first().waitFor();
  assert.equal(await none.count(), 0);
  await page.locator('[data-testid="met-with-data"]').click();
  await tab(page, '规划对比');
  const empty = page.locator('[data-testid="plan-empty"]');
  await empty.waitFor({ timeout: 60_000 });
  assert.match(await empty.innerText(), /^没有地区同时有“十[三四]五”和“十[四五]五”两期规划/u);
  assert.equal(await page.locator('.pb-plan-table').count(), 0);
  await page.locator('[data-testid="nav-library"]').click();
  await page.locator('[data-testid="file-input"]').setInputFiles(
    FIXTURES.map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(ROOT, 'tests', 'fixtures', 'outcomes', name)) })),
  );
  await waitForImport(page, FIXTURES);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-title"]').length === 7, undefined, { timeout: 60_000 });
});

test('the timeline draws an indicator over the years: targets of both plans, values reached, benchmarks', async () => {
  const { page } = browser;
  await page.locator('[data-testid="nav-outcomes"]').click();
  await page.locator('[data-testid="timeline-chart"] canvas').first().waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="timeline-indicator"]').click();
  await page.getByRole('option', { name: '基本医疗保险参保率' }).click();
  await page.locator('[data-testid="timeline-chart"] canvas').first().waitFor();
  await page.waitForTimeout(800);
  await screenshot(page, 'outcomes-timeline-zh-CN');
});

test('met or not: each 2025 target judged by what 2025 reached, both quotes one click away', async () => {
  const { page } = browser;
  await tab(page, '目标达成');
  const header = page.locator('[data-testid^="met-sort-region"]', { hasText: '新乡市' });
  await header.waitFor({ timeout: 30_000 });
  xinxiang = ((await header.getAttribute('data-testid')) ?? '').slice('met-sort-'.length);
  // A region's column keeps a readable width (with 39 regions in view the sweep saw names one character a line).
  const widths = await page.locator('[data-testid="met-matrix"] thead th + th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
  assert.ok(widths.length > 0 && widths.every((w) => w >= 80), widths.join(' '));
  await page.locator(cell('medical_insurance_coverage', 2025)).first().waitFor({ timeout: 30_000 });
  const status = async (indicator: string) => page.locator(cell(indicator, 2025)).first().getAttribute('data-status');
  assert.equal(await status('medical_insurance_coverage'), 'not-met');
  assert.equal(await status('preschool_gross_enrollment'), 'met');
  assert.equal(await status('childcare_places_per_1000'), 'met-stretch');
  assert.equal(await status('work_injury_insurance_enrollees'), 'met');
  // A target nobody reported on is listed only when asked for: neither its row nor, in another row, its entry.
  assert.equal(await page.locator(cell('immunization_rate', 2025)).count(), 0);
  assert.equal(await page.locator('[data-testid^="met-cell-"][data-status="no-data"]').count(), 0);
  await page.locator('[data-testid="met-with-data"]').click();
  assert.equal(await status('immunization_rate'), 'no-data');
  // Targets of one year with one status (a plan's table and its text) show once in a cell, with their count, and open together.
  const entries = await page
    .locator('[data-testid^="met-cell-"]')
    .evaluateAll((els) => els.map((e) => ({ key: `${e.getAttribute('data-testid')}|${e.getAttribute('data-status')}`, count: Number(e.getAttribute('data-count')) })));
  assert.equal(new Set(entries.map((e) => e.key)).size, entries.length, entries.map((e) => e.key).join(' '));
  const grouped = entries.find((e) => e.count > 1);
  assert.ok(grouped, 'some cell holds two targets of one year');
  const [groupedId, groupedStatus] = grouped.key.split('|');
  const groupedCell = page.locator(`[data-testid="${groupedId}"][data-status="${groupedStatus}"]`);
  assert.match((await groupedCell.textContent()) ?? '', new RegExp(`×${grouped.count}`));
  await groupedCell.click();
  const groupedDrawer = page.locator('[data-testid="outcome-drawer"]');
  await groupedDrawer.locator('[data-testid="outcome-source"]').first().waitFor();
  assert.ok((await groupedDrawer.locator('[data-testid="outcome-source"]').count()) >= grouped.count, 'every target of the entry is quoted');
  await page.keyboard.press('Escape');
  await groupedDrawer.waitFor({ state: 'hidden' });
  await page.locator('[data-testid="met-with-data"]').click();
  await page.locator(cell('medical_insurance_coverage', 2025)).first().click();
  const drawer = page.locator('[data-testid="outcome-drawer"]');
  await drawer.locator('[data-testid="outcome-source"]').first().waitFor();
  const quotes = await drawer.locator('[data-testid="outcome-quote"]').allTextContents();
  assert.ok(quotes.some((q) => q.includes('97%')), quotes.join(' / '));
  assert.ok(quotes.filter((q) => q.includes('96.6%')).length >= 2, `the plan's and the report's 96.6%: ${quotes.join(' / ')}`);
  await screenshot(page, 'outcomes-met-drawer-zh-CN');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
  await screenshot(page, 'outcomes-met-zh-CN');
});

test('plan over plan: raised, lowered, unchanged, new and dropped between 十四五 and 十五五', async () => {
  const { page } = browser;
  await tab(page, '规划对比');
  await page.locator(planRow('public_kindergarten_share')).first().waitFor();
  const change = async (indicator: string) => page.locator(planRow(indicator)).first().getAttribute('data-change');
  assert.equal(await change('public_kindergarten_share'), 'lowered');
  assert.equal(await change('preschool_gross_enrollment'), 'raised');
  assert.equal(await change('medical_insurance_coverage'), 'unchanged');
  assert.equal(await change('physicians_per_1000'), 'new');
  assert.equal(await change('inclusive_kindergarten_coverage'), 'dropped');
  assert.equal(await change('unemployment_insurance_enrollees'), 'raised');
  // The change says in what: a share's in percentage points, a count in its unit (the sweep saw bare numbers).
  assert.match((await page.locator(`${planRow('public_kindergarten_share')} [data-testid="plan-delta"]`).first().textContent()) ?? '', /^\s*−?-?[\d.]+个百分点\s*$/u);
  assert.match((await page.locator(`${planRow('unemployment_insurance_enrollees')} [data-testid="plan-delta"]`).first().textContent()) ?? '', /^\s*\+[\d.]+ \S*人\s*$/u);
  await screenshot(page, 'outcomes-plan-zh-CN');
});

test('the exports carry the status, the change and both quotes', async () => {
  const { page } = browser;
  const met = await exportFromMenu(page, 'export-met-xlsx');
  assert.match(met.name, /outcomes-met\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(met.bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const rows: unknown[][] = [];
  for (let i = 2; i <= sheet.rowCount; i++) rows.push((sheet.getRow(i).values as unknown[]).slice(1));
  const medical = rows.find((r) => r[header.indexOf('地区')] === '新乡市' && r[header.indexOf('指标')] === '基本医疗保险参保率' && r[header.indexOf('目标年份')] === 2025);
  assert.ok(medical, 'the medical insurance row');
  assert.equal(medical[header.indexOf('达成情况')], '未达成');
  assert.equal(medical[header.indexOf('实际值')], 96.6);
  assert.match(String(medical[header.indexOf('实际值原文')]), /96\.6%/);

  const plan = await exportFromMenu(page, 'export-plan-csv');
  const csv = parseCsv(plan.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  const lowered = csv.find((r) => r.includes('新乡市') && r.includes('公办幼儿园在园幼儿占比'));
  assert.ok(lowered?.includes('降低'), lowered?.join(','));

  await tab(page, '时间线');
  const svg = (await exportFromMenu(page, 'export-timeline-svg')).bytes.toString('utf8');
  // The footnote wraps at the chart's width, anywhere in a run of hanzi: its lines are read as one text.
  const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/gu)].map((m) => m[1]).join('');
  for (const text of ['基本医疗保险参保率', '新乡市“十五五”基本公共服务规划', '新乡市人民政府办公室']) assert.ok(words.includes(text), `the SVG names ${text}`);

  const docx = await exportFromMenu(page, 'export-report-docx');
  const xml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string');
  for (const text of ['未达成', '达到力争值', '降低', '基本医疗保险参保率']) assert.ok(xml.includes(text), `the report has ${text}`);
});

test('in English', async () => {
  const { page } = browser;
  await page.locator('[data-testid="language"]').click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByText('Plan over plan').waitFor();
  await screenshot(page, 'outcomes-timeline-en');
  await tab(page, 'Met or not');
  await page.locator(cell('medical_insurance_coverage', 2025)).first().waitFor();
  assert.match((await page.locator(cell('medical_insurance_coverage', 2025)).first().textContent()) ?? '', /Not met/);
  assert.match((await page.locator(cell('childcare_places_per_1000', 2025)).first().textContent()) ?? '', /Met the stretch/);
  await screenshot(page, 'outcomes-met-en');
  await tab(page, 'Plan over plan');
  assert.match((await page.locator(planRow('public_kindergarten_share')).first().textContent()) ?? '', /Lowered/);
  assert.match((await page.locator(`${planRow('public_kindergarten_share')} [data-testid="plan-delta"]`).first().textContent()) ?? '', /\d pp\s*$/u);
  // “Add note” on one line (the sweep saw it wrap in English).
  const note = page.locator(`${planRow('public_kindergarten_share')} [data-testid^="plan-note-"]`).first();
  assert.match((await note.textContent()) ?? '', /Add note/);
  const lineHeight = await note.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight) || parseFloat(getComputedStyle(e).fontSize) * 1.5);
  assert.ok(((await note.boundingBox())?.height ?? 0) < lineHeight * 1.6, 'Add note is one line');
  await screenshot(page, 'outcomes-plan-en');
});
