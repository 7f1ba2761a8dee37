// Builds the command-line programs (extract, eval, report and the batch worker thread) ahead of time into dist-cli/:
// plain ESM for Node, bundled by esbuild (which comes with Vite), npm packages left to Node's own resolution from
// node_modules. `bin/planbench.mjs` runs them, building first when a source they were built from changed: a stamp
// lists every input file (from esbuild's metafile) with its size and modification time, so checking it is a few
// hundred stat() calls, not a compile.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(import.meta.dirname, '..');
export const CLI_DIR = process.env.PLANBENCH_CLI_DIR ?? join(ROOT, 'dist-cli');
/** The programs, by the name of their output file: `dist-cli/<name>.js`. */
export const CLI_ENTRIES = {
  extract: 'src/cli/extract.ts',
  eval: 'src/cli/eval.ts',
  report: 'src/cli/report.ts',
  // Started by the pool (src/batch/pool.ts) as `./worker.js` beside the bundle that holds the pool.
  worker: 'src/batch/worker.ts',
};
const STAMP = '.build-inputs.json';
/** Besides the sources esbuild reads: files that change how they are built. */
const BUILD_FILES = ['package.json', 'tsconfig.json', 'build/build-cli.mjs'];

function fileState(root, rel) {
  try {
    const s = statSync(join(root, rel));
    return [s.size, s.mtimeMs];
  } catch {
    return null;
  }
}

/** When the build in outDir is whole and no input changed since it was made, the time it was built; else null. */
export function currentCliBuild(outDir = CLI_DIR, root = ROOT) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(outDir, STAMP), 'utf8'));
  } catch {
    return null;
  }
  if (!Object.keys(CLI_ENTRIES).every((name) => existsSync(join(outDir, `${name}.js`)))) return null;
  for (const [rel, was] of Object.entries(stamp.inputs ?? {})) {
    const now = fileState(root, rel);
    if (now === null || now[0] !== was[0] || now[1] !== was[1]) return null;
  }
  return new Date(stamp.builtAt);
}

/** How the programs are bundled (also what `bench/core-built.ts` times the core as). */
export const BUNDLE_OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  // Packages stay in node_modules: Node loads them natively (pdfjs, tesseract and mammoth find their own files).
  packages: 'external',
  logLevel: 'warning',
  legalComments: 'none',
  // Chinese text as itself, not as \uXXXX escapes: the extractor's chunk (the division names, the catalog, the
  // rules) is 0.75 MB instead of 1.04 MB, and a worker thread spends ~15 % less CPU loading its bundles (median
  // ~80 ms instead of ~94 ms, 10 interleaved runs under load); the output is the same.
  charset: 'utf8',
};

/** Builds every program into outDir (replacing what was there); returns the number of input files. */
export async function buildCli(outDir = CLI_DIR, root = ROOT) {
  const { build } = await import('esbuild');
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(CLI_ENTRIES).map(([name, src]) => [name, src])),
    outdir: tmp,
    ...BUNDLE_OPTIONS,
    splitting: true,
    // Chunks beside the entries: the pool finds `./worker.js` next to whichever file holds it.
    chunkNames: 'chunk-[hash]',
    sourcemap: 'linked',
    metafile: true,
  });
  const inputs = {};
  for (const rel of [...Object.keys(result.metafile.inputs), ...BUILD_FILES]) {
    const state = fileState(root, rel);
    if (state !== null) inputs[rel] = state;
  }
  // The stamp last and the folder swapped in whole: an interrupted build is never taken for a current one.
  writeFileSync(join(tmp, STAMP), `${JSON.stringify({ builtAt: new Date().toISOString(), inputs })}\n`);
  writeFileSync(join(tmp, 'package.json'), '{ "type": "module" }\n');
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmp, outDir);
  return Object.keys(inputs).length;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds when the sources changed since the last build; says so on stderr (stdout carries the output). Runs started
 * together (`parallel … npm run extract`) build once: the first takes a lock folder, the others wait for it.
 */
export async function ensureCliBuild(outDir = CLI_DIR, root = ROOT) {
  if (currentCliBuild(outDir, root) !== null) return false;
  const lock = `${outDir}.lock`;
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      // A lock left by a build that was killed (Ctrl+C) is taken over at once; one whose owner cannot be told,
      // after two minutes.
      if (lockIsStale(lock) || waited > 120_000) {
        rmSync(lock, { recursive: true, force: true });
        waited = -100;
        continue;
      }
      await sleep(100);
      if (!existsSync(lock) && currentCliBuild(outDir, root) !== null) return false;
    }
  }
  try {
    if (currentCliBuild(outDir, root) !== null) return false;
    return await buildAndSay(outDir, root);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Whether the process that took the lock is gone (its pid file names no running process). */
function lockIsStale(lock) {
  let pid;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return err.code === 'ESRCH';
  }
}

async function buildAndSay(outDir, root) {
  const t0 = performance.now();
  const files = await buildCli(outDir, root);
  if (!process.env.PLANBENCH_QUIET_BUILD) {
    process.stderr.write(`planbench: built the command line from ${files} files into ${outDir} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = performance.now();
  const files = await buildCli();
  console.log(`planbench: built ${Object.keys(CLI_ENTRIES).join(', ')} from ${files} files into ${CLI_DIR} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
