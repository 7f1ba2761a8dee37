// The batch side of `extract`, run as a child process the way a researcher runs it over a whole country's plans:
// folders of every format, bad files, worker threads, an interrupted run resumed, shards, and a workspace file.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSV_COLUMNS } from '../../src/batch/format';
import type { AchievedRecord, TargetRecord } from '../../src/core/types';
import { parseWorkspace, type WorkspaceFile } from '../../src/workspace/format';
import { parseCsv } from '../helpers/csv';
import { BAD, GOOD, UNKNOWN, writeCorpus } from './corpus';
import { EXTRACT } from '../helpers/cli';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SLOW = 120_000;
// Each run starts Node, tsx and worker threads (about a second, more on a busy machine); some tests run several.
vi.setConfig({ testTimeout: SLOW, hookTimeout: SLOW });

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface Rec {
  file: string;
  hash?: string;
  region?: string | null;
  encoding?: string;
  targets?: TargetRecord[];
  achieved?: AchievedRecord[];
  error?: { code: string; message: string };
}

let tmp: string;
/** The study folder: `corpus/` (the mixed formats) below it; runs start here, so paths are relative to it. */
let study: string;

function extract(args: string[], cwd = study, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [...EXTRACT, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

function jsonl(text: string): Rec[] {
  return lines(text).map((l) => JSON.parse(l) as Rec);
}

function json(run: Run): Rec[] {
  try {
    return JSON.parse(run.stdout) as Rec[];
  } catch {
    throw new Error(`no JSON (exit ${run.status}); stderr:\n${run.stderr}`);
  }
}

const byFile = (a: Rec, b: Rec) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
const sorted = (records: Rec[]) => [...records].sort(byFile);
const files = (records: Rec[]) => records.map((r) => r.file).sort();
const good = (records: Rec[]) => records.filter((r) => r.error === undefined);

const goodFiles = Object.keys(GOOD).map((f) => `corpus/${f}`).sort();
const badFiles = Object.keys(BAD).map((f) => `corpus/${f}`).sort();

let full: Run;
let fullRecords: Rec[];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'planbench-batch-'));
  study = join(tmp, 'study');
  await writeCorpus(join(study, 'corpus'));
  full = extract(['--workspace', 'run.workspace.json', 'corpus']);
  fullRecords = json(full);
}, SLOW);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a folder of every format', () => {
  it('extracts TXT (GB18030), HTML, DOCX and PDF through the app readers', () => {
    const docs = good(fullRecords);
    expect(files(docs)).toEqual(goodFiles);
    for (const doc of docs) {
      const expected = GOOD[doc.file.slice('corpus/'.length) as keyof typeof GOOD];
      expect({ file: doc.file, region: doc.region, encoding: doc.encoding }).toEqual({ file: doc.file, ...expected });
      expect(doc.hash).toMatch(/^[0-9a-f]{64}$/u);
      expect(doc.targets?.length, doc.file).toBeGreaterThan(0);
    }
  });

  it('gives each bad file an error record with its code, names it on stderr and exits 1', () => {
    expect(full.status).toBe(1);
    const errors = fullRecords.filter((r) => r.error !== undefined);
    expect(Object.fromEntries(errors.map((r) => [r.file, r.error?.code]))).toEqual(
      Object.fromEntries(Object.entries(BAD).map(([f, code]) => [`corpus/${f}`, code])),
    );
    // Read but refused: the hash is known, so --resume does not try these bytes again.
    for (const e of errors) expect(e.hash).toMatch(/^[0-9a-f]{64}$/u);
    const err = lines(full.stderr);
    for (const file of badFiles) expect(err.filter((l) => l.startsWith(`planbench: ${file}: `))).toHaveLength(1);
    expect(err.find((l) => l.startsWith('planbench: corpus/pdf/scan.pdf'))).toMatch(/OCR/u);
    expect(err.find((l) => l.startsWith('planbench: corpus/bad/broken.docx'))).toMatch(/DOCX file is damaged/u);
  });

  it('skips the unknown extension and hidden entries, and counts the skipped in the summary', () => {
    expect(fullRecords.some((r) => UNKNOWN.some((u) => r.file.endsWith(u)) || r.file.includes('.cache'))).toBe(false);
    expect(lines(full.stderr).at(-1)).toBe(
      'planbench: 8 files: 4 extracted, 4 failed; 1 skipped (unknown extension: .xls 1); workspace: 4 documents, 9 targets, 4 regions',
    );
  });

  it('prints JSON in walk order: each folder sorted by name, the same on every machine', () => {
    expect(fullRecords.map((r) => r.file)).toEqual([
      'corpus/bad/broken.docx',
      'corpus/bad/empty.txt',
      'corpus/bad/picture.txt',
      'corpus/pdf/hegu.pdf',
      'corpus/pdf/scan.pdf',
      'corpus/txt/qingchuan-gb18030.txt',
      'corpus/web/shimen.html',
      'corpus/word/yunling.docx',
    ]);
  });

  it('writes the same records as JSON Lines and the same targets and achievements as CSV', () => {
    const run = extract(['--format', 'jsonl', 'corpus']);
    expect(run.status).toBe(1);
    expect(sorted(jsonl(run.stdout))).toEqual(sorted(fullRecords));

    const csv = extract(['--format', 'csv', '--out', 'targets.csv', 'corpus']);
    expect(csv.status).toBe(1);
    expect(csv.stdout).toBe('');
    const text = readFileSync(join(study, 'targets.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const quote = CSV_COLUMNS.indexOf('quote');
    const record = CSV_COLUMNS.indexOf('record');
    const expected = good(fullRecords).flatMap((d) => [
      ...(d.targets ?? []).map((t) => [d.file, 'target', t.quote]),
      ...(d.achieved ?? []).map((a) => [d.file, 'achieved', a.quote]),
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[record], r[quote]])).toEqual(expected);
  });

  it('gives the same records with --jobs 1 and --jobs 2', () => {
    const one = extract(['--jobs', '1', 'corpus']);
    const two = extract(['--jobs', '2', 'corpus']);
    expect(one.stdout).toBe(two.stdout);
    expect(json(one)).toEqual(fullRecords);
    const oneL = extract(['--jobs', '1', '--format', 'jsonl', 'corpus']);
    const twoL = extract(['--jobs', '2', '--format', 'jsonl', 'corpus']);
    expect(sorted(jsonl(oneL.stdout))).toEqual(sorted(jsonl(twoL.stdout)));
  });

  it('reports a named file with an unknown extension instead of skipping it', () => {
    const run = extract(['corpus/bad/table.xls', 'corpus/txt/qingchuan-gb18030.txt']);
    expect(run.status).toBe(1);
    expect(json(run).map((r) => r.error?.code ?? 'ok')).toEqual(['unsupported-format', 'ok']);
  });

  it('records a file whose worker thread died as failed, and carries on with a fresh thread', () => {
    const run = extract(['--jobs', '1', 'corpus'], study, { PLANBENCH_WORKER_CRASH_ON: 'hegu.pdf' });
    expect(run.status).toBe(1);
    const records = json(run);
    expect(records.find((r) => r.file === 'corpus/pdf/hegu.pdf')?.error?.code).toBe('worker-crashed');
    expect(files(good(records))).toEqual(goodFiles.filter((f) => f !== 'corpus/pdf/hegu.pdf'));
    // The files the dead thread held besides (its queue) are read again by the fresh one, each once, as in a clean run.
    expect(good(records)).toEqual(good(fullRecords).filter((r) => r.file !== 'corpus/pdf/hegu.pdf'));
    expect(lines(run.stderr).find((l) => l.startsWith('planbench: corpus/pdf/hegu.pdf: '))).toMatch(/worker thread .* stopped/u);
  });

  it('exits 3 when no file could be read, 0 with an empty array when there is nothing to read', () => {
    const bad = extract(['corpus/bad']);
    expect(bad.status).toBe(3);
    expect(json(bad).every((r) => r.error !== undefined)).toBe(true);
    mkdirSync(join(study, 'nothing'), { recursive: true });
    const none = extract(['nothing']);
    expect(none.status).toBe(0);
    expect(none.stdout).toBe('[]\n');
  });
});

