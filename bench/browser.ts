// The benchmark's Chromium half: the built app in Debian's Chromium (playwright-core, real IndexedDB).
//   1. Import N plans through the Library's file input, as a researcher would: total time, throughput, the
//      longest main-thread task (PerformanceObserver 'longtask') and the page's JS heap at the end.
//   2. Compare with 10, 100 and 1,000 regions (each with every seed plan): time from opening Compare to the
//      first drawn chart of one indicator, time from a domain-tab click to its chart, and the one-indicator
//      read of the stored cells (cellsOfIndicator, the cells' indicator index) across all regions.
// Figures only; nothing is asserted.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { openBrowser, serveDist } from '../tests/e2e/harness';
import type { QueryResult } from './browser/page';
import { type SeedPlan, writeRegions } from './corpus';

export const ROOT = join(import.meta.dirname, '..');

/** The indicator Compare opens on (its default tab) and the one a tab switch goes to. */
export const OPEN_INDICATOR = 'childcare_places_per_1000';
export const SWITCH_TAB = 'elderly';
export const SWITCH_INDICATOR = 'nursing_bed_ratio';

export interface ImportFigures {
  plans: number;
  mb: number;
  seconds: number;
  plansPerSecond: number;
  mbPerSecond: number;
  done: number;
  longTasks: number;
  longestTaskMs: number;
  /** Sum of the long tasks' time over 50 ms each: how much the page was unresponsive in all. */
  blockingMs: number;
  /** The longest animation frame of the import and the scripts in it: what the longest task was doing. */
  longestFrame: LongestFrame | null;
  heapUsedMB: number;
  heapAfterGcMB: number;
  /** The same plans' rows written straight into a fresh IndexedDB (bench/browser/page.ts floor), same browser run. */
  floor: { seconds: number; documents: number; targets: number; achievements: number };
}

export interface CompareFigures {
  regions: number;
  documents: number;
  targets: number;
  fillSeconds: number;
  /** Cells and regions the one-indicator read (cellsOfIndicator) returns. */
  queryRows: number;
  queryRegions: number;
  queryColdMs: number;
  queryWarmMs: number;
  /** The same indicator's target rows (targetsOfIndicator), median of the warm runs, read in turn with the cells. */
  queryTargetsMs: number;
  queryTargetRows: number;
  /** Compare's open reads every region summary (schema 8) where it read every document row before: both, medians of the warm runs, in turn. */
  summariesMs: number;
  summaries: number;
  documentsMs: number;
  /** Loading the app on Compare → first drawn frame of OPEN_INDICATOR's chart. */
  loadMs: number;
  /** Click on Compare in the app's navigation (from the Library) → first drawn frame of OPEN_INDICATOR's chart. */
  openMs: number;
  /** That click → the tab counts shown (since schema 6 from the stored cells' keys; before, once every target was read). */
  settledMs: number;
  /** Click on the SWITCH_TAB tab as soon as the tab counts show → first drawn frame of SWITCH_INDICATOR's chart. */
  switchMs: number;
  /** Back to the first tab → its chart drawn again. */
  switchBackMs: number;
  /** The same switch once the page has settled (every tab's cells in memory: data-prefetched="true"). */
  settledSwitchMs: number;
  /** And back, settled. */
  settledBackMs: number;
  /** Click on Compare → every tab's cells in memory (data-prefetched="true"). */
  prefetchedMs: number;
  longestTaskMs: number;
  /** Every run's click → first chart and tab switch, in order. */
  runs: { openMs: number[]; switchMs: number[]; settledSwitchMs: number[] };
}

/** One very large plan imported in the app (stored in slices), and a second one cancelled midway. */
export interface LargePlanFigures {
  mb: number;
  targets: number;
  seconds: number;
  /** From picking the file to the first slice stored (its share shown). */
  firstProgressSeconds: number;
  /** Distinct shares of the file shown while it was read. */
  progressSteps: number;
  longestTaskMs: number;
  longTasks: number;
  /** Click on 取消导入 → the import no longer running. */
  cancelMs: number;
  /** Share of the cancelled file stored when it was cancelled. */
  cancelledAt: number;
  /** The same plan's rows (text, targets, achievements) written straight into a fresh IndexedDB, same browser run. */
  floor: { seconds: number; targets: number };
}

