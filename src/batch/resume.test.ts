import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanLines } from './lines';
import { readDoneRecords, recordHash } from './resume';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'planbench-resume-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('recordHash', () => {
  it('reads the hash of a document and of an error record, and nothing from other lines', () => {
    expect(recordHash(JSON.stringify({ file: 'a.txt', hash: A, targets: [] }))).toEqual({ file: 'a.txt', hash: A, failed: false });
    expect(recordHash(JSON.stringify({ file: 'b.pdf', hash: B, error: { code: 'pdf-needs-ocr', message: '' } }))).toEqual({ file: 'b.pdf', hash: B, failed: true });
    expect(recordHash(JSON.stringify({ file: 'gone.txt', error: { code: 'not-found', message: '' } }))).toEqual({ file: 'gone.txt', hash: null, failed: true });
    expect(recordHash('{"file":"x.txt","hash":"ab')).toBeNull();
    expect(recordHash('[1,2]')).toBeNull();
    expect(recordHash(JSON.stringify({ file: 'a.txt', hash: 'not-a-hash' }))).toBeNull();
  });
});

describe('readDoneRecords', () => {
  it('collects the hashes, drops a half-written last line and leaves the file ending in a line feed', async () => {
    const path = join(dir, 'out.jsonl');
    const whole = [
      { file: 'a.txt', hash: A, targets: [{ quote: '到2025年\n' }] },
      { file: 'b.pdf', hash: B, error: { code: 'pdf-needs-ocr', message: 'scan' } },
      { file: 'gone.txt', error: { code: 'not-found', message: 'no such file or directory' } },
    ]
      .map((r) => `${JSON.stringify(r)}\n`)
      .join('');
    const cut = JSON.stringify({ file: 'c.txt', hash: C, targets: [] }).slice(0, 30);
    writeFileSync(path, whole + cut);
    const done = await readDoneRecords(path);
    expect([...done.extracted]).toEqual([A]);
    expect([...done.failed]).toEqual([B]);
    expect([...done.unopened]).toEqual(['gone.txt']);
    expect(done.dropped).toBe(Buffer.byteLength(cut));
    expect(readFileSync(path, 'utf8')).toBe(whole);
    // Reading again finds nothing more to drop.
    expect((await readDoneRecords(path)).dropped).toBe(0);
  });

  it('treats a missing file as an empty one', async () => {
    const done = await readDoneRecords(join(dir, 'none.jsonl'));
    expect(done.extracted.size + done.failed.size + done.dropped).toBe(0);
  });
});

describe('scanLines', () => {
  it('joins lines that cross read chunks and counts the bytes of complete lines', async () => {
    const path = join(dir, 'long.txt');
    const long = '规'.repeat(600_000); // 1.8 MB: more than one 1 MB chunk
    writeFileSync(path, `${long}\nshort\ntail`);
    const seen: string[] = [];
    const scan = await scanLines(path, (line) => seen.push(line.toString('utf8')));
    expect(seen).toEqual([long, 'short']);
    expect(scan.complete).toBe(Buffer.byteLength(`${long}\nshort\n`));
    expect(scan.size - scan.complete).toBe(4);
  });
});
