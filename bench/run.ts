// `npm run bench`: extraction speed and memory on a synthetic corpus built from the seeds, printed as a table and
// written to bench/results.json. Figures are measured, never asserted: they depend on the machine.
//
//   npm run bench                     1× = 16 regions × the 5 seeds (≈3.3 MB); sizes 1×, 2×, 4×, 8×
//   npm run bench -- --regions 40     a larger 1×
//   npm run bench -- --keep           keep the corpus (its folder is printed)
//   npm run bench -- --plans 2500     import that many plans in Chromium (default 1,000 ≈ 40 MB)
//   npm run bench -- --compare 10,100,1000   region counts for the Compare figures
//   npm run bench -- --skip-browser   Node figures only (no Chromium on the machine)
//   npm run bench -- --only compare --compare 1000 [--compare-runs 3] [--profile DIR]
//                                     Compare's figures alone (median of the runs), optionally a CPU profile of the click
//   npm run bench -- --only import --plans 1000   the Chromium import and its IndexedDB floor alone
//   npm run bench -- --ocr-pages 6    scanned pages to recognise for the OCR figure (default 4)
//   npm run bench -- --large-mb 30    size of the one large plan imported in the app and read by the CLI (0: skip)
//   npm run bench -- --only large --large-mb 10   the one large plan alone: the CLI, the app's import, its IndexedDB floor
//   npm run bench -- --only cli [--cli-runs 5]
//                                     the CLI's rows alone: start-up and --help, then --jobs 1 and 2 in turn, each the median,
//                                     the bound their CPU times allow (jobsCpuBound), and after each pair the machine's
//                                     two-thread ceiling (bench/ceiling.ts)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeBytes } from '../src/core/text/decode';
import { builtCore, sourceCore, type CoreFunctions } from './core-built';
import { buildCli, ensureCliBuild } from '../build/build-cli.mjs';
import { browserBench, type BrowserFigures } from './browser';
import { combineCeilings, describeCeiling, twoThreadCeiling, type CeilingFigures } from './ceiling';
import { pdfBench } from './pdf';
import { smallDocs, type Doc } from './core';
import { densePlan, readSeeds, variantOf, writeRegions } from './corpus';
import { CHROMIUM } from '../tests/e2e/harness';
import { type FirstVisit, firstVisit } from '../tests/e2e/dev-server';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SIZES = [1, 2, 4, 8] as const;
const MB = 1024 * 1024;

