// Messages between the batch runner and its worker threads.
import type { OutputFormat } from './options';
import type { Budgets } from '../import/budgets';

/** Given to every worker when it starts (workerData). */
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
  /** The output for this file in the run's format ('' when it has none or is already recorded). */
  text: string;
  /** The workspace spool line, when the run writes a workspace and the document is not spooled yet. */
  spool: string | null;
  targets: number;
  error: { code: string; message: string } | null;
}

/** Sent by a worker thread while a document makes progress (a page recognised by OCR): the watchdog starts again. */
export const ALIVE = 'alive';
