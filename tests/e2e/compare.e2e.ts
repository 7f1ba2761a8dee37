// End to end in Chromium: Compare on the sample plans — targets per region through the charts' data tables, benchmark lines with
// their sources, the source drawer, notes that survive a reload and show in chart and matrix, the gap view, and English labels.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS, type Browser, openBrowser, serveDist, type Served, settled } from './harness';

let served: Served;
let browser: Browser;

before(async () => {
  served = await serveDist();
  browser = await openBrowser();
  // The smallest window Compare is designed for.
  await browser.page.setViewportSize({ width: 1280, height: 720 });
});

after(async () => {
  await browser?.close();
  await served?.close();
});

/** What the user sees at 1280×720, after the charts in view have drawn. */
async function viewShot(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

function figure(page: Page, indicator: string): Locator {
  return page.locator(`figure[data-testid="chart-${indicator}"]`);
}

function regionRow(page: Page, indicator: string, region: string): Locator {
  return figure(page, indicator).locator(`tbody tr[data-region="${region}"]`);
}

async function rowData(page: Page, indicator: string, region: string): Promise<{ value: string | null; label: string; year: string }> {
  const row = regionRow(page, indicator, region);
  return {
    value: await row.getAttribute('data-value'),
    label: ((await row.locator('[data-testid="label"]').textContent()) ?? '').trim(),
    year: ((await row.locator('td').nth(1).textContent()) ?? '').trim(),
  };
}

/** Waits until the indicator's table has a row with this value for the region (the first launch imports as we watch). */
async function waitForValue(page: Page, indicator: string, region: string, value: string): Promise<void> {
  await page.waitForFunction(
    ([id, name, v]) => document.querySelector(`figure[data-testid="chart-${id}"] tbody tr[data-region="${name}"]`)?.getAttribute('data-value') === v,
    [indicator, region, value] as const,
    { timeout: 60_000 },
  );
}

async function openTab(page: Page, domain: string): Promise<void> {
  await page.locator(`[data-testid="tab-${domain}"]`).click();
}

async function openMode(page: Page, mode: 'charts' | 'matrix' | 'gaps' | 'notes'): Promise<void> {
  await page.locator(`[data-testid="mode-${mode}"]`).click();
}

async function showData(page: Page, indicator: string): Promise<void> {
  const toggle = figure(page, indicator).locator('[data-testid="toggle-data"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

test('the first run compares the three sample regions on childcare places per 1,000', async () => {
  const { page } = browser;
  await page.goto(`${served.url}#/compare`);
  await waitForValue(page, 'childcare_places_per_1000', '新乡市', '4.5');
  await waitForValue(page, 'childcare_places_per_1000', '广元市利州区', '5');
  const regions = await figure(page, 'childcare_places_per_1000').locator('tbody tr[data-region]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-region')));
  assert.deepEqual([...regions].sort(), ['广元市利州区', '新乡市', '雄安新区']);

  const xinxiang = await rowData(page, 'childcare_places_per_1000', '新乡市');
  assert.equal(xinxiang.label, '4.5→4.9');
  assert.equal(xinxiang.year, '2025');
  const lizhou = await rowData(page, 'childcare_places_per_1000', '广元市利州区');
  assert.equal(Number(lizhou.value), 5);
  assert.ok(lizhou.label.startsWith('5'), lizhou.label);
  const xiongan = await rowData(page, 'childcare_places_per_1000', '雄安新区');
  assert.equal(xiongan.value, '', 'a region without a target has no value, not zero');
  assert.equal(xiongan.label, '未设定');

  const caption = await figure(page, 'childcare_places_per_1000').locator('figcaption').textContent();
  assert.ok(caption?.includes('每千人口拥有3岁以下婴幼儿托位数') && caption.includes('个'), caption ?? '');
  assert.ok(caption?.includes('2025'), `the subtitle names the benchmark period: ${caption}`);
  await viewShot(page, 'compare-childcare-zh-CN');
});

test('the national 2025 benchmark is a reference line with its source', async () => {
  const { page } = browser;
  const national = figure(page, 'childcare_places_per_1000').locator('tr[data-benchmark="national"][data-year="2025"]');
  assert.ok((await national.count()) >= 1);
  assert.equal(Number(await national.first().getAttribute('data-value')), 4.5);
  const sources = (await national.locator('.pb-source').allTextContents()).join(' ');
  assert.ok(sources.includes('公共服务规划'), sources);
  assert.ok(sources.includes('http'), `the source has its address: ${sources}`);
});

test('increments are charted apart from per-1,000 levels and labelled as such', async () => {
  const { page } = browser;
  const increments = figure(page, 'childcare_places_new');
  assert.equal(await increments.locator('xpath=ancestor::section[1]').getAttribute('data-section'), 'flow');
  const row = increments.locator('tbody tr[data-region="雄安新区"]');
  assert.equal(await row.getAttribute('data-value'), '132');
  assert.ok(((await row.locator('td').nth(2).textContent()) ?? '').includes('新增量'));
  assert.equal(await figure(page, 'childcare_places_per_1000').locator('xpath=ancestor::section[1]').getAttribute('data-section'), 'level');
});

test('the elderly tab shows a 55% nursing-bed share for 新乡市 and 广元市利州区', async () => {
  const { page } = browser;
  await openTab(page, 'elderly');
  await waitForValue(page, 'nursing_bed_ratio', '新乡市', '55');
  assert.equal(Number((await rowData(page, 'nursing_bed_ratio', '广元市利州区')).value), 55);
  assert.equal((await rowData(page, 'nursing_bed_ratio', '雄安新区')).label, '未设定');
  const national = figure(page, 'nursing_bed_ratio').locator('tr[data-benchmark="national"][data-year="2025"]');
  assert.equal(Number(await national.first().getAttribute('data-value')), 55);
  await viewShot(page, 'compare-elderly-zh-CN');
});

test('a bar opens the sentence it came from, with the value marked and a link to the document', async () => {
  const { page } = browser;
  await openTab(page, 'childcare');
  const canvas = figure(page, 'childcare_places_per_1000').locator('[data-testid="chart-canvas"] canvas').first();
  await canvas.waitFor();
  await settled(page);
  const box = await canvas.boundingBox();
  assert.ok(box);
  // 新乡市 is the middle region (regions in pinyin order); its bar reaches 4.5 of 6, so the lower part of the plot holds it.
  const drawer = page.locator('.el-drawer[data-testid="source-drawer"]');
  for (let x = box.x + box.width * 0.4; x < box.x + box.width * 0.62 && !(await drawer.isVisible()); x += 5) {
    await page.mouse.click(x, box.y + box.height * 0.75);
    await drawer.waitFor({ state: 'visible', timeout: 150 }).catch(() => undefined);
  }
  await drawer.waitFor({ state: 'visible', timeout: 5_000 });
  assert.ok(((await drawer.locator('[data-testid="source-title"]').textContent()) ?? '').includes('新乡市'));
  const marked = await drawer.locator('[data-testid="source-quote"] mark.pb-value').allTextContents();
  assert.ok(marked.includes('4.5') && marked.includes('4.9'), marked.join(','));
  const href = await drawer.locator('[data-testid="source-link"]').getAttribute('href');
  assert.match(href ?? '', /#\/documents\/[0-9a-f]{64}\?target=[0-9a-f]{64}%3A/);
  await viewShot(page, 'compare-source-zh-CN');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
});

test('the data table row opens the same source by keyboard', async () => {
  const { page } = browser;
  await showData(page, 'childcare_places_per_1000');
  const button = regionRow(page, 'childcare_places_per_1000', '广元市利州区').locator('[data-testid="open-source"]');
  await button.focus();
  await page.keyboard.press('Enter');
  const drawer = page.locator('.el-drawer[data-testid="source-drawer"]');
  await drawer.waitFor({ state: 'visible' });
  assert.ok(((await drawer.locator('[data-testid="source-title"]').textContent()) ?? '').includes('利州区'));
  assert.ok((await drawer.locator('[data-testid="source-quote"]').textContent())?.includes('5.0'));
  await viewShot(page, 'compare-source-table-row-zh-CN');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
});

test('a note made in Compare shows on the chart and in the matrix, and survives a reload', async () => {
  const { page } = browser;
  await regionRow(page, 'childcare_places_per_1000', '广元市利州区').locator('[data-testid="annotate"]').click();
  const dialog = page.locator('.el-dialog[data-testid="note-dialog"]');
  await dialog.waitFor({ state: 'visible' });
  assert.ok(((await dialog.locator('[data-testid="note-subject"]').textContent()) ?? '').includes('广元市利州区'));
  // A new note starts with no tag, and the "none" choice shows as chosen.
  assert.match((await dialog.locator('[data-testid="note-tag-none"]').getAttribute('class')) ?? '', /is-active/);
  await dialog.locator('[data-testid="note-tag-gap"]').click();
  await dialog.locator('textarea[data-testid="note-text"], [data-testid="note-text"] textarea').fill('利州区托位目标高于全国4.5个');
  await dialog.locator('[data-testid="note-save"]').click();
  await dialog.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.querySelector('figure[data-testid="chart-childcare_places_per_1000"] tr[data-region="广元市利州区"]')?.getAttribute('data-notes') === '1');

  await page.reload();
  await waitForValue(page, 'childcare_places_per_1000', '新乡市', '4.5');
  await page.waitForFunction(() => document.querySelector('figure[data-testid="chart-childcare_places_per_1000"] tr[data-region="广元市利州区"]')?.getAttribute('data-notes') === '1');
  await viewShot(page, 'compare-note-marker-zh-CN');

  await openMode(page, 'matrix');
  const cell = page.locator('[data-testid="matrix"] tr[data-region="广元市利州区"] td[data-indicator="childcare_places_per_1000"]');
  await cell.waitFor();
  assert.equal(await cell.getAttribute('data-notes'), '1');
  assert.equal(await cell.locator('[data-testid="note-badge"]').count(), 1);

  await openMode(page, 'notes');
  const note = page.locator('[data-testid="note"]');
  await note.first().waitFor();
  assert.equal(await note.count(), 1);
  assert.equal(await note.getAttribute('data-tag'), 'gap');
  assert.ok(((await note.textContent()) ?? '').includes('利州区托位目标高于全国4.5个'));
});

test('notes can be filtered, edited and deleted in the notes list', async () => {
  const { page } = browser;
  await page.locator('[data-testid="note-edit"]').click();
  const dialog = page.locator('.el-dialog[data-testid="note-dialog"]');
  await dialog.waitFor({ state: 'visible' });
  await dialog.locator('[data-testid="note-tag-verify"]').click();
  await dialog.locator('textarea[data-testid="note-text"], [data-testid="note-text"] textarea').fill('待核实:利州区托位基数');
  await dialog.locator('[data-testid="note-save"]').click();
  await dialog.waitFor({ state: 'hidden' });
  // The Chinese "saved" toast closes when the language changes rather than staying up untranslated.
  await page.locator('.el-message', { hasText: '已保存' }).waitFor();
  await page.locator('[data-testid="language"]').click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.locator('.el-message').waitFor({ state: 'detached', timeout: 1_500 });
  await page.locator('[data-testid="language"]').click();
  await page.getByRole('option', { name: '中文' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await page.waitForFunction(() => document.querySelector('[data-testid="note"]')?.getAttribute('data-tag') === 'verify');

  await page.locator('[data-testid="notes-tag"]').click();
  await page.getByRole('option', { name: '疑问' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="note"]').length === 0);
  await page.locator('[data-testid="notes-tag"]').click();
  await page.getByRole('option', { name: '待核实' }).click();
  await page.locator('[data-testid="note"]').waitFor();
  await viewShot(page, 'compare-notes-zh-CN');
});

test('the matrix colours ambition against the benchmark and a cell focuses its chart', async () => {
  const { page } = browser;
  await openMode(page, 'matrix');
  const cell = (region: string) => page.locator(`[data-testid="matrix"] tr[data-region="${region}"] td[data-indicator="childcare_places_per_1000"]`);
  await cell('新乡市').waitFor();
  assert.equal(await cell('新乡市').getAttribute('data-ambition'), 'par');
  assert.equal(await cell('广元市利州区').getAttribute('data-ambition'), 'above');
  assert.equal(await cell('雄安新区').getAttribute('data-status'), 'unset');
  assert.equal(((await cell('雄安新区').textContent()) ?? '').trim(), '—');
  await viewShot(page, 'compare-matrix-zh-CN');

  await cell('新乡市').locator('button').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'chart-childcare_places_per_1000');
});

test('the gap view signs differences by polarity and sorts', async () => {
  const { page } = browser;
  await openTab(page, 'employment');
  await openMode(page, 'gaps');
  const table = page.locator('[data-testid="gap-table"]');
  await table.waitFor();
  // 利州区 sets urban surveyed unemployment below 6% against a national 5.5% ceiling: less ambitious, so negative.
  const unemployment = table.locator('tr[data-indicator="urban_surveyed_unemployment"][data-region="广元市利州区"]');
  assert.equal(Number(await unemployment.getAttribute('data-gap')), -0.5);
  // Housing's targets have no benchmark: the view says they are hidden for want of one, not that there are none.
  await openTab(page, 'housing');
  const empty = page.locator('[data-testid="gaps-empty"]');
  await empty.waitFor();
  assert.match(await empty.innerText(), /^本领域 \d+ 个数值目标都没有可比对象/u);

  await openTab(page, 'childcare');
  await page.locator('[data-testid="sort-gap"]').click();
  const first = table.locator('tbody tr').first();
  assert.equal(await first.getAttribute('data-region'), '广元市利州区');
  assert.equal(Number(await first.getAttribute('data-gap')), 0.5);
  assert.equal(await page.locator('[data-testid="gap-table"] th[aria-sort="descending"]').count(), 1);
  await viewShot(page, 'compare-gaps-zh-CN');
});

test('a note on the gap between two regions is written from the gap view', async () => {
  const { page } = browser;
  await page.locator('[data-testid="gap-reference"] .el-select__suffix').click();
  await page.getByRole('option', { name: '地区:新乡市' }).click();
  const row = page.locator('[data-testid="gap-table"] tr[data-indicator="childcare_places_per_1000"][data-region="广元市利州区"]');
  assert.equal(Number(await row.getAttribute('data-gap')), 0.5);
  assert.equal(await page.locator('[data-testid="gap-table"] tr[data-indicator="childcare_places_per_1000"][data-region="新乡市"]').count(), 0);
  // One row listed, ranked 1/2: the rank says it counts every region setting the indicator (the sweep saw "8 of 14" over 5 rows).
  assert.equal((await row.locator('[data-testid="gap-rank"]').textContent())?.trim(), '1/2');
  assert.match((await page.locator('[data-testid="sort-rank"]').textContent()) ?? '', /在设定地区中排名/u);
  assert.match((await row.locator('[data-testid="gap-rank"]').getAttribute('title')) ?? '', /设定此指标的 2 个地区.*排第 1/u);
  await row.locator('[data-testid="gap-annotate"]').click();
  const dialog = page.locator('.el-dialog[data-testid="note-dialog"]');
  await dialog.waitFor({ state: 'visible' });
  const subject = (await dialog.locator('[data-testid="note-subject"]').textContent()) ?? '';
  assert.ok(subject.includes('广元市利州区') && subject.includes('新乡市'), subject);
  await dialog.locator('[data-testid="note-tag-question"]').click();
  await dialog.locator('textarea[data-testid="note-text"], [data-testid="note-text"] textarea').fill('两地托位口径是否一致?');
  await dialog.locator('[data-testid="note-save"]').click();
  await dialog.waitFor({ state: 'hidden' });
  await openMode(page, 'notes');
  // The tag filter is still on 待核实 from before.
  await page.locator('[data-testid="notes-tag"]').click();
  await page.getByRole('option', { name: '全部标签' }).click();
  const gapNote = page.locator('[data-testid="note"][data-tag="question"]');
  await gapNote.waitFor();
  assert.ok(((await gapNote.textContent()) ?? '').includes('↔'));
  await openMode(page, 'gaps');
  await page.locator('[data-testid="gap-reference"] .el-select__suffix').click();
  await page.getByRole('option', { name: /适用基准/ }).click();
});

test('a region left out of the selection leaves every chart', async () => {
  const { page } = browser;
  await openMode(page, 'charts');
  // The arrow, not the middle, where a tag's close button may sit.
  await page.locator('[data-testid="region-select"] .el-select__suffix').click();
  await page.getByRole('option', { name: /雄安新区/ }).click();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('figure[data-testid="chart-childcare_places_per_1000"] tr[data-region="雄安新区"]'));
  assert.equal(await regionRow(page, 'childcare_places_per_1000', '新乡市').count(), 1);
  await page.locator('[data-testid="all-regions"]').click();
  await regionRow(page, 'childcare_places_per_1000', '雄安新区').waitFor({ state: 'attached' });
});

test('switching to English changes every visible label', async () => {
  const { page } = browser;
  await page.locator('[data-testid="language"]').click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByText('Early childhood & childcare').first().waitFor();
  const text = (await page.locator('[data-testid="compare"]').innerText()).replace(/\s+/g, ' ');
  for (const zh of ['幼有所育', '老有所养', '水平指标', '显示数据表', '参照线', '总览矩阵', '全部地区', '单位']) assert.ok(!text.includes(zh), `still shows ${zh}`);
  for (const en of ['Elderly care', 'Levels', 'Show data table', 'Reference lines', 'Overview matrix', 'All regions', 'Childcare places for under-3s per 1,000 people']) {
    assert.ok(text.includes(en), `missing ${en}`);
  }
  assert.equal((await rowData(page, 'childcare_places_per_1000', '雄安新区')).label, 'no target');
  assert.equal((await rowData(page, 'childcare_places_per_1000', '新乡市')).value, '4.5');
  // English quotes are Latin, not the CJK font's full-width ones (the sweep saw 'with  “Note”  in'); a plan's Chinese
  // text (lang zh) keeps its own.
  const quoteWidths = await page.evaluate(() =>
    ['en', 'zh-CN'].map((lang) => {
      const span = document.createElement('span');
      span.textContent = '“';
      if (lang !== 'en') span.lang = lang;
      document.querySelector('[data-testid="compare"]')?.append(span);
      const em = span.getBoundingClientRect().width / parseFloat(getComputedStyle(span).fontSize);
      span.remove();
      return em;
    }),
  );
  assert.ok((quoteWidths[0] ?? 1) < 0.6 && (quoteWidths[1] ?? 0) > 0.9, `quote widths in em: ${quoteWidths.join(', ')}`);
  await viewShot(page, 'compare-childcare-en');
  // The source drawer writes the unit in English too (5 units, not 5 个).
  await showData(page, 'childcare_places_per_1000');
  await regionRow(page, 'childcare_places_per_1000', '广元市利州区').locator('[data-testid="open-source"]').click();
  const drawer = page.locator('.el-drawer[data-testid="source-drawer"]');
  await drawer.waitFor({ state: 'visible' });
  const details = await drawer.locator('dl').innerText();
  assert.match(details, /Target\s+5 units/u);
  assert.ok(!/[个]/u.test(details), details);
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
  // So does the data table's benchmark that is not drawn (河北省 4.5 units, a national total: no line).
  const undrawn = await figure(page, 'childcare_places_per_1000').locator('tr[data-undrawn="true"] td').allInnerTexts();
  assert.ok(undrawn.length > 0 && undrawn.some((c) => /^4\.5 units$/u.test(c.trim())), undrawn.join(' | '));

  await openTab(page, 'elderly');
  await figure(page, 'nursing_bed_ratio').waitFor();
  await viewShot(page, 'compare-elderly-en');
  await openMode(page, 'matrix');
  await page.locator('[data-testid="matrix"]').waitFor();
  assert.ok((await page.locator('[data-testid="matrix"]').innerText()).includes('Share of nursing-type beds'), 'the matrix names indicators in English');
  await viewShot(page, 'compare-matrix-en');
  await openMode(page, 'gaps');
  await page.locator('[data-testid="gap-table"]').waitFor();
  // The reference's name is whole in its select (the sweep saw “Applicable benchmark (provincial, else ⋯”).
  const clipped = await page.locator('[data-testid="gap-reference"] .el-select__selected-item, [data-testid="gap-reference"] .el-select__placeholder').evaluateAll((els) =>
    els.filter((e) => (e.textContent ?? '').includes('Applicable benchmark')).map((e) => e.scrollWidth > e.clientWidth + 1),
  );
  assert.ok(clipped.length > 0 && clipped.every((c) => !c), `clipped: ${clipped.join(' ')}`);
  await viewShot(page, 'compare-gaps-en');
  await openMode(page, 'notes');
  await page.locator('[data-testid="note"]').first().waitFor();
  const notes = await page.locator('[data-testid="note"]').allInnerTexts();
  assert.ok(notes.some((n) => n.includes('To verify')) && notes.some((n) => n.includes('Question')), notes.join(' / '));
});

test('deleting the notes empties the list and takes the markers off the chart', async () => {
  const { page } = browser;
  await page.locator('[data-testid="notes-tag"]').click();
  await page.getByRole('option', { name: 'All tags' }).click();
  for (let left = await page.locator('[data-testid="note"]').count(); left > 0; left--) {
    await page.locator('[data-testid="note-delete"]').first().click();
    await page.locator('.el-message-box').getByRole('button', { name: 'Delete' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="note"]').length === n, left - 1);
  }
  await page.locator('[data-testid="notes-empty"]').waitFor();
  await openMode(page, 'charts');
  await openTab(page, 'childcare');
  await page.waitForFunction(() => document.querySelector('figure[data-testid="chart-childcare_places_per_1000"] tr[data-region="广元市利州区"]')?.getAttribute('data-notes') === '0');
});
