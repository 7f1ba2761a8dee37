// End to end in Chromium: reviewing targets (edit with the original kept in view, Compare following the edit, undo, reject),
// reading a long plan with its targets highlighted, and adding a target by selecting its text — still there after a reload.
import assert from 'node:assert/strict';
import { loadavg } from 'node:os';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { type Browser, openBrowser, screenshot, serveDist, type Served, settled } from './harness';
import { traceMainThread } from './main-thread';

let served: Served;
let browser: Browser;

const CHILDCARE = '每千人口3岁以下婴幼儿托位数';
// Opening the 114 KB Lizhou plan costs the page's thread at most this much CPU, from the click to its first chunk shown.
// CPU, not wall time (main-thread.ts): at load 16–20 the opening took 2.2–2.9 s of wall time against a bound of 3 s that
// session 12 found too near, for 272–354 ms of the page's CPU.
const OPEN_CPU_MS = 1000;
const LIZHOU_TITLE = '广元市利州区“十四五”公共服务和就业促进规划';

before(async () => {
  served = await serveDist();
  browser = await openBrowser();
  const { page } = browser;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${served.url}#/library`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-title"]').length >= 5, undefined, { timeout: 60_000 });
});

after(async () => {
  await browser?.close();
  await served?.close();
});

async function chooseOption(page: Page, select: string, label: string): Promise<void> {
  await page.locator(`[data-testid="${select}"]`).click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click();
}

/** 新乡市's childcare-places row in the review table. */
async function xinxiangRow(page: Page): Promise<Locator> {
  await page.goto(`${served.url}#/review`);
  await page.locator('[data-testid="target-review"]').waitFor();
  const filtered = (await page.locator('[data-testid="filter-region"]').textContent())?.includes('新乡市');
  if (!filtered) await chooseOption(page, 'filter-region', '新乡市');
  await page.locator('[data-testid="filter-query"]').fill(CHILDCARE);
  const row = page.locator('[data-testid="target-row"]', { hasText: CHILDCARE });
  await row.first().waitFor();
  assert.equal(await row.count(), 1, 'one childcare-places target in 新乡市');
  return row;
}


async function rowValue(row: Locator): Promise<{ current: string; original: string | null }> {
  const cell = row.locator('[data-testid="target-value"]');
  const current = (await cell.locator(':scope > .pb-changed > [data-testid="current"]').textContent())?.trim() ?? '';
  const struck = cell.locator(':scope > .pb-changed > [data-testid="original"]');
  const original = (await struck.count()) > 0 ? ((await struck.first().textContent())?.trim() ?? null) : null;
  return { current, original };
}

test('editing 新乡市’s childcare places shows 4.8 with the extracted 4.5 struck through beside it', async () => {
  const { page } = browser;
  const row = await xinxiangRow(page);
  assert.deepEqual(await rowValue(row), { current: '4.5', original: null });
  await row.locator('[data-testid="row-edit"]').click();
  const input = row.locator('[data-testid="inline-value"]');
  await input.fill('4.8');
  await input.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="target-row"]')?.getAttribute('data-status') === 'edited');
  assert.deepEqual(await rowValue(row), { current: '4.8', original: '4.5' });
  const del = row.locator('[data-testid="target-value"] del');
  assert.equal(await del.evaluate((el) => getComputedStyle(el).textDecorationLine), 'line-through');
  // The record panel shows the edit against the extraction too.
  await row.locator('[data-testid="row-open"]').click();
  const diff = page.locator('[data-testid="detail-diff"]');
  await diff.waitFor();
  await settled(page);
  const diffText = (await diff.textContent()) ?? '';
  assert.ok(diffText.includes('4.5') && diffText.includes('4.8'), diffText);
  await screenshot(page, 'review-detail-zh-CN');
  await page.keyboard.press('Escape');
  await page.locator('.el-drawer').waitFor({ state: 'hidden' });
  await settled(page);
  await screenshot(page, 'review-zh-CN');
});

