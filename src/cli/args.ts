// Command-line arguments of `extract` and `eval`: parsed and checked into options, or a usage error.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type OutputFormat = 'json' | 'jsonl' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'csv'];

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ExtractArgs {
  help: boolean;
  format: OutputFormat;
  out: string | null;
  files: string[];
}

export interface EvalArgs {
  help: boolean;
  gold: string | null;
  seeds: string | null;
  limit: number | undefined;
  json: boolean;
  minF1: number | null;
}

export const EXTRACT_USAGE = `Usage: npm run --silent extract -- [options] FILE...

Extracts the quantitative targets of Chinese public-service plans (.txt in UTF-8,
UTF-16 or GB18030) and prints them.

Options:
  --format json|jsonl|csv  output format (default json); csv is UTF-8 with a BOM
                           and CRLF line ends, so Excel opens it intact
  --out FILE               write to FILE instead of standard output
  -h, --help               show this help

Exit status: 0 when every file was read, 1 when some file could not be read
(each named on standard error), 2 on a usage error.
`;

export const EVAL_USAGE = `Usage: npm run --silent eval -- [options]

Extracts the seed plans and scores the targets against the hand-labelled gold.

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
    return { ok: true as const, value: parseArgs({ args: argv, options, allowPositionals: true, strict: true }) };
  } catch (err) {
    // parseArgs reports unknown options and missing values by throwing; its advice on `--` is noise here.
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false as const, error: message.split('. To specify')[0] ?? message };
  }
}

export function parseExtractArgs(argv: string[]): Parsed<ExtractArgs> {
  const parsed = parse(argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed.value;
  const help = values.help === true;
  const format = values.format ?? 'json';
  if (typeof format !== 'string' || !OUTPUT_FORMATS.includes(format as OutputFormat)) {
    return { ok: false, error: `unknown format '${String(format)}' (expected ${OUTPUT_FORMATS.join(', ')})` };
  }
  if (!help && positionals.length === 0) return { ok: false, error: 'no input files' };
  const out = typeof values.out === 'string' ? values.out : null;
  return { ok: true, value: { help, format: format as OutputFormat, out, files: positionals } };
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
  if (positionals.length > 0) return { ok: false, error: `unexpected argument '${positionals[0]}'` };
  let limit: number | undefined;
  if (typeof values.limit === 'string') {
    limit = Number(values.limit);
    if (!/^\d+$/u.test(values.limit)) return { ok: false, error: `--limit needs a whole number, got '${values.limit}'` };
  }
  let minF1: number | null = null;
  if (typeof values['min-f1'] === 'string') {
    minF1 = Number(values['min-f1']);
    if (values['min-f1'].trim() === '' || !(minF1 >= 0 && minF1 <= 1)) {
      return { ok: false, error: `--min-f1 needs a number from 0 to 1, got '${values['min-f1']}'` };
    }
  }
  const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  return {
    ok: true,
    value: {
      help: values.help === true,
      gold: str(values.gold) ?? str(env.PLANBENCH_GOLD),
      seeds: str(values.seeds),
      limit,
      json: values.json === true,
      minF1,
    },
  };
}
