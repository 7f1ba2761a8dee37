// Dev probe: import N plans through the Library of a built app (PLANBENCH_PROBE_DIST, built once), with each
// Chromium thread's CPU time over the import (from /proc) and optionally a CDP CPU profile of the page.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, longestFrame, longTasks, LONG_TASKS, resetLongTasks, ROOT } from './browser';
import { readSeeds, writeRegions } from './corpus';
import { openBrowser, serveDist } from '../tests/e2e/harness';

const { values } = parseArgs({ options: { plans: { type: 'string' }, dist: { type: 'string' }, build: { type: 'boolean' }, profile: { type: 'string' }, floor: { type: 'boolean' }, 'index-cost': { type: 'string' }, 'row-cost': { type: 'string' }, unminified: { type: 'boolean' } } });
const dist = values.dist ?? '/tmp/pbimp/dist';
if (values.build || !existsSync(join(dist, 'index.html'))) await buildApp(dist, { minify: !values.profile && !values.unminified });
const plans = Number(values.plans ?? 300);
const seeds = readSeeds(join(ROOT, 'seeds'));

function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    let kids: string;
    try { kids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(p)], { encoding: 'utf8' }); } catch { return; }
    for (const k of kids.split('\n').map((s) => Number(s.trim())).filter((n) => n > 0)) { out.push(k); walk(k); }
  };
  walk(pid);
  return out;
}
function threadCpu(): Map<string, number> {
  const hz = 100;
  const m = new Map<string, number>();
  for (const pid of descendants(process.pid)) {
    let cmd = '';
    try { cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { continue; }
    if (!cmd.includes('chrom')) continue;
    const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
    const sub = /--utility-sub-type=([\w.]+)/.exec(cmd)?.[1];
    let tasks: string[] = [];
    try { tasks = readdirSync(`/proc/${pid}/task`); } catch { continue; }
    for (const t of tasks) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
        const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const cpu = (Number(f[11]) + Number(f[12])) / hz;
        const key = `${type}${sub ? ':' + sub.split('.').pop() : ''}/${comm.replace(/\d+$/, '#')}`;
        m.set(key, (m.get(key) ?? 0) + cpu);
      } catch { /* gone */ }
    }
  }
  return m;
}

