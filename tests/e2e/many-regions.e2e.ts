// End to end in Chromium: Compare with two hundred regions imported through the app's own file input — a domain opens on its
// overview (a dot plot per indicator, every region a dot), drawn in under a second, sorted and filtered by province and plan
// kind, one click from each full chart; the charts view charts what many regions set and folds the rest into a table; both are
// legible at 1440×900 in Chinese and English; the matrix and the gap view hide empty rows; and every dialog closes with Escape.
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { newStem } from '../../bench/corpus';
import { ARTIFACTS, type Browser, openBrowser, ROOT, serveDist, type Served, settled } from './harness';

let served: Served;
let browser: Browser;
const REGIONS = 200;
const names = Array.from({ length: REGIONS }, (_, k) => `${newStem(700 + k, 1)}县`);
/** The province a generated county's plan names (twice, so the workbench takes it as the county's), or none. */
const PROVINCES = ['河南省', '四川省', '浙江省', null] as const;
const provinceOf = (k: number) => PROVINCES[k % PROVINCES.length] ?? null;
/** One county in five publishes a three-year action plan instead of a 十四五 plan. */
const isActionPlan = (k: number) => k % 5 === 3;
const isNews = (k: number) => k % 40 === 39;

// Long tasks of the page, gathered from the first load on.
const LONG_TASKS = `(() => {
  window.__longTasks = [];
  try { new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}
})()`;

before(async () => {
  served = await serveDist();
  browser = await openBrowser();
  await browser.page.setViewportSize({ width: 1440, height: 900 });
  await browser.page.addInitScript(LONG_TASKS);
});

after(async () => {
  await browser?.close();
  await served?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/**
 * A small plan: every region sets childcare places, two in three the nursing-bed share, half the pension coverage, one the
 * number of new places; one in forty is a news item with no target at all.
 */
function plan(name: string, k: number): string {
  if (isNews(k)) return `${name}“十四五”公共服务规划\n${name}人民政府\n全县将持续改善民生,办好群众身边的实事。\n`;
  const title = isActionPlan(k) ? `${name}托育服务发展三年行动方案（2023—2025年）` : `${name}“十四五”公共服务规划`;
  const province = provinceOf(k);
  const lines = [title, `${name}人民政府`];
  if (province) lines.push(`全面落实${province}委、${province}政府部署。`);
  // Some floors (不低于 → ≥), some 力争 stretches, some targets for 2030: the overview shows each at a glance.
  const value = (2.5 + (k % 30) / 10).toFixed(1);
  const year = k % 25 === 4 ? 2030 : 2025;
  if (k % 6 === 1) lines.push(`到${year}年,每千人口拥有3岁以下婴幼儿托位数不低于${value}个。`);
  else if (k % 10 === 2) lines.push(`到${year}年,每千人口拥有3岁以下婴幼儿托位数达到${value}个,力争达到${(Number(value) + 0.5).toFixed(1)}个。`);
  else lines.push(`到${year}年,每千人口拥有3岁以下婴幼儿托位数达到${value}个。`);
  if (k % 3 !== 0) lines.push(`到2025年,养老机构护理型床位占比达到${50 + (k % 20)}%。`);
  if (k % 2 === 0) lines.push(`到2025年,基本养老保险参保率达到${90 + (k % 9)}%。`);
  if (k === 7) lines.push('到2025年,新增普惠性托位120个。');
  return `${lines.join('\n')}\n`;
}

async function openCompare(page: Page): Promise<void> {
  await page.goto(`${served.url}#/compare`);
  await page.locator('[data-testid="domain-tabs"]').waitFor({ timeout: 60_000 });
}

test('the samples are in, before anything else', async () => {
  const { page } = browser;
  await page.goto(`${served.url}#/library`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-title"]').length >= 5, undefined, { timeout: 90_000 });
});

test('the note dialog and the source drawer of Compare close with Escape', async () => {
  const { page } = browser;
  await openCompare(page);
  const figure = page.locator('figure[data-testid="chart-childcare_places_per_1000"]');
  await figure.waitFor({ timeout: 60_000 });
  await figure.locator('[data-testid="toggle-data"]').click();
  const row = figure.locator('tbody tr[data-region="新乡市"]');

  await row.locator('[data-testid="annotate"]').click();
  const dialog = page.locator('.el-dialog[data-testid="note-dialog"]');
  await dialog.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  await row.locator('[data-testid="open-source"]').click();
  const drawer = page.locator('[data-testid="source-drawer"]');
  await drawer.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
});

test('the Reader’s details editor closes with Escape, also from inside a field', async () => {
  const { page } = browser;
  await page.goto(`${served.url}#/library`);
  await page.locator('[data-testid="document-title"]').first().click();
  await page.locator('[data-testid="edit-metadata"]').click();
  const editor = page.locator('.el-dialog[data-testid="metadata-editor"]');
  await editor.waitFor({ state: 'visible' });
  await editor.locator('input').first().focus();
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'hidden' });

  // The floating "add target" button a selection brings up goes with Escape too, and the selection with it.
  await page.locator('[data-testid="reader-text"] .pb-text').evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const at = text.search(/\S{6}/u);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 6);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
  });
  const add = page.locator('[data-testid="add-from-selection"]');
  await add.waitFor();
  await page.keyboard.press('Escape');
  await add.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.getSelection()?.isCollapsed ?? true), true);
});

