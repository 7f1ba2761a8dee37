// `npm run bench`: extraction speed and memory on a synthetic corpus built from the seeds, printed as a table and
// written to bench/results.json. Figures are measured, never asserted: they depend on the machine.
//
//   npm run bench                     1× = 16 regions × the 5 seeds (≈3.3 MB); sizes 1×, 2×, 4×, 8×
//   npm run bench -- --regions 40     a larger 1×
//   npm run bench -- --keep           keep the corpus (its folder is printed)
//   npm run bench -- --plans 2500     import that many plans in Chromium (default 1,000 ≈ 40 MB)
//   npm run bench -- --compare 10,100,1000   region counts for the Compare figures
//   npm run bench -- --skip-browser   Node figures only (no Chromium on the machine)
//   npm run bench -- --ocr-pages 6    scanned pages to recognise for the OCR figure (default 4)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractBytes } from '../src/core/extract';
import { decodeBytes } from '../src/core/decode';
import { browserBench, type BrowserFigures } from './browser';
import { pdfBench } from './pdf';
import { readSeeds, variantOf, writeRegions } from './corpus';
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
  },
});
const ocrPages = Number(values['ocr-pages'] ?? 4);
if (!Number.isInteger(ocrPages) || ocrPages < 1) throw new Error(`--ocr-pages needs a whole number, got ${values['ocr-pages']}`);
const regions = Number(values.regions ?? 16);
if (!Number.isInteger(regions) || regions < 1) throw new Error(`--regions needs a whole number, got ${values.regions}`);
const importPlans = Number(values.plans ?? 1000);
if (!Number.isInteger(importPlans) || importPlans < 1) throw new Error(`--plans needs a whole number, got ${values.plans}`);
const compareSizes = (values.compare ?? '10,100,1000').split(',').map(Number);
if (compareSizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--compare needs whole numbers, got ${values.compare}`);

interface Doc {
  bytes: Uint8Array;
  text: string;
}

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
function coreSeconds(docs: readonly Doc[]): { seconds: number; targets: number } {
  let targets = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const r = extractBytes(d.bytes);
    if (r.ok) targets += r.value.targets.length;
  }
  return { seconds: (performance.now() - t0) / 1000, targets };
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
  maxRssMB: number | null;
  status: number | null;
  lines: number;
}

/** The CLI as a user runs it (JSON Lines to a file), timed from spawn to exit, with its peak RSS. */
async function runCli(dirs: readonly string[], jobs: number, work: string, tag: string): Promise<CliRun> {
  const out = join(work, `${tag}.jsonl`);
  const rssFile = join(work, `${tag}.maxrss`);
  const args = ['--import', 'tsx', '--import', './bench/maxrss.ts', 'src/cli/extract.ts', '--format', 'jsonl', '--jobs', String(jobs), '--out', out, ...dirs];
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
  try {
    const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpu: number };
    maxRssMB = usage.maxRSS / 1024;
    cpuSeconds = usage.cpu / 1e6;
  } catch {
    // no figure
  }
  const lines = readFileSync(out, 'utf8').split('\n').filter((l) => l !== '').length;
  return { seconds, cpuSeconds, maxRssMB, status, lines };
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')).join('\n');
}

const ms = (n: number) => `${Math.round(n)} ms`;

function frameCause(frame: BrowserFigures['import']['longestFrame']): string {
  if (!frame) return '';
  const top = [...frame.scripts].sort((a, b) => b.ms - a.ms)[0];
  return `style and layout ${ms(frame.styleAndLayoutMs)}${top ? `; script ${top.source} (${top.invoker}) ${ms(top.ms)}` : ''}`;
}

/** The Chromium figures as table rows, each beside the issue's target where it has one. */
function browserRows(b: BrowserFigures): string[][] {
  const i = b.import;
  return [
    [`Chromium import, ${i.plans} plans (${f1(i.mb)} MB)`, `${f1(i.seconds)} s`, `${f1(i.plansPerSecond)} plans/s, ${f2(i.mbPerSecond)} MB/s, ${i.done} stored; target < 60 s`],
    ['  longest main-thread task', ms(i.longestTaskMs), `${i.longTasks} tasks over 50 ms, ${ms(i.blockingMs)} blocking in all; target ≤ 200 ms`],
    ['  longest frame', i.longestFrame ? ms(i.longestFrame.ms) : 'n/a', frameCause(i.longestFrame)],
    ['  JS heap at the end', `${f1(i.heapUsedMB)} MB`, `${f1(i.heapAfterGcMB)} MB after a GC`],
    ...b.compare.flatMap((c) => [
      [`Compare, ${c.regions} regions (${c.documents} plans, ${c.targets} targets)`, ms(c.openMs), `click on 对照 Compare → first chart drawn; target < 500 ms at 1,000`],
      ['  app loaded on Compare → first chart', ms(c.loadMs), 'a cold start of the page, scripts included'],
      ['  every target read, tab counts shown', ms(c.settledMs), `after the click; longest task ${ms(c.longestTaskMs)}`],
      ['  domain tab switch → chart drawn', ms(c.switchMs), `and back ${ms(c.switchBackMs)}`],
      ['  one-indicator Dexie query', `${f1(c.queryWarmMs)} ms`, `${c.queryRows} rows from ${c.queryRegions} regions, first run ${f1(c.queryColdMs)} ms; target < 50 ms`],
    ]),
  ];
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
    // Warm the JIT on the 2× corpus before timing anything; then each figure is the better of two runs.
    coreSeconds(bySize[1]!.docs);
    regexSeconds(bySize[1]!.docs);

    const core = bySize.map(({ size, docs }) => {
      const mb = bytesOf(docs) / MB;
      const first = coreSeconds(docs);
      const { seconds, targets } = [first, coreSeconds(docs)].sort((a, b) => a.seconds - b.seconds)[0]!;
      const floor = Math.min(regexSeconds(docs), regexSeconds(docs));
      return { size, documents: docs.length, mb, seconds, targets, mbPerSecond: mb / seconds, floorSeconds: floor, floorMbPerSecond: mb / floor, ratio: seconds / floor };
    });
    const one = core[0]!;
    const eight = core[core.length - 1]!;

    // The fixed cost of a run: Node, tsx, the readers and one worker thread, on one small plan.
    const startup = await runCli([join(dirs[0]!, seeds.find((s) => s.text.length < 10_000)?.file ?? seeds[0]!.file)], 1, work, 'startup');

    const cliSize = bySize[bySize.length - 1]!;
    const cliMb = bytesOf(cliSize.docs) / MB;
    const cli = [];
    for (const jobs of [1, 2]) {
      const run = await runCli(cliSize.dirs, jobs, work, `cli-jobs${jobs}`);
      cli.push({ jobs, size: cliSize.size, documents: cliSize.docs.length, mb: cliMb, ...run, documentsPerSecond: cliSize.docs.length / run.seconds, mbPerSecond: cliMb / run.seconds });
    }

    const memory = [];
    for (const s of [bySize[0]!, bySize[bySize.length - 1]!]) {
      const run = await runCli(s.dirs, availableParallelism(), work, `mem-${s.size}x`);
      memory.push({ size: s.size, documents: s.docs.length, mb: bytesOf(s.docs) / MB, ...run });
    }

    console.log(`PDF: the seeds as text PDFs, then ${ocrPages} scanned pages through OCR…`);
    const pdf = await pdfBench(seeds, { ocrPages, chromium: existsSync(CHROMIUM) });

    let browser: BrowserFigures | null = null;
    if (values['skip-browser']) console.log('Chromium figures skipped (--skip-browser)');
    else if (!existsSync(CHROMIUM)) console.log(`Chromium figures skipped: no browser at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk)`);
    else {
      console.log(`Chromium: building the app, importing ${importPlans} plans, then Compare with ${compareSizes.join(', ')} regions…`);
      browser = await browserBench(seeds, { importPlans, compareSizes });
    }
    let dev: FirstVisit | null = null;
    if (browser) {
      console.log('Chromium: `npm run web` on a fresh clone (empty dependency cache, empty profile) → first chart…');
      dev = await firstVisit();
    }

    const rows = [
      ['figure', 'value', 'detail'],
      ...core.map((c) => [`core extraction ${c.size}× (1 core)`, `${f2(c.mbPerSecond)} MB/s`, `${c.documents} docs, ${f1(c.mb)} MB, ${f2(c.seconds)} s, ${c.targets} targets`]),
      ...core.map((c) => [`single-regex-pass floor ${c.size}×`, `${f1(c.floorMbPerSecond)} MB/s`, `core / floor = ${f1(c.ratio)}×`]),
      ['8× / 1× core time', f2(eight.seconds / one.seconds), 'linear = 8.00'],
      ['CLI start-up (one small plan)', `${f2(startup.seconds)} s`, `Node + tsx + one worker thread, ${startup.cpuSeconds === null ? '?' : f2(startup.cpuSeconds)} s CPU`],
      ...cli.map((c) => [
        `CLI --jobs ${c.jobs} (${c.size}×, jsonl)`,
        `${f1(c.documentsPerSecond)} docs/s`,
        `${f2(c.mbPerSecond)} MB/s, ${f2(c.seconds)} s wall incl. start-up, ${c.cpuSeconds === null ? '?' : f2(c.cpuSeconds)} s CPU, exit ${c.status}`,
      ]),
      ['CLI --jobs 2 / --jobs 1 speed-up', f2((cli[0]?.seconds ?? 0) / (cli[1]?.seconds ?? 1)), `${machine.availableParallelism} cores`],
      ...memory.map((m) => [`peak RSS, jsonl run ${m.size}× (${m.documents} docs)`, m.maxRssMB === null ? 'n/a' : `${f1(m.maxRssMB)} MB`, `${f1(m.mb)} MB input, ${f2(m.seconds)} s, --jobs ${availableParallelism()}`]),
      [
        'peak RSS 8× / 1×',
        memory[0]?.maxRssMB && memory[1]?.maxRssMB ? f2(memory[1].maxRssMB / memory[0].maxRssMB) : 'n/a',
        'flat = 1.00 (input 8× larger)',
      ],
      [
        'PDF with a text layer: read + extract',
        `${f1(pdf.text.pagesPerSecond)} pages/s`,
        `${pdf.text.documents} PDFs, ${pdf.text.pages} pages (40 lines), ${f2(pdf.text.seconds)} s, ${pdf.text.targets} targets, one thread`,
      ],
      pdf.ocr
        ? [
            'scanned PDF: OCR + extract',
            `${f2(pdf.ocr.pagesPerSecond)} pages/s`,
            `${pdf.ocr.pages} pages of ${pdf.ocr.pixels} px, ${f1(pdf.ocr.seconds)} s, ${pdf.ocr.targets} targets; engine start ${f1(pdf.ocr.engineStartSeconds)} s once per worker`,
          ]
        : ['scanned PDF: OCR + extract', 'n/a', `no Chromium at ${CHROMIUM} to render the scans`],
      ...(browser ? browserRows(browser) : []),
      ...(dev
        ? [
            ['npm run web, first visit → first chart', `${f1(dev.totalMs / 1000)} s`, `from the server's start: ready ${f1(dev.serverReadyMs / 1000)} s, page → chart ${f1(dev.firstChartMs / 1000)} s; ${dev.documentLoads} page load(s), ${dev.reloads.length} Vite reload(s)`],
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
      core,
      coreTimeRatio8to1: eight.seconds / one.seconds,
      cliStartupSeconds: startup.seconds,
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