const served = await serveDist(dist);
if (values['row-cost']) {
  // Target rows written as the app writes them beside cheaper variants (bench/browser/page.ts rowCost), then exit.
  const seedFiles = writeRegions(seeds, join(dist, 'bench', 'import'), 0, 1).files;
  const urls = seedFiles.map((f) => `${served.url}bench/${relative(join(dist, 'bench'), f.path).split('\\').join('/')}`);
  const browser = await openBrowser();
  try {
    await browser.page.goto(`${served.url}bench/`);
    type Cost = { rowCost(paths: string[], rows: number): Promise<{ ms: Record<string, number[]>; read: Record<string, number[]>; bytes: Record<string, number> }> };
    const rows = Number(values['row-cost']);
    const load0 = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    const cpu0 = threadCpu();
    const cost = await browser.page.evaluate(([list, n]) => (globalThis as unknown as { planbenchBench: Cost }).planbenchBench.rowCost(list as string[], n as number), [urls, rows] as const);
    const cpu1 = threadCpu();
    const load1 = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    for (const [label, ms] of Object.entries(cost.ms)) console.log(`${label.padEnd(30)} ${ms.join(' / ').padEnd(24)} ms  ${String(Math.round((1000 * Math.min(...ms)) / rows)).padStart(5)} µs per target (best)  ${cost.bytes[label]} B JSON per target; read back ${Math.min(...(cost.read[label] ?? []))} ms (best)`);
    const busy = [...cpu1].map(([k, v]) => [k, v - (cpu0.get(k) ?? 0)] as const).filter(([, v]) => v > 0.5).sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(`CPU over all variants: ${busy.map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')}`);
    console.log(`load ${load0} → ${load1}`);
  } finally {
    await browser.close();
    await served.close();
  }
  process.exit(0);
}
if (values['index-cost']) {
  // Per-index cost of target writes (bench/browser/page.ts indexCost) over this many rows, then exit.
  const seedFiles = writeRegions(seeds, join(dist, 'bench', 'import'), 0, 1).files;
  const urls = seedFiles.map((f) => `${served.url}bench/${relative(join(dist, 'bench'), f.path).split('\\').join('/')}`);
  const browser = await openBrowser();
  try {
    await browser.page.goto(`${served.url}bench/`);
    type Cost = { indexCost(paths: string[], rows: number): Promise<Record<string, number[]>> };
    const rows = Number(values['index-cost']);
    const load0 = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    const cost = await browser.page.evaluate(([list, n]) => (globalThis as unknown as { planbenchBench: Cost }).planbenchBench.indexCost(list as string[], n as number), [urls, rows] as const);
    const load1 = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    for (const [label, ms] of Object.entries(cost)) console.log(`${label.padEnd(36)} ${ms.join(' / ')} ms  (${Math.round((1000 * Math.min(...ms)) / rows)} µs per row, best)`);
    console.log(`load ${load0} → ${load1}`);
  } finally {
    await browser.close();
    await served.close();
  }
  process.exit(0);
}
const files = writeRegions(seeds, join(dist, 'bench', 'import'), 0, Math.ceil(plans / seeds.length)).files.slice(0, plans);
const paths = files.map((f) => f.path);
const browser = await openBrowser();
try {
  const { page } = browser;
  await page.addInitScript(LONG_TASKS);
  await page.goto(`${served.url}#/library`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-title"]').length >= 5, undefined, { timeout: 120_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="cancel-import"]'), undefined, { timeout: 120_000 });
  await new Promise((r) => setTimeout(r, 1000));
  const cdp = values.profile ? await page.context().newCDPSession(page) : null;
  if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 500 }); await cdp.send('Profiler.start'); }
  await resetLongTasks(page);
  await page.evaluate(() => performance.clearMarks('planbench:batch-fallback'));
  const before = threadCpu();
  const load0 = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  const t0 = performance.now();
  await page.locator('[data-testid="file-input"]').setInputFiles(paths);
  await page.waitForFunction((n) => {
    const p = document.querySelector('[data-testid="progress"]');
    return p?.getAttribute('data-total') === String(n) && p.getAttribute('data-done') === String(n) && p.getAttribute('data-running') === 'false';
  }, paths.length, { timeout: 1_800_000, polling: 250 });
  const seconds = (performance.now() - t0) / 1000;
  const after = threadCpu();
  // The page's long tasks over the import, and the longest animation frame with the scripts in it.
  const tasks = await longTasks(page);
  const frame = await longestFrame(page);
  if (cdp) { const { profile } = await cdp.send('Profiler.stop'); writeFileSync(values.profile!, JSON.stringify(profile)); }
  const failed = await page.locator('[data-testid="import-errors"] li').count();
  // Batches whose transaction failed and whose plans were then saved one per transaction (src/app/imports.ts marks each).
  const fallbacks = await page.evaluate(() => performance.getEntriesByName('planbench:batch-fallback').map((e) => (e as PerformanceMark).detail as { plans: number; code: string; detail: string }));
  const rows = [...after].map(([k, v]) => [k, v - (before.get(k) ?? 0)] as const).filter(([, v]) => v > 0.05).sort((a, b) => b[1] - a[1]);
  let floor: { seconds: number; documents: number; targets: number; cpu?: string[] } | null = null;
  if (values.floor) {
    await page.goto(`${served.url}bench/`);
    const urls = paths.map((p) => `${served.url}bench/${relative(join(dist, 'bench'), p).split('\\').join('/')}`);
    const f0 = threadCpu();
    type Floor = { floor(paths: string[]): Promise<{ seconds: number; documents: number; targets: number }> };
    floor = await page.evaluate((list) => (globalThis as unknown as { planbenchBench: Floor }).planbenchBench.floor(list), urls);
    const f1 = threadCpu();
    // The floor's files are extracted outside its clock but in this window: its renderer's CPU includes that.
    floor.cpu = [...f1].map(([k, v]) => [k, v - (f0.get(k) ?? 0)] as const).filter(([, v]) => v > 0.05).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(2)}`);
  }
  console.log(JSON.stringify({ plans, seconds: +seconds.toFixed(1), failed, longestTaskMs: Math.round(Math.max(0, ...tasks)), over50: tasks.length, fallbacks: fallbacks.length, fallbackPlans: fallbacks.reduce((n, f) => n + f.plans, 0), firstFallback: fallbacks[0] ?? null, frame, load0, load1: readFileSync('/proc/loadavg', 'utf8').split(' ')[0], cpu: rows.map(([k, v]) => `${k} ${v.toFixed(2)}`), total: +rows.reduce((n, [, v]) => n + v, 0).toFixed(1), floor }, null, 1));
} finally {
  await browser.close();
  await served.close();
}