describe('--workspace', () => {
  let ws: WorkspaceFile;
  beforeAll(() => {
    const parsed = parseWorkspace(JSON.parse(readFileSync(join(study, 'run.workspace.json'), 'utf8')));
    if (!parsed.ok) throw new Error(`invalid workspace: ${parsed.code} ${parsed.issues.join(', ')}`);
    ws = parsed.value;
  });

  it('writes a file that passes parseWorkspace, leaving no spool behind', () => {
    expect(ws.type).toBe('planbench/workspace');
    expect(existsSync(join(study, 'run.workspace.json.spool'))).toBe(false);
    expect(existsSync(join(study, 'run.workspace.json.partial'))).toBe(false);
  });

  it('holds the documents and targets of the JSON output, record for record', () => {
    const docs = good(fullRecords);
    expect(ws.documents.map((d) => d.id).sort()).toEqual(docs.map((d) => d.hash).sort());
    for (const doc of docs) {
      const row = ws.documents.find((d) => d.id === doc.hash);
      expect(row?.fileName).toBe(basename(doc.file));
      expect(row?.metadata.region).toBe(doc.region);
      const targets = ws.targets.filter((t) => t.documentId === doc.hash);
      expect(targets.map((t) => t.extracted)).toEqual(doc.targets);
      expect(targets.every((t) => t.status === 'extracted' && t.edits === null)).toBe(true);
    }
    expect(ws.regions.map((r) => r.name).sort()).toEqual(docs.map((d) => d.region).sort());
    expect(ws.benchmarks.length).toBeGreaterThan(0);
  });
});