const { values } = parseArgs({
  options: {
    regions: { type: 'string' },
    keep: { type: 'boolean' },
    plans: { type: 'string' },
    compare: { type: 'string' },
    'skip-browser': { type: 'boolean' },
    'ocr-pages': { type: 'string' },
    'large-mb': { type: 'string' },
    only: { type: 'string' },
    'compare-runs': { type: 'string' },
    'cli-runs': { type: 'string' },
    profile: { type: 'string' },
    sources: { type: 'boolean' },
  },
});
if (values.only !== undefined && !['compare', 'cli', 'import', 'large'].includes(values.only)) throw new Error(`--only takes 'compare', 'cli', 'import' or 'large', got ${values.only}`);
const cliRuns = Number(values['cli-runs'] ?? 3);
if (!Number.isInteger(cliRuns) || cliRuns < 1) throw new Error(`--cli-runs needs a whole number, got ${values['cli-runs']}`);
const compareRuns = Number(values['compare-runs'] ?? (values.only === 'compare' ? 3 : 1));
if (!Number.isInteger(compareRuns) || compareRuns < 1) throw new Error(`--compare-runs needs a whole number, got ${values['compare-runs']}`);
const ocrPages = Number(values['ocr-pages'] ?? 4);
if (!Number.isInteger(ocrPages) || ocrPages < 1) throw new Error(`--ocr-pages needs a whole number, got ${values['ocr-pages']}`);
const regions = Number(values.regions ?? 16);
if (!Number.isInteger(regions) || regions < 1) throw new Error(`--regions needs a whole number, got ${values.regions}`);
const importPlans = Number(values.plans ?? 1000);
if (!Number.isInteger(importPlans) || importPlans < 1) throw new Error(`--plans needs a whole number, got ${values.plans}`);
const largeMb = Number(values['large-mb'] ?? 30);
if (!Number.isFinite(largeMb) || largeMb < 0) throw new Error(`--large-mb needs a number of MB (0: skip), got ${values['large-mb']}`);
const compareSizes = (values.compare ?? '10,100,1000').split(',').map(Number);
if (compareSizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--compare needs whole numbers, got ${values.compare}`);


function loadDocs(dirs: readonly string[]): Doc[] {
  const docs: Doc[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      const decoded = decodeBytes(bytes);
      docs.push({ bytes, text: decoded.ok ? decoded.value.text : '' });
    }
  }
  return docs;
}

const bytesOf = (docs: readonly Doc[]) => docs.reduce((n, d) => n + d.bytes.length, 0);

/** Seconds for the core (decode, normalise, extract) over every document, on this thread. */
function coreSeconds(core: CoreFunctions, docs: readonly Doc[]): { seconds: number; targets: number } {
  let targets = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const r = core.extractBytes(d.bytes);
    if (r.ok) targets += r.value.targets.length;
  }
  return { seconds: (performance.now() - t0) / 1000, targets };
}

/**
 * The decode+normalise floor: what every extraction does before it looks for a target (detect the encoding,
 * decode, normalise: simplified script, folded widths, damage marks), on the same bytes. The core's time over
 * this is what extraction itself costs.
 */
function decodeNormaliseSeconds(core: CoreFunctions, docs: readonly Doc[]): number {
  let chars = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const decoded = core.decodeBytes(d.bytes);
    if (decoded.ok) chars += core.normalize(decoded.value.text).text.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  if (chars === 0) throw new Error('nothing decoded: the corpus is broken');
  return seconds;
}

/** The floor: one pass of one regular expression (every number) over the decoded texts. */
const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?/gu;
function regexSeconds(docs: readonly Doc[]): number {
  let found = 0;
  const t0 = performance.now();
  for (const d of docs) for (const _ of d.text.matchAll(NUMBER)) found++;
  const seconds = (performance.now() - t0) / 1000;
  if (found === 0) throw new Error('no number found: the corpus is broken');
  return seconds;
}

interface CliRun {
  seconds: number;
  /** CPU time of the whole process (all threads): unlike wall time, hardly moved by other work on the machine. */
  cpuSeconds: number | null;
  /** The main thread's share (finding files, writing the output). */
  mainCpuSeconds: number | null;
  /** V8's background threads' share (optimising compilers, concurrent GC); Linux only. The rest is the workers' JavaScript. */
  v8BackgroundCpuSeconds: number | null;
  maxRssMB: number | null;
  status: number | null;
  lines: number;
}

/** How the CLI is started: the built program (bin/planbench.mjs → dist-cli/), or its sources through tsx. */
type CliFrom = 'built' | 'sources';

/** The CLI as a user runs it (JSON Lines to a file), timed from spawn to exit, with its peak RSS. */
async function runCli(dirs: readonly string[], jobs: number, work: string, tag: string, from: CliFrom = 'built', extra: readonly string[] = []): Promise<CliRun> {
  const out = join(work, `${tag}.jsonl`);
  const rssFile = join(work, `${tag}.maxrss`);
  // maxrss.mjs is plain JavaScript, so the built program is measured as it runs, without tsx or Node's type stripper.
  const entry = from === 'built' ? ['--import', './bench/maxrss.mjs', 'bin/planbench.mjs', 'extract'] : ['--import', 'tsx', '--import', './bench/maxrss.mjs', 'src/cli/extract.ts'];
  const args = [...entry, '--format', 'jsonl', '--jobs', String(jobs), '--out', out, ...extra, ...dirs];
  const t0 = performance.now();
  const status = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PLANBENCH_MAXRSS_FILE: rssFile } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) process.stderr.write(stderr);
      resolve(code);
    });
  });
  const seconds = (performance.now() - t0) / 1000;
  let maxRssMB: number | null = null;
  let cpuSeconds: number | null = null;
  let mainCpuSeconds: number | null = null;
  let v8BackgroundCpuSeconds: number | null = null;
  try {
    const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpu: number; mainCpu: number; v8BackgroundCpu: number | null };
    maxRssMB = usage.maxRSS / 1024;
    cpuSeconds = usage.cpu / 1e6;
    mainCpuSeconds = usage.mainCpu / 1e6;
    v8BackgroundCpuSeconds = usage.v8BackgroundCpu === null ? null : usage.v8BackgroundCpu / 1e6;
  } catch {
    // no figure
  }
  const lines = existsSync(out) ? readFileSync(out, 'utf8').split('\n').filter((l) => l !== '').length : 0;
  return { seconds, cpuSeconds, mainCpuSeconds, v8BackgroundCpuSeconds, maxRssMB, status, lines };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;

/** The median of each figure of several runs of one command. */
function medianRun(runs: readonly CliRun[]): CliRun {
  const of = (pick: (r: CliRun) => number | null) => {
    const xs = runs.map(pick).filter((x): x is number => x !== null);
    return xs.length === 0 ? null : median(xs);
  };
  return { ...runs[0]!, seconds: median(runs.map((r) => r.seconds)), cpuSeconds: of((r) => r.cpuSeconds), mainCpuSeconds: of((r) => r.mainCpuSeconds), v8BackgroundCpuSeconds: of((r) => r.v8BackgroundCpuSeconds), maxRssMB: of((r) => r.maxRssMB) };
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

/** Columns: figure (left), value and target (right), detail (left, last); an empty row is a blank line. */
function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const last = widths.length - 1;
  return rows
    .map((r) => (r.length === 0 ? '' : r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : i === last ? c : c.padStart(widths[i] ?? 0))).join('  ').trimEnd()))
    .join('\n');
}

/** Whether two JSON Lines outputs hold the same records (in any order: JSON Lines is in completion order). */
function sameRecords(a: string, b: string): boolean {
  const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l !== '').sort();
  const [x, y] = [lines(a), lines(b)];
  return x.length === y.length && x.every((line, i) => line === y[i]);
}

const ms = (n: number) => `${Math.round(n)} ms`;

/**
 * The machine's own two-thread ceiling (bench/ceiling.ts), one pair of each workload taken after each `--jobs` pair so
 * that both meet the same load: what `--jobs 2` ÷ `--jobs 1` is to be read against.
 */
async function ceilingPair(into: { compute: CeilingFigures[]; allocate: CeilingFigures[] }): Promise<void> {
  into.compute.push(await twoThreadCeiling('compute', 1));
  into.allocate.push(await twoThreadCeiling('allocate', 1));
}

/** The two rows under the `--jobs` ratio: the ceiling, and the ratio as a share of it. */
function ceilingRows(jobsRatio: number, into: { compute: CeilingFigures[]; allocate: CeilingFigures[] }): string[][] {
  const compute = combineCeilings(into.compute);
  const allocate = combineCeilings(into.allocate);
  return [
    [
      'two-thread ceiling of this machine',
      f2(compute.ratio),
      '',
      `2 × one thread's wall ÷ two threads' wall, the same JavaScript in each, medians of ${compute.pairs.length} pairs taken after each --jobs pair: ${describeCeiling(compute)}; ${describeCeiling(allocate)}`,
    ],
    ['--jobs ratio ÷ ceiling', f2(jobsRatio / compute.ratio), '', `÷ the allocation-heavy ceiling: ${f2(jobsRatio / allocate.ratio)}`],
  ];
}

/**
 * What the CPU times allow `--jobs 2` ÷ `--jobs 1` to reach on an idle machine of `cores` cores, whatever the load
 * was. `--jobs 1` waits on its one worker (and the main thread's start before it): its idle wall time is about their
 * CPU, while V8's background threads (compilers, concurrent GC) run beside it on another core. `--jobs 2` cannot end
 * before its whole CPU is spread over the cores. So the ratio is at most cores × (main + workers of `--jobs 1`) ÷
 * (all of `--jobs 2`'s CPU); with `--jobs 2` spending no more than `--jobs 1` (no second isolate's warm-up) it would
 * be cores × (main + workers) ÷ (all of `--jobs 1`'s CPU).
 */
function jobsCpuBound(jobs1: CliRun, jobs2: CliRun, cores: number, target = 1.6): { bound: number; withoutSecondIsolate: number; jobs1Cores: number; jobs2CpuFor: number } | null {
  if (jobs1.cpuSeconds === null || jobs1.mainCpuSeconds === null || jobs1.v8BackgroundCpuSeconds === null || jobs2.cpuSeconds === null) return null;
  const waitedOn = jobs1.cpuSeconds - jobs1.v8BackgroundCpuSeconds;
  return {
    bound: (cores * waitedOn) / jobs2.cpuSeconds,
    withoutSecondIsolate: (cores * waitedOn) / jobs1.cpuSeconds,
    jobs1Cores: jobs1.cpuSeconds / waitedOn,
    jobs2CpuFor: (cores * waitedOn) / target,
  };
}

/** The row under the `--jobs` ratio that says what its CPU times allow (see jobsCpuBound). */
function cpuBoundRow(jobs1: CliRun, jobs2: CliRun, cores: number): string[] {
  const b = jobsCpuBound(jobs1, jobs2, cores);
  if (b === null) return ['--jobs bound from CPU time', 'n/a', '', 'no per-thread CPU (Linux only)'];
  return [
    '--jobs bound from CPU time',
    f2(b.bound),
    '',
    `what an idle ${cores}-core machine allows: ${cores} × --jobs 1's main + workers CPU ÷ --jobs 2's CPU (--jobs 1 waits on its worker while V8's background threads use another core: it keeps ${f2(b.jobs1Cores)} cores busy); were --jobs 2 to spend no more CPU than --jobs 1, ${f2(b.withoutSecondIsolate)}; 1.6 needs --jobs 2 under ${f2(b.jobs2CpuFor)} s of CPU`,
  ];
}