export interface BrowserFigures {
  chromium: string;
  /** null with `--only compare`. */
  import: ImportFigures | null;
  compare: CompareFigures[];
  large: LargePlanFigures | null;
}

const MB = 1024 * 1024;

/** The app's production build plus the bench page (bench/index.html + bench.js) in a temporary folder. */
export async function buildApp(out: string, options: { minify?: boolean } = {}): Promise<void> {
  await build({ root: ROOT, logLevel: 'error', build: { outDir: out, emptyOutDir: true, ...(options.minify === false ? { minify: false } : {}) } });
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    build: {
      outDir: join(out, 'bench'),
      emptyOutDir: false,
      minify: false,
      lib: { entry: join(ROOT, 'bench', 'browser', 'page.ts'), formats: ['iife'], name: 'planbenchBenchPage', fileName: () => 'bench.js' },
    },
  });
  writeFileSync(join(out, 'bench', 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script src="bench.js"></script>\n');
}

// Collects long tasks from the first script on, and the longest animation frame with the scripts that ran in it
// (what a long task was); both are reset before each measured action.
export const LONG_TASKS = `
  window.__pbLongTasks = [];
  window.__pbLongestFrame = null;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__pbLongTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (window.__pbLongestFrame && window.__pbLongestFrame.ms >= e.duration) continue;
        window.__pbLongestFrame = {
          ms: Math.round(e.duration),
          styleAndLayoutMs: e.styleAndLayoutStart ? Math.round(e.startTime + e.duration - e.styleAndLayoutStart) : 0,
          scripts: e.scripts.map((s) => ({ ms: Math.round(s.duration), invoker: s.invoker, source: (s.sourceFunctionName || '?') + ' ' + s.sourceURL.split('/').pop() })),
        };
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
`;

export interface LongestFrame {
  ms: number;
  styleAndLayoutMs: number;
  scripts: { ms: number; invoker: string; source: string }[];
}

export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __pbLongTasks: number[] }).__pbLongTasks = [];
    (window as unknown as { __pbLongestFrame: null }).__pbLongestFrame = null;
  });
}

export async function longestFrame(page: Page): Promise<LongestFrame | null> {
  return page.evaluate(() => (window as unknown as { __pbLongestFrame: LongestFrame | null }).__pbLongestFrame);
}

export async function longTasks(page: Page): Promise<number[]> {
  // A task still running is reported when it ends: give the observer a frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  return page.evaluate(() => (window as unknown as { __pbLongTasks: number[] }).__pbLongTasks.slice());
}

async function heapMB(page: Page, collect: boolean): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  if (collect) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / MB;
}

// The indicator drawn: its chart's canvas, or, from nine regions on where a domain opens on its overview, its dot plot.
const drawnChart = (indicator: string) =>
  `[data-indicator="${indicator}"] [data-testid="chart-canvas"][data-drawn="true"], [data-indicator="${indicator}"] [data-testid="overview-plot"][data-drawn="true"]`;

// Page scripts are strings: tsx would wrap named inner functions in a helper (__name) the page lacks.
const POLL = `(selector, t0) => new Promise((resolve, reject) => {
  const deadline = t0 + 120000;
  requestAnimationFrame(function tick() {
    if (document.querySelector(selector)) resolve(performance.now() - t0);
    else if (performance.now() > deadline) reject(new Error('timed out waiting for ' + selector));
    else requestAnimationFrame(tick);
  });
})`;

/** Milliseconds from the page's start until `selector` exists, polled every animation frame. */
async function timeSinceNavigation(page: Page, selector: string): Promise<number> {
  return page.evaluate(`(${POLL})(${JSON.stringify(selector)}, 0)`);
}

