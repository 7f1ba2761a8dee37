// The core's stages timed apart over the 1× corpus (issue 18): decode and normalise (the floor), metadata, tables,
// the whole-text scans (running tables, headings, report kind), the document key, the two prose readings, and what
// is left of a whole extraction (records, ids, achievements). CPU time of this thread, best of --runs each,
// stages interleaved; the load average beside them.
//   node --import tsx bench/core-stages.ts [--regions 16] [--runs 15]
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractText, fnv1a, newsHeadline } from '../src/core/extract/extract';
import { extractMetadata } from '../src/core/extract/metadata';
import { proseMemo, readProse } from '../src/core/extract/prose';
import { isMidTermReview, isResultsReport } from '../src/core/extract/prose-tense';
import { sectionIndex } from '../src/core/extract/sections';
import { readTables } from '../src/core/extract/tables';
import { runningTableCuts } from '../src/core/extract/tables-running';
import { decodeBytes } from '../src/core/text/decode';
import { normalize } from '../src/core/text/normalize';
import { cpuSeconds } from './core';
import { readSeeds, regionFiles } from './corpus';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { regions: { type: 'string' }, runs: { type: 'string' } } });
const regions = Number(values.regions ?? 16);
const runs = Number(values.runs ?? 15);
const seeds = readSeeds(join(ROOT, 'seeds'));
const bytes = Array.from({ length: regions }, (_, k) => regionFiles(seeds, k)).flatMap((files) => files.map((f) => f.bytes));
const decoded = bytes.map((b) => {
  const d = decodeBytes(b);
  if (!d.ok) throw new Error('the corpus does not decode');
  return d.value;
});
const norms = decoded.map((d) => normalize(d.text));
const metas = norms.map((n) => extractMetadata(n.text));
const tables = norms.map((n, i) => readTables(n.text, metas[i]?.period ?? null));

let sink = 0;
/** What extractText gives the prose reader for document i (null if its metadata or tables are missing). */
function proseOptions(i: number) {
  const n = norms[i];
  const m = metas[i];
  const t = tables[i];
  if (!n || !m || !t) return null;
  return {
    period: m.period,
    kind: m.kind,
    skip: [...t.regions, ...runningTableCuts(n.text), ...n.damage, ...newsHeadline(n.text, m)],
    damage: [],
    sections: sectionIndex(n.text),
    results: isResultsReport(n.text),
    midterm: isMidTermReview(n.text),
    memo: proseMemo(),
  };
}
const stages: [string, () => void][] = [
  ['decode', () => bytes.forEach((b) => (sink += decodeBytes(b).ok ? 1 : 0))],
  ['normalise', () => decoded.forEach((d) => (sink += normalize(d.text).text.length))],
  ['metadata', () => norms.forEach((n) => (sink += extractMetadata(n.text).plan_title?.length ?? 0))],
  ['tables', () => norms.forEach((n, i) => (sink += readTables(n.text, metas[i]?.period ?? null).drafts.length))],
  [
    'scans',
    () =>
      norms.forEach((n, i) => {
        const m = metas[i];
        if (!m) return;
        sink += runningTableCuts(n.text).length + newsHeadline(n.text, m).length;
        sink += sectionIndex(n.text)(0).past ? 1 : 0;
        sink += isResultsReport(n.text) ? 1 : 0;
        sink += isMidTermReview(n.text) ? 1 : 0;
      }),
  ],
  ['document key', () => decoded.forEach((d) => (sink += fnv1a(d.text).length))],
  [
    'prose (both)',
    () =>
      norms.forEach((n, i) => {
        const opts = proseOptions(i);
        if (!opts) return;
        sink += readProse(n.text, { ...opts, carry: { newsFrame: false } }).length;
        sink += readProse(n.text, { ...opts, mode: 'achieved', now: null, carry: { newsFrame: false } }).length;
      }),
  ],
  [
    'prose target',
    () =>
      norms.forEach((n, i) => {
        const opts = proseOptions(i);
        if (opts) sink += readProse(n.text, { ...opts, carry: { newsFrame: false } }).length;
      }),
  ],
  ['extractText', () => decoded.forEach((d) => (sink += extractText(d.text, { encoding: d.encoding }).targets.length))],
];
/** The same stages run document after document, as extraction runs them, each timed in place: per stage, ms of CPU. */
function inPlace(): Map<string, number> {
  const spent = new Map<string, number>();
  let t = process.cpuUsage();
  const lap = (name: string) => {
    const d = process.cpuUsage(t);
    spent.set(name, (spent.get(name) ?? 0) + (d.user + d.system) / 1000);
    t = process.cpuUsage();
  };
  for (const b of bytes) {
    const d = decodeBytes(b);
    lap('decode');
    if (!d.ok) continue;
    const n = normalize(d.value.text);
    lap('normalise');
    const m = extractMetadata(n.text);
    lap('metadata');
    const tb = readTables(n.text, m.period);
    lap('tables');
    const skip = [...tb.regions, ...runningTableCuts(n.text), ...n.damage, ...newsHeadline(n.text, m)];
    const sections = sectionIndex(n.text);
    const results = isResultsReport(n.text);
    const midterm = isMidTermReview(n.text);
    lap('scans');
    sink += fnv1a(d.value.text).length;
    lap('document key');
    const opts = { period: m.period, kind: m.kind, skip, damage: [], sections, results, midterm, memo: proseMemo() };
    sink += readProse(n.text, { ...opts, carry: { newsFrame: false } }).length;
    lap('prose target');
    sink += readProse(n.text, { ...opts, mode: 'achieved', now: null, carry: { newsFrame: false } }).length;
    lap('prose achieved');
  }
  return spent;
}

const load0 = loadavg()[0] ?? 0;
for (const [, f] of stages) f();
const best = new Map<string, number>();
for (let r = 0; r < runs; r++) for (const [name, f] of stages) best.set(name, Math.min(best.get(name) ?? Infinity, cpuSeconds(f)));
const ms = (s: number) => `${(s * 1000).toFixed(1).padStart(6)} ms`;
console.log(`${bytes.length} documents, best of ${runs} (CPU time), load average ${load0.toFixed(2)} → ${(loadavg()[0] ?? 0).toFixed(2)}`);
for (const [name] of stages) console.log(`${name.padEnd(14)}${ms(best.get(name) ?? 0)}`);
const parts = [...best].filter(([n]) => n !== 'extractText' && n !== 'decode' && n !== 'document key' && n !== 'prose target').reduce((s, [, v]) => s + v, 0);
console.log(`${'rest'.padEnd(14)}${ms((best.get('extractText') ?? 0) - parts - (best.get('document key') ?? 0))}  (extractText less the stages: records, ids, achievements, and prose's extra work in one run)`);
const placed = new Map<string, number>();
inPlace();
for (let r = 0; r < runs; r++) for (const [name, ms] of inPlace()) placed.set(name, Math.min(placed.get(name) ?? Infinity, ms));
console.log('the same stages document after document (best of each):');
for (const [name, v] of placed) console.log(`${name.padEnd(16)}${v.toFixed(1).padStart(6)} ms`);
if (sink < 0) console.log(sink);