function frameCause(frame: NonNullable<BrowserFigures['import']>['longestFrame']): string {
  if (!frame) return '';
  const top = [...frame.scripts].sort((a, b) => b.ms - a.ms)[0];
  return `style and layout ${ms(frame.styleAndLayoutMs)}${top ? `; script ${top.source} (${top.invoker}) ${ms(top.ms)}` : ''}`;
}

/** The Chromium figures as table rows, each beside the issue's target where it has one. */
function browserRows(b: BrowserFigures): string[][] {
  return [...(b.import ? importRows(b.import) : []), ...compareRows(b.compare)];
}

function importRows(i: NonNullable<BrowserFigures['import']>): string[][] {
  return [
    [`Chromium import, ${i.plans} plans (${f1(i.mb)} MB)`, `${f1(i.seconds)} s`, '< 60 s', `${f1(i.plansPerSecond)} plans/s, ${f2(i.mbPerSecond)} MB/s, ${i.done} stored`],
    ['  IndexedDB floor, same rows', `${f1(i.floor.seconds)} s`, '', `import ÷ floor ${f1(i.seconds / i.floor.seconds)}×: ${i.floor.documents} documents, ${i.floor.targets} targets, ${i.floor.achievements} achievements written straight into a fresh Dexie database, 25 documents per transaction (Compare's cells, which the import also writes, are not in it)`],
    ['  longest main-thread task', ms(i.longestTaskMs), '≤ 200 ms', `${i.longTasks} tasks over 50 ms, ${ms(i.blockingMs)} blocking in all`],
    ['  longest frame', i.longestFrame ? ms(i.longestFrame.ms) : 'n/a', '', frameCause(i.longestFrame)],
    ['  JS heap at the end', `${f1(i.heapUsedMB)} MB`, '', `${f1(i.heapAfterGcMB)} MB after a GC`],
  ];
}

function compareRows(compare: BrowserFigures['compare']): string[][] {
  return [
    ...compare.flatMap((c) => [
      [
        `Compare, ${c.regions} regions (${c.documents} plans, ${c.targets} targets)`,
        ms(c.openMs),
        c.regions >= 1000 ? '< 300 ms' : '',
        `click on 对照 Compare → first chart drawn (from 9 regions: the overview's dot plot)${c.runs.openMs.length > 1 ? `; median of ${c.runs.openMs.map(ms).join(', ')}` : ''}`,
      ],
      ['  app loaded on Compare → first chart', ms(c.loadMs), '', 'a cold start of the page, scripts included'],
      ['  tab counts shown', ms(c.settledMs), '', `after the click; longest task ${ms(c.longestTaskMs)}`],
      [
        '  domain tab switch → chart drawn, as the counts show',
        ms(c.switchMs),
        c.regions >= 1000 ? '< 100 ms' : '',
        `and back ${ms(c.switchBackMs)}${c.runs.switchMs.length > 1 ? `; median of ${c.runs.switchMs.map(ms).join(', ')}` : ''}`,
      ],
      ['  every tab read (page settled)', ms(c.prefetchedMs), '', 'after the click'],
      [
        '  domain tab switch → chart drawn, page settled',
        ms(c.settledSwitchMs),
        c.regions >= 1000 ? '< 100 ms' : '',
        `and back ${ms(c.settledBackMs)}${c.runs.settledSwitchMs.length > 1 ? `; median of ${c.runs.settledSwitchMs.map(ms).join(', ')}` : ''}`,
      ],
      [
        "  one indicator's cells, every region",
        `${f1(c.queryWarmMs)} ms`,
        '< 50 ms',
        `${c.queryRows} cells from ${c.queryRegions} regions (cellsOfIndicator, the cells' indicator index); first run ${f1(c.queryColdMs)} ms; in turn, its ${c.queryTargetRows} target rows (targetsOfIndicator) ${f1(c.queryTargetsMs)} ms`,
      ],
      [
        "  the documents Compare's open reads",
        `${f1(c.summariesMs)} ms`,
        '',
        `${c.summaries} region summaries (schema 8); in turn, the ${c.documents} document rows it read before ${f1(c.documentsMs)} ms`,
      ],
    ]),
  ];
}