// Waits on the Compare view (built by another helper): its per-indicator figure lists regions with their values.
test('Compare follows the edit: 新乡市’s childcare places are 4.8', async () => {
  const { page } = browser;
  await page.locator('[data-testid="nav-compare"]').click();
  await page.locator('[data-testid="compare"]').waitFor();
  const tab = page.getByRole('tab', { name: /幼有所育|childcare/i });
  if ((await tab.count()) > 0) await tab.first().click();
  else await page.getByText('幼有所育', { exact: false }).first().click({ timeout: 10_000 });
  const cell = page.locator('figure[data-testid="chart-childcare_places_per_1000"] tr[data-region="新乡市"]');
  await cell.first().waitFor({ state: 'attached', timeout: 15_000 });
  assert.equal(await cell.first().getAttribute('data-value'), '4.8');
});

test('Ctrl+Z takes the edit back to 4.5', async () => {
  const { page } = browser;
  const row = await xinxiangRow(page);
  assert.equal((await rowValue(row)).current, '4.8');
  await page.locator('[data-testid="review"] h1').click();
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('[data-testid="target-row"]')?.getAttribute('data-status') === 'extracted');
  assert.deepEqual(await rowValue(row), { current: '4.5', original: null });
});

test('a rejected target is struck through, and the undo button restores it', async () => {
  const { page } = browser;
  const row = await xinxiangRow(page);
  await row.locator('[data-testid="row-reject"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="target-row"]')?.getAttribute('data-status') === 'rejected');
  const name = row.locator('[data-testid="target-name"]');
  assert.equal(await name.evaluate((el) => getComputedStyle(el).textDecorationLine), 'line-through');
  assert.equal(await row.locator('[data-testid="status"]').textContent(), '已否决');
  await page.locator('[data-testid="undo"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="target-row"]')?.getAttribute('data-status') === 'extracted');
});

test('Enter on a row opens its record; a note added there shows as a badge with its text on hover; Escape closes', async () => {
  const { page } = browser;
  const row = await xinxiangRow(page);
  await row.focus();
  await page.keyboard.press('Enter');
  const detail = page.locator('[data-testid="target-detail"]');
  await detail.waitFor();
  assert.ok(((await detail.locator('[data-testid="detail-quote"]').textContent()) ?? '').includes('4.5个'));
  await detail.locator('[data-testid="note-input"]').fill('托位数含在建项目,待核实');
  await detail.locator('[data-testid="note-add"]').click();
  await detail.locator('[data-testid="detail-notes"] li').first().waitFor();
  await page.keyboard.press('Escape');
  await detail.waitFor({ state: 'hidden' });

  const badge = row.locator('[data-testid="notes-badge"]');
  await badge.waitFor();
  assert.equal((await badge.textContent())?.trim(), '1');
  await badge.hover();
  await page.locator('.el-popper', { hasText: '托位数含在建项目' }).waitFor();
  await row.locator('[data-testid="row-confirm"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="target-row"]')?.getAttribute('data-status') === 'confirmed');
  await page.locator('[data-testid="filter-query"]').fill('');
  await page.locator('[data-testid="target-row"]').nth(10).waitFor();
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await settled(page);
  await screenshot(page, 'review-region-zh-CN');
});

/** Opens the Lizhou plan from the Library; returns the wall time to its first chunk and the CPU the page's thread spent. */
async function openLizhou(page: Page): Promise<{ wall: number; cpu: number }> {
  await page.goto(`${served.url}#/library`);
  const link = page.locator('[data-testid="document-title"]', { hasText: LIZHOU_TITLE });
  await link.first().waitFor();
  const stopTrace = await traceMainThread(page, 0);
  const started = Date.now();
  await link.first().click();
  await page.locator('[data-testid="reader-text"] .pb-chunk').first().waitFor({ timeout: 10_000 });
  const wall = Date.now() - started;
  const cpu = (await stopTrace()).reduce((sum, t) => sum + t.cpu, 0);
  return { wall, cpu: Math.round(cpu) };
}

