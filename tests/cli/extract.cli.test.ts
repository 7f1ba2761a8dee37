// Runs the extract command as a user would, on real seeds and on files that must be refused.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/batch/format';
import { encodeBig5 } from '../helpers/big5';
import { parseCsv } from '../helpers/csv';
import { EXTRACT } from '../helpers/cli';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SEED = 'seeds/xiongan-social-security-3yr-action-plan.txt';

// “到2025年,城镇新增就业达到5万人,城镇调查失业率控制在5.5%以内。” in GB18030, byte by byte,
// so the test does not lean on the decoder it is checking.
const GB18030_TEXT = '到2025年,城镇新增就业达到5万人,城镇调查失业率控制在5.5%以内。';
const GB18030_BYTES = new Uint8Array([
  0xb5, 0xbd, 0x32, 0x30, 0x32, 0x35, 0xc4, 0xea, 0x2c, 0xb3, 0xc7, 0xd5, 0xf2, 0xd0, 0xc2, 0xd4, 0xf6, 0xbe, 0xcd,
  0xd2, 0xb5, 0xb4, 0xef, 0xb5, 0xbd, 0x35, 0xcd, 0xf2, 0xc8, 0xcb, 0x2c, 0xb3, 0xc7, 0xd5, 0xf2, 0xb5, 0xf7, 0xb2,
  0xe9, 0xca, 0xa7, 0xd2, 0xb5, 0xc2, 0xca, 0xbf, 0xd8, 0xd6, 0xc6, 0xd4, 0xda, 0x35, 0x2e, 0x35, 0x25, 0xd2, 0xd4,
  0xc4, 0xda, 0xa1, 0xa3,
]);
// A PNG signature and header: NUL bytes and control codes no plan text has.
const BINARY_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66, 0x00, 0x00, 0x00, 0x00,
]);

let tmp: string;
let gb: string;
let empty: string;
let binary: string;
let missing: string;
let dir: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function extract(...args: string[]): Run {
  // node --import tsx is what `npx tsx` does, without npx's start-up cost on every run.
  const r = spawnSync(process.execPath, [...EXTRACT, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON on stdout; when there is none, the error names what the command said on stderr. */
function jsonOut(run: Run): DocumentOut[] {
  try {
    return JSON.parse(run.stdout) as DocumentOut[];
  } catch {
    throw new Error(`extract printed no JSON (exit ${run.status}); stderr:\n${run.stderr}`);
  }
}

function stderrLines(run: Run): string[] {
  return run.stderr.split('\n').filter((l) => l !== '');
}

interface DocumentOut {
  file: string;
  encoding: string;
  targets: { name: string; quote: string; target: { value: number | null } }[];
  achieved: { name: string; quote: string; value: number; year: number | null }[];
  error?: { code: string; message: string };
  [key: string]: unknown;
}

const documentsOf = (records: DocumentOut[]) => records.filter((r) => r.error === undefined);
const errorsOf = (records: DocumentOut[]) => records.filter((r) => r.error !== undefined);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'planbench-cli-'));
  gb = join(tmp, 'employment-gb18030.txt');
  empty = join(tmp, 'empty.txt');
  binary = join(tmp, 'picture.txt');
  missing = join(tmp, 'no-such-plan.txt');
  dir = join(tmp, 'a-folder.txt');
  writeFileSync(gb, GB18030_BYTES);
  writeFileSync(empty, new Uint8Array());
  writeFileSync(binary, BINARY_BYTES);
  mkdirSync(dir);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the hand-built GB18030 fixture', () => {
  it('really is the sentence in GB18030', () => {
    expect(new TextDecoder('gb18030').decode(GB18030_BYTES)).toBe(GB18030_TEXT);
  });
});