/** Milliseconds from a click on `action` until `selector` exists, polled every animation frame. */
async function timeUntil(page: Page, action: string, selector: string): Promise<number> {
  return page.evaluate(`(() => {
    const target = document.querySelector(${JSON.stringify(action)});
    if (!target) throw new Error('nothing to click: ' + ${JSON.stringify(action)});
    const t0 = performance.now();
    window.__pbClickedAt = t0;
    target.click();
    return (${POLL})(${JSON.stringify(selector)}, t0);
  })()`);
}

/** Milliseconds from the last timeUntil click until `selector` exists. */
async function timeSinceClick(page: Page, selector: string): Promise<number> {
  return page.evaluate(`(${POLL})(${JSON.stringify(selector)}, window.__pbClickedAt)`);
}

export async function measureImport(url: string, dist: string, seeds: readonly SeedPlan[], plans: number): Promise<ImportFigures> {
  const regions = Math.ceil(plans / seeds.length);
  // Under the served folder, so the floor's page can fetch the same files.
  const files = writeRegions(seeds, join(dist, 'bench', 'import'), 0, regions).files.slice(0, plans);
  const paths = files.map((f) => f.path);
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await page.addInitScript(LONG_TASKS);
    await page.goto(`${url}#/library`);
    // The first launch imports the five samples; the measured import starts after it.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-title"]').length >= 5, undefined, { timeout: 120_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="cancel-import"]'), undefined, { timeout: 120_000 });
    await resetLongTasks(page);
    const t0 = performance.now();
    await page.locator('[data-testid="file-input"]').setInputFiles(paths);
    await page.waitForFunction(
      (n) => {
        const progress = document.querySelector('[data-testid="progress"]');
        return progress?.getAttribute('data-total') === String(n) && progress.getAttribute('data-done') === String(n) && progress.getAttribute('data-running') === 'false';
      },
      paths.length,
      { timeout: 1_800_000, polling: 250 },
    );
    const seconds = (performance.now() - t0) / 1000;
    const tasks = await longTasks(page);
    const failed = await page.locator('[data-testid="import-errors"] li').count();
    const done = paths.length - failed;
    const mb = files.reduce((n, f) => n + f.size, 0) / MB;
    const frame = await longestFrame(page);
    const heapUsedMB = await heapMB(page, false);
    const heapAfterGcMB = await heapMB(page, true);
    // The floor in the same browser: the same files' rows straight into a fresh database.
    await page.goto(`${url}bench/`);
    const urls = paths.map((p) => `${url}bench/${relative(join(dist, 'bench'), p).split('\\').join('/')}`);
    type Floor = { floor(paths: string[]): Promise<{ seconds: number; documents: number; targets: number; achievements: number }> };
    const floor = await page.evaluate((list) => (globalThis as unknown as { planbenchBench: Floor }).planbenchBench.floor(list), urls);
    return {
      plans: paths.length,
      mb,
      seconds,
      plansPerSecond: paths.length / seconds,
      mbPerSecond: mb / seconds,
      done,
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks),
      blockingMs: tasks.reduce((n, d) => n + Math.max(0, d - 50), 0),
      longestFrame: frame,
      heapUsedMB,
      heapAfterGcMB,
      floor,
    };
  } finally {
    await browser.close();
  }
}

const PART_WATCH = `
  window.__pbParts = [];
  (function sample() {
    const part = document.querySelector('[data-testid="slice-progress"]');
    const value = part && Number(part.getAttribute('data-part'));
    if (part && window.__pbParts[window.__pbParts.length - 1] !== value) window.__pbParts.push(value);
    requestAnimationFrame(sample);
  })();
`;

