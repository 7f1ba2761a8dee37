// Command-line arguments of `extract` and `eval`: parsed and checked into options, or a usage error.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ok, type Err, type Result } from '../core/result';
import { type ExtractOptions, OUTPUT_FORMATS, type OutputFormat, type Shard } from '../batch/options';
import { type Budgets, DEFAULT_BUDGETS } from '../import/budgets';

export type { OutputFormat, Shard } from '../batch/options';
export { OUTPUT_FORMATS };

/** The options, or a usage error (exit status 2) whose detail says what is wrong, in English for the terminal. */
export type Parsed<T> = Result<T, 'usage', { detail: string }>;

export function usage(detail: string): Err<'usage', { detail: string }> {
  return { ok: false, code: 'usage', detail };
}

export interface ExtractArgs extends ExtractOptions {
  help: boolean;
}

const MB = 1024 * 1024;

/** The budget options: name, the budget it sets, the factor from the option's unit, and the bounds of the option. */
const BUDGET_OPTIONS: ReadonlyArray<{ name: string; key: keyof Budgets; scale: number; min: number; max: number; fraction: boolean }> = [
  { name: 'time-limit', key: 'timeMs', scale: 1000, min: 0.1, max: 24 * 3600, fraction: true },
  { name: 'max-unpacked-mb', key: 'maxUnpackedBytes', scale: MB, min: 1, max: 64 * 1024, fraction: false },
  { name: 'max-pages', key: 'maxPages', scale: 1, min: 1, max: 10_000_000, fraction: false },
  { name: 'max-chars', key: 'maxTextChars', scale: 1, min: 1, max: 500_000_000, fraction: false },
  { name: 'max-targets', key: 'maxTargets', scale: 1, min: 1, max: 100_000_000, fraction: false },
  { name: 'worker-memory-mb', key: 'workerMemoryMb', scale: 1, min: 64, max: 64 * 1024, fraction: false },
];

/** More threads than this is a typo, not a machine. */
export const MAX_JOBS = 256;

export interface EvalArgs {
  help: boolean;
  gold: string | null;
  seeds: string | null;
  limit: number | undefined;
  json: boolean;
  minF1: number | null;
}

export const EXTRACT_USAGE = `Usage: npm run --silent extract -- [options] PATH...

Extracts the quantitative targets of Chinese public-service plans and prints them.
PATH is a file or a folder; folders are walked recursively (hidden entries skipped),
files with an extension no reader knows are skipped and counted. Readers: .txt/.text/.md/
.markdown (UTF-8, UTF-16, GB18030), .htm/.html, .docx, .pdf (the text layer; a scan without
one is read by OCR), and images of pages .png/.jpg/.jpeg/.tif/.tiff (OCR).

Options:
  --format json|jsonl|csv  output format (default json); jsonl writes each document as
                           soon as it is done; csv is UTF-8 with a BOM and CRLF line ends,
                           so Excel opens it intact
  --out FILE               write to FILE instead of standard output
  --jobs N                 worker threads (default: one per core)
  --resume                 with --format jsonl --out FILE: keep the records already in FILE
                           and skip files whose content (SHA-256) is there
  --shard I/N              take only the I-th of N slices of the files (by a hash of each
                           path as printed in "file"), e.g. --shard 2/4
  --workspace FILE         also write the documents and targets as a workspace file that
                           the workbench restores (Library, restore from backup)
  --no-ocr                 no text recognition: scanned PDFs are refused (pdf-needs-ocr) and
                           images too (image-needs-ocr); OCR takes seconds per page
  -h, --help               show this help

Budgets per document (a document past one is reported with the code and the run goes on):
  --time-limit SECONDS     time to read and extract one document (default ${DEFAULT_BUDGETS.timeMs / 1000}): too-slow
  --max-unpacked-mb N      what a DOCX may unpack to (default ${DEFAULT_BUDGETS.maxUnpackedBytes / MB}): too-large-unpacked
  --max-pages N            pages of a PDF (default ${DEFAULT_BUDGETS.maxPages}): too-many-pages
  --max-chars N            characters of text (default ${DEFAULT_BUDGETS.maxTextChars}): too-long
  --max-targets N          targets of one document (default ${DEFAULT_BUDGETS.maxTargets}): too-many-targets
  --worker-memory-mb N     heap of each worker thread (default ${DEFAULT_BUDGETS.workerMemoryMb}): out-of-memory

Exit status: 0 when every file was extracted; 1 when some file failed (each named on
standard error and given an error record); 3 when files were found and none could be
read; 2 on a usage error or an output file that cannot be written.
`;