/** Issue 18's row for one very large plan: the app's time beside the CLI's on the same file, its longest task, the cancel. */
function largeRow(large: BrowserFigures['large'], cli: CliRun | null): string[] {
  if (!large) return ['one 30 MB plan imported in the app', 'n/a', 'progress, no task > 200 ms, cancel < 1 s, ≤ 2× CLI', 'skipped (--large-mb 0 or no Chromium)'];
  const ratio = cli ? `${f1(large.seconds / cli.seconds)}× the CLI (${f1(cli.seconds)} s, exit ${cli.status})` : 'CLI not run';
  return [
    `one ${Math.round(large.mb)} MB plan (${large.targets} targets) in the app`,
    `${f1(large.seconds)} s`,
    'progress, no task > 200 ms, cancel < 1 s, ≤ 2× CLI',
    `${ratio}; ${f1(large.seconds / large.floor.seconds)}× its IndexedDB floor (${f1(large.floor.seconds)} s writing the same ${large.floor.targets} targets straight, packed as the app packs them, same run); first progress ${f1(large.firstProgressSeconds)} s, ${large.progressSteps} steps; longest task ${ms(large.longestTaskMs)} (${large.longTasks} over 50 ms); cancel at ${Math.round(100 * large.cancelledAt)}% took ${ms(large.cancelMs)}`,
  ];
}

/** The Chromium rows of issue 18's table (import, Compare at the largest size), with their targets. */
function issueBrowserRows(b: BrowserFigures): string[][] {
  const i = b.import;
  const c = [...b.compare].sort((x, y) => y.regions - x.regions)[0];
  return [
    i
      ? [`import of ${i.plans} plans in Chromium`, `${f1(i.seconds)} s`, 'within 3× of IndexedDB', `${f1(i.seconds / i.floor.seconds)}× the IndexedDB floor (${f1(i.floor.seconds)} s writing the same rows, same run)`]
      : ['import of 1,000 plans in Chromium', 'n/a', 'within 3× of IndexedDB', 'not measured (--only compare)'],
    ...(c
      ? [
          [`Compare, ${c.regions} regions, click → first chart`, ms(c.openMs), '< 300 ms', `tab switch ${ms(c.switchMs)} as the counts show, ${ms(c.settledSwitchMs)} settled (target < 100 ms)`],
        ]
      : []),
  ];
}

/** `--only compare`: the Chromium Compare figures alone, each the median of `--compare-runs`; nothing written to results.json. */
async function compareOnly(machine: { availableParallelism: number; loadAverage: { start: number; end: number } }): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`--only compare needs Chromium at ${CHROMIUM}`);
  if (values.profile) mkdirSync(values.profile, { recursive: true });
  console.log(`Chromium: building the app, then Compare with ${compareSizes.join(', ')} regions, ${compareRuns} run(s) each…`);
  const browser = await browserBench(readSeeds(join(ROOT, 'seeds')), { importPlans: 0, compareSizes, compare: { runs: compareRuns, profile: values.profile ?? null } });
  machine.loadAverage.end = Number(loadavg()[0]?.toFixed(2));
  console.log(`\n${table([['figure', 'value', 'target', 'detail'], ...compareRows(browser.compare)])}\n`);
  console.log(`load average: ${machine.loadAverage.start} at the start, ${machine.loadAverage.end} at the end`);
}

/** `--only import`: the Chromium import of `--plans` plans beside its IndexedDB floor, alone; nothing written to results.json. */
async function importOnly(machine: { loadAverage: { start: number; end: number } }): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`--only import needs Chromium at ${CHROMIUM}`);
  console.log(`Chromium: building the app, then importing ${importPlans} plans…`);
  const browser = await browserBench(readSeeds(join(ROOT, 'seeds')), { importPlans, compareSizes: [] });
  machine.loadAverage.end = Number(loadavg()[0]?.toFixed(2));
  if (browser.import) console.log(`\n${table([['figure', 'value', 'target', 'detail'], ...importRows(browser.import)])}\n`);
  console.log(`load average: ${machine.loadAverage.start} at the start, ${machine.loadAverage.end} at the end`);
}

