// End to end in Chromium: a rate written per 10,000 beside one per 100,000. 开封 writes its 孕产妇死亡率 target as 1.2/万,
// 洛阳 as 12/10万 and reports 2025's 1.05/万: Compare draws both on one per-100,000 axis saying how 开封's value was converted,
// and Outcomes judges 洛阳's target met by the converted value, in Chinese and English. The plans are written here, not
// fixtures: the CLI's JSON over the fixtures is held byte-identical.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { parseCsv } from '../helpers/csv';
import { type Browser, openBrowser, screenshot, serveDist, type Served, settled, waitForImport } from './harness';

let served: Served;
let browser: Browser;

const PLANS: Record<string, string> = {
  'luoyang-14th-health.txt': [
    '洛阳市“十四五”卫生健康事业发展规划',
    '洛阳市人民政府',
    '2021年12月',
    '第一章 发展基础',
    '“十三五”期间,全市卫生健康事业取得长足进步。2020年,孕产妇死亡率为13.5/10万,婴儿死亡率为3.9‰。',
    '第二章 主要目标',
    '到2025年,孕产妇死亡率控制在12/10万以下,婴儿死亡率控制在4‰以下,人均预期寿命达到79岁。',
  ].join('\n'),
  'luoyang-2025-health-report.txt': [
    '洛阳市2025年卫生健康工作完成情况',
    '洛阳市卫生健康委员会',
    '2026年1月20日',
    '2025年,全市卫生健康各项工作全部完成。截至2025年底,孕产妇死亡率降至1.05/万,婴儿死亡率为3.2‰。',
  ].join('\n'),
  'kaifeng-14th-health.txt': [
    '开封市“十四五”卫生健康事业发展规划',
    '开封市人民政府',
    '2021年11月',
    '第二章 主要目标',
    '到2025年,孕产妇死亡率控制在1.2/万以下,婴儿死亡率控制在0.45%以下,人均预期寿命达到78.5岁。',
  ].join('\n'),
};

before(async () => {
  served = await serveDist();
  browser = await openBrowser();
  await browser.page.setViewportSize({ width: 1280, height: 900 });
});

after(async () => {
  await browser?.close();
  await served?.close();
});

function figure(page: Page, indicator: string): Locator {
  return page.locator(`figure[data-testid="chart-${indicator}"]`);
}

async function showData(page: Page, indicator: string): Promise<void> {
  const toggle = figure(page, indicator).locator('[data-testid="toggle-data"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Compare's health tab, its maternal mortality chart with its data table open. */
async function maternalMortalityTable(page: Page): Promise<Locator> {
  await page.goto(`${served.url}#/compare`);
  await page.locator('[data-testid="tab-health"]').click();
  const chart = figure(page, 'maternal_mortality');
  await chart.waitFor({ timeout: 60_000 });
  await showData(page, 'maternal_mortality');
  return chart;
}

/** Picks an item of Compare's export menu and returns the file it downloads. */
async function exportFromMenu(page: Page, item: string): Promise<Buffer> {
  await page.locator('[data-testid="export-menu"]').click();
  const entry = page.locator(`[data-testid="${item}"]`);
  await entry.waitFor({ state: 'visible' });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), entry.click()]);
  const path = await download.path();
  assert.ok(path, `${item} downloaded a file`);
  return readFileSync(path);
}

/** The named cells of the maternal mortality rows of 开封 and 洛阳, from a table's header row and rows. */
function mortalityRows(rows: unknown[][], names: string[]): Record<string, Record<string, unknown>> {
  const header = (rows[0] ?? []).map((v) => String(v ?? ''));
  const at = (name: string) => header.indexOf(name);
  assert.deepEqual(names.filter((n) => at(n) < 0), [], header.join(','));
  const region = at(names[0] as string);
  const indicator = header.findIndex((h) => h === '指标编号' || h === 'Indicator id');
  return Object.fromEntries(
    rows
      .slice(1)
      .filter((r) => r[indicator] === 'maternal_mortality' && (r[region] === '开封市' || r[region] === '洛阳市'))
      .map((r) => [String(r[region]), Object.fromEntries(names.slice(1).map((n) => [n, r[at(n)] ?? '']))]),
  );
}