test(`${REGIONS} regions imported through the file input`, async () => {
  const { page } = browser;
  await page.goto(`${served.url}#/library`);
  await page.locator('[data-testid="file-input"]').setInputFiles(
    names.map((name, k) => ({ name: `many-${k}.txt`, mimeType: 'text/plain', buffer: Buffer.from(plan(name, k)) })),
  );
  // Every generated county is a region of the Library (the three sample regions besides).
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="region-total"]')?.textContent?.match(/\d+/u)?.[0] ?? 0) >= n,
    REGIONS + 3,
    { timeout: 300_000 },
  );
  await page.waitForFunction(() => document.querySelector('[data-testid="progress"]')?.getAttribute('data-running') === 'false', undefined, { timeout: 300_000 });
});

const OVERVIEW_CARD = '[data-testid="overview-chart-childcare_places_per_1000"]';
/** The overview on the page: another tab's, kept in the page while hidden, has the same tools and summary. */
const SHOWN = '[data-testid="overview-kept"][data-shown="true"]';

/** The dots of the childcare card, left to right. */
async function dots(page: Page): Promise<{ name: string; value: number; bucket: string }[]> {
  return page.locator(`${OVERVIEW_CARD} path[data-region]`).evaluateAll((paths) =>
    paths.map((p) => ({ name: p.getAttribute('data-name') ?? '', value: Number(p.getAttribute('data-value')), bucket: p.getAttribute('data-bucket') ?? '' })),
  );
}

async function pick(page: Page, select: string, option: string): Promise<void> {
  await page.locator(`${SHOWN} [data-testid="${select}"]`).click();
  await page.locator(`.el-select-dropdown__item[data-testid="${option}"]:visible`).click();
  await page.keyboard.press('Escape');
}

async function clear(page: Page, select: string): Promise<void> {
  await page.locator(`${SHOWN} [data-testid="${select}"]`).hover();
  await page.locator(`${SHOWN} [data-testid="${select}"] .el-select__clear`).click();
}

const BUCKET_RANK = ['far-above', 'above', 'par', 'below', 'far-below', 'none'];

/**
 * Clicks `target` and times, in the page, the click to the frame that marks `drawn` drawn (the wall clock adds the driver's
 * own checks); `present` says whether a drawn plot was already in the page at the click (then the figure times nothing).
 */
