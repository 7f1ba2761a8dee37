// Per-document budgets, the same for the app's Web Worker and the CLI's worker threads: how much a document may
// unpack to, how many pages and characters it may have, how many targets it may give and how long it may take.
// A document past one is refused with its code; the rest of the batch goes on. Pure: defaults in one place.

export interface Budgets {
  /** Sum of the uncompressed sizes of a DOCX's zip entries, and of a PDF's decoded text, in bytes. */
  maxUnpackedBytes: number;
  /** Pages of a PDF. */
  maxPages: number;
  /** Characters of text read from one document. */
  maxTextChars: number;
  /** Targets extracted from one document. */
  maxTargets: number;
  /** Wall time for one document (read, decode, extract), in milliseconds; the watchdog ends it past this. */
  timeMs: number;
  /** Heap of one CLI worker thread (V8 old generation), in MB. The app's Web Worker has the browser's own limit. */
  workerMemoryMb: number;
}

export const DEFAULT_BUDGETS: Readonly<Budgets> = Object.freeze({
  // A real plan's DOCX unpacks to a few MB; its pictures (which are not read) are already compressed.
  maxUnpackedBytes: 100 * 1024 * 1024,
  // Plans run to 300 pages, yearbooks to 1,500.
  maxPages: 2000,
  // 20 million characters: about 40 thick books; a 50 MB GB18030 text file is under 26 million.
  maxTextChars: 20_000_000,
  // A plan has a few hundred targets; a national compendium a few thousand. The workbench stores a large document in
  // slices (never all its records in the window at once), so the bound is the store's size: a million rows ≈ 1 GB.
  maxTargets: 1_000_000,
  timeMs: 60_000,
  workerMemoryMb: 1024,
});

/** The codes a document past a budget is refused with. */
export type BudgetError = 'too-large-unpacked' | 'too-many-pages' | 'too-long' | 'too-many-targets' | 'too-slow';

export const BUDGET_ERRORS: readonly BudgetError[] = ['too-large-unpacked', 'too-many-pages', 'too-long', 'too-many-targets', 'too-slow'];

/** The defaults with some budgets replaced; a missing or non-positive value keeps the default. */
export function budgetsWith(overrides: Partial<Budgets> = {}): Budgets {
  const out: Budgets = { ...DEFAULT_BUDGETS };
  for (const key of Object.keys(DEFAULT_BUDGETS) as (keyof Budgets)[]) {
    const value = overrides[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) out[key] = value;
  }
  return out;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${n} bytes`;
}

/** The budgets as the parameters of their translated messages ({mb}, {pages}, {chars}, {targets}, {seconds}). */
export function budgetMessageParams(b: Budgets = DEFAULT_BUDGETS): Record<string, string | number> {
  return {
    mb: Math.round(b.maxUnpackedBytes / (1024 * 1024)),
    pages: b.maxPages,
    chars: b.maxTextChars.toLocaleString('en-US'),
    targets: b.maxTargets.toLocaleString('en-US'),
    seconds: b.timeMs / 1000,
  };
}
