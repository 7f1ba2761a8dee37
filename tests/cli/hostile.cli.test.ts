// A batch of hostile and pathological files (issue 19) with the five sample plans, run through the CLI as a
// researcher would run a folder of 3,000 downloads: every file ends, each hostile one with its code, the seeds
// are extracted, and the run finishes within a bounded time with each worker thread's heap bounded.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSV_COLUMNS } from '../../src/batch/format';
import { parseCsv } from '../helpers/csv';
import { prepareDocument } from '../../src/import/prepare';
import { docxBomb, manyPagesPdf, pdfStreamBomb, writeZip } from '../helpers/hostile';
import { writePdf, textLines } from '../helpers/pdf';
import { EXTRACT } from '../helpers/cli';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
// The bound the README states for this corpus on two busy cores; without the budgets and the watchdog the run never ended.
// Wall time: this machine's two cores are shared, so the bound and the time limit are generous.
const BOUND_MS = 420_000;
const TIME_LIMIT_S = 60;
vi.setConfig({ testTimeout: BOUND_MS + 60_000, hookTimeout: BOUND_MS + 60_000 });

interface Rec {
  file: string;
  region?: string | null;
  targets?: unknown[];
  error?: { code: string; message: string };
}

/** Each hostile file and the outcomes allowed for it: a code, or 'extracted' for a file that is strange but fine. */
const EXPECTED: Record<string, readonly string[]> = {
  'hostile/bomb-200mb.docx': ['too-large-unpacked'],
  'hostile/pages-20000.pdf': ['too-many-pages'],
  // Past the text budget (20 million characters) or, on a slow machine, the time budget first.
  'hostile/stream-100mb.pdf': ['too-long', 'too-slow'],
  'hostile/never-ends.txt': ['too-slow'],
  'hostile/heap-hog.txt': ['out-of-memory'],
  // Read in linear time now: 500,000 nested tags, 5 MB of digits and a 3 MB line of 100,000 targets are extracted.
  'hostile/nested-500k.html': ['extracted'],
  'hostile/digits-5mb.txt': ['extracted'],
  'hostile/long-line.txt': ['extracted', 'too-many-targets'],
  'hostile/invisible.html': ['extracted'],
  'hostile/rtl.txt': ['extracted'],
  'hostile/formula.md': ['extracted'],
  // Random high-bit bytes: no encoding reads them as text.
  'hostile/random.txt': ['implausible-text', 'binary-file'],
  'hostile/truncated.docx': ['corrupt-docx'],
  'hostile/truncated.pdf': ['corrupt-pdf'],
  'hostile/encrypted.pdf': ['encrypted-pdf'],
  'hostile/empty.txt': ['empty-file'],
  'hostile/empty.pdf': ['empty-file'],
  'hostile/empty.docx': ['empty-file'],
};

let tmp: string;
let records: Rec[];
let status: number | null;
let stderr: string;
let elapsed: number;
let seeds: string[];

function seedDir(): string {
  const shared = join(REPO, '..', 'shared', 'seeds');
  return existsSync(shared) ? shared : join(REPO, 'seeds');
}