/** 50 plans made from the seeds (each copy made distinct), so that a run takes long enough to be cut. */
function writeBigCorpus(root: string): number {
  const seeds = readdirSync(join(REPO, 'seeds')).filter((f) => f.endsWith('.txt'));
  let n = 0;
  for (let copy = 0; copy < 10; copy++) {
    mkdirSync(join(root, `set-${copy}`), { recursive: true });
    for (const seed of seeds) {
      const text = readFileSync(join(REPO, 'seeds', seed), 'utf8');
      writeFileSync(join(root, `set-${copy}`, seed), `${text}\n(副本 ${copy})\n`);
      n++;
    }
  }
  return n;
}

describe('--resume', () => {
  it('after a half-written last line, writes each document exactly once', () => {
    const out = join(study, 'cut.jsonl');
    const first = extract(['--format', 'jsonl', '--out', 'cut.jsonl', 'corpus']);
    const complete = jsonl(readFileSync(out, 'utf8'));
    expect(complete).toHaveLength(8);
    expect(first.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    const kept = lines(text).slice(0, 3);
    const half = lines(text)[3]?.slice(0, 40) ?? '';
    writeFileSync(out, kept.map((l) => `${l}\n`).join('') + half);

    const resumed = extract(['--format', 'jsonl', '--out', 'cut.jsonl', '--resume', 'corpus']);
    expect(resumed.status).toBe(1);
    const after = jsonl(readFileSync(out, 'utf8'));
    expect(files(after)).toEqual(files(complete));
    expect(sorted(after)).toEqual(sorted(complete));
    expect(resumed.stderr).toMatch(/dropped a half-written last line/u);
    // The three whole lines kept are not written again; the cut one is.
    const keptRecords = kept.map((l) => JSON.parse(l) as Rec);
    const keptDone = keptRecords.filter((r) => r.error === undefined).length;
    const summary = lines(resumed.stderr).at(-1) ?? '';
    if (keptDone > 0) expect(summary).toContain(`${keptDone} already in cut.jsonl`);
    if (keptDone < 3) expect(summary).toContain(`${3 - keptDone} failed in an earlier run`);

    // Nothing left: a third run adds nothing and still reports the failures recorded before (exit 1).
    const again = extract(['--format', 'jsonl', '--out', 'cut.jsonl', '--resume', 'corpus']);
    expect(readFileSync(out, 'utf8')).toBe(after.map((r) => `${JSON.stringify(r)}\n`).join(''));
    expect(again.status).toBe(1);
    expect(lines(again.stderr).at(-1)).toBe('planbench: 8 files: 0 extracted, 4 already in cut.jsonl, 4 failed in an earlier run; 1 skipped (unknown extension: .xls 1)');
  });

  it(
    'after a run killed with SIGKILL, writes each document exactly once, in the output and in the workspace',
    async () => {
      const total = writeBigCorpus(join(study, 'big'));
      const out = join(study, 'big.jsonl');
      const args = ['--format', 'jsonl', '--jobs', '1', '--out', 'big.jsonl', '--workspace', 'big.workspace.json', 'big'];
      const child = spawn(process.execPath, [...EXTRACT, ...args], { cwd: study, stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      await new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const poll = setInterval(() => {
          if (existsSync(out) && readFileSync(out).includes(10)) {
            clearInterval(poll);
            child.kill('SIGKILL');
            resolve();
          } else if (Date.now() - started > 60_000) {
            clearInterval(poll);
            reject(new Error('no line written within a minute'));
          }
        }, 5);
      });
      await exited;
      const cut = lines(readFileSync(out, 'utf8'));
      expect(cut.length).toBeLessThan(total);
      expect(existsSync(join(study, 'big.workspace.json'))).toBe(false);

      const resumed = extract([...args.slice(0, -1), '--resume', 'big']);
      expect(resumed.status, resumed.stderr).toBe(0);
      const after = jsonl(readFileSync(out, 'utf8'));
      expect(after).toHaveLength(total);
      expect(new Set(after.map((r) => r.file)).size).toBe(total);
      expect(new Set(after.map((r) => r.hash)).size).toBe(total);

      const parsed = parseWorkspace(JSON.parse(readFileSync(join(study, 'big.workspace.json'), 'utf8')));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.value.documents.map((d) => d.id).sort()).toEqual(after.map((r) => r.hash).sort());
      const targets = after.reduce((n, r) => n + (r.targets?.length ?? 0), 0);
      expect(parsed.value.targets).toHaveLength(targets);
    },
    SLOW,
  );
});

