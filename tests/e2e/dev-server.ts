// The first visit of a fresh clone: `npm run web`'s Vite dev server started with an empty dependency cache, and
// Chromium with an empty profile opening it at once. Used by tests/e2e/dev-server.e2e.ts (no reload, no warning)
// and by `npm run bench` (the time).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, createServer } from 'vite';
import { openBrowser, ROOT } from './harness';

export interface FirstVisit {
  /** From the server's start to a listening address (dependency pre-bundling runs on from here). */
  serverReadyMs: number;
  /** From the browser's navigation to the first drawn chart of Compare. */
  firstChartMs: number;
  /** From the server's start to that chart: what a user who opens the page at once waits. */
  totalMs: number;
  /** Full page loads the browser made (a Vite "optimized dependencies changed. reloading" adds one). */
  documentLoads: number;
  /** Regions in the first chart's data table. */
  regions: string[];
  /** What the server logged as warnings or errors, and Vite's reload notices. */
  warnings: string[];
  reloads: string[];
}

/** Starts the dev server with a fresh dependency cache, opens the app in a fresh profile and waits for a chart. */
export async function firstVisit(options: { timeoutMs?: number } = {}): Promise<FirstVisit> {
  const timeout = options.timeoutMs ?? 240_000;
  // Inside the project, as node_modules/.vite is, so the server may serve it; removed afterwards.
  const cacheDir = join(ROOT, 'node_modules', `.vite-first-visit-${process.pid}`);
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const warnings: string[] = [];
  const reloads: string[] = [];
  const logger = createLogger('info', { allowClearScreen: false });
  const info = logger.info.bind(logger);
  logger.info = (message, opts) => {
    if (/reloading|new dependencies optimized/i.test(message)) reloads.push(message);
    info(message, opts);
  };
  logger.warn = (message) => void warnings.push(message);
  logger.warnOnce = (message) => void warnings.push(message);
  logger.error = (message) => void warnings.push(message);
  // Vue's SFC compiler warns through console.warn (e.g. "v-model cannot update a const reactive binding").
  const consoleWarn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));

  const t0 = performance.now();
  const server = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    cacheDir,
    customLogger: logger,
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const browser = await openBrowser();
  try {
    await server.listen();
    const serverReadyMs = performance.now() - t0;
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the dev server has no address');
    let documentLoads = 0;
    browser.page.on('domcontentloaded', () => documentLoads++);
    const t1 = performance.now();
    await browser.page.goto(url, { waitUntil: 'commit', timeout });
    await browser.page.waitForSelector('[data-testid="chart-canvas"][data-drawn="true"]', { timeout });
    const now = performance.now();
    // The first launch imports the samples as the page watches: the first figure fills as they arrive.
    await browser.page.waitForFunction(() => document.querySelectorAll('figure[data-testid^="chart-"]:first-of-type tbody tr[data-region]').length >= 2, null, { timeout });
    // A reload Vite decides on arrives just after the page has run, with the modules it fetches: wait until the
    // network is quiet (no request for half a second), so a reload has shown before the loads are counted.
    await browser.page.waitForLoadState('networkidle', { timeout });
    const regions = await browser.page
      .locator('figure[data-testid^="chart-"]')
      .first()
      .locator('tbody tr[data-region]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-region') ?? ''));
    return { serverReadyMs, firstChartMs: now - t1, totalMs: now - t0, documentLoads, regions, warnings, reloads };
  } finally {
    console.warn = consoleWarn;
    await browser.close();
    await server.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