/** Imports `path` (a plan above the slicing threshold) through the Library, then cancels `other` midway. */
/** Target rows stored under a document id, straight from IndexedDB. */
async function storedTargets(page: Page, documentId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('planbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          // Its target rows and (schema 9) its packed targets: a plan stored in slices is packed, no row per target.
          const packed = db.objectStoreNames.contains('targetPacks');
          const tx = db.transaction(packed ? ['targets', 'targetPacks'] : ['targets'], 'readonly');
          const count = tx.objectStore('targets').index('documentId').count(id);
          const packs = packed ? tx.objectStore('targetPacks').index('documentId').getAll(id) : null;
          tx.oncomplete = () => {
            const inPacks = ((packs?.result ?? []) as { targets: unknown[] }[]).reduce((n, p) => n + p.targets.length, 0);
            resolve(count.result + inPacks);
            db.close();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    documentId,
  );
}

export async function measureLargePlan(url: string, dist: string, path: string, other: string, mb: number): Promise<LargePlanFigures> {
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await page.addInitScript(LONG_TASKS);
    await page.addInitScript(PART_WATCH);
    await page.goto(`${url}#/library`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-title"]').length >= 5, undefined, { timeout: 120_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="cancel-import"]'), undefined, { timeout: 120_000 });
    await resetLongTasks(page);
    const t0 = performance.now();
    await page.locator('[data-testid="file-input"]').setInputFiles(path);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="slice-progress"]')?.getAttribute('data-part') ?? 0) > 0, undefined, { timeout: 1_800_000, polling: 100 });
    const firstProgressSeconds = (performance.now() - t0) / 1000;
    await page.waitForFunction(() => document.querySelector('[data-testid="progress"]')?.getAttribute('data-running') === 'false', undefined, { timeout: 3_600_000, polling: 250 });
    const seconds = (performance.now() - t0) / 1000;
    const tasks = await longTasks(page);
    const parts = await page.evaluate(() => (window as unknown as { __pbParts: number[] }).__pbParts);
    const failed = await page.locator('[data-testid="import-errors"] li').allTextContents();
    if (failed.length > 0) throw new Error(`the large plan failed: ${failed.join(' / ')}`);
    const targets = await storedTargets(page, createHash('sha256').update(readFileSync(path)).digest('hex'));

    await page.locator('[data-testid="file-input"]').setInputFiles(other);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="slice-progress"]')?.getAttribute('data-part') ?? 0) > 0.2, undefined, { timeout: 1_800_000, polling: 100 });
    const cancel = await page.evaluate(`new Promise((resolve) => {
      const part = Number(document.querySelector('[data-testid="slice-progress"]')?.getAttribute('data-part') ?? 0);
      const t0 = performance.now();
      document.querySelector('[data-testid="cancel-import"]').click();
      (function poll() {
        if (document.querySelector('[data-testid="progress"]')?.getAttribute('data-running') === 'false') resolve({ ms: performance.now() - t0, part });
        else requestAnimationFrame(poll);
      })();
    })`) as { ms: number; part: number };
    // The floor in the same browser: the plan's rows straight into a fresh database (served beside the bench page).
    mkdirSync(join(dist, 'bench', 'large'), { recursive: true });
    copyFileSync(path, join(dist, 'bench', 'large', 'plan.txt'));
    await page.goto(`${url}bench/`);
    type Floor = { largeFloor(path: string): Promise<{ seconds: number; targets: number }> };
    const floor = await page.evaluate((file) => (globalThis as unknown as { planbenchBench: Floor }).planbenchBench.largeFloor(file), `${url}bench/large/plan.txt`);
    return {
      mb,
      targets,
      seconds,
      firstProgressSeconds,
      progressSteps: parts.filter((p) => p > 0 && p < 1).length,
      longestTaskMs: Math.max(0, ...tasks),
      longTasks: tasks.length,
      cancelMs: cancel.ms,
      cancelledAt: cancel.part,
      floor: { seconds: floor.seconds, targets: floor.targets },
    };
  } finally {
    await browser.close();
  }
}

export interface CompareOptions {
  /** Times each open and tab switch is measured; the figures are the medians. */
  runs: number;
  /** A folder for a Chromium CPU profile (.cpuprofile) of the first click on Compare at the largest size. */
  profile?: string | null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** Starts Chromium's sampling profiler (CDP) on the page; stop() writes the profile where asked. */
async function startProfile(page: Page, what = 'the click on Compare'): Promise<{ stop(path: string): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop(path: string) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(path, JSON.stringify(profile));
      await cdp.detach();
      process.stdout.write(`  CPU profile of ${what}: ${path}\n`);
    },
  };
}

