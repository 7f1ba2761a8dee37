// Compare's tab switch at many regions, A/B: built apps (bench/browser.ts buildApp) served in turn on one origin over
// one filled Chromium profile, so every variant reads the same IndexedDB. Per variant and round: the click on 对照
// Compare from the Library, the switch to SWITCH_TAB as the tab counts show and back, then (every tab in memory:
// data-prefetched="true") the same switch and back; wall time to the chart drawn and the page's main-thread busy time
// (CPU time of the renderer processes, CDP SystemInfo.getProcessInfo) to it and over the next 2 s (the cards drawn after it).
//   node --import tsx bench/draw-ab.ts --profile-dir DIR --regions 1000 --rounds 3 [--cpu-profiles OUT] name=DIST [name=DIST…]
//   (--cpu-profiles: Chromium CPU profiles of each variant's last round (its page warm from the rounds before), one per action, OUT/<name>-<action>.cpuprofile;
//   build the variants unminified, buildApp(dir, { minify: false }), to read the app's function names in them;
//   --traces OUT: a Chromium trace of every round's open instead (devtools.timeline with thread times, OUT/<name>-open-<round>.json:
//   the main thread's tasks, style, layout, paint, IndexedDB callbacks and GC, each with the CPU the thread spent in it);
//   --trace-switches (with --traces): each switch's trace too, OUT/<name>-<switch|back|settled|settledBack>-<round>.json;
//   --profile-all: every round's, OUT/<name>-<action>-<round>.cpuprofile, to set a slow round beside a fast one.)
//   (each DIST built by buildApp; the first run fills DIR's profile, later runs reuse it. Builds of different schema
//   versions share that one database: the newer upgrades it, so compare builds of the same schema, or refill.)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { OPEN_INDICATOR, ROOT, SWITCH_INDICATOR, SWITCH_TAB } from './browser';
import { readSeeds, writeRegions } from './corpus';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'profile-dir': { type: 'string' }, regions: { type: 'string' }, rounds: { type: 'string' }, port: { type: 'string' }, 'cpu-profiles': { type: 'string' }, 'profile-all': { type: 'boolean' }, traces: { type: 'string' }, 'trace-switches': { type: 'boolean' } },
});
const profileDir = values['profile-dir'] ?? '/tmp/planbench-draw-ab';
const regions = Number(values.regions ?? 1000);
const rounds = Number(values.rounds ?? 3);
const port = Number(values.port ?? 47311);
const cpuProfiles = values['cpu-profiles'] ?? null;
const profileAll = values['profile-all'] ?? false;
const traces = values.traces ?? null;
const traceSwitches = values['trace-switches'] ?? false;
if (traces) mkdirSync(traces, { recursive: true });
if (cpuProfiles) mkdirSync(cpuProfiles, { recursive: true });
const variants = positionals.map((p) => {
  const [name, dir] = p.split('=') as [string, string];
  return { name, dir };
});
if (variants.length === 0) throw new Error('name=DIST expected');

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.txt': 'text/plain' };
let root = variants[0]!.dir;
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) {
    res.statusCode = 404;
    res.end('not found');
    return;
  }
  res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
  res.setHeader('cache-control', 'no-store');
  res.end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${port}/`;

mkdirSync(profileDir, { recursive: true });
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 800 },
  locale: 'zh-CN',
});
const page = context.pages()[0] ?? (await context.newPage());
// CPU time (ms) of Chromium's renderer processes: the page's threads (main, compositor, raster), not wall time.
const browserCdp = await context.browser()!.newBrowserCDPSession();
const busy = async () => {
  const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; cpuTime: number }[] };
  return processInfo.filter((p) => p.type === 'renderer').reduce((n, p) => n + p.cpuTime, 0) * 1000;
};

const filledMark = join(profileDir, `filled-${regions}`);
if (!existsSync(filledMark)) {
  const seeds = readSeeds(join(ROOT, 'seeds'));
  const perCorpusRegion = new Set(seeds.map((s) => s.region)).size;
  const corpusDir = join(root, 'bench', 'corpus');
  const written = writeRegions(seeds, corpusDir, 0, Math.ceil(regions / perCorpusRegion)).files;
  const urls = written.map(({ path: p }) => `${url}bench/${relative(join(root, 'bench'), p).split('\\').join('/')}`);
  await page.goto(`${url}bench/`);
  type Bench = { fill(paths: string[]): Promise<{ documents: number; failed: string[]; seconds: number }>; close(): void };
  const fill = await page.evaluate((list) => (globalThis as unknown as { planbenchBench: Bench }).planbenchBench.fill(list), urls);
  await page.evaluate(() => (globalThis as unknown as { planbenchBench: Bench }).planbenchBench.close());
  process.stdout.write(`filled ${fill.documents} documents in ${fill.seconds.toFixed(0)} s\n`);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(filledMark, '');
}

const drawn = (indicator: string) =>
  `[data-indicator="${indicator}"] [data-testid="chart-canvas"][data-drawn="true"], [data-indicator="${indicator}"] [data-testid="overview-plot"][data-drawn="true"]`;
const POLL = `(selector, t0) => new Promise((resolve, reject) => {
  requestAnimationFrame(function tick() {
    if (document.querySelector(selector)) resolve(performance.now() - t0);
    else if (performance.now() > t0 + 120000) reject(new Error('timed out waiting for ' + selector));
    else requestAnimationFrame(tick);
  });
})`;
/** Where the next timed action's CPU profile goes (null: not profiled). */
let profileTo: string | null = null;
/** Where the next timed action's trace goes (null: not traced). */
let traceTo: string | null = null;
async function timed(p: Page, action: string, selector: string): Promise<{ ms: number; cpu: number; cpu2s: number }> {
  const cdp = profileTo ? await p.context().newCDPSession(p) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const tracer = traceTo ? await p.context().newCDPSession(p) : null;
  const events: unknown[] = [];
  if (tracer) {
    tracer.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown[])));
    await tracer.send('Tracing.start', {
      traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'IndexedDB'], enableSampling: false },
      transferMode: 'ReportEvents',
    });
  }
  const before = await busy();
  const ms = (await p.evaluate(`(() => {
    const target = document.querySelector(${JSON.stringify(action)});
    const t0 = performance.now();
    window.__pbClickedAt = t0;
    performance.mark('pbClick');
    target.click();
    return (${POLL})(${JSON.stringify(selector)}, t0);
  })()`)) as number;
  const at = await busy();
  if (tracer && traceTo) {
    await p.waitForTimeout(300);
    const complete = new Promise<void>((resolve) => tracer.once('Tracing.tracingComplete', () => resolve()));
    await tracer.send('Tracing.end');
    await complete;
    await tracer.detach();
    writeFileSync(traceTo, JSON.stringify({ traceEvents: events, drawnMs: ms }));
  }
  if (cdp && profileTo) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(profileTo, JSON.stringify(profile));
    await cdp.detach();
  }
  await p.waitForTimeout(Math.max(0, 2000 - ms));
  const after = await busy();
  return { ms, cpu: at - before, cpu2s: after - before };
}

type Row = Record<string, { ms: number; cpu: number; cpu2s: number }>;
const results = new Map<string, Row[]>(variants.map((v) => [v.name, []]));
for (let round = 0; round < rounds; round++) {
  for (const v of variants) {
    root = v.dir;
    // A new document for each variant: a goto that changes only the hash would keep the previous build's page.
    await page.goto('about:blank');
    await page.goto(`${url}#/library`);
    await page.locator('[data-testid="document-title"]').first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1000);
    const row: Row = {};
    const profiled = (action: string) =>
      (profileTo = !cpuProfiles ? null : profileAll ? join(cpuProfiles, `${v.name}-${action}-${round}.cpuprofile`) : round === rounds - 1 ? join(cpuProfiles, `${v.name}-${action}.cpuprofile`) : null);
    // --traces: the open's trace; with --trace-switches, every switch's too.
    const traced = (action: string) => (traceTo = traces && (action === 'open' || traceSwitches) ? join(traces, `${v.name}-${action}-${round}.json`) : null);
    profiled('open');
    traced('open');
    row.open = await timed(page, '[data-testid="nav-compare"]', drawn(OPEN_INDICATOR));
    traceTo = null;
    await page.evaluate(`(${POLL})('[data-testid="tab-${SWITCH_TAB}"][data-count]', window.__pbClickedAt)`);
    profiled('switch');
    traced('switch');
    row.switch = await timed(page, `[data-testid="tab-${SWITCH_TAB}"]`, drawn(SWITCH_INDICATOR));
    profiled('back');
    traced('back');
    row.back = await timed(page, '[data-testid="tab-childcare"]', drawn(OPEN_INDICATOR));
    traceTo = null;
    await page.evaluate(`(${POLL})('[data-testid="compare"][data-prefetched="true"]', window.__pbClickedAt)`);
    await page.waitForTimeout(500);
    profiled('settled');
    traced('settled');
    row.settled = await timed(page, `[data-testid="tab-${SWITCH_TAB}"]`, drawn(SWITCH_INDICATOR));
    profiled('settledBack');
    traced('settledBack');
    row.settledBack = await timed(page, '[data-testid="tab-childcare"]', drawn(OPEN_INDICATOR));
    traceTo = null;
    results.get(v.name)!.push(row);
    const f = (k: string) => `${k} ${row[k]!.ms.toFixed(0)}ms/cpu ${row[k]!.cpu.toFixed(0)} (2s ${row[k]!.cpu2s.toFixed(0)})`;
    process.stdout.write(`round ${round} ${v.name} load ${loadavg()[0]!.toFixed(2)}: ${['open', 'switch', 'back', 'settled', 'settledBack'].map(f).join(' | ')}\n`);
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
for (const v of variants) {
  const rows = results.get(v.name)!;
  const line = ['open', 'switch', 'back', 'settled', 'settledBack'].map((k) => `${k} ${med(rows.map((r) => r[k]!.ms)).toFixed(0)}ms cpu ${med(rows.map((r) => r[k]!.cpu)).toFixed(0)} (2s ${med(rows.map((r) => r[k]!.cpu2s)).toFixed(0)})`);
  process.stdout.write(`median ${v.name}: ${line.join(' | ')}\n`);
}
await context.close();
server.close();