/** Scrolls the reader to the chunk holding an offset of the original text, as a researcher scrolling down would. */
async function scrollReaderTo(page: Page, offset: number): Promise<void> {
  await page.locator('[data-testid="reader-text"]').evaluate((_, at) => {
    const chunks = [...document.querySelectorAll<HTMLElement>('[data-testid="reader-text"] .pb-chunk')];
    const chunk = chunks.find((c) => Number(c.dataset.start) <= at && at < Number(c.dataset.end));
    chunk?.scrollIntoView({ block: 'start' });
  }, offset);
}

test('the 114 KB Lizhou plan opens quickly with its targets highlighted; a highlight opens its record', async () => {
  const { page } = browser;
  const { wall, cpu } = await openLizhou(page);
  console.log(`the Lizhou plan opened in ${wall} ms, ${cpu} ms of the page thread's CPU; load average ${loadavg()[0]?.toFixed(1)}`);
  assert.ok(cpu < OPEN_CPU_MS, `opening took ${cpu} ms of CPU (${wall} ms wall)`);
  assert.equal(await page.locator('[data-testid="document-heading"]').textContent(), LIZHOU_TITLE);
  const meta = (await page.locator('[data-testid="document-meta"]').textContent()) ?? '';
  for (const part of ['广元市利州区', '五年规划', '2021–2025']) assert.ok(meta.includes(part), `${part} in ${meta}`);
  // The text is the original, whole, in chunks; only the chunks near the view carry highlights yet.
  const chunks = page.locator('[data-testid="reader-text"] .pb-chunk');
  assert.ok((await chunks.count()) > 10);
  const length = await page.locator('[data-testid="reader-text"] .pb-text').evaluate((el) => el.textContent?.length ?? 0);
  assert.ok(length > 40_000, `text length ${length}`);

  // The indicator table comes after the table of contents, some 6,000 characters in.
  const tableAt = await page.locator('[data-testid="reader-text"] .pb-text').evaluate((el) => el.textContent?.indexOf('每千人口3岁以下婴幼儿托位数(个)') ?? -1);
  await scrollReaderTo(page, tableAt);
  const mark = page.locator('[data-testid="reader-text"] mark.pb-hl').first();
  await mark.waitFor();
  const marked = ((await mark.textContent()) ?? '').trim();
  await mark.click();
  const quote = page.locator('[data-testid="reader-side"] [data-testid="detail-quote"]');
  await quote.waitFor();
  const quoteText = (await quote.textContent()) ?? '';
  assert.ok(quoteText.length > 0 && quoteText.includes(marked.split('\n')[0] ?? marked), `quote "${quoteText}" for mark "${marked}"`);
  await screenshot(page, 'reader-detail-zh-CN');

  // Confirming and rejecting from the panel recolours the spans; a rejected span is struck through.
  const side = page.locator('[data-testid="reader-side"]');
  await side.locator('[data-testid="detail-confirm"]').click();
  await page.locator('[data-testid="reader-text"] mark.pb-hl--confirmed').first().waitFor();
  const second = page.locator('[data-testid="reader-text"] mark.pb-hl', { hasText: '孤儿和事实无人抚养儿童保障覆盖率' }).first();
  await second.click();
  await side.locator('[data-testid="detail-reject"]').click();
  const rejected = page.locator('[data-testid="reader-text"] mark.pb-hl--rejected').first();
  await rejected.waitFor();
  assert.equal(await rejected.evaluate((el) => getComputedStyle(el).textDecorationLine), 'line-through');
  await screenshot(page, 'reader-statuses-zh-CN');

  await page.keyboard.press('Escape');
  await page.locator('[data-testid="target-list"]').waitFor();
  // A record far down the list scrolls its span into view and flashes it.
  const last = page.locator('[data-testid="list-item"]').last();
  const id = await last.getAttribute('data-id');
  await last.click();
  const far = page.locator(`mark[data-ids~="${id}"]`).first();
  await far.waitFor();
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, `mark[data-ids~="${CSS_escape(id ?? '')}"]`);
  assert.ok(((await far.getAttribute('class')) ?? '').includes('pb-hl--flash'));
  await page.locator('[data-testid="back-to-list"]').click();
  await page.locator('[data-testid="reader-text"]').evaluate((el) => el.scrollTo(0, 0));
  await screenshot(page, 'reader-zh-CN');
});

