// The command line as built ahead of time (build/build-cli.mjs → dist-cli/, started by bin/planbench.mjs): the same
// output as its sources run through tsx, a rebuild when a source changes, and every command reachable from the bin.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI_ENTRIES, currentCliBuild } from '../../build/build-cli.mjs';
import { PLANBENCH } from '../helpers/cli';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

function node(args: string[], cwd = REPO) {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.error) throw r.error;
  return r;
}

let tmp: string;
let out: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'planbench-built-'));
  out = join(tmp, 'dist-cli');
  await buildCli(out);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the built command line', () => {
  it('is plain JavaScript for Node, one file per command and the worker thread beside them', () => {
    for (const name of Object.keys(CLI_ENTRIES)) {
      const code = readFileSync(join(out, `${name}.js`), 'utf8');
      expect(code).not.toMatch(/\binterface\s+\w+\s*\{|:\s*Promise<|import type/);
    }
    expect(currentCliBuild(out)).not.toBeNull();
  });

  it('is out of date when a source it was built from changed, or a file of it is missing', () => {
    const stampPath = join(out, '.build-inputs.json');
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as { builtAt: string; inputs: Record<string, [number, number]> };
    expect(Object.keys(stamp.inputs)).toContain('src/core/extract/extract.ts');
    const changed = { ...stamp, inputs: { ...stamp.inputs, 'src/core/extract/extract.ts': [stamp.inputs['src/core/extract/extract.ts']![0], 0] } };
    writeFileSync(stampPath, JSON.stringify(changed));
    expect(currentCliBuild(out)).toBeNull();
    writeFileSync(stampPath, JSON.stringify(stamp));
    expect(currentCliBuild(out)).not.toBeNull();
    rmSync(join(out, 'worker.js'));
    expect(currentCliBuild(out)).toBeNull();
  });

  it('prints byte for byte what the sources print, on every seed, with one and with two worker threads', () => {
    const sources = node(['--import', 'tsx', 'src/cli/extract.ts', '--jobs', '1', 'seeds']);
    expect(sources.status, sources.stderr).toBe(0);
    for (const jobs of ['1', '2']) {
      const built = node([PLANBENCH, '--jobs', jobs, 'seeds']);
      expect(built.status, built.stderr).toBe(0);
      expect(built.stdout).toBe(sources.stdout);
    }
    expect((JSON.parse(sources.stdout) as unknown[]).length).toBe(5);
  });

  it('answers --help from the bin, and runs eval from it', () => {
    const help = node([PLANBENCH, '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: .*extract/);
    const gold = join(REPO, '..', 'shared', 'gold', 'seeds.gold.json');
    if (!existsSync(gold)) return;
    const evalRun = node([PLANBENCH, 'eval']);
    expect(evalRun.status, evalRun.stderr).toBe(0);
    expect(evalRun.stdout).toMatch(/overall: .*F1=1\.000/);
  });
});
