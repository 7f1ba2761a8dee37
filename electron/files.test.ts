import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasImportExtension, importPathsFromArgv, readFiles } from './files';

const dir = mkdtempSync(path.join(tmpdir(), 'planbench-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files named on the command line', () => {
  it('takes the plan files after the executable, resolved against the working directory', () => {
    const argv = ['/opt/PlanBench/planbench', '--no-sandbox', 'plans/a.txt', '/abs/b.PDF', 'notes.xlsx', '--inspect=9229', 'c.docx', 'plans/a.txt', ''];
    expect(importPathsFromArgv(argv, '/home/r')).toEqual(['/home/r/plans/a.txt', '/abs/b.PDF', '/home/r/c.docx']);
  });

  it('ignores the app folder Electron is started with while developing', () => {
    expect(importPathsFromArgv(['/x/electron', '/work/dist-electron'], '/work')).toEqual([]);
  });

  it('knows the import extensions, case-insensitively', () => {
    for (const name of ['a.txt', 'a.TEXT', 'a.md', 'a.markdown', 'a.htm', 'a.HTML', 'a.docx', 'a.pdf']) expect(hasImportExtension(name)).toBe(true);
    for (const name of ['a.exe', 'a.json', 'a', 'a.pdf.lnk', '.txt']) expect(hasImportExtension(name)).toBe(false);
  });
});

describe('reading files within the caps', () => {
  const file = (name: string, size: number) => {
    const p = path.join(dir, name);
    writeFileSync(p, Buffer.alloc(size, 0x41));
    return p;
  };

  it('reads files in order and refuses the unreadable, the too large and the surplus', async () => {
    const a = file('a.txt', 10);
    const big = file('big.txt', 101);
    const b = file('b.txt', 20);
    const c = file('c.txt', 30);
    const folder = path.join(dir, 'folder.txt');
    mkdirSync(folder);
    const result = await readFiles([a, big, path.join(dir, 'missing.txt'), folder, b, c], { maxFileBytes: 100, maxFiles: 2, maxBatchBytes: 1000 });
    expect(result.files.map((f) => [f.name, f.bytes.byteLength])).toEqual([
      ['a.txt', 10],
      ['b.txt', 20],
    ]);
    expect(result.refused).toEqual([
      { name: 'big.txt', size: 101, code: 'too-large' },
      { name: 'missing.txt', size: 0, code: 'unreadable' },
      { name: 'folder.txt', size: 0, code: 'unreadable' },
      { name: 'c.txt', size: 30, code: 'too-many' },
    ]);
  });

  it('stops at the batch byte cap', async () => {
    const result = await readFiles([file('x.txt', 60), file('y.txt', 60)], { maxFileBytes: 100, maxFiles: 10, maxBatchBytes: 100 });
    expect(result.files.map((f) => f.name)).toEqual(['x.txt']);
    expect(result.refused).toEqual([{ name: 'y.txt', size: 60, code: 'too-many' }]);
  });

  it('holds the cap for a file that grew after it was measured', async () => {
    const fs = { stat: async () => ({ isFile: () => true, size: 5 }), readFile: async () => new Uint8Array(500) };
    const result = await readFiles(['/x/grown.txt'], { maxFileBytes: 100, maxFiles: 10, maxBatchBytes: 1000 }, fs);
    expect(result).toEqual({ files: [], refused: [{ name: 'grown.txt', size: 500, code: 'too-large' }] });
  });
});
