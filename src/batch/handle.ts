// Reading one file of a batch run: read it, hash it, run the app's readers and extractor on it (prepareDocument, the
// same path as the workbench's Web Worker) and render its record in the run's format. Runs on a batch worker thread
// (worker.ts), or on the main thread for a run of one small text file (inline.ts), so both give the same bytes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, sep } from 'node:path';
import { type FileOutcome, renderOutcome } from './format';
import { fsErrorCode, fsErrorReason, readErrorMessage } from './reasons';
import { prepareDocument } from '../import/prepare';
import { MAX_BYTES, type OcrOptions, type OcrPaths, type PdfOptions } from '../import/readers';
import type { Task, TaskResult, WorkerSetup } from './protocol';
import { spoolLine } from './spool';

/** pdfjs's CJK character maps and standard fonts, as directory paths (pdfjs's Node loader reads files). */
function pdfOptions(): PdfOptions {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + sep, standardFontDataUrl: join(root, 'standard_fonts') + sep };
}
/** Found on the first document, not when the module loads (a run on the main thread reads no PDF). */
let pdf: PdfOptions | null = null;

/** The simplified-Chinese trained data installed with PlanBench (@tesseract.js-data/chi_sim), read from disk. */
function ocrPaths(): OcrPaths {
  const root = dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/chi_sim/package.json'));
  return { langPath: join(root, '4.0.0_best_int') };
}
/** The run's setup as this thread uses it: given with the first tasks (the thread may start before the run knows it). */
interface Run {
  setup: WorkerSetup;
  skip: Set<string>;
  recorded: Set<string>;
  spooled: Set<string>;
  ocr: OcrOptions | null;
}
let run: Run | null = null;

/**
 * Takes the run's setup. `alive` is called on each OCR page and on OCR's own progress: on a worker thread it tells the
 * pool's watchdog the thread is making progress, so the time budget is per stretch without progress and a long scan
 * is not cut off halfway.
 */
export function configure(setup: WorkerSetup, alive: () => void = () => {}): void {
  run = {
    setup,
    skip: new Set(setup.skip),
    recorded: new Set(setup.recorded),
    spooled: new Set(setup.spooled),
    ocr: setup.ocr ? { ...ocrPaths(), onPage: alive, onActivity: alive } : null,
  };
}

function current(): Run {
  if (run === null) throw new Error('the batch worker got a task before its setup');
  return run;
}

function render(outcome: FileOutcome): string {
  return renderOutcome(outcome, current().setup.format);
}

function failed(task: Task, hash: string | null, size: number, code: string, message: string): TaskResult {
  const error = { code, message };
  const text = hash !== null && current().recorded.has(hash) ? '' : render({ file: task.file, hash, error });
  return { index: task.index, status: 'failed', hash, size, text, spool: null, targets: 0, error };
}

/** For the tests only: the thread dies on the file of this name, as on an out-of-memory error in a reader. */
const CRASH_ON = process.env.PLANBENCH_WORKER_CRASH_ON;
/** For the tests only: the thread spins for ever on the file of this name, as on input a reader never finishes. */
const HANG_ON = process.env.PLANBENCH_WORKER_HANG_ON;

/** For the tests only: the thread fills its heap on the file of this name, as a bomb past the readers' budgets would. */
const HOG_ON = process.env.PLANBENCH_WORKER_HOG_ON;

function hog(): void {
  const held: number[][] = [];
  for (;;) held.push(new Array<number>(1_000_000).fill(held.length + 0.5));
}

function spin(): void {
  for (;;) {
    // Only the watchdog's terminate() ends this.
  }
}

export async function handle(task: Task): Promise<TaskResult> {
  const { setup, skip, recorded, spooled, ocr } = current();
  if (CRASH_ON !== undefined && basename(task.path) === CRASH_ON) process.exit(70);
  if (HANG_ON !== undefined && basename(task.path) === HANG_ON) spin();
  if (HOG_ON !== undefined && basename(task.path) === HOG_ON) hog();
  // Refused before it is read: a stray disk image must not be loaded whole into a thread.
  if (task.size > MAX_BYTES) {
    return failed(task, null, task.size, 'too-large', readErrorMessage('too-large', `${task.size} bytes, more than the ${MAX_BYTES} read.`));
  }
  let bytes: Uint8Array;
  try {
    // Read synchronously: this thread has nothing else to do meanwhile, and the promise API's open/stat/read round
    // trips through libuv's 4-thread pool (shared by every worker) left the threads idle between documents.
    bytes = new Uint8Array(readFileSync(task.path));
  } catch (err) {
    return failed(task, null, 0, fsErrorCode(err), fsErrorReason(err));
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  const size = bytes.length;
  if (skip.has(hash)) return { index: task.index, status: 'skipped', hash, size, text: '', spool: null, targets: 0, error: null };
  let prepared: Awaited<ReturnType<typeof prepareDocument>>;
  try {
    prepared = await prepareDocument(basename(task.path), bytes, { pdf: (pdf ??= pdfOptions()), ocr, budgets: setup.budgets, hash });
  } catch (err) {
    return failed(task, hash, size, 'extract-failed', readErrorMessage('extract-failed', err instanceof Error ? err.message : String(err)));
  }
  if (!prepared.ok) return failed(task, hash, size, prepared.code, readErrorMessage(prepared.code, prepared.detail));
  const { extracted, encoding } = prepared.value;
  const outcome: FileOutcome = { file: task.file, hash, encoding, metadata: extracted.metadata, targets: extracted.targets, achieved: extracted.achieved };
  return {
    index: task.index,
    status: 'extracted',
    hash,
    size,
    text: recorded.has(hash) ? '' : render(outcome),
    spool: setup.workspace && !spooled.has(hash) ? spoolLine(prepared.value, setup.importedAt) : null,
    targets: extracted.targets.length,
    error: null,
  };
}
