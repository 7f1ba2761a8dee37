// A fixed number of worker threads, each fed a short queue of files (a few at a time, fewer as the run nears its
// end and one at a time when they are large), so the threads stay busy whatever the mix of sizes and a message is
// not paid per small file. A worker that dies (out of its memory limit, a fault in a library) or that the watchdog
// ends (past the time budget) fails only the file it was reading; the files it held besides are read again by a
// fresh worker that takes its place.
import type { Worker } from 'node:worker_threads';
import { readErrorMessage } from './reasons';
import type { Format } from '../import/readers';
import { msSince, PROGRESS_AT, PROGRESS_TASK, type ResultBatch, type Task, type TaskBatch, type TaskResult, type WorkerSetup } from './protocol';
import { startThread, type Thread } from './thread';

/** The npm packages the readers load for each format (src/core and src/import/readers). */
const PACKAGES: Record<Format | 'any', string[]> = {
  any: ['opencc-js/t2cn'],
  txt: [],
  md: [],
  html: ['htmlparser2'],
  docx: ['htmlparser2', 'mammoth'],
  // In the order pdf.ts loads them: the worker module first, so pdfjs parses in the calling thread.
  pdf: ['pdfjs-dist/legacy/build/pdf.worker.mjs', 'pdfjs-dist/legacy/build/pdf.mjs', 'tesseract.js'],
  image: ['tesseract.js'],
};

/** The packages to load into each worker before tsx (src/batch/thread.ts), for a run over files of these formats. */
export function packagesFor(formats: Iterable<Format>): string[] {
  const urls = new Set<string>();
  for (const format of ['any' as const, ...formats]) for (const name of PACKAGES[format]) urls.add(import.meta.resolve(name));
  return [...urls];
}

/** Why a thread ended on a task: `too-slow` (the watchdog), `out-of-memory` (its heap limit) or `worker-crashed`. */
export type CrashCode = 'too-slow' | 'out-of-memory' | 'worker-crashed';

/** At most this many files queued in one worker… */
const QUEUE_FILES = 8;
/**
 * …topped up only once it holds this many or fewer: topping up by what each message returned settled, on a busy
 * machine, into one file per message each way (a lone result sent as the queue ran dry came back as one new file).
 */
const REFILL_AT = 2;
/** …and, past the first, at most this many bytes of them: a large file goes alone, and no thread waits at the end. */
const QUEUE_BYTES = 2 << 20;

/**
 * Runs every task on at most `size` threads; `onResult` is called on the main thread as each one ends,
 * `onCrash` when the thread ended on it (the watchdog after `setup.budgets.timeMs` without progress, out of memory,
 * a fault in a library) and must make its result.
 */
