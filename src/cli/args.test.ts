import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGETS } from '../import/budgets';
import { parseEvalArgs, parseExtractArgs } from './args';

describe('parseExtractArgs', () => {
  it('defaults to JSON on standard output', () => {
    expect(parseExtractArgs(['a.txt', 'b.txt'])).toEqual({
      ok: true,
      value: { help: false, format: 'json', out: null, files: ['a.txt', 'b.txt'], jobs: null, shard: null, resume: false, workspace: null, ocr: true, budgets: DEFAULT_BUDGETS },
    });
  });

  it('turns OCR off with --no-ocr', () => {
    expect(parseExtractArgs(['--no-ocr', 'scan.pdf'])).toMatchObject({ ok: true, value: { ocr: false, files: ['scan.pdf'] } });
  });

  it('reads --jobs, --shard, --resume and --workspace', () => {
    expect(
      parseExtractArgs(['--jobs', '3', '--shard=2/4', '--resume', '--format', 'jsonl', '--out', 'o.jsonl', '--workspace', 'w.json', 'corpus/']),
    ).toEqual({
      ok: true,
      value: {
        help: false,
        format: 'jsonl',
        out: 'o.jsonl',
        files: ['corpus/'],
        jobs: 3,
        shard: { index: 2, count: 4 },
        resume: true,
        workspace: 'w.json',
        ocr: true,
        budgets: DEFAULT_BUDGETS,
      },
    });
  });

  it('raises the per-document budgets from their options, in the units the usage names', () => {
    const parsed = parseExtractArgs(['--time-limit', '2.5', '--max-unpacked-mb', '300', '--max-pages', '30000', '--max-chars', '50000000', '--max-targets', '7', '--worker-memory-mb', '2048', 'a.pdf']);
    expect(parsed).toMatchObject({
      ok: true,
      value: { budgets: { timeMs: 2500, maxUnpackedBytes: 300 * 1024 * 1024, maxPages: 30000, maxTextChars: 50_000_000, maxTargets: 7, workerMemoryMb: 2048 } },
    });
    for (const [option, value] of [['--time-limit', '0'], ['--time-limit', 'soon'], ['--max-pages', '0'], ['--max-pages', '1.5'], ['--worker-memory-mb', '8']]) {
      const bad = parseExtractArgs([option ?? '', value ?? '', 'a.pdf']);
      expect(bad.ok ? null : bad.detail).toMatch(new RegExp(`^${option} needs`, 'u'));
    }
  });

  it('rejects a bad thread count, a bad shard and --resume without a JSON Lines file', () => {
    for (const jobs of ['0', '-1', '1.5', 'two', '257']) expect(parseExtractArgs(['--jobs', jobs, 'a.txt']).ok).toBe(false);
    for (const shard of ['0/4', '5/4', '1/0', '1', '1/2/3', 'a/b']) {
      const parsed = parseExtractArgs(['--shard', shard, 'a.txt']);
      expect(parsed.ok ? null : parsed.detail).toMatch(/^--shard needs I\/N/u);
    }
    expect(parseExtractArgs(['--shard', '4/4', 'a.txt'])).toMatchObject({ ok: true, value: { shard: { index: 4, count: 4 } } });
    expect(parseExtractArgs(['--resume', '--out', 'o.json', 'a.txt']).ok).toBe(false);
    expect(parseExtractArgs(['--resume', '--format', 'jsonl', 'a.txt']).ok).toBe(false);
    expect(parseExtractArgs(['--out', 'x.json', '--workspace', 'x.json', 'a.txt']).ok).toBe(false);
  });

  it('reads --format and --out in either spelling', () => {
    expect(parseExtractArgs(['--format', 'csv', '--out=x.csv', 'a.txt'])).toMatchObject({
      ok: true,
      value: { format: 'csv', out: 'x.csv', files: ['a.txt'] },
    });
  });

  it('takes a file named like an option after --', () => {
    expect(parseExtractArgs(['--', '--odd.txt'])).toMatchObject({ ok: true, value: { files: ['--odd.txt'] } });
  });

  it('rejects an unknown option, an unknown format and a missing file list', () => {
    expect(parseExtractArgs(['--fromat', 'csv', 'a.txt'])).toEqual({ ok: false, code: 'usage', detail: "Unknown option '--fromat'" });
    expect(parseExtractArgs(['--format', 'xlsx', 'a.txt'])).toEqual({
      ok: false,
      code: 'usage',
      detail: "unknown format 'xlsx' (expected json, jsonl, csv)",
    });
    expect(parseExtractArgs([])).toEqual({ ok: false, code: 'usage', detail: 'no input files' });
    expect(parseExtractArgs(['a.txt', '--format']).ok).toBe(false);
  });

  it('accepts --help without files', () => {
    expect(parseExtractArgs(['-h'])).toMatchObject({ ok: true, value: { help: true, files: [] } });
  });
});

describe('parseEvalArgs', () => {
  it('has no gold path, seeds folder, limit or F1 floor by default', () => {
    expect(parseEvalArgs([])).toEqual({
      ok: true,
      value: { help: false, gold: null, seeds: null, limit: undefined, json: false, minF1: null },
    });
  });

  it('prefers --gold over PLANBENCH_GOLD, which beats the default', () => {
    expect(parseEvalArgs(['--gold', 'a.json'], { PLANBENCH_GOLD: 'b.json' })).toMatchObject({ value: { gold: 'a.json' } });
    expect(parseEvalArgs([], { PLANBENCH_GOLD: 'b.json' })).toMatchObject({ value: { gold: 'b.json' } });
  });

  it('reads the limit, the F1 floor, --json and --seeds', () => {
    expect(parseEvalArgs(['--limit', '5', '--min-f1', '0.75', '--json', '--seeds', 'dir'])).toMatchObject({
      ok: true,
      value: { limit: 5, minF1: 0.75, json: true, seeds: 'dir' },
    });
  });

  it('rejects a limit that is not a whole number and an F1 floor outside 0..1', () => {
    expect(parseEvalArgs(['--limit', '2.5']).ok).toBe(false);
    expect(parseEvalArgs(['--limit', '-1']).ok).toBe(false);
    expect(parseEvalArgs(['--min-f1', '1.5']).ok).toBe(false);
    expect(parseEvalArgs(['--min-f1', 'high']).ok).toBe(false);
    expect(parseEvalArgs(['--min-f1', '']).ok).toBe(false);
  });

  it('rejects stray arguments', () => {
    expect(parseEvalArgs(['gold.json'])).toEqual({ ok: false, code: 'usage', detail: "unexpected argument 'gold.json'" });
  });
});
