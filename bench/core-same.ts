// Byte-identity check for speed work on the core: runs extractBytes over the seeds, every .txt under
// tests/fixtures and N bench-corpus regions, and writes each result as JSON (one line per document) to a file,
// so a build before a change and one after can be diffed:
//   node --import tsx bench/core-same.ts --out /tmp/before.jsonl [--regions 24]
//   node --import tsx bench/core-same.ts --out /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractBytes } from '../src/core/extract/extract';
import { readSeeds, regionFiles } from './corpus';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function txtUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? txtUnder(path) : path.endsWith('.txt') ? [path] : [];
    });
}

const { values } = parseArgs({ options: { out: { type: 'string' }, regions: { type: 'string' } } });
if (!values.out) throw new Error('--out FILE is required');
const regions = Number(values.regions ?? 24);
const inputs: { name: string; bytes: Uint8Array }[] = [];
for (const p of [...txtUnder(join(ROOT, 'seeds')), ...txtUnder(join(ROOT, 'tests/fixtures'))]) {
  inputs.push({ name: p.slice(ROOT.length), bytes: new Uint8Array(readFileSync(p)) });
}
const seeds = readSeeds(join(ROOT, 'seeds'));
for (let k = 0; k < regions; k++) for (const f of regionFiles(seeds, k)) inputs.push({ name: `corpus:${k}:${f.path}`, bytes: f.bytes });
const lines = inputs.map((d) => `${d.name}\t${JSON.stringify(extractBytes(d.bytes))}`);
writeFileSync(values.out, `${lines.join('\n')}\n`);
console.log(`${inputs.length} documents written to ${values.out}`);