async function timeClick(page: Page, target: string, drawn: string): Promise<{ elapsed: number; wall: number; present: boolean }> {
  await page.evaluate(
    ({ target, drawn }) => {
      const w = window as unknown as { __clicked: number; __drawn: number; __present: boolean };
      w.__clicked = 0;
      w.__drawn = 0;
      document.querySelector(target)?.addEventListener(
        'click',
        () => {
          w.__clicked = performance.now();
          w.__present = document.querySelector(drawn) !== null;
        },
        { capture: true, once: true },
      );
      const observer = new MutationObserver(() => {
        if (w.__clicked === 0 || !document.querySelector(drawn)) return;
        w.__drawn = performance.now();
        observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn'] });
    },
    { target, drawn },
  );
  const start = Date.now();
  await page.locator(target).click();
  await page.locator(drawn).waitFor({ timeout: 60_000 });
  const wall = Date.now() - start;
  // The observer's last callback may run just after the locator saw the plot.
  await page.waitForFunction(() => (window as unknown as { __drawn: number }).__drawn > 0);
  const { elapsed, present } = await page.evaluate(() => {
    const w = window as unknown as { __clicked: number; __drawn: number; __present: boolean };
    return { elapsed: Math.round(w.__drawn - w.__clicked), present: w.__present };
  });
  return { elapsed, wall, present };
}

test(`the overview of a domain with ${REGIONS} regions is drawn in under a second, every region a dot`, async () => {
  const { page } = browser;
  // The open a researcher makes: from the Library, the click on 对照 Compare to the frame that draws the first plot. (Until
  // session 13 this figure timed only the switch back to a tab whose overview was kept drawn: 12 ms.)
  await page.goto(`${served.url}#/library`);
  await page.locator('[data-testid="document-title"]').first().waitFor({ timeout: 60_000 });
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
  const plot = `${OVERVIEW_CARD} [data-testid="overview-plot"][data-drawn="true"]`;
  // With this many regions the domain opens on its overview.
  const open = await timeClick(page, '[data-testid="nav-compare"]', plot);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await page.locator(plot).evaluate((el) => ((window as unknown as { __kept: Element[] }).__kept = [el]));
  await page.locator('[data-testid="tab-elderly"]').click();
  const nursing = '[data-testid="overview-chart-nursing_bed_ratio"] [data-testid="overview-plot"]';
  await page.locator(`${nursing}[data-drawn="true"]`).waitFor({ timeout: 60_000 });
  // The childcare tab's plot stays in the page while the elderly tab shows, hidden (skipped by the browser, its styles
  // and layout kept, neither seen nor read out), rather than taken out of the document and put back: a thousand dots a
  // card styled and laid out anew at the switch back.
  const keptState = () => page.evaluate(() => (window as unknown as { __kept: Element[] }).__kept.map((el) => [el.isConnected, el.checkVisibility()]));
  assert.deepEqual(await keptState(), [[true, false]]);
  assert.equal(await page.locator(`${OVERVIEW_CARD} [data-testid="overview-plot"]`).isVisible(), false);
  await page.locator(nursing).evaluate((el) => (window as unknown as { __kept: Element[] }).__kept.push(el));
  // Back on the first tab: its overview was kept, so its plot shows again without being drawn anew.
  const back = await timeClick(page, '[data-testid="tab-childcare"]', plot);
  // The same plot, shown again; the elderly tab's now kept hidden in the same way.
  assert.equal(await page.locator(plot).evaluate((el) => el === (window as unknown as { __kept: Element[] }).__kept[0]), true);
  assert.deepEqual(await keptState(), [[true, true], [true, false]]);
  console.log(
    `overview of the childcare tab with ${REGIONS + 3} regions drawn ${open.elapsed} ms after the click on Compare (${open.wall} ms by the driver's clock; long tasks: ${tasks.map((d) => Math.round(d)).join(', ') || 'none'}); shown again ${back.elapsed} ms after the click back on its tab (${back.wall} ms)`,
  );
  // Both time a plot that was not in the page at the click.
  assert.equal(open.present, false);
  assert.equal(back.present, false);
  // A guard, generous on a two-core machine shared with other builds (the open 0.4–0.95 s in the page at load 6–12, most
  // of it waiting for IndexedDB and the page's thread); the figures are printed above.
  assert.ok(open.elapsed > 0 && open.elapsed < 4000, `drawn ${open.elapsed} ms after the click on Compare`);
  assert.ok(back.elapsed > 0 && back.elapsed < 1500, `shown again ${back.elapsed} ms after the click back`);

  // Every county with a childcare target is a dot, high to low by default, the national 2025 line across.
  const all = await dots(page);
  const generated = names.filter((_, k) => !isNews(k));
  assert.ok(generated.every((n) => all.some((d) => d.name === n)), 'every county that set the indicator is a dot');
  assert.deepEqual(all.map((d) => d.value), [...all.map((d) => d.value)].sort((a, b) => b - a));
  assert.match(await page.locator(OVERVIEW_CARD).innerText(), /全国 2025/u);
  assert.ok((await page.locator(`${OVERVIEW_CARD} path[data-shape="up"]`).count()) > 0, '不低于 targets are drawn as ▲');
  assert.match(await page.locator(`${SHOWN} [data-testid="overview-summary"]`).innerText(), new RegExp(`${REGIONS + 3} / ${REGIONS + 3}`, 'u'));
  // Hovering a dot names its region and target.
  const first = page.locator(`${OVERVIEW_CARD} path[data-region]`).first();
  await first.hover({ force: true });
  const tip = await page.locator(`${OVERVIEW_CARD} [data-testid="overview-tip"]`).innerText();
  // Dots of neighbouring regions overlap a little at this density: the tip names the one on top.
  assert.ok(all.some((d) => tip.startsWith(`${d.name} `) && tip.includes(String(d.value))) && tip.includes('个'), tip);
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'many-regions-overview-zh-CN');
  copyFileSync(join(ARTIFACTS, 'many-regions-overview-zh-CN.png'), join(ROOT, 'docs', 'compare-overview.png'));
});

test('sorting and the province and plan-kind filters change what the overview shows', async () => {
  const { page } = browser;
  const byValue = await dots(page);

  await pick(page, 'overview-order', 'overview-order-region');
  const byRegion = await dots(page);
  assert.equal(byRegion.length, byValue.length);
  assert.notDeepEqual(byRegion.map((d) => d.name), byValue.map((d) => d.name));

  await pick(page, 'overview-order', 'overview-order-ambition');
  const byAmbition = await dots(page);
  const ranks = byAmbition.map((d) => BUCKET_RANK.indexOf(d.bucket));
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'the most ambitious against the benchmark come first');
  assert.ok(new Set(ranks).size > 1, 'the counties are on both sides of the benchmark');

  // 河南 only: the fifty counties whose plans name 河南省 (and the sample's 新乡市).
  await page.locator(`${SHOWN} [data-testid="overview-province"]`).click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: '河南' }).first().click();
  await page.keyboard.press('Escape');
  const henan = new Set(names.filter((_, k) => provinceOf(k) === '河南省' && !isNews(k)));
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="overview-chart-childcare_places_per_1000"] path[data-region]').length <= n, henan.size + 3);
  const inHenan = await dots(page);
  const generatedIn = inHenan.filter((d) => names.includes(d.name)).map((d) => d.name);
  // A generated name that happens to be a real county (江永县) takes that county's province instead: nearly all, nothing else.
  assert.ok(generatedIn.every((n) => henan.has(n)), generatedIn.filter((n) => !henan.has(n)).join(','));
  assert.ok(generatedIn.length >= henan.size - 5, `${generatedIn.length} of ${henan.size}`);
  assert.ok(inHenan.length - generatedIn.length <= 1, inHenan.map((d) => d.name).join(','));
  await clear(page, 'overview-province');

  // Action plans only: the counties that published one, none of the 十四五 plans.
  await pick(page, 'overview-kind', 'overview-kind-action_plan');
  const actions = new Set(names.filter((_, k) => isActionPlan(k) && !isNews(k)));
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="overview-chart-childcare_places_per_1000"] path[data-region]').length <= n, actions.size + 3);
  const fromActions = (await dots(page)).filter((d) => names.includes(d.name)).map((d) => d.name);
  assert.deepEqual(new Set(fromActions), actions);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'many-regions-overview-filtered-zh-CN');
  await clear(page, 'overview-kind');
  await pick(page, 'overview-order', 'overview-order-value-desc');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="overview-chart-childcare_places_per_1000"] path[data-region]').length === n, byValue.length);
});