describe('extract CLI', () => {
  let mixed: Run;
  let records: DocumentOut[];
  let docs: DocumentOut[];
  beforeAll(() => {
    mixed = extract(SEED, gb, empty, binary, missing, dir);
    records = jsonOut(mixed);
    docs = documentsOf(records);
  });

  it('prints the good files as a JSON array, in order, with metadata, content hash and targets', () => {
    expect(docs.map((d) => d.file)).toEqual([SEED, gb]);
    for (const d of docs) {
      expect(Object.keys(d)).toEqual(['file', 'region', 'region_code', 'province', 'plan_title', 'issuer', 'issued', 'period', 'kind', 'encoding', 'hash', 'targets', 'achieved']);
      expect(d.hash).toMatch(/^[0-9a-f]{64}$/u);
    }
    expect(docs[0]?.encoding).toBe('utf-8');
    // 雄安新区 is not a GB/T 2260 division: it has no code rather than a wrong one.
    expect(docs[0]).toMatchObject({ region: '雄安新区', region_code: null });
    expect(docs[0]?.targets.length).toBeGreaterThan(0);
  });

  it('prints what a plan reports as reached under achieved, never among its targets', () => {
    const run = extract('--format', 'jsonl', 'seeds/guangyuan-lizhou-14th-fyp-public-service-employment.txt');
    expect(run.status).toBe(0);
    const [doc] = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as DocumentOut);
    // Its 发展成就 section: 每千人拥有病床4.4张 was reached by 2020, the end of the period it reviews.
    expect(doc?.achieved).toContainEqual(expect.objectContaining({ name: '每千人拥有病床', value: 4.4, year: 2020, quote: '每千人拥有病床4.4张' }));
    expect(doc?.targets.some((t) => t.quote.includes('4.4张'))).toBe(false);
    // And the 2020 column of its indicator table, while the 2025 column stays the target.
    expect(doc?.achieved).toContainEqual(expect.objectContaining({ name: '人均预期寿命', value: 76.6, year: 2020 }));
    expect(doc?.targets.some((t) => t.name === '人均预期寿命' && t.target.value !== 76.6)).toBe(true);
  });

  it('decodes the GB18030 file into Chinese targets', () => {
    expect(docs[1]?.encoding).toBe('gb18030');
    expect(docs[1]?.targets.some((t) => t.quote.includes('失业率') || t.quote.includes('就业'))).toBe(true);
  });

  it('gives each bad file an error record in input order, names it on stderr with a reason and exits 1', () => {
    expect(mixed.status).toBe(1);
    expect(records.map((r) => r.file)).toEqual([SEED, gb, empty, binary, missing]);
    expect(errorsOf(records).map((r) => r.error?.code)).toEqual(['empty-file', 'binary-file', 'not-found']);
    const lines = stderrLines(mixed);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(new RegExp(`^planbench: ${literal(empty)}: .*empty`, 'u'));
    expect(lines[1]).toMatch(new RegExp(`^planbench: ${literal(binary)}: .*binary`, 'u'));
    expect(lines[2]).toMatch(new RegExp(`^planbench: ${literal(missing)}: no such file`, 'u'));
    // The folder (empty) is walked, not refused; the summary counts what was found.
    expect(lines[3]).toBe('planbench: 5 files: 2 extracted, 3 failed');
  });

  it('writes CSV with a BOM that parses back to one row per target, then one per achievement', () => {
    const run = extract('--format', 'csv', SEED, gb);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(run.stdout.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const records = docs.flatMap((d) => [...d.targets.map((t) => [d.file, 'target', t.quote]), ...d.achieved.map((a) => [d.file, 'achieved', a.quote])]);
    const quoteAt = CSV_COLUMNS.indexOf('quote');
    const recordAt = CSV_COLUMNS.indexOf('record');
    expect(rows.slice(1).map((r) => [r[0], r[recordAt], r[quoteAt]])).toEqual(records);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('gives every CSV row of a plan from an official district its GB/T 2260 code and province', () => {
    const lizhou = 'seeds/guangyuan-lizhou-14th-fyp-public-service-employment.txt';
    const run = extract('--format', 'csv', lizhou);
    const rows = parseCsv(run.stdout.slice(1));
    const at = (c: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(c);
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows.slice(1)) {
      expect([r[at('region')], r[at('region_code')], r[at('province')], r[at('issued')]]).toEqual(['广元市利州区', '510802', '四川省', '2022-09-27']);
    }
  });

  it('writes one JSON object per line with --format jsonl, in the order the files finish', () => {
    const run = extract('--format=jsonl', SEED, gb);
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    expect(lines.map((l) => (JSON.parse(l) as DocumentOut).file).sort()).toEqual([SEED, gb].sort());
    // One thread takes the files in the order given.
    const one = extract('--format=jsonl', '--jobs', '1', SEED, gb);
    expect(one.stdout.split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as DocumentOut).file)).toEqual([SEED, gb]);
  });

  it('writes to --out instead of standard output', () => {
    const out = join(tmp, 'out.json');
    const run = extract('--out', out, gb);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as DocumentOut[])[0]?.file).toBe(gb);
  });

  it('still prints the good files when the bad one comes first', () => {
    const run = extract(missing, gb);
    expect(run.status).toBe(1);
    expect(documentsOf(jsonOut(run)).map((d) => d.file)).toEqual([gb]);
  });

  it('exits 3 when no file could be read', () => {
    const run = extract(missing, empty);
    expect(run.status).toBe(3);
    expect(jsonOut(run).map((r) => r.error?.code)).toEqual(['not-found', 'empty-file']);
  });

  it('reads a Big5 plan as Big5 and refuses random bytes as implausible-text, naming the reason', () => {
    const big5 = join(tmp, 'taipei-big5.txt');
    const noise = join(tmp, 'noise.txt');
    writeFileSync(big5, encodeBig5('臺北市公共服務規劃\n到2025年，城鎮新增就業人數達到12萬人，普惠性幼兒園覆蓋率達到90%。\n'));
    const bytes = new Uint8Array(8192);
    for (let i = 0, x = 99; i < bytes.length; i++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      bytes[i] = 0x80 | (x >>> 25);
    }
    writeFileSync(noise, bytes);
    const run = extract(big5, noise);
    expect(run.status).toBe(1);
    const [doc, refused] = jsonOut(run);
    expect(doc?.encoding).toBe('big5');
    expect(doc?.targets.map((t) => t.target.value)).toEqual([12, 90]);
    expect(refused?.error?.code).toBe('implausible-text');
    expect(stderrLines(run)[0]).toMatch(new RegExp(`^planbench: ${literal(noise)}: the bytes do not read as text`, 'u'));
  });

  it('exits 2 with the usage on an unknown option or no files, 0 on --help', () => {
    for (const args of [['--frobnicate', gb], [], ['--format', 'xml', gb]]) {
      const run = extract(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^planbench: .+\n\nUsage:/u);
      expect(run.stdout).toBe('');
    }
    const help = extract('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run --silent extract/u);
  });

  // The first worker thread starts before the output is opened: a run refused after that must still end (a thread
  // left running would keep the process alive for ever) and write nothing.
  it('exits 2 when --out cannot be created or names the --workspace file, and writes nothing', () => {
    const out = join(tmp, 'no-such-folder', 'targets.json');
    const unwritable = extract('--out', out, SEED);
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toMatch(new RegExp(`^planbench: ${literal(out)}(?:\\.partial)?: no such file or directory\n$`, 'u'));
    expect(unwritable.stdout).toBe('');
    const same = join(tmp, 'study.json');
    const clash = extract('--out', same, '--workspace', same, SEED);
    expect(clash.status).toBe(2);
    expect(clash.stderr).toMatch(/^planbench: --workspace and --out name the same file\n/u);
    expect(() => readFileSync(same)).toThrow();
  });
});

function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