async function measureCompare(url: string, dist: string, seeds: readonly SeedPlan[], sizes: readonly number[], options: CompareOptions): Promise<CompareFigures[]> {
  const corpusDir = join(dist, 'bench', 'corpus');
  const browser = await openBrowser();
  const figures: CompareFigures[] = [];
  try {
    const { page } = browser;
    await page.addInitScript(LONG_TASKS);
    // Each corpus region renames every seed's place: as many regions in the store as the seeds name.
    const perCorpusRegion = new Set(seeds.map((s) => s.region)).size;
    let filled = 0;
    for (const size of sizes) {
      const upTo = Math.ceil(size / perCorpusRegion);
      const written = writeRegions(seeds, corpusDir, filled, upTo).files;
      const urls = written.map(({ path: p }) => `${url}bench/${relative(join(dist, 'bench'), p).split('\\').join('/')}`);
      await page.goto(`${url}bench/`);
      type Bench = {
        fill(paths: string[]): Promise<{ documents: number; failed: string[]; seconds: number }>;
        query(indicator: string, runs: number): Promise<QueryResult>;
        counts(): Promise<{ regions: number; documents: number; targets: number }>;
        close(): void;
      };
      const fill = await page.evaluate((list) => (globalThis as unknown as { planbenchBench: Bench }).planbenchBench.fill(list), urls);
      if (fill.failed.length > 0) throw new Error(`bench fill failed for ${fill.failed.slice(0, 3).join(', ')}`);
      filled = upTo;
      const counts = await page.evaluate(() => (globalThis as unknown as { planbenchBench: Bench }).planbenchBench.counts());
      const query = await page.evaluate((indicator) => (globalThis as unknown as { planbenchBench: Bench }).planbenchBench.query(indicator, 6), OPEN_INDICATOR);
      await page.evaluate(() => (globalThis as unknown as { planbenchBench: Bench }).planbenchBench.close());
      const warmMedian = (ms: readonly number[]) => median(ms.slice(1));

      // Loading the app on Compare, then (measured) going to Compare from the Library as a researcher does.
      await page.goto(`${url}#/compare`);
      const loadMs = await timeSinceNavigation(page, drawnChart(OPEN_INDICATOR));
      const counted = `[data-testid="tab-${SWITCH_TAB}"][data-count]`;
      await timeSinceNavigation(page, counted);
      await page.locator('[data-testid="nav-library"]').click();
      await page.locator('[data-testid="document-title"]').first().waitFor({ timeout: 120_000 });
      // Each measured action is repeated `runs` times (median taken): one run under load says little.
      const opens: number[] = [];
      const settles: number[] = [];
      const switches: number[] = [];
      const backs: number[] = [];
      const settledSwitches: number[] = [];
      const settledBacks: number[] = [];
      const prefetches: number[] = [];
      let longest = 0;
      for (let run = 0; run < options.runs; run++) {
        if (run > 0) {
          await page.locator('[data-testid="nav-library"]').click();
          await page.locator('[data-testid="document-title"]').first().waitFor({ timeout: 120_000 });
        }
        await resetLongTasks(page);
        const profiling = options.profile && size === sizes[sizes.length - 1] && run === 0 ? await startProfile(page) : null;
        opens.push(await timeUntil(page, '[data-testid="nav-compare"]', drawnChart(OPEN_INDICATOR)));
        const openedAt = await page.evaluate(() => (window as unknown as { __pbClickedAt: number }).__pbClickedAt);
        if (profiling) await profiling.stop(join(options.profile as string, `compare-open-${counts.regions}.cpuprofile`));
        // Every target read (tab counts shown): a researcher switches tabs after looking at the first one.
        settles.push(await timeSinceClick(page, counted));
        const openTasks = await longTasks(page);
        await resetLongTasks(page);
        const profileHere = (what: string) => (profiling ? startProfile(page, what) : null);
        let switching = await profileHere('the tab switch as the counts show');
        switches.push(await timeUntil(page, `[data-testid="tab-${SWITCH_TAB}"]`, drawnChart(SWITCH_INDICATOR)));
        await switching?.stop(join(options.profile as string, `compare-switch-${counts.regions}.cpuprofile`));
        switching = await profileHere('the switch back');
        backs.push(await timeUntil(page, '[data-testid="tab-childcare"]', drawnChart(OPEN_INDICATOR)));
        await switching?.stop(join(options.profile as string, `compare-back-${counts.regions}.cpuprofile`));
        const switchTasks = await longTasks(page);
        longest = Math.max(longest, ...openTasks, ...switchTasks);
        // Once the idle prefetch has read every tab (the case the design is for), the same switch and back again.
        prefetches.push(await page.evaluate(`(${POLL})('[data-testid="compare"][data-prefetched="true"]', ${openedAt})`));
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
        switching = await profileHere('the settled switch');
        settledSwitches.push(await timeUntil(page, `[data-testid="tab-${SWITCH_TAB}"]`, drawnChart(SWITCH_INDICATOR)));
        await switching?.stop(join(options.profile as string, `compare-settled-switch-${counts.regions}.cpuprofile`));
        switching = await profileHere('the settled switch back');
        settledBacks.push(await timeUntil(page, '[data-testid="tab-childcare"]', drawnChart(OPEN_INDICATOR)));
        await switching?.stop(join(options.profile as string, `compare-settled-back-${counts.regions}.cpuprofile`));
      }
      const [openMs, settledMs, switchMs, switchBackMs, settledSwitchMs, settledBackMs, prefetchedMs] = [opens, settles, switches, backs, settledSwitches, settledBacks, prefetches].map(median) as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      figures.push({
        regions: counts.regions,
        documents: counts.documents,
        targets: counts.targets,
        fillSeconds: fill.seconds,
        queryRows: query.rows,
        queryRegions: query.regions,
        queryColdMs: query.ms[0] ?? 0,
        queryWarmMs: warmMedian(query.ms),
        queryTargetsMs: warmMedian(query.targetMs),
        queryTargetRows: query.targetRows,
        summariesMs: warmMedian(query.summariesMs),
        summaries: query.summaries,
        documentsMs: warmMedian(query.documentsMs),
        loadMs,
        openMs,
        settledMs,
        switchMs,
        switchBackMs,
        settledSwitchMs,
        settledBackMs,
        prefetchedMs,
        longestTaskMs: longest,
        runs: { openMs: opens, switchMs: switches, settledSwitchMs: settledSwitches },
      });
      process.stdout.write(`  compare with ${counts.regions} regions measured\n`);
    }
  } finally {
    await browser.close();
  }
  return figures;
}