test('an indicator of the overview opens its full chart in one click', async () => {
  const { page } = browser;
  await page.locator(`${OVERVIEW_CARD} [data-testid="overview-open"]`).click();
  const figure = page.locator('figure[data-testid="chart-childcare_places_per_1000"]');
  await figure.locator('canvas').first().waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('[data-testid="mode-charts"] input').isChecked(), true);
  assert.equal(await figure.evaluate((f) => f === document.activeElement), true, 'the chart has the focus');
  // Back to the overview: a dot opens the chart too.
  await page.locator('[data-testid="mode-overview"]').click();
  await page.locator(`${OVERVIEW_CARD} path[data-region]`).first().click({ force: true });
  await figure.waitFor();
  assert.equal(await page.locator('[data-testid="mode-charts"] input').isChecked(), true);
});

test('the childcare tab charts what many regions set, folds the rest, and draws in about a second', async () => {
  const { page } = browser;
  await openCompare(page);
  await page.locator('[data-testid="mode-charts"]').click();
  await page.locator('figure[data-testid="chart-childcare_places_per_1000"] canvas').first().waitFor({ timeout: 60_000 });
  // Away and back: the time a researcher waits for the overview of a domain.
  await page.locator('[data-testid="tab-elderly"]').click();
  await page.locator('figure[data-testid="chart-nursing_bed_ratio"] canvas').first().waitFor({ timeout: 60_000 });
  const start = Date.now();
  await page.locator('[data-testid="tab-childcare"]').click();
  await page.locator('figure[data-testid="chart-childcare_places_per_1000"] canvas').first().waitFor();
  await page.locator('[data-testid="folded"]').waitFor();
  const elapsed = Date.now() - start;
  console.log(`childcare tab of ${REGIONS + 3} regions drawn in ${elapsed} ms`);
  // A generous guard on a shared two-core machine (0.65–2.5 s measured); it used to be one tall chart per indicator.
  assert.ok(elapsed < 4000, `drawn in ${elapsed} ms`);

  // Indicators a single region set (the samples' own) are rows of the compact table with their values, not charts of one bar.
  const folded = page.locator('[data-testid="folded"] tbody tr').first();
  assert.equal(await folded.getAttribute('data-set'), '1');
  const indicator = (await folded.getAttribute('data-indicator')) ?? '';
  assert.match(await folded.innerText(), /\d/u);
  assert.equal(await page.locator(`figure[data-indicator="${indicator}"]`).count(), 0);
  // The increment two regions set (新乡市 and one generated county) is charted.
  await page.locator('figure[data-testid="chart-childcare_places_new"]').waitFor();
  // The chart leaves out regions that set nothing and says how many.
  const hidden = await page.locator('figure[data-testid="chart-childcare_places_per_1000"] [data-testid="hidden-unset"]').innerText();
  assert.match(hidden, /\d+/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'many-regions-childcare-zh-CN');
  await page.locator('[data-testid="folded"]').scrollIntoViewIfNeeded();
  await shot(page, 'many-regions-folded-zh-CN');

  // One click charts it.
  await folded.locator('[data-testid="open-folded"]').click();
  await page.locator(`figure[data-indicator="${indicator}"]`).first().waitFor();
});

