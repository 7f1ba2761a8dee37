// `npm run bench:core`: the core's figures of issue 18 alone, in CPU time of this thread (process.cpuUsage, which
// other work on a shared machine moves far less than wall time): extraction MB/s on the 1× corpus, the
// decode+normalise floor on the same bytes and the ratio, and small documents (1–2 KB) against large ones. Each
// figure is the best of --runs runs, core and floor interleaved so both see the same load.
//
//   npm run bench:core                       16 regions × the 5 seeds (≈3.3 MB), 3 runs
//   npm run bench:core -- --regions 40 --runs 5
//   npm run bench:core -- --dir FOLDER       a corpus already on disk (bench/run.ts --keep), read recursively
//   npm run bench:core -- --sources          time the sources through tsx instead of the core as the CLI bundles it
//   node --cpu-prof --import tsx bench/core.ts --only core --runs 5   profile the extraction alone
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeBytes } from '../src/core/text/decode';
import { builtCore, sourceCore, type CoreFunctions } from './core-built';
import { readSeeds, regionFiles } from './corpus';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MB = 1024 * 1024;

export interface Doc {
  bytes: Uint8Array;
  text: string;
}

/** CPU seconds (user + system) of this process while f runs; the bench runs on one thread. */
export function cpuSeconds(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1e6;
}

/** The core (decode, normalise, extract) over every document; returns the targets found. */
export function extractAll(docs: readonly Doc[], core: CoreFunctions = sourceCore): number {
  let targets = 0;
  for (const d of docs) {
    const r = core.extractBytes(d.bytes);
    if (r.ok) targets += r.value.targets.length;
  }
  return targets;
}

/** The decode+normalise floor: what every extraction does before it looks for a target, on the same bytes. */
export function decodeNormaliseAll(docs: readonly Doc[], core: CoreFunctions = sourceCore): number {
  let chars = 0;
  for (const d of docs) {
    const decoded = core.decodeBytes(d.bytes);
    if (decoded.ok) chars += core.normalize(decoded.value.text).text.length;
  }
  if (chars === 0) throw new Error('nothing decoded: the corpus is broken');
  return chars;
}

/** Small documents (1–2 KB, as short notices are): the texts cut at line ends into pieces of about 1.5 KB. */
export function smallDocs(docs: readonly Doc[], count: number): Doc[] {
  const encoder = new TextEncoder();
  const out: Doc[] = [];
  for (const d of docs) {
    let piece = '';
    for (const line of d.text.split('\n')) {
      piece += `${line}\n`;
      if (encoder.encode(piece).length >= 1024) {
        const bytes = encoder.encode(piece);
        if (bytes.length <= 2048) out.push({ bytes, text: piece });
        piece = '';
        if (out.length >= count) return out;
      }
    }
  }
  return out;
}

function toDoc(bytes: Uint8Array): Doc {
  const decoded = decodeBytes(bytes);
  return { bytes, text: decoded.ok ? decoded.value.text : '' };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

const bytesOf = (docs: readonly Doc[]) => docs.reduce((n, d) => n + d.bytes.length, 0);
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { regions: { type: 'string' }, runs: { type: 'string' }, dir: { type: 'string' }, only: { type: 'string' }, sources: { type: 'boolean' } },
  });
  const regions = Number(values.regions ?? 16);
  const runs = Number(values.runs ?? 3);
  if (!Number.isInteger(regions) || regions < 1) throw new Error(`--regions needs a whole number, got ${values.regions}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number, got ${values.runs}`);
  const only = values.only;
  if (only !== undefined && only !== 'core' && only !== 'small' && only !== 'floor') throw new Error(`--only takes core, small or floor, got ${only}`);

  const seeds = readSeeds(join(ROOT, 'seeds'));
  const docs: Doc[] = values.dir
    ? filesUnder(values.dir).map((p) => toDoc(new Uint8Array(readFileSync(p))))
    : Array.from({ length: regions }, (_, k) => regionFiles(seeds, k)).flatMap((files) => files.map((f) => toDoc(f.bytes)));
  const small = smallDocs(docs, 2000);
  const mb = bytesOf(docs) / MB;
  const smallMb = bytesOf(small) / MB;
  const core = values.sources ? sourceCore : await builtCore();
  const timed = values.sources ? 'the sources through tsx' : 'the core as the CLI bundles it';
  const load0 = loadavg()[0] ?? 0;

  // Warm the JIT, then interleave: core, floor, small, small floor — best of `runs` each.
  extractAll(docs, core);
  decodeNormaliseAll(docs, core);
  extractAll(small, core);
  const best = { core: Infinity, floor: Infinity, small: Infinity, smallFloor: Infinity };
  let targets = 0;
  for (let i = 0; i < runs; i++) {
    if (!only || only === 'core') best.core = Math.min(best.core, cpuSeconds(() => (targets = extractAll(docs, core))));
    if (!only || only === 'floor') best.floor = Math.min(best.floor, cpuSeconds(() => decodeNormaliseAll(docs, core)));
    if (!only || only === 'small') best.small = Math.min(best.small, cpuSeconds(() => extractAll(small, core)));
    if (!only || only === 'floor') best.smallFloor = Math.min(best.smallFloor, cpuSeconds(() => decodeNormaliseAll(small, core)));
  }
  const load = `load average ${f2(load0)} → ${f2(loadavg()[0] ?? 0)}`;
  console.log(`corpus: ${docs.length} documents, ${f1(mb)} MB, ${targets} targets; small: ${small.length} pieces, ${f2(smallMb)} MB; best of ${runs} (CPU time) of ${timed}, ${load}`);
  if (best.core < Infinity) console.log(`core extraction           ${f1(mb / best.core).padStart(6)} MB/s  (${f2(best.core)} s CPU)`);
  if (best.floor < Infinity) console.log(`decode+normalise floor    ${f1(mb / best.floor).padStart(6)} MB/s  (${f2(best.floor)} s CPU)`);
  if (best.core < Infinity && best.floor < Infinity) console.log(`core ÷ floor              ${f2(best.core / best.floor).padStart(6)}×`);
  if (best.small < Infinity) console.log(`small documents (1–2 KB)  ${f1(smallMb / best.small).padStart(6)} MB/s  (${f2(best.small)} s CPU)`);
  if (best.small < Infinity && best.smallFloor < Infinity) console.log(`small: core ÷ floor       ${f2(best.small / best.smallFloor).padStart(6)}×  (floor ${f1(smallMb / best.smallFloor)} MB/s)`);
  if (best.core < Infinity && best.small < Infinity) console.log(`large ÷ small MB/s        ${f2(mb / best.core / (smallMb / best.small)).padStart(6)}×`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