function writeCorpus(dir: string): void {
  const hostile = join(dir, 'hostile');
  mkdirSync(hostile, { recursive: true });
  const put = (name: string, data: Uint8Array | string) => writeFileSync(join(hostile, name), data);
  put('bomb-200mb.docx', docxBomb(200));
  put('pages-20000.pdf', manyPagesPdf(20_000));
  put('stream-100mb.pdf', pdfStreamBomb(100));
  put('never-ends.txt', '到2025年,普惠托位达到100个。\n');
  put('heap-hog.txt', '到2025年,养老床位达到200张。\n');
  put('nested-500k.html', `<html><body>${'<div>'.repeat(500_000)}到2025年,普惠托位达到100个。${'</div>'.repeat(500_000)}</body></html>`);
  put('digits-5mb.txt', `到2025年,托位达到${'9'.repeat(5 * 1024 * 1024)}个。\n`);
  put('long-line.txt', '到2025年,每千人口拥有3岁以下婴幼儿托位数达到4.5个,'.repeat(100_000));
  put('invisible.html', '<p>到2025年,护理型床位占比达到5&#8203;5%,普惠托位覆盖率达到9&shy;5%。</p>');
  put('rtl.txt', '\u202E某某县\u202C“十四五”养老服务规划\n到2025年,养老机构护理型床位占比达到55%。\n\u200F\u05E9\u05DC\u05D5\u05DD\u0645\u0631\u062D\u0628\u0627\n');
  put(
    'formula.md',
    '# 示例县托育服务发展规划\n\n| 指标 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|\n' +
      '| =HYPERLINK("http://evil.example/","点此")每千人口托位数(个) | 1.2 | 4.5 | 预期性 |\n' +
      '| @SUM(A1)养老床位数(张) | 10 | 20 | 预期性 |\n| +1+1护理型床位占比(%) | 30 | 55 | 约束性 |\n| -2+3城镇新增就业(万人) | 1 | 2 | 预期性 |\n',
  );
  // Deterministic "random" high-bit bytes.
  let x = 0x2545f491;
  put('random.txt', Uint8Array.from({ length: 64 * 1024 }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 24) | 0x80));
  const docx = writeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
  const small = docxBomb(1);
  put('truncated.docx', small.subarray(0, Math.floor(small.length / 2)));
  const pdf = writePdf([{ texts: textLines(['到2025年,普惠托位达到100个。']) }]);
  put('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 3)));
  put('encrypted.pdf', writePdf([{ texts: textLines(['到2025年,普惠托位达到100个。']) }], { userPassword: 'secret', ownerPassword: 'owner' }));
  put('empty.txt', '');
  put('empty.pdf', '');
  put('empty.docx', docx.subarray(0, 0));
  const seedsOut = join(dir, 'seeds');
  mkdirSync(seedsOut, { recursive: true });
  seeds = readdirSync(seedDir()).filter((f) => f.endsWith('.txt'));
  for (const f of seeds) copyFileSync(join(seedDir(), f), join(seedsOut, f));
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'planbench-hostile-'));
  writeCorpus(join(tmp, 'corpus'));
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [...EXTRACT, '--jobs', '2', '--time-limit', String(TIME_LIMIT_S), '--worker-memory-mb', '1024', '--format', 'jsonl', '--out', 'out.jsonl', 'corpus'],
    {
      cwd: tmp,
      encoding: 'utf8',
      timeout: BOUND_MS + 30_000,
      env: { ...process.env, NO_COLOR: '1', PLANBENCH_WORKER_HANG_ON: 'never-ends.txt', PLANBENCH_WORKER_HOG_ON: 'heap-hog.txt' },
    },
  );
  elapsed = Date.now() - started;
  if (run.error) throw run.error;
  // The figures for the README: how long the batch took and what each file came to.
  console.info(`hostile batch: ${(elapsed / 1000).toFixed(1)} s`);
  status = run.status;
  stderr = run.stderr;
  records = readFileSync(join(tmp, 'out.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Rec);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a batch of hostile files and the five seeds', () => {
  it('finishes within the bound, exiting 1 for the failed files', () => {
    expect(status).toBe(1);
    expect(elapsed).toBeLessThan(BOUND_MS);
    expect(records).toHaveLength(Object.keys(EXPECTED).length + seeds.length);
  });

  it('extracts the five seeds exactly as a run of them alone does', async () => {
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) {
      const rec = records.find((r) => r.file === `corpus/seeds/${seed}`);
      expect(rec?.error, seed).toBeUndefined();
      const alone = await prepareDocument(seed, readFileSync(join(seedDir(), seed)));
      if (!alone.ok) throw new Error(`${seed}: ${alone.code}`);
      expect(rec?.region, seed).toBe(alone.value.extracted.metadata.region);
      expect(rec?.targets, seed).toEqual(alone.value.extracted.targets);
    }
    expect(records.filter((r) => r.file.startsWith('corpus/seeds/')).reduce((n, r) => n + (r.targets?.length ?? 0), 0)).toBeGreaterThan(100);
  });

  it('reports every hostile file with its code, and names each failed one on standard error', () => {
    const outcome = Object.fromEntries(records.filter((r) => r.file.startsWith('corpus/hostile/')).map((r) => [r.file.slice('corpus/'.length), r.error?.code ?? 'extracted']));
    console.info(outcome);
    for (const [file, allowed] of Object.entries(EXPECTED)) expect(allowed, `${file}: ${outcome[file]}`).toContain(outcome[file]);
    for (const r of records.filter((rec) => rec.error !== undefined)) {
      expect(stderr).toContain(`planbench: ${r.file}: `);
    }
  });

  it('says why a document was stopped and which option raises the budget', () => {
    const message = (name: string) => records.find((r) => r.file === `corpus/hostile/${name}`)?.error?.message ?? '';
    expect(message('never-ends.txt')).toMatch(new RegExp(`longer than the time budget.*--time-limit.*more than ${TIME_LIMIT_S} s`, 'u'));
    expect(message('heap-hog.txt')).toMatch(/more memory than a worker thread may use.*--worker-memory-mb.*1024 MB/u);
    expect(message('bomb-200mb.docx')).toMatch(/--max-unpacked-mb.*unpacking to 200 MB/u);
    expect(message('pages-20000.pdf')).toMatch(/--max-pages.*20000 pages/u);
  });
});

describe('CSV of hostile cells', () => {
  it('writes the formula cells of a plan as text a spreadsheet will not run', () => {
    const run = spawnSync(process.execPath, [...EXTRACT, '--format', 'csv', 'corpus/hostile/formula.md'], { cwd: tmp, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const rows = parseCsv(run.stdout.slice(1));
    const name = CSV_COLUMNS.indexOf('name');
    const value = CSV_COLUMNS.indexOf('target_value');
    const names = rows.slice(1).map((r) => r[name] ?? '');
    expect(names).toEqual(expect.arrayContaining(["'=HYPERLINK(\"http://evil.example/\",\"点此\")每千人口托位数", "'@SUM(A1)养老床位数", "'+1+1护理型床位占比", "'-2+3城镇新增就业"]));
    expect(rows.slice(1).map((r) => r[value])).toEqual(expect.arrayContaining(['4.5', '20', '55', '2']));
    // No cell of the file starts a formula.
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/u.test(cell))).toEqual([]);
  });
});
