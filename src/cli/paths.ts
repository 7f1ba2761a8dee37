// Where the CLI finds things: user paths as typed in the shell, the repo root, and the seed plans.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this module with a package.json (src/cli/ → ../.., dist-cli/ → ..). */
export const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; ) {
    if (existsSync(join(dir, 'package.json')) && !existsSync(join(dir, '.build-inputs.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(from, '../..');
    dir = up;
  }
}

/**
 * A path the user typed, made absolute. `npm run` moves to the package root and keeps the shell's
 * directory in INIT_CWD; that is only trusted while npm is running this very script (`lifecycle`),
 * not in a process a different script (npm test) happened to spawn.
 */
export function userPath(path: string, lifecycle: string, env: Record<string, string | undefined> = process.env): string {
  const base = env.npm_lifecycle_event === lifecycle && env.INIT_CWD ? env.INIT_CWD : process.cwd();
  return resolve(base, path);
}

interface SeedIndexEntry {
  file: string;
  original: string;
}

function readSeedIndex(dir: string): SeedIndexEntry[] {
  const indexPath = join(dir, 'index.json');
  if (!existsSync(indexPath)) return [];
  const raw: unknown = JSON.parse(readFileSync(indexPath, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${indexPath}: expected an array`);
  return raw.filter(
    (e): e is SeedIndexEntry => typeof e === 'object' && e !== null && typeof e.file === 'string' && typeof e.original === 'string',
  );
}

/**
 * The file of gold document `doc`: `<dir>/<doc>` in the first folder that has it, or, in a folder
 * that renamed its seeds (the repo's seeds/), the entry of its index.json whose `original` is `doc`.
 */
export function findSeedFile(doc: string, dirs: string[]): string | null {
  for (const dir of dirs) {
    const direct = join(dir, doc);
    if (existsSync(direct)) return direct;
    const entry = readSeedIndex(dir).find((e) => e.original === doc);
    if (entry && existsSync(join(dir, entry.file))) return join(dir, entry.file);
  }
  return null;
}