/** `--only large`: issue 18's large-plan row alone (`--large-mb`, default 30): the CLI on it, then the app's import and its floor. */
async function largeOnly(machine: { loadAverage: { start: number; end: number } }): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`--only large needs Chromium at ${CHROMIUM}`);
  if (largeMb <= 0) throw new Error('--only large needs --large-mb above 0');
  const work = mkdtempSync(join(tmpdir(), 'planbench-bench-large-'));
  try {
    const seeds = readSeeds(join(ROOT, 'seeds'));
    const path = join(work, 'large-plan.txt');
    const other = join(work, 'large-plan-cancelled.txt');
    writeFileSync(path, densePlan(seeds, largeMb * MB, 0));
    writeFileSync(other, densePlan(seeds, largeMb * MB, 200));
    const largePlan = { path, other, mb: readFileSync(path).length / MB };
    await ensureCliBuild();
    console.log(`CLI on one ${Math.round(largePlan.mb)} MB plan…`);
    const cli = await runCli([path], 1, work, 'large', 'built', ['--max-targets', '100000000', '--time-limit', '3600']);
    console.log(`Chromium: building the app, then importing the ${Math.round(largePlan.mb)} MB plan…`);
    const browser = await browserBench(seeds, { importPlans: 0, compareSizes: [], largePlan });
    machine.loadAverage.end = Number(loadavg()[0]?.toFixed(2));
    console.log(`\n${table([['figure', 'value', 'target', 'detail'], largeRow(browser.large, cli)])}\n`);
    console.log(`load average: ${machine.loadAverage.start} at the start, ${machine.loadAverage.end} at the end`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `--only cli`: issue 18's CLI rows alone, on the same corpus as the full run (8× the regions): start-up on one small
 * plan and --help (5 runs each, interleaved), then `--jobs 1` and `--jobs 2` in turn `--cli-runs` times; each figure the
 * median, the ratio also per pair (taken minutes apart, pairs differ on a shared machine). Nothing written to results.json.
 */
async function cliOnly(machine: { availableParallelism: number; loadAverage: { start: number; end: number } }): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'planbench-bench-cli-'));
  try {
    const seeds = readSeeds(join(ROOT, 'seeds'));
    const { dirs } = writeRegions(seeds, join(work, 'corpus'), 0, regions * SIZES[SIZES.length - 1]!);
    const docs = loadDocs(dirs);
    await ensureCliBuild();
    const smallPlan = [join(dirs[0]!, seeds.find((s) => s.text.length < 10_000)?.file ?? seeds[0]!.file)];
    const startupRuns: CliRun[] = [];
    const helpRuns: CliRun[] = [];
    for (let i = 0; i < 5; i++) {
      startupRuns.push(await runCli(smallPlan, 1, work, 'startup'));
      helpRuns.push(await runCli([], 1, work, 'help', 'built', ['--help']));
    }
    console.log(`CLI: --jobs 1 and --jobs 2 in turn, ${cliRuns} times, on ${docs.length} plans (${f1(bytesOf(docs) / MB)} MB)…`);
    const runs: { 1: CliRun[]; 2: CliRun[] } = { 1: [], 2: [] };
    const ceiling = { compute: [] as CeilingFigures[], allocate: [] as CeilingFigures[] };
    for (let i = 0; i < cliRuns; i++) {
      for (const jobs of [1, 2] as const) runs[jobs].push(await runCli(dirs, jobs, work, `cli-jobs${jobs}`));
      await ceilingPair(ceiling);
    }
    const [startup, help, jobs1, jobs2] = [medianRun(startupRuns), medianRun(helpRuns), medianRun(runs[1]), medianRun(runs[2])];
    const pairs = runs[1].map((r, i) => r.seconds / runs[2][i]!.seconds);
    const cpuOf = (x: number | null) => (x === null ? '?' : f2(x));
    /** Where a run's CPU went: the main thread, V8's background threads (compilers, GC), the worker threads (the rest). */
    const threads = (r: CliRun) => {
      const workers = r.cpuSeconds !== null && r.mainCpuSeconds !== null && r.v8BackgroundCpuSeconds !== null ? r.cpuSeconds - r.mainCpuSeconds - r.v8BackgroundCpuSeconds : null;
      return `main ${cpuOf(r.mainCpuSeconds)}, V8 background ${cpuOf(r.v8BackgroundCpuSeconds)}, workers ${cpuOf(workers)}`;
    };
    const split = (r: CliRun, jobs: number) => `--jobs ${jobs}: ${f2(r.seconds)} s wall, ${cpuOf(r.cpuSeconds)} s CPU (${threads(r)})`;
    const rows = [
      ['figure', 'value', 'target', 'detail'],
      ['CLI start-up, one small plan', `${f2(startup.seconds)} s`, '< 0.3 s', `median of 5, ${cpuOf(startup.cpuSeconds)} s CPU (${threads(startup)})`],
      ['CLI --help', `${f2(help.seconds)} s`, '< 0.3 s', `median of 5, ${cpuOf(help.cpuSeconds)} s CPU`],
      [
        'CLI --jobs 2 ÷ --jobs 1 throughput',
        f2(jobs1.seconds / jobs2.seconds),
        '≥ 1.6 (idle 2 cores)',
        `medians of ${cliRuns}; per pair ${pairs.map(f2).join(', ')}; CPU ×${jobs1.cpuSeconds && jobs2.cpuSeconds ? f2(jobs2.cpuSeconds / jobs1.cpuSeconds) : '?'}; ${split(jobs1, 1)} | ${split(jobs2, 2)}; records ${sameRecords(join(work, 'cli-jobs1.jsonl'), join(work, 'cli-jobs2.jsonl')) ? 'identical' : 'DIFFER'}`,
      ],
      cpuBoundRow(jobs1, jobs2, machine.availableParallelism),
      ...ceilingRows(jobs1.seconds / jobs2.seconds, ceiling),
    ];
    machine.loadAverage.end = Number(loadavg()[0]?.toFixed(2));
    console.log(`\n${table(rows)}\n`);
    console.log(`load average: ${machine.loadAverage.start} at the start, ${machine.loadAverage.end} at the end`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const cpu = cpus();
  const machine = {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    availableParallelism: availableParallelism(),
    memoryGB: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    platform: `${platform()} ${release()}`,
    /** Other work on the machine skews every figure: the 1-minute load average at the start and at the end. */
    loadAverage: { start: Number(loadavg()[0]?.toFixed(2)), end: 0 },
  };
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores (availableParallelism ${machine.availableParallelism}), ${machine.memoryGB} GB, ` +
      `Node ${machine.node}, ${machine.platform}, load average ${machine.loadAverage.start}`,
  );

  if (values.only === 'compare') {
    await compareOnly(machine);
    return;
  }
  if (values.only === 'import') {
    await importOnly(machine);
    return;
  }
  if (values.only === 'large') {
    await largeOnly(machine);
    return;
  }
  if (values.only === 'cli') {
    await cliOnly(machine);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'planbench-bench-'));
  try {
    const seeds = readSeeds(join(ROOT, 'seeds'));
    const maxRegions = regions * SIZES[SIZES.length - 1]!;
    const t0 = performance.now();
    const { dirs } = writeRegions(seeds, join(work, 'corpus'), 0, maxRegions);
    const variants = { simplified: 0, traditional: 0, gb18030: 0 };
    for (let k = 0; k < maxRegions; k++) variants[variantOf(k)] += seeds.length;
    console.log(`corpus: ${maxRegions} regions × ${seeds.length} seeds written in ${f1((performance.now() - t0) / 1000)} s (${JSON.stringify(variants)}) in ${work}`);

    const bySize = SIZES.map((size) => {
      const sizeDirs = dirs.slice(0, regions * size);
      return { size, dirs: sizeDirs, docs: loadDocs(sizeDirs) };
    });
    // The core as the CLI bundles it (bench/core-built.ts), or with --sources the sources through tsx.
    const coreFns = values.sources ? sourceCore : await builtCore();
    // Warm the JIT on the 2× corpus before timing anything; then each figure is the better of two runs.
    coreSeconds(coreFns, bySize[1]!.docs);
    regexSeconds(bySize[1]!.docs);
    decodeNormaliseSeconds(coreFns, bySize[1]!.docs);

    const core = bySize.map(({ size, docs }) => {
      const mb = bytesOf(docs) / MB;
      const first = coreSeconds(coreFns, docs);
      const { seconds, targets } = [first, coreSeconds(coreFns, docs)].sort((a, b) => a.seconds - b.seconds)[0]!;
      const floor = Math.min(regexSeconds(docs), regexSeconds(docs));
      const decodeFloor = Math.min(decodeNormaliseSeconds(coreFns, docs), decodeNormaliseSeconds(coreFns, docs));
      return {
        size,
        documents: docs.length,
        mb,
        seconds,
        targets,
        mbPerSecond: mb / seconds,
        floorSeconds: floor,
        floorMbPerSecond: mb / floor,
        ratio: seconds / floor,
        decodeNormaliseSeconds: decodeFloor,
        decodeNormaliseMbPerSecond: mb / decodeFloor,
        decodeNormaliseRatio: seconds / decodeFloor,
      };
    });
    const one = core[0]!;
    const eight = core[core.length - 1]!;
    const small = (() => {
      const docs = smallDocs(bySize[1]!.docs, 2000);
      const mb = bytesOf(docs) / MB;
      coreSeconds(coreFns, docs);
      const { seconds, targets } = [coreSeconds(coreFns, docs), coreSeconds(coreFns, docs)].sort((a, b) => a.seconds - b.seconds)[0]!;
      const decodeFloor = Math.min(decodeNormaliseSeconds(coreFns, docs), decodeNormaliseSeconds(coreFns, docs));
      return { documents: docs.length, mb, seconds, targets, mbPerSecond: mb / seconds, decodeNormaliseRatio: seconds / decodeFloor, largeOverSmall: one.mbPerSecond / (mb / seconds) };
    })();

    // The command line, built ahead of time: what a build costs, what checking that nothing changed costs.
    const buildT0 = performance.now();
    await buildCli(join(work, 'dist-cli'));
    const cliBuildSeconds = (performance.now() - buildT0) / 1000;
    await ensureCliBuild();
    const checkT0 = performance.now();
    await ensureCliBuild();
    const cliCheckMs = performance.now() - checkT0;

    // The fixed cost of a run, on one small plan and on --help: Node, the program and one worker thread; the
    // sources through tsx beside it (how `npm run extract` started before it was built ahead of time).
    const smallPlan = [join(dirs[0]!, seeds.find((s) => s.text.length < 10_000)?.file ?? seeds[0]!.file)];
    const best = async (f: () => Promise<CliRun>) => [await f(), await f(), await f()].sort((a, b) => a.seconds - b.seconds)[0]!;
    // The built program's two start-up figures: 5 runs each, interleaved, the median wall time and the median CPU time.
    const startupRuns: CliRun[] = [];
    const helpRuns: CliRun[] = [];
    for (let i = 0; i < 5; i++) {
      startupRuns.push(await runCli(smallPlan, 1, work, 'startup'));
      helpRuns.push(await runCli([], 1, work, 'help', 'built', ['--help']));
    }
    const startup = medianRun(startupRuns);
    const help = medianRun(helpRuns);
    const startupSources = await best(() => runCli(smallPlan, 1, work, 'startup-tsx', 'sources'));
    const helpSources = await best(() => runCli([], 1, work, 'help-tsx', 'sources', ['--help']));

    const cliSize = bySize[bySize.length - 1]!;
    const cliMb = bytesOf(cliSize.docs) / MB;
    const cli = [];
    for (const jobs of [1, 2]) {
      const run = await runCli(cliSize.dirs, jobs, work, `cli-jobs${jobs}`);
      cli.push({ jobs, size: cliSize.size, documents: cliSize.docs.length, mb: cliMb, ...run, documentsPerSecond: cliSize.docs.length / run.seconds, mbPerSecond: cliMb / run.seconds });
    }
    const ceiling = { compute: [] as CeilingFigures[], allocate: [] as CeilingFigures[] };
    for (let i = 0; i < 3; i++) await ceilingPair(ceiling);
    const [jobs1, jobs2] = [cli[0]!, cli[1]!];
    const outputsEqual = sameRecords(join(work, 'cli-jobs1.jsonl'), join(work, 'cli-jobs2.jsonl'));

    const memory = [];
    for (const s of [bySize[0]!, bySize[bySize.length - 1]!]) {
      const run = await runCli(s.dirs, availableParallelism(), work, `mem-${s.size}x`);
      memory.push({ size: s.size, documents: s.docs.length, mb: bytesOf(s.docs) / MB, ...run });
    }

    console.log(`PDF: the seeds as text PDFs, then ${ocrPages} scanned pages through OCR…`);
    const pdf = await pdfBench(seeds, { ocrPages, chromium: existsSync(CHROMIUM) });

    let browser: BrowserFigures | null = null;
    let largeCli: CliRun | null = null;
    if (values['skip-browser']) console.log('Chromium figures skipped (--skip-browser)');
    else if (!existsSync(CHROMIUM)) console.log(`Chromium figures skipped: no browser at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk)`);
    else {
      let largePlan: { path: string; other: string; mb: number } | null = null;
      if (largeMb > 0) {
        // Two different plans of that size: one imported whole, one cancelled midway; the CLI reads the first.
        const path = join(work, 'large-plan.txt');
        const other = join(work, 'large-plan-cancelled.txt');
        writeFileSync(path, densePlan(seeds, largeMb * MB, 0));
        writeFileSync(other, densePlan(seeds, largeMb * MB, 200));
        largePlan = { path, other, mb: readFileSync(path).length / MB };
        console.log(`CLI on one ${Math.round(largePlan.mb)} MB plan…`);
        largeCli = await runCli([path], 1, work, 'large', 'built', ['--max-targets', '100000000', '--time-limit', '3600']);
      }
      console.log(`Chromium: building the app, importing ${importPlans} plans, then Compare with ${compareSizes.join(', ')} regions${largePlan ? `, then one ${Math.round(largePlan.mb)} MB plan` : ''}…`);
      browser = await browserBench(seeds, { importPlans, compareSizes, compare: { runs: compareRuns }, largePlan });
    }
    let dev: FirstVisit | null = null;
    if (browser) {
      console.log('Chromium: `npm run web` on a fresh clone (empty dependency cache, empty profile) → first chart…');
      dev = await firstVisit();
    }

    const cpu = (r: CliRun) => (r.cpuSeconds === null ? '?' : f2(r.cpuSeconds));
    const cpuOf = (x: number | null) => (x === null ? '?' : f2(x));
    // Where a run's CPU went: the main thread, V8's background threads (optimising compilers, GC), the workers' JavaScript.
    const threadsOf = (r: CliRun) => {
      const workers = r.cpuSeconds !== null && r.mainCpuSeconds !== null && r.v8BackgroundCpuSeconds !== null ? r.cpuSeconds - r.mainCpuSeconds - r.v8BackgroundCpuSeconds : null;
      return `main ${cpuOf(r.mainCpuSeconds)} s, V8 background ${cpuOf(r.v8BackgroundCpuSeconds)} s, workers ${cpuOf(workers)} s`;
    };
    const cpuSplit = (r: CliRun & { jobs: number }) => `--jobs ${r.jobs}: ${threadsOf(r)}`;
    const rows: string[][] = [
      ['figure', 'value', 'target', 'detail'],
      // The issue's table (issue 18), each figure beside its target.
      [
        'CLI start-up, one small plan',
        `${f2(startup.seconds)} s`,
        '< 0.3 s',
        `median of 5; built program, one worker thread, ${cpu(startup)} s CPU (${threadsOf(startup)}); from the sources through tsx ${f2(startupSources.seconds)} s`,
      ],
      ['CLI --help', `${f2(help.seconds)} s`, '< 0.3 s', `median of 5, ${cpu(help)} s CPU; from the sources through tsx ${f2(helpSources.seconds)} s`],
      [
        'CLI --jobs 2 ÷ --jobs 1 throughput',
        f2(jobs1.seconds / jobs2.seconds),
        '≥ 1.6 (idle 2 cores)',
        `${machine.availableParallelism} cores; CPU time --jobs 2 ÷ --jobs 1 = ${jobs1.cpuSeconds && jobs2.cpuSeconds ? f2(jobs2.cpuSeconds / jobs1.cpuSeconds) : '?'} (${cpuSplit(jobs1)} | ${cpuSplit(jobs2)}); records ${outputsEqual ? 'identical' : 'DIFFER'}`,
      ],
      cpuBoundRow(jobs1, jobs2, machine.availableParallelism),
      ...ceilingRows(jobs1.seconds / jobs2.seconds, ceiling),
      [`core extraction, simplified text, one core (1×)`, `${f1(one.mbPerSecond)} MB/s`, '≥ 50 MB/s', `${one.documents} docs, ${f1(one.mb)} MB, ${one.targets} targets`],
      [`core extraction, small documents (1–2 KB)`, `${f2(small.mbPerSecond)} MB/s`, 'within 2× of large', `${small.documents} docs; large ÷ small = ${f2(small.largeOverSmall)}×, core ÷ decode+normalise ${f1(small.decodeNormaliseRatio)}×`],
      ['core time ÷ decode+normalise', `${f2(one.decodeNormaliseRatio)}×`, '≤ 3×', `floor ${f1(one.decodeNormaliseMbPerSecond)} MB/s on the same bytes (1×)`],
      ...(browser ? issueBrowserRows(browser) : [['import of 1,000 plans in Chromium', 'n/a', 'within 3× of IndexedDB', 'Chromium skipped']]),
      largeRow(browser?.large ?? null, largeCli),
      [],
      // Everything else the bench measures.
      ...core.map((c) => [`core extraction ${c.size}× (1 core)`, `${f2(c.mbPerSecond)} MB/s`, '', `${c.documents} docs, ${f1(c.mb)} MB, ${f2(c.seconds)} s, ${c.targets} targets`]),
      ...core.map((c) => [`decode+normalise floor ${c.size}×`, `${f1(c.decodeNormaliseMbPerSecond)} MB/s`, '', `core / floor = ${f2(c.decodeNormaliseRatio)}×`]),
      ...core.map((c) => [`single-regex-pass floor ${c.size}×`, `${f1(c.floorMbPerSecond)} MB/s`, '', `core / floor = ${f1(c.ratio)}×`]),
      ['8× / 1× core time', f2(eight.seconds / one.seconds), 'linear = 8.00', ''],
      ['CLI build (esbuild → dist-cli/)', `${f2(cliBuildSeconds)} s`, '', `when a source changed; checking that none did: ${f1(cliCheckMs)} ms`],
      ...cli.map((c) => [
        `CLI --jobs ${c.jobs} (${c.size}×, jsonl)`,
        `${f1(c.documentsPerSecond)} docs/s`,
        '',
        `${f2(c.mbPerSecond)} MB/s, ${f2(c.seconds)} s wall incl. start-up, ${cpu(c)} s CPU, exit ${c.status}`,
      ]),
      ...memory.map((m) => [`peak RSS, jsonl run ${m.size}× (${m.documents} docs)`, m.maxRssMB === null ? 'n/a' : `${f1(m.maxRssMB)} MB`, '', `${f1(m.mb)} MB input, ${f2(m.seconds)} s, --jobs ${availableParallelism()}`]),
      [
        'peak RSS 8× / 1×',
        memory[0]?.maxRssMB && memory[1]?.maxRssMB ? f2(memory[1].maxRssMB / memory[0].maxRssMB) : 'n/a',
        'flat = 1.00',
        'input 8× larger',
      ],
      [
        'PDF with a text layer: read + extract',
        `${f1(pdf.text.pagesPerSecond)} pages/s`,
        '',
        `${pdf.text.documents} PDFs, ${pdf.text.pages} pages (40 lines), ${f2(pdf.text.seconds)} s, ${pdf.text.targets} targets, one thread`,
      ],
      [
        'ruled table PDF: read + extract, ruling lines read',
        `${f1(pdf.ruled.pagesPerSecond)} pages/s`,
        '',
        `${pdf.ruled.pages} pages, CPU ${f2(pdf.ruled.rulesCpuSeconds)} s with the rules, ${f2(pdf.ruled.wordsCpuSeconds)} s from the words alone (medians of ${pdf.ruled.rounds}, in turn); ${pdf.ruled.targets} targets`,
      ],
      pdf.ocr
        ? [
            'scanned PDF: OCR + extract',
            `${f2(pdf.ocr.pagesPerSecond)} pages/s`,
            '',
            `${pdf.ocr.pages} pages of ${pdf.ocr.pixels} px, ${f1(pdf.ocr.seconds)} s, ${pdf.ocr.targets} targets; engine start ${f1(pdf.ocr.engineStartSeconds)} s once per worker`,
          ]
        : ['scanned PDF: OCR + extract', 'n/a', '', `no Chromium at ${CHROMIUM} to render the scans`],
      ...(browser ? browserRows(browser) : []),
      ...(dev
        ? [
            ['npm run web, first visit → first chart', `${f1(dev.totalMs / 1000)} s`, '', `from the server's start: ready ${f1(dev.serverReadyMs / 1000)} s, page → chart ${f1(dev.firstChartMs / 1000)} s; ${dev.documentLoads} page load(s), ${dev.reloads.length} Vite reload(s)`],
          ]
        : []),
    ];
    machine.loadAverage.end = Number(loadavg()[0]?.toFixed(2));
    console.log(`\n${table(rows)}\n`);
    console.log(`load average at the end: ${machine.loadAverage.end}${machine.loadAverage.end > machine.availableParallelism * 0.5 ? ' (the machine was busy: figures are low)' : ''}`);

    const results = {
      date: new Date().toISOString(),
      machine,
      regionsPer1x: regions,
      seedsPerRegion: seeds.length,
      // The issue's table: each figure with its target.
      issue18: {
        cliStartupSeconds: { now: startup.seconds, cpuSeconds: startup.cpuSeconds, target: '< 0.3', fromSourcesSeconds: startupSources.seconds },
        cliHelpSeconds: { now: help.seconds, cpuSeconds: help.cpuSeconds, target: '< 0.3', fromSourcesSeconds: helpSources.seconds },
        jobs2OverJobs1: {
          now: jobs1.seconds / jobs2.seconds,
          target: '>= 1.6 on an idle 2-core machine',
          cpuRatio: jobs1.cpuSeconds && jobs2.cpuSeconds ? jobs2.cpuSeconds / jobs1.cpuSeconds : null,
          recordsIdentical: outputsEqual,
          // What the CPU times allow on an idle machine of these cores (jobsCpuBound).
          cpuBound: jobsCpuBound(jobs1, jobs2, machine.availableParallelism),
          // What the same JavaScript gains from a second thread on this machine (bench/ceiling.ts).
          twoThreadCeiling: { compute: combineCeilings(ceiling.compute), allocate: combineCeilings(ceiling.allocate) },
        },
        coreMbPerSecond: { now: one.mbPerSecond, target: '>= 50' },
        smallDocuments: { now: small.mbPerSecond, largeOverSmall: small.largeOverSmall, target: 'within 2x of large' },
        coreOverDecodeNormalise: { now: one.decodeNormaliseRatio, target: '<= 3' },
        import1000Plans: browser?.import ? { now: browser.import.seconds, floor: browser.import.floor.seconds, ratio: browser.import.seconds / browser.import.floor.seconds, target: 'within 3x of writing the same rows straight into IndexedDB' } : null,
        onePlan30MB: browser?.large
          ? { now: browser.large, cliSeconds: largeCli?.seconds ?? null, target: 'progress moves, no task over 200 ms, cancel within 1 s, within 2x the CLI on the same file' }
          : { now: null, target: 'progress moves, no task over 200 ms, cancel within 1 s, within 2x the CLI on the same file' },
        // The largest Compare measured (1,002 regions by default: every region of the corpus plus the seeds' own).
        compare1000: (() => {
          const c = browser?.compare.filter((x) => x.regions >= 1000).at(-1);
          return { now: c?.openMs ?? null, switchMs: c?.switchMs ?? null, settledSwitchMs: c?.settledSwitchMs ?? null, regions: c?.regions ?? null, target: '< 300 ms; tab switch < 100 ms' };
        })(),
      },
      core,
      smallDocuments: small,
      coreTimeRatio8to1: eight.seconds / one.seconds,
      cliBuildSeconds,
      cliCheckMs,
      cliStartupSeconds: startup.seconds,
      cliHelpSeconds: help.seconds,
      cliStartupFromSourcesSeconds: startupSources.seconds,
      cli,
      memory,
      memoryRatio8to1: memory[0]?.maxRssMB && memory[1]?.maxRssMB ? memory[1].maxRssMB / memory[0].maxRssMB : null,
      pdf,
      browser,
      devFirstVisit: dev && { serverReadyMs: dev.serverReadyMs, firstChartMs: dev.firstChartMs, totalMs: dev.totalMs, documentLoads: dev.documentLoads, reloads: dev.reloads.length },
    };
    writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('written: bench/results.json');
    for (const c of [...cli, ...memory]) if (c.lines !== c.documents) console.log(`warning: ${c.lines} records for ${c.documents} documents`);
    if (values.keep) console.log(`corpus kept in ${work}`);
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

await main();