test('the matrix and the gap view hide empty rows by default and show them on request', async () => {
  const { page } = browser;
  await page.locator('[data-testid="mode-matrix"]').click();
  await page.locator('[data-testid="matrix"]').waitFor();
  await page.locator('[data-testid="matrix-scope"]').getByText('所有领域').click();
  await page.locator('[data-testid="matrix-group"]').first().waitFor();
  const groups = await page.locator('[data-testid="matrix-group"]').allInnerTexts();
  assert.ok(groups.includes('幼有所育') && groups.includes('老有所养'), groups.join(','));
  const note = await page.locator('[data-testid="hidden-empty"]').innerText();
  assert.match(note, /\d/);
  const headTop = async () => page.locator('[data-testid="matrix"] thead').evaluate((h) => h.getBoundingClientRect().top);
  const before = await headTop();
  await page.locator('.pb-matrix-scroll').evaluate((el) => el.scrollBy(0, 600));
  assert.equal(Math.round(await headTop()), Math.round(before), 'the header stays in view while the rows scroll');
  await shot(page, 'many-regions-matrix-zh-CN');

  await page.locator('[data-testid="mode-gaps"]').click();
  await page.locator('[data-testid="gap-table"]').waitFor();
  const hiddenGaps = Number((await page.locator('[data-testid="hidden-empty"]').innerText()).match(/\d+/)?.[0]);
  assert.ok(hiddenGaps > 0, 'rows with nothing to compare are hidden');
  const gaps = await page.locator('[data-testid="gap-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-gap')));
  assert.ok(gaps.every((g) => g !== ''), 'every row shown has a gap');
  await page.locator('[data-testid="show-empty"]').click();
  await page.locator('[data-testid="hidden-empty"]').waitFor({ state: 'hidden' });
  await page.locator('[data-testid="show-empty"]').click();
});

test('in English the overview is legible and units are English', async () => {
  const { page } = browser;
  await page.locator('[data-testid="language"]').click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.locator('[data-testid="mode-overview"]').click();
  await page.locator(`${OVERVIEW_CARD} [data-testid="overview-plot"][data-drawn="true"]`).waitFor();
  const card = await page.locator(OVERVIEW_CARD).innerText();
  assert.ok(card.includes('units') && !/个/.test(card), card);
  assert.match(card, /National 2025/u);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'many-regions-overview-en');
  copyFileSync(join(ARTIFACTS, 'many-regions-overview-en.png'), join(ROOT, 'docs', 'compare-overview-en.png'));
  await page.locator('[data-testid="mode-charts"]').click();
  const figure = page.locator('figure[data-testid="chart-childcare_places_per_1000"]');
  await figure.locator('canvas').first().waitFor();
  const caption = await figure.locator('figcaption').innerText();
  assert.ok(caption.includes('unit: units'), caption);
  assert.ok(!/个/.test(caption), caption);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'many-regions-childcare-en');
  await page.locator('[data-testid="mode-matrix"]').click();
  await page.locator('[data-testid="matrix-group"]').first().waitFor();
  const head = await page.locator('[data-testid="matrix"] thead').innerText();
  assert.ok(!/[个张]/.test(head), head);
  await shot(page, 'many-regions-matrix-en');
  await page.locator('[data-testid="mode-charts"]').click();
});