export async function runPool(
  tasks: readonly Task[],
  size: number,
  setup: WorkerSetup,
  /** The packages to load before tsx (see startThread); asked only when the sources run (resolving them costs ~40 ms). */
  preload: () => readonly string[],
  onResult: (result: TaskResult) => void,
  onCrash: (task: Task, code: CrashCode, message: string) => TaskResult,
  /** A thread started before the run (src/batch/thread.ts startEarly): taken as the first, or ended when not needed. */
  early: Thread | null = null,
): Promise<void> {
  let next = 0;
  /** Tasks a crashed worker held but had not finished (or not sent): read again first. */
  const retry: Task[] = [];
  const remaining = () => retry.length + tasks.length - next;
  const take = (): Task | undefined => retry.shift() ?? tasks[next++];
  const peek = (): Task | undefined => retry[0] ?? tasks[next];
  let running = 0;
  let failed = false;
  const workers = new Set<Worker>();
  return new Promise<void>((resolve, reject) => {
    const settle = () => {
      if (!failed && remaining() === 0 && running === 0) resolve();
    };
    // A result that cannot be written (a full disk) ends the run: every thread stops, the error goes up.
    const abort = (err: unknown) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const deliver = (result: TaskResult): boolean => {
      try {
        onResult(result);
        return true;
      } catch (err) {
        abort(err);
        return false;
      }
    };
    const spawn = (started: Thread | null) => {
      const { worker, slots, epoch } = started ?? startThread(setup.budgets.workerMemoryMb, preload);
      workers.add(worker);
      /** Whether the run's setup went with a batch already (it goes with the first). */
      let configured = false;
      /** Sent to this worker and not yet back, in order. */
      const held: Task[] = [];
      let heldBytes = 0;
      /** When tasks were last sent to it while it held none (it may not have started on them yet). */
      let sentAt = 0;
      let done = false;
      let watchdog: ReturnType<typeof setTimeout> | null = null;
      const stopWatchdog = () => {
        if (watchdog !== null) clearTimeout(watchdog);
        watchdog = null;
      };
      const finished = () => {
        done = true;
        stopWatchdog();
        running--;
        workers.delete(worker);
        void worker.terminate();
      };
      // The watchdog reads the worker's progress slots when the budget could have run out, not on every file.
      const check = () => {
        watchdog = null;
        if (done || held.length === 0) return;
        const ms = setup.budgets.timeMs;
        const since = Math.max(Atomics.load(slots, PROGRESS_AT), sentAt);
        const left = since + ms - msSince(epoch);
        if (left > 0) watchdog = setTimeout(check, left);
        else crash('too-slow', `more than ${ms / 1000} s without progress`);
      };
      const feed = () => {
        if (failed || done || held.length > REFILL_AT) return;
        // Past the first, files are added while the queue is short and small, and only a fair share of what is left.
        const share = Math.ceil(remaining() / size);
        const batch: Task[] = [];
        for (let task = peek(); task !== undefined; task = peek()) {
          const queued = held.length + batch.length;
          if (queued > 0 && (queued >= QUEUE_FILES || batch.length >= share || heldBytes + task.size > QUEUE_BYTES)) break;
          batch.push(take() as Task);
          heldBytes += task.size;
        }
        if (batch.length > 0) {
          if (held.length === 0) sentAt = msSince(epoch);
          held.push(...batch);
          const message: TaskBatch = configured ? { tasks: batch } : { setup, tasks: batch };
          configured = true;
          worker.postMessage(message);
          if (watchdog === null) watchdog = setTimeout(check, setup.budgets.timeMs);
        } else if (held.length === 0) {
          finished();
          settle();
        }
      };
      const crash = (code: CrashCode, reason: string) => {
        if (done) return;
        finished();
        if (failed) return;
        // The file it was reading fails; the others it held are read again.
        const index = Atomics.load(slots, PROGRESS_TASK);
        const culprit = held.find((t) => t.index === index) ?? held[0];
        retry.unshift(...held.filter((t) => t !== culprit));
        held.length = 0;
        if (culprit !== undefined && !deliver(onCrash(culprit, code, readErrorMessage(code, reason)))) return;
        if (remaining() > 0) {
          running++;
          spawn(null);
        }
        settle();
      };
      worker.on('message', (batch: ResultBatch) => {
        if (done) return;
        for (const result of batch.results) {
          const i = held.findIndex((t) => t.index === result.index);
          if (i < 0) continue;
          heldBytes -= held[i]?.size ?? 0;
          held.splice(i, 1);
          if (!deliver(result)) return;
        }
        feed();
      });
      worker.on('error', (err) => {
        const oom = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        crash(oom ? 'out-of-memory' : 'worker-crashed', oom ? `over the ${setup.budgets.workerMemoryMb} MB heap limit` : err instanceof Error ? err.message : String(err));
      });
      worker.on('exit', (code) => crash('worker-crashed', `exit code ${code}`));
      feed();
    };
    const threads = Math.min(size, remaining());
    running = threads;
    // The early thread is taken when it is still alive and has the heap limit this run asks for.
    const usable = early !== null && !early.ended && early.memoryMb === setup.budgets.workerMemoryMb && threads > 0;
    if (early !== null && !usable) void early.worker.terminate();
    for (let i = 0; i < threads; i++) spawn(i === 0 && usable ? early : null);
    settle();
  });
}