/** Builds the app, then measures import and Compare in Chromium. */
export async function browserBench(
  seeds: readonly SeedPlan[],
  options: {
    /** 0: skip the import (`--only compare`). */
    importPlans: number;
    compareSizes: readonly number[];
    compare?: CompareOptions;
    largePlan?: { path: string; other: string; mb: number } | null;
  },
): Promise<BrowserFigures> {
  const work = mkdtempSync(join(tmpdir(), 'planbench-bench-browser-'));
  const dist = join(work, 'dist');
  try {
    // A profiled run is built unminified, so the profile names the app's functions.
    await buildApp(dist, { minify: !options.compare?.profile });
    const served = await serveDist(dist);
    try {
      const chromium = execFileSync(process.env.PLANBENCH_CHROMIUM ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .trim()
        .split('\n')
        .pop() ?? 'unknown';
      const imported = options.importPlans > 0 ? await measureImport(served.url, dist, seeds, options.importPlans) : null;
      if (imported) process.stdout.write(`  import of ${imported.plans} plans measured\n`);
      const compare = options.compareSizes.length > 0 ? await measureCompare(served.url, dist, seeds, options.compareSizes, options.compare ?? { runs: 1 }) : [];
      const large = options.largePlan ? await measureLargePlan(served.url, dist, options.largePlan.path, options.largePlan.other, options.largePlan.mb) : null;
      if (large) process.stdout.write(`  one ${Math.round(large.mb)} MB plan measured\n`);
      return { chromium, import: imported, compare, large };
    } finally {
      await served.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