// Ids are `sha256:docKey-hash`; only the colon needs escaping in a selector.
function CSS_escape(id: string): string {
  return id.replace(/:/g, '\\:');
}

test('a link with ?target= opens the reader at that target', async () => {
  const { page } = browser;
  const row = await xinxiangRow(page);
  await row.locator('[data-testid="row-reader"]').click();
  const detail = page.locator('[data-testid="reader-side"] [data-testid="target-detail"]');
  await detail.waitFor();
  assert.equal(await detail.locator('[data-testid="detail-name"]').textContent(), CHILDCARE);
  const id = await detail.getAttribute('data-id');
  const mark = page.locator(`mark[data-ids~="${CSS_escape(id ?? '')}"]`).first();
  await mark.waitFor();
  assert.ok(await mark.isVisible());
});

/** Selects the first occurrence of `phrase` in the reader's text, as a researcher's drag would. */
async function selectPhrase(page: Page, phrase: string): Promise<void> {
  const at = await page.locator('[data-testid="reader-text"] .pb-text').evaluate((el, wanted) => el.textContent?.indexOf(wanted) ?? -1, phrase);
  await scrollReaderTo(page, at);
  // Let the chunks that came into view get their highlights before selecting in them.
  await page.waitForFunction(
    (wanted) => {
      const root = document.querySelector('[data-testid="reader-text"] .pb-text');
      const at = (root?.textContent ?? '').indexOf(wanted);
      const chunk = [...document.querySelectorAll<HTMLElement>('[data-testid="reader-text"] .pb-chunk')].find((c) => Number(c.dataset.start) <= at && at < Number(c.dataset.end));
      return chunk?.dataset.active === 'true';
    },
    phrase,
  );
  const found = await page.locator('[data-testid="reader-text"] .pb-text').evaluate((root, wanted) => {
    const at = (root.textContent ?? '').indexOf(wanted);
    if (at < 0) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    const range = document.createRange();
    let started = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.textContent?.length ?? 0;
      if (!started && at < seen + len) {
        range.setStart(node, at - seen);
        started = true;
      }
      if (started && at + wanted.length <= seen + len) {
        range.setEnd(node, at + wanted.length - seen);
        break;
      }
      seen += len;
    }
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return true;
  }, phrase);
  assert.ok(found, `phrase ${phrase} not in the text`);
}

test('selecting text adds a manual target at the original offsets; it is still there after a reload', async () => {
  const { page } = browser;
  await openLizhou(page);
  const phrase = '15分钟健身圈';
  await selectPhrase(page, phrase);
  const button = page.locator('[data-testid="add-from-selection"]');
  await button.waitFor();
  await button.click();
  const dialog = page.locator('.el-dialog', { has: page.locator('[data-testid="target-editor"]') });
  await dialog.waitFor();
  assert.equal((await dialog.locator('[data-testid="add-quote"]').textContent())?.trim(), phrase);
  await dialog.locator('[data-testid="edit-name"]').fill('15分钟健身圈覆盖');
  await dialog.locator('[data-testid="edit-value"]').fill('15');
  await dialog.locator('[data-testid="edit-unit"]').fill('分钟');
  await dialog.locator('[data-testid="edit-year"]').fill('2025');
  await settled(page);
  await screenshot(page, 'reader-add-zh-CN');
  await dialog.locator('[data-testid="add-save"]').click();
  await dialog.waitFor({ state: 'hidden' });

  const manual = page.locator('[data-testid="reader-text"] mark.pb-hl--manual');
  await manual.first().waitFor();
  assert.equal((await manual.first().textContent())?.trim(), phrase);
  const detail = page.locator('[data-testid="reader-side"] [data-testid="target-detail"]');
  await detail.waitFor();
  assert.equal(await detail.locator('[data-testid="status"]').getAttribute('data-status'), 'manual');
  await settled(page);
  await screenshot(page, 'reader-manual-zh-CN');

  await page.reload();
  await page.locator('[data-testid="reader-text"] .pb-chunk').first().waitFor();
  const item = page.locator('[data-testid="list-item"]', { hasText: '15分钟健身圈覆盖' });
  await item.waitFor();
  await item.click();
  const again = page.locator('[data-testid="reader-text"] mark.pb-hl--manual');
  await again.first().waitFor();
  assert.equal((await again.first().textContent())?.trim(), phrase);
});

