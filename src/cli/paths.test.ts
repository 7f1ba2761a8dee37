import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, findSeedFile, userPath } from './paths';

const tmp = mkdtempSync(join(tmpdir(), 'planbench-paths-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('userPath', () => {
  it('resolves against the shell directory while npm runs this script', () => {
    const env = { npm_lifecycle_event: 'extract', INIT_CWD: '/home/u/plans' };
    expect(userPath('a.txt', 'extract', env)).toBe('/home/u/plans/a.txt');
  });

  it('ignores INIT_CWD inherited from another npm script', () => {
    const env = { npm_lifecycle_event: 'test', INIT_CWD: '/home/u/plans' };
    expect(userPath('a.txt', 'extract', env)).toBe(resolve('a.txt'));
  });

  it('keeps absolute paths', () => {
    expect(userPath('/x/a.txt', 'extract', { npm_lifecycle_event: 'extract', INIT_CWD: '/y' })).toBe('/x/a.txt');
  });
});

describe('findSeedFile', () => {
  const shared = join(tmp, 'shared');
  const repo = join(tmp, 'repo');
  mkdirSync(shared);
  mkdirSync(repo);
  writeFileSync(join(shared, '001_x.txt'), 'a');
  writeFileSync(join(repo, 'renamed.txt'), 'b');
  writeFileSync(join(repo, 'index.json'), JSON.stringify([{ file: 'renamed.txt', original: '002_y.txt' }]));

  it('takes the gold name from the first folder that has it', () => {
    expect(findSeedFile('001_x.txt', [shared, repo])).toBe(join(shared, '001_x.txt'));
  });

  it('follows index.json from an original name to a renamed seed', () => {
    expect(findSeedFile('002_y.txt', [join(tmp, 'missing'), repo])).toBe(join(repo, 'renamed.txt'));
  });

  it('returns null when no folder has the document', () => {
    expect(findSeedFile('003_z.txt', [shared, repo])).toBeNull();
  });

  it('finds the seeds bundled in the repo by their original names', () => {
    expect(findSeedFile('003_8953c9d8af5bb8be.txt', [join(REPO_ROOT, 'seeds')])).toBe(
      join(REPO_ROOT, 'seeds', 'xiongan-2024-livelihood-projects-trad.txt'),
    );
  });
});
