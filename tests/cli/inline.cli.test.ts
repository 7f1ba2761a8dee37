// A run of one small text file is read on the main thread, without a worker thread (src/batch/inline.ts), so that the
// command answers at once. Its record must be byte for byte what a worker thread gives for the same file: each file
// here is run alone (the main thread) and then first of two files (worker threads), in every output format.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXTRACT } from '../helpers/cli';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let tmp: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function extract(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [...EXTRACT, ...args], { cwd: tmp, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each file read alone is compared with the same file read first of two (which needs worker threads); `other` is the
// second file.
const FILES = [
  'plan.txt', // a simplified-Chinese seed
  'trad.txt', // a traditional-script seed (OpenCC converts it)
  'plan.md', // a Markdown table
  'plan.html', // HTML with an invisible character inside a number
  'empty.txt', // refused: empty-file
];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'planbench-inline-'));
  copyFileSync(join(REPO, 'seeds', 'xiongan-social-security-3yr-action-plan.txt'), join(tmp, 'plan.txt'));
  copyFileSync(join(REPO, 'seeds', 'xiongan-2024-livelihood-projects-trad.txt'), join(tmp, 'trad.txt'));
  writeFileSync(
    join(tmp, 'plan.md'),
    '# 示例县托育服务发展规划\n\n| 指标 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|\n| 每千人口托位数(个) | 1.2 | 4.5 | 预期性 |\n| 养老床位数(张) | 10 | 20 | 预期性 |\n',
  );
  writeFileSync(join(tmp, 'plan.html'), '<html><head><title>示例县养老服务规划</title></head><body><p>到2025年,护理型床位占比达到5&#8203;5%。</p></body></html>');
  writeFileSync(join(tmp, 'empty.txt'), '');
  copyFileSync(join(REPO, 'seeds', 'xiongan-2025-public-service-roadmap-news.txt'), join(tmp, 'other.txt'));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('one small text file, read on the main thread', () => {
  it.each(FILES)('gives %s the same JSON, JSON Lines and CSV as a worker thread does', (file) => {
    for (const format of ['json', 'jsonl', 'csv']) {
      const alone = extract(['--format', format, file]);
      const pair = extract(['--format', format, '--jobs', '2', file, 'other.txt']);
      expect(alone.status, alone.stderr).toBe(file === 'empty.txt' ? 3 : 0);
      expect(pair.status, pair.stderr).toBe(file === 'empty.txt' ? 1 : 0);
      if (format === 'json') {
        // `[\n<record>\n]\n` alone; `[\n<record>,\n<other>\n]\n` with the second file.
        expect(alone.stdout.endsWith('\n]\n')).toBe(true);
        expect(pair.stdout.startsWith(`${alone.stdout.slice(0, -3)},\n`)).toBe(true);
        expect((JSON.parse(alone.stdout) as { file: string }[])[0]?.file).toBe(file);
      } else if (format === 'csv') {
        // The header and the file's rows, then the other file's.
        expect(pair.stdout.startsWith(alone.stdout)).toBe(true);
        if (file !== 'empty.txt') expect(alone.stdout.split('\r\n').length).toBeGreaterThan(2);
      } else {
        // Completion order: the line is one of the two.
        const line = alone.stdout.trimEnd();
        expect(line.split('\n')).toHaveLength(1);
        expect(pair.stdout.split('\n')).toContain(line);
      }
      // A refused file is named on standard error alike.
      const named = (run: Run) => run.stderr.split('\n').filter((l) => l.startsWith(`planbench: ${file}:`));
      expect(named(alone)).toEqual(named(pair));
    }
  });

  it('still ends a file that never finishes with the watchdog when the test hook asks for it', () => {
    // The hook keeps the run on a worker thread: the main thread could not be stopped.
    const run = extract(['--time-limit', '2', 'plan.txt'], { PLANBENCH_WORKER_HANG_ON: 'plan.txt' });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/plan\.txt: reading took longer than the time budget/u);
    expect(JSON.parse(run.stdout)).toMatchObject([{ file: 'plan.txt', error: { code: 'too-slow' } }]);
  });
});