test('the document’s own table lists its targets; “show in text” returns to the reader at that target', async () => {
  const { page } = browser;
  await openLizhou(page);
  await page.locator('.el-tabs__item', { hasText: '指标表' }).click();
  const rows = page.locator('[data-testid="target-table"] [data-testid="target-row"]');
  await rows.first().waitFor();
  assert.equal(await page.locator('[data-testid="filter-region"]').count(), 0, 'no region filter inside one document');
  const row = rows.nth(5);
  const id = await row.getAttribute('data-id');
  await row.locator('[data-testid="row-locate"]').click();
  const detail = page.locator('[data-testid="reader-side"] [data-testid="target-detail"]');
  await detail.waitFor();
  assert.equal(await detail.getAttribute('data-id'), id);
  const mark = page.locator(`mark[data-ids~="${CSS_escape(id ?? '')}"]`).first();
  await mark.waitFor();
  assert.ok(await mark.isVisible());
});

test('the reader and the review table in English', async () => {
  const { page } = browser;
  await page.locator('[data-testid="language"]').click();
  await page.getByRole('option', { name: 'English' }).click();
  try {
    await openLizhou(page);
    await page.getByText('Targets and achievements in this document').first().waitFor();
    // The toolbar's hint is whole, wrapped if need be (the sweep saw it end “…; select te…” at 1280 px).
    const hint = page.locator('[data-testid="reader-hint"]');
    assert.equal((await hint.innerText()).trim(), 'Click a highlight to see its record; select text to add a target');
    assert.ok(await hint.evaluate((e) => e.scrollWidth <= e.clientWidth + 1 && e.scrollHeight <= e.clientHeight + 1), 'the hint is not cut');
    await screenshot(page, 'reader-en');
    await page.locator('.el-tabs__item', { hasText: 'Targets (' }).click();
    await page.locator('[data-testid="target-table"]').waitFor();
    await screenshot(page, 'reader-table-en');
    await page.goto(`${served.url}#/review`);
    await page.locator('[data-testid="target-table"]').waitFor();
    // The search box's placeholder is whole: the sweep saw “Search names or te”.
    const fits = await page.locator('input[data-testid="filter-query"], [data-testid="filter-query"] input').first().evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return false;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(input.placeholder).width <= room;
    });
    assert.ok(fits, 'the search placeholder fits its box');
    await screenshot(page, 'review-en');
  } finally {
    await page.locator('[data-testid="language"]').click();
    await page.getByRole('option', { name: '中文' }).click();
  }
});

test('at 1024×700 the review table keeps the target column readable', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 1024, height: 700 });
  try {
    await page.goto(`${served.url}#/review`);
    await page.locator('[data-testid="target-table"] [data-testid="target-row"]').first().waitFor();
    // The session-15 sweep saw the name column squeezed to one character a line.
    const width = await page.locator('[data-testid="target-table"] th.c-target').evaluate((th) => th.getBoundingClientRect().width);
    assert.ok(width >= 140, `target column ${width} px`);
    await screenshot(page, 'review-1024-zh-CN');
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('a document without targets says how to add one', async () => {
  const { page } = browser;
  await page.goto(`${served.url}#/library`);
  // The Xiong'an news report (seed 000) yields no target.
  const titles = page.locator('[data-testid="document-title"]');
  await titles.nth(4).waitFor();
  const count = await titles.count();
  for (let i = 0; i < count; i++) {
    await page.goto(`${served.url}#/library`);
    await titles.nth(i).click();
    await page.locator('[data-testid="target-list"] strong').waitFor();
    if ((await page.locator('[data-testid="target-list-empty"]').count()) > 0) {
      assert.ok(((await page.locator('[data-testid="target-list-empty"]').textContent()) ?? '').includes('添加指标'));
      await screenshot(page, 'reader-empty-zh-CN');
      return;
    }
  }
  assert.fail('no document without targets among the samples');
});