test('plans per 10,000 and per 100,000 imported through the Library', async () => {
  const { page } = browser;
  await page.goto(`${served.url}#/library`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-title"]').length >= 5, undefined, { timeout: 90_000 });
  await page.locator('[data-testid="file-input"]').setInputFiles(
    Object.entries(PLANS).map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') })),
  );
  await waitForImport(page, Object.keys(PLANS));
});

test('Compare draws 1.2/万 as 12 on the per-100,000 axis beside 12/10万, and says so', async () => {
  const { page } = browser;
  const chart = await maternalMortalityTable(page);
  const kaifeng = chart.locator('tbody tr[data-region="开封市"]');
  const luoyang = chart.locator('tbody tr[data-region="洛阳市"]');
  assert.equal(await kaifeng.getAttribute('data-value'), '12');
  assert.equal(await luoyang.getAttribute('data-value'), '12');
  assert.equal(((await kaifeng.locator('[data-testid="converted"]').textContent()) ?? '').trim(), '· 原文≤1.2/万,已换算为/10万(×10)');
  assert.equal(await luoyang.locator('[data-testid="converted"]').count(), 0);
  assert.ok(((await chart.locator('figcaption').textContent()) ?? '').includes('/10万'));
  // One chart: no second panel of the indicator in another unit.
  assert.equal(await page.locator('figure[data-testid^="chart-maternal_mortality--"]').count(), 0);
  // The source drawer shows the value as written and as drawn.
  await kaifeng.locator('[data-testid="open-source"]').click();
  const drawer = page.locator('[data-testid="source-drawer"]');
  await drawer.getByText('原文≤1.2/万').or(drawer.getByText('原文1.2/万')).first().waitFor();
  const text = (await drawer.innerText()).replace(/\s+/g, ' ');
  assert.ok(text.includes('12/10万'), text);
  await settled(page);
  await screenshot(page, 'rates-compare-drawer-zh-CN');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
  await chart.scrollIntoViewIfNeeded();
  await settled(page);
  await chart.screenshot({ path: await screenshot(page, 'rates-compare-zh-CN').then((p) => p.replace('.png', '-chart.png')) });
  // The gap view, against 洛阳 (no benchmark of 孕产妇死亡率 is on file), lists 开封's 12/10万 with the value its plan wrote.
  await page.locator('[data-testid="mode-gaps"]').click();
  await page.locator('[data-testid="gap-reference"] .el-select__suffix').click();
  await page.getByRole('option', { name: /洛阳市/ }).click();
  const gap = page.locator('[data-testid="gap-table"] tr[data-indicator="maternal_mortality"][data-region="开封市"]');
  await gap.waitFor();
  assert.equal(((await gap.locator('[data-testid="converted"]').textContent()) ?? '').trim(), '原文≤1.2/万,已换算为/10万(×10)');
  assert.equal(Number(await gap.getAttribute('data-gap')), 0, '12/10万 against 洛阳’s 12/10万');
  await settled(page);
  await screenshot(page, 'rates-gaps-zh-CN');
  await page.locator('[data-testid="mode-charts"]').click();
});

test('the comparison CSV carries 开封’s 1.2/万 as stored and as charted, 12 /10万, saying how; 洛阳’s as written', async () => {
  const { page } = browser;
  const bytes = await exportFromMenu(page, 'export-table-csv');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
  const rows = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)));
  const cells = mortalityRows(rows, ['地区', '目标值', '单位', '对照目标值', '对照单位', '单位换算']);
  assert.deepEqual(cells['开封市'], { 目标值: '1.2', 单位: '/万', 对照目标值: '12', 对照单位: '/10万', 单位换算: '原文≤1.2/万,已换算为/10万(×10)' });
  assert.deepEqual(cells['洛阳市'], { 目标值: '12', 单位: '/10万', 对照目标值: '12', 对照单位: '/10万', 单位换算: '' });
});

test('Outcomes judges 洛阳’s ≤12/10万 met by the 1.05/万 its report gives, converted and saying so', async () => {
  const { page } = browser;
  await page.locator('[data-testid="nav-outcomes"]').click();
  await page.locator('[data-testid="outcomes-tabs"] .el-tabs__item', { hasText: '目标达成' }).click();
  const header = page.locator('[data-testid^="met-sort-region"]', { hasText: '洛阳市' });
  await header.waitFor({ timeout: 30_000 });
  const luoyang = ((await header.getAttribute('data-testid')) ?? '').slice('met-sort-'.length);
  const cell = page.locator(`[data-testid="met-cell-${luoyang}-maternal_mortality-2025"]`).first();
  await cell.waitFor({ timeout: 30_000 });
  assert.equal(await cell.getAttribute('data-status'), 'met');
  await cell.click();
  const drawer = page.locator('[data-testid="outcome-drawer"]');
  await drawer.locator('[data-testid="outcome-source"]').first().waitFor();
  const lines = await drawer.locator('[data-testid="outcome-line"]').allTextContents();
  assert.ok(lines.some((l) => l.includes('/万 → /10万') && l.includes('×10')), lines.join(' / '));
  assert.ok(lines.some((l) => l.includes('1.5')), `the gap is 12 − 10.5 per 100,000: ${lines.join(' / ')}`);
  await settled(page);
  await screenshot(page, 'rates-outcomes-drawer-zh-CN');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
});

test('in English: per 10k converted to per 100k in Compare and Outcomes', async () => {
  const { page } = browser;
  await page.locator('[data-testid="language"]').click();
  await page.getByRole('option', { name: 'English' }).click();
  const cell = page.locator('[data-testid$="-maternal_mortality-2025"][data-status="met"]').first();
  await cell.click();
  const drawer = page.locator('[data-testid="outcome-drawer"]');
  await drawer.locator('[data-testid="outcome-source"]').first().waitFor();
  const lines = await drawer.locator('[data-testid="outcome-line"]').allTextContents();
  assert.ok(lines.some((l) => l.includes('per 10k → per 100k')), lines.join(' / '));
  await settled(page);
  await screenshot(page, 'rates-outcomes-drawer-en');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });

  const chart = await maternalMortalityTable(page);
  const kaifeng = chart.locator('tbody tr[data-region="开封市"]');
  assert.equal(((await kaifeng.locator('[data-testid="converted"]').textContent()) ?? '').trim(), '· written ≤1.2 per 10k, converted to per 100k (×10)');
  await chart.scrollIntoViewIfNeeded();
  await settled(page);
  await chart.screenshot({ path: (await screenshot(page, 'rates-compare-en')).replace('.png', '-chart.png') });
  // The Excel comparison sheet, in English: the compared value a number, the conversion in English.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportFromMenu(page, 'export-table-xlsx')) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  assert.ok(sheet);
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value)));
  const cells = mortalityRows(rows, ['Region', 'Target', 'Unit', 'Target as compared', 'Unit as compared', 'Unit conversion']);
  assert.deepEqual(cells['开封市'], { Target: 1.2, Unit: '/万', 'Target as compared': 12, 'Unit as compared': '/10万', 'Unit conversion': 'written ≤1.2 per 10k, converted to per 100k (×10)' });
  assert.deepEqual(cells['洛阳市'], { Target: 12, Unit: '/10万', 'Target as compared': 12, 'Unit as compared': '/10万', 'Unit conversion': '' });
});
