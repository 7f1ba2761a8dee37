import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs, type InputEntry, shardOf } from './inputs';

let root: string;
const at = (p: string) => resolve(root, p);
const names = (entries: InputEntry[]) => entries.map((e) => (e.kind === 'file' ? e.file : `!${e.file}:${e.code}`));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'planbench-inputs-'));
  const files: Record<string, string> = {
    'corpus/b.txt': 'b',
    'corpus/a.TXT': 'a',
    'corpus/sub/z.html': 'z',
    'corpus/sub/y.pdf': 'y',
    'corpus/B/c.docx': 'c',
    'corpus/notes.xls': 'x',
    'corpus/README': 'r',
    'corpus/old.doc': 'd',
    'corpus/.hidden.txt': 'h',
    'corpus/.git/objects.txt': 'o',
    'single.md': 'm',
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(at(rel)), { recursive: true });
    writeFileSync(at(rel), text);
  }
  // A link back up the tree must not loop.
  symlinkSync(at('corpus'), at('corpus/sub/loop'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('collectInputs', () => {
  it('walks folders depth first in code-point order, skipping hidden entries and counting unknown extensions', () => {
    const inputs = collectInputs(['corpus'], at);
    expect(names(inputs.entries)).toEqual(['corpus/B/c.docx', 'corpus/a.TXT', 'corpus/b.txt', 'corpus/sub/y.pdf', 'corpus/sub/z.html']);
    expect(Object.fromEntries(inputs.unknown)).toEqual({ '.xls': 1, '': 1, '.doc': 1 });
    const first = inputs.entries[0];
    expect(first?.kind === 'file' && first.path).toBe(at('corpus/B/c.docx'));
    expect(first?.kind === 'file' && first.size).toBe(1);
  });

  it('keeps files as named, takes a file reached twice once, and reports a missing path', () => {
    const inputs = collectInputs(['single.md', 'corpus/sub/', 'corpus/sub/z.html', 'missing.txt', 'corpus/notes.xls'], at);
    expect(names(inputs.entries)).toEqual([
      'single.md',
      // The link is followed once; inside it, the folder being walked is not entered again.
      'corpus/sub/loop/B/c.docx',
      'corpus/sub/loop/a.TXT',
      'corpus/sub/loop/b.txt',
      'corpus/sub/y.pdf',
      'corpus/sub/z.html',
      '!missing.txt:not-found',
      'corpus/notes.xls',
    ]);
  });

  it('splits the files into shards that are disjoint and cover everything', () => {
    const all = names(collectInputs(['corpus', 'single.md'], at).entries);
    const parts = [1, 2, 3].map((index) => names(collectInputs(['corpus', 'single.md'], at, { index, count: 3 }).entries));
    expect(parts.flat().sort()).toEqual([...all].sort());
    const unknown = [1, 2, 3].map((index) => collectInputs(['corpus'], at, { index, count: 3 }).unknown);
    expect(unknown.reduce((n, u) => n + [...u.values()].reduce((a, b) => a + b, 0), 0)).toBe(3);
  });
});

describe('shardOf', () => {
  it('depends on the path text alone (pinned values), with / and \\ alike', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((i) => shardOf(`corpus/plan-${i}.txt`, 4))).toMatchInlineSnapshot(`
      [
        2,
        2,
        4,
        2,
        3,
        4,
        4,
        3,
      ]
    `);
    expect(shardOf('corpus\\sub\\a.txt', 7)).toBe(shardOf('corpus/sub/a.txt', 7));
    expect(shardOf('anything', 1)).toBe(1);
  });

  it('spreads many paths evenly', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`plans/region-${i}/plan.txt`, 4) - 1]!++;
    for (const c of counts) expect(c).toBeGreaterThan(900);
  });
});
