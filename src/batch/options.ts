// The options of a batch run and the shapes they name, owned by the batch: the CLI only parses arguments into them.
import type { Budgets } from '../import/budgets';

export type OutputFormat = 'json' | 'jsonl' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'csv'];

/** The I-th (1-based) of N slices of the input files. */
export interface Shard {
  index: number;
  count: number;
}

/** What a batch run does: `extract` parses its command line into these (src/cli/args.ts); tests and tools build them directly. */
export interface ExtractOptions {
  format: OutputFormat;
  out: string | null;
  /** Files and folders, as typed. */
  files: string[];
  /** Worker threads; null for one per core (os.availableParallelism()). */
  jobs: number | null;
  shard: Shard | null;
  resume: boolean;
  workspace: string | null;
  /** Recognise scans (PDFs without a text layer) and image files with OCR; false: refuse them. */
  ocr: boolean;
  /** Per-document budgets: the defaults, raised (or lowered) by the --max-* / --time-limit / --worker-memory-mb options. */
  budgets: Budgets;
}