export const EVAL_USAGE = `Usage: npm run --silent eval -- [options]

Extracts the seed plans and scores the targets against the hand-labelled gold, and
the achievements (figures reported as reached) against seeds.achieved.json beside it.

Options:
  --gold PATH     gold file (default ../shared/gold/seeds.gold.json from the repo root,
                  or the PLANBENCH_GOLD environment variable)
  --seeds DIR     folder holding the seed files named as in the gold
                  (default ../shared/seeds, then the repo's seeds/ via seeds/index.json)
  --limit N       list at most N misses, extras and field mismatches (default all)
  --json          print the score as JSON instead of the report
  --min-f1 X      exit with status 1 when overall F1 is below X (0..1)
  -h, --help      show this help
`;

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return ok(parseArgs({ args: argv, options, allowPositionals: true, strict: true }));
  } catch (err) {
    // parseArgs reports unknown options and missing values by throwing; its advice on `--` is noise here.
    const message = err instanceof Error ? err.message : String(err);
    return usage(message.split('. To specify')[0] ?? message);
  }
}

export function parseExtractArgs(argv: string[]): Parsed<ExtractArgs> {
  const parsed = parse(argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    jobs: { type: 'string' },
    resume: { type: 'boolean' },
    shard: { type: 'string' },
    workspace: { type: 'string' },
    'no-ocr': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    ...Object.fromEntries(BUDGET_OPTIONS.map((o) => [o.name, { type: 'string' as const }])),
  });
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed.value;
  const help = values.help === true;
  const ocr = values['no-ocr'] !== true;
  const budgets: Budgets = { ...DEFAULT_BUDGETS };
  for (const option of BUDGET_OPTIONS) {
    const given = (values as Record<string, unknown>)[option.name];
    if (typeof given !== 'string') continue;
    const n = Number(given);
    const shape = option.fraction ? /^\d+(\.\d+)?$/u : /^\d+$/u;
    if (!shape.test(given) || n < option.min || n > option.max) {
      return usage(`--${option.name} needs a ${option.fraction ? 'number' : 'whole number'} from ${option.min} to ${option.max}, got '${given}'`);
    }
    budgets[option.key] = Math.round(n * option.scale);
  }
  const format = values.format ?? 'json';
  if (typeof format !== 'string' || !OUTPUT_FORMATS.includes(format as OutputFormat)) {
    return usage(`unknown format '${String(format)}' (expected ${OUTPUT_FORMATS.join(', ')})`);
  }
  if (!help && positionals.length === 0) return usage('no input files');
  const out = typeof values.out === 'string' && values.out !== '' ? values.out : null;
  const workspace = typeof values.workspace === 'string' && values.workspace !== '' ? values.workspace : null;
  let jobs: number | null = null;
  if (typeof values.jobs === 'string') {
    jobs = Number(values.jobs);
    if (!/^\d+$/u.test(values.jobs) || jobs < 1 || jobs > MAX_JOBS) {
      return usage(`--jobs needs a whole number from 1 to ${MAX_JOBS}, got '${values.jobs}'`);
    }
  }
  let shard: Shard | null = null;
  if (typeof values.shard === 'string') {
    const m = /^(\d+)\/(\d+)$/u.exec(values.shard);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count) {
      return usage(`--shard needs I/N with 1 <= I <= N, got '${values.shard}'`);
    }
    shard = { index, count };
  }
  const resume = values.resume === true;
  if (resume && (out === null || format !== 'jsonl')) {
    return usage('--resume needs --format jsonl and --out FILE (the file to continue)');
  }
  if (workspace !== null && workspace === out) return usage('--workspace and --out name the same file');
  return ok({ help, format: format as OutputFormat, out, files: positionals, jobs, shard, resume, workspace, ocr, budgets });
}

export function parseEvalArgs(argv: string[], env: Record<string, string | undefined> = {}): Parsed<EvalArgs> {
  const parsed = parse(argv, {
    gold: { type: 'string' },
    seeds: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    'min-f1': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed.value;
  if (positionals.length > 0) return usage(`unexpected argument '${positionals[0]}'`);
  let limit: number | undefined;
  if (typeof values.limit === 'string') {
    limit = Number(values.limit);
    if (!/^\d+$/u.test(values.limit)) return usage(`--limit needs a whole number, got '${values.limit}'`);
  }
  let minF1: number | null = null;
  if (typeof values['min-f1'] === 'string') {
    minF1 = Number(values['min-f1']);
    if (values['min-f1'].trim() === '' || !(minF1 >= 0 && minF1 <= 1)) {
      return usage(`--min-f1 needs a number from 0 to 1, got '${values['min-f1']}'`);
    }
  }
  const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  return ok({
    help: values.help === true,
    gold: str(values.gold) ?? str(env.PLANBENCH_GOLD),
    seeds: str(values.seeds),
    limit,
    json: values.json === true,
    minF1,
  });
}
