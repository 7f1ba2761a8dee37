// `npm run eval` as a user runs it: targets and achievements scored on the seeds, in the report and in --json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SHARED_GOLD = join(REPO, '../shared/gold');

function evalRun(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.error) throw r.error;
  return r;
}

const F1 = /F1=(\d\.\d{3})/u;

describe.runIf(existsSync(join(SHARED_GOLD, 'seeds.achieved.json')))('eval', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'planbench-eval-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('scores the achievements after the targets, at F1 0.90 or more, with the targets unchanged', () => {
    const run = evalRun('--limit', '0');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const overall = lines.find((l) => l.startsWith('overall: '));
    const achieved = lines.find((l) => l.startsWith('achieved: '));
    expect(overall).toBe('overall: P=1.000 R=1.000 F1=1.000');
    expect(run.stdout).toContain('Achievements (figures reported as reached)');
    expect(Number(F1.exec(achieved ?? '')?.[1])).toBeGreaterThanOrEqual(0.9);
    expect(lines[lines.length - 1]).toBe(achieved);
  });

  it('puts the achievements’ score in --json', () => {
    const run = evalRun('--json');
    const json = JSON.parse(run.stdout) as { overall: { f1: number }; achieved: { overall: { f1: number; tp: number } } };
    expect(json.overall.f1).toBe(1);
    expect(json.achieved.overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(json.achieved.overall.tp).toBeGreaterThan(50);
  });

  it('still scores the targets, with a warning, when no achievements gold lies beside the gold file', () => {
    const gold = join(tmp, 'seeds.gold.json');
    writeFileSync(gold, readFileSync(join(SHARED_GOLD, 'seeds.gold.json')));
    const run = evalRun('--gold', gold, '--limit', '0');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('overall: P=1.000 R=1.000 F1=1.000');
    expect(run.stdout).not.toContain('achieved: ');
    expect(run.stderr).toMatch(/seeds\.achieved\.json: no such file.*achievements are not scored/u);
  });
});
