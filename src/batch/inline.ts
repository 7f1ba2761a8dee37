// A run of one small text file is read on the main thread. Starting a worker thread costs Node 65–105 ms of CPU and
// loading the extractor into it ~80 ms more, for the one thing a thread buys: the watchdog and the heap limit that
// end a runaway document. A TXT, Markdown or HTML file below INLINE_MAX_BYTES has no runaway to fear: its readers
// and the extractor run in linear time on every hostile shape (tested, README "Hostile input: time and numbers"), and
// its peak heap is bounded by its size (measured, see INLINE_MAX_BYTES). Everything else keeps its thread: PDF, DOCX
// and images (OCR), several files, larger files, --resume, --shard, --workspace, and the tests' hooks that exercise
// the watchdog. The record is rendered by the same code (handle.ts), so it is byte for byte what a thread gives.
import { formatOf } from '../import/readers/formats';
import type { Format } from '../import/readers';
import type { ExtractOptions } from './options';
import type { Task, TaskResult, WorkerSetup } from './protocol';
import { readErrorMessage } from './reasons';

/** The formats read on the main thread: decoded text, with no container to unpack and no OCR. */
const INLINE_FORMATS: ReadonlySet<Format> = new Set<Format>(['txt', 'md', 'html']);

/**
 * The largest file read on the main thread. Measured on the built CLI, one ~1 MB hostile file per process (load 12):
 * the densest shape, a Markdown table of 30,000 targets, peaks at 67 MB of heap and 110 MB of resident memory more
 * than a one-line file (~110 bytes per input byte); a one-line plan of 15,000 targets 50 / 92 MB, 90,000 nested HTML
 * tags 32 / 47 MB, a million digits or 的 17 / 28 MB. So 1 MB stays far under Node's own heap limit and the worker's
 * 1 GB budget, and is read in about a second of CPU at worst. Real plans are 5–300 KB.
 */
export const INLINE_MAX_BYTES = 1 << 20;
/** Heap per input byte allowed for, twice the worst measured (see INLINE_MAX_BYTES): a lowered --worker-memory-mb is still honoured. */
const HEAP_PER_BYTE = 200;
/** Wall time allowed for, at worst, per input byte (1 MB in 5 s, on a busy machine): a lowered --time-limit is still honoured. */
const MS_PER_BYTE = 5000 / INLINE_MAX_BYTES;

/** The tests' hooks that make a worker thread hang, fill its heap or die on a file: such a run keeps its threads. */
const TEST_HOOKS = ['PLANBENCH_WORKER_CRASH_ON', 'PLANBENCH_WORKER_HANG_ON', 'PLANBENCH_WORKER_HOG_ON'];

/**
 * Whether the run could be one file read on the main thread, from its options alone (before its files are found): the
 * CLI then starts no worker thread early. `inlineTask` decides once the files are known.
 */
export function mayRunInline(args: ExtractOptions, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const [only, ...others] = args.files;
  if (only === undefined || others.length > 0) return false;
  if (args.resume || args.shard !== null || args.workspace !== null) return false;
  if (TEST_HOOKS.some((name) => env[name] !== undefined)) return false;
  const format = formatOf(only);
  return format !== null && INLINE_FORMATS.has(format);
}

/** The one task to read on the main thread, or null when the run needs its worker threads. */
export function inlineTask(tasks: readonly Task[], args: ExtractOptions, env: Readonly<Record<string, string | undefined>> = process.env): Task | null {
  const [task, ...others] = tasks;
  if (task === undefined || others.length > 0 || !mayRunInline(args, env)) return null;
  const format = formatOf(task.path);
  if (format === null || !INLINE_FORMATS.has(format) || task.size > INLINE_MAX_BYTES) return null;
  // Budgets lowered below what such a file may take keep the thread that enforces them.
  if (task.size * HEAP_PER_BYTE > args.budgets.workerMemoryMb * 2 ** 20) return null;
  if (task.size * MS_PER_BYTE > args.budgets.timeMs) return null;
  return task;
}

/**
 * Reads the task on this thread and hands its result on, as a worker thread would have. An exception past the reader's
 * own error handling fails the file (`extract-failed`), as a thread's crash would (`worker-crashed`), not the run.
 */
export async function runInline(
  task: Task,
  setup: WorkerSetup,
  onResult: (result: TaskResult) => void,
  onError: (task: Task, code: 'extract-failed', message: string) => TaskResult,
): Promise<void> {
  const { configure, handle } = await import('./handle');
  configure(setup);
  let result: TaskResult;
  try {
    result = await handle(task);
  } catch (err) {
    result = onError(task, 'extract-failed', readErrorMessage('extract-failed', err instanceof Error ? err.message : String(err)));
  }
  onResult(result);
}
