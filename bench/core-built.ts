// The core as users run it: bench/core-entry.ts bundled by esbuild with the CLI's own options (build/build-cli.mjs
// BUNDLE_OPTIONS), so the core rows time the shipped code. Run from the sources through tsx, every function is also
// given its name at run time (tsx compiles with esbuild's keepNames), which h-core measured at 4–7 % of the core's CPU
// in session 10; `--sources` still times the sources that way.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLE_OPTIONS } from '../build/build-cli.mjs';
import * as sources from './core-entry';

export type CoreFunctions = typeof sources;

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The core from the sources, as tsx runs them. */
export const sourceCore: CoreFunctions = sources;

/** The core bundled as the CLI ships it (built into a temporary folder, removed once loaded). */
export async function builtCore(): Promise<CoreFunctions> {
  const { build } = await import('esbuild');
  // Inside the project, as dist-cli/ is: the bundle leaves its packages to Node, which finds them in node_modules.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'planbench-core-'));
  try {
    const outfile = join(dir, 'core.mjs');
    await build({ ...BUNDLE_OPTIONS, absWorkingDir: ROOT, entryPoints: [join(ROOT, 'bench', 'core-entry.ts')], outfile });
    return (await import(pathToFileURL(outfile).href)) as CoreFunctions;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
