// Messages between the batch runner and its worker threads.
import type { OutputFormat } from './options';
import type { Budgets } from '../import/budgets';

/** Given to every worker with its first tasks (TaskBatch.setup). */
export interface WorkerSetup {
  format: OutputFormat;
  /** Whether to build workspace rows (a spool line) for each document. */
  workspace: boolean;
  /** importedAt / updatedAt of the workspace rows: the start of the run. */
  importedAt: string;
  /** Hashes to skip altogether (--resume: nothing left to write for them). */
  skip: string[];
  /** Hashes whose record is already in the output (--resume): no record is written again. */
  recorded: string[];
  /** Hashes whose rows are already in the workspace spool (--resume). */
  spooled: string[];
  /** Recognise scans and images with OCR (off with --no-ocr). */
  ocr: boolean;
  /** Per-document budgets (the defaults, or as raised on the command line). */
  budgets: Budgets;
}

/**
 * Output text: a string where it is made, UTF-8 bytes once it has come from a worker thread. The worker encodes what
 * it rendered and transfers the bytes instead of having a string copied into the main thread, which then only writes
 * them: cloning a record's string (two bytes a character for Chinese) and encoding it again on the main thread cost
 * that thread ~0.06 s per 640 plans of the bench's corpus, three times what it costs now, and the worker's share is
 * about what the clone cost it.
 */
export type Piece = string | Uint8Array;

export interface Task {
  index: number;
  /** As printed in records. */
  file: string;
  /** Absolute. */
  path: string;
  /** Bytes, as found by the walk. */
  size: number;
}

export interface TaskResult {
  index: number;
  status: 'extracted' | 'failed' | 'skipped';
  /** SHA-256 of the bytes; null when the file could not be read. */
  hash: string | null;
  size: number;
  /**
   * The output for this file in the run's format ('' when it has none or is already recorded). From a worker thread,
   * its UTF-8 bytes (see Piece).
   */
  text: Piece;
  /** The workspace spool line, when the run writes a workspace and the document is not spooled yet. */
  spool: Piece | null;
  targets: number;
  error: { code: string; message: string } | null;
}

/**
 * What one worker thread is given when it starts: its progress slots. The run's setup comes with its first tasks
 * (TaskBatch.setup), so the thread can be started before the run knows it (src/batch/thread.ts).
 */
export interface WorkerData {
  /**
   * Two Int32 slots shared with the pool, written by the worker without a message (a message wakes the other thread,
   * which costs more than a small document's extraction on a virtual machine): [PROGRESS_TASK] the index of the task
   * being read (-1 when none), [PROGRESS_AT] when it started or last made progress (an OCR page), in ms since `epoch`.
   */
  progress: SharedArrayBuffer;
  /** The pool's clock origin: `performance.timeOrigin + performance.now()` when the run started, in ms. */
  epoch: number;
}

export const PROGRESS_TASK = 0;
export const PROGRESS_AT = 1;

/** Pool → worker: tasks to append to the worker's queue; it reads them in order. */
export interface TaskBatch {
  /** With the first batch a thread gets, and only then: the run's setup. */
  setup?: WorkerSetup;
  tasks: Task[];
}

/**
 * Worker → pool: results in the order of their tasks, sent a few at a time (see FLUSH_MS in worker.ts), their text and
 * spool line as UTF-8 bytes whose buffers go in the message's transfer list.
 */
export interface ResultBatch {
  results: TaskResult[];
}

/** Milliseconds since `epoch` on this thread's clock (each thread has its own timeOrigin; the sum is absolute). */
export function msSince(epoch: number): number {
  return Math.round(performance.timeOrigin + performance.now() - epoch);
}