describe('--shard', () => {
  const N = 3;
  let shards: Run[];
  beforeAll(() => {
    shards = Array.from({ length: N }, (_, i) => extract(['--shard', `${i + 1}/${N}`, '--format', 'jsonl', 'corpus']));
  }, SLOW);

  it('slices the files into disjoint shards that together cover every file', () => {
    const parts = shards.map((s) => files(jsonl(s.stdout)));
    const all = parts.flat().sort();
    expect(all).toEqual(files(fullRecords));
    expect(new Set(all).size).toBe(all.length);
    expect(parts.filter((p) => p.length > 0).length).toBeGreaterThan(1);
    // The skipped file is counted by exactly one shard.
    expect(shards.filter((s) => /1 skipped \(unknown extension/u.test(s.stderr))).toHaveLength(1);
  });

  it('takes the same files from another copy of the study folder, paths given relative to it', () => {
    const copy = join(tmp, 'elsewhere', 'study-copy');
    cpSync(join(study, 'corpus'), join(copy, 'corpus'), { recursive: true });
    const here = files(jsonl(shards[1]?.stdout ?? ''));
    const there = files(jsonl(extract(['--shard', `2/${N}`, '--format', 'jsonl', 'corpus'], copy).stdout));
    expect(there).toEqual(here);
  });
});
