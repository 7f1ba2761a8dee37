// The files of a run: PATH arguments expanded (folders walked recursively, in a fixed order), unknown
// extensions counted, and the run's shard taken by a hash of each path as it will be printed.
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import { formatOf } from '../import/readers/formats';
import type { Shard } from './options';
import { fsErrorCode, fsErrorReason } from './reasons';

/** A file to read: `file` as printed in records, `path` absolute. */
export interface InputFile {
  kind: 'file';
  file: string;
  path: string;
  size: number;
}

/** A PATH argument (or a folder inside one) that could not be listed or opened. */
export interface InputError {
  kind: 'error';
  file: string;
  code: string;
  message: string;
}

export type InputEntry = InputFile | InputError;

export interface Inputs {
  entries: InputEntry[];
  /** Files skipped in folders because no reader knows their extension, by extension ('' for none). */
  unknown: Map<string, number>;
}

/**
 * The slice (1..count) a path belongs to: the first 32 bits of SHA-256 of the path with '/' separators. node:crypto is
 * loaded on the first call, not with the run: most runs have no --shard, and loading it cost the main thread 12–22 ms
 * of CPU (load 15), a few per cent of a one-plan run.
 */
export function shardOf(file: string, count: number): number {
  const { createHash } = process.getBuiltinModule('node:crypto');
  const digest = createHash('sha256').update(file.replace(/\\/gu, '/'), 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

function inShard(file: string, shard: Shard | null): boolean {
  return shard === null || shardOf(file, shard.count) === shard.index;
}

/** Code-point order, the same on every machine and locale. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Expands PATH arguments in order. A file named on the command line is always taken (a wrong
 * extension is then reported by the reader); inside folders, entries starting with '.' are
 * ignored and files with an extension no reader has are skipped and counted. The same file
 * reached twice is taken once.
 */
export function collectInputs(paths: readonly string[], resolvePath: (p: string) => string, shard: Shard | null = null): Inputs {
  const entries: InputEntry[] = [];
  const unknown = new Map<string, number>();
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const fail = (file: string, err: unknown) => {
    if (inShard(file, shard)) entries.push({ kind: 'error', file, code: fsErrorCode(err), message: fsErrorReason(err) });
  };

  const addFile = (file: string, path: string, size: number) => {
    if (seenFiles.has(path) || !inShard(file, shard)) return;
    seenFiles.add(path);
    entries.push({ kind: 'file', file, path, size });
  };

  // Synchronous calls: the walk is all the main thread does meanwhile, and each asynchronous call is a round trip
  // through libuv's thread pool (two thread wake-ups, about a millisecond of CPU each on a virtual machine).
  const walk = (display: string, dir: string): void => {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      if (seenDirs.has(real)) return; // a symbolic link back up the tree, or a folder given twice
      seenDirs.add(real);
      names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort(byName);
    } catch (err) {
      fail(display, err);
      return;
    }
    for (const name of names) {
      const file = join(display, name);
      const path = join(dir, name);
      let info: Stats;
      try {
        info = statSync(path);
      } catch (err) {
        fail(file, err);
        continue;
      }
      if (info.isDirectory()) {
        walk(file, path);
      } else if (info.isFile()) {
        if (formatOf(name) !== null) {
          addFile(file, path, info.size);
        } else if (inShard(file, shard)) {
          const ext = extname(name).toLowerCase();
          unknown.set(ext, (unknown.get(ext) ?? 0) + 1);
        }
      }
    }
  };

  for (const given of paths) {
    const path = resolvePath(given);
    let info: Stats;
    try {
      info = statSync(path);
    } catch (err) {
      fail(given, err);
      continue;
    }
    if (info.isDirectory()) walk(given, path);
    else addFile(given, path, info.size);
  }
  return { entries, unknown };
}
