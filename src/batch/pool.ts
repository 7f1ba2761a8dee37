// A fixed number of worker threads fed one file at a time: a fast worker takes the next file, so the threads stay
// busy whatever the mix of sizes. A worker that dies (out of its memory limit, a fault in a library) or that the
// watchdog ends (past the time budget) fails only its file; a fresh one takes its place.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readErrorMessage } from './reasons';
import type { Format } from '../import/readers';
import { ALIVE, type Task, type TaskResult, type WorkerSetup } from './protocol';

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

/** The packages to load into each worker before tsx, for a run over files of these formats. */
export function packagesFor(formats: Iterable<Format>): string[] {
  const urls = new Set<string>();
  for (const format of ['any' as const, ...formats]) for (const name of PACKAGES[format]) urls.add(import.meta.resolve(name));
  return [...urls];
}

/**
 * The worker's module. Run through tsx, it is TypeScript, which Node 20 worker threads cannot load by
 * themselves (tsx's loader is not inherited): a bootstrap registers tsx in the thread first. tsx's hooks
 * run off-thread in Node 20 and make every module load slow (pdfjs: 1.8 s and 400 MB instead of 0.3 s),
 * so the readers' npm packages are loaded natively before it; later imports of them hit the module cache.
 */
function startWorker(setup: WorkerSetup, preload: () => readonly string[]): Worker {
  const ext = extname(fileURLToPath(import.meta.url));
  const entry = new URL(`./worker${ext}`, import.meta.url).href;
  // The heap limit per document: a bomb that gets past the readers' budgets ends this thread, not the machine.
  const resourceLimits = { maxOldGenerationSizeMb: setup.budgets.workerMemoryMb };
  const options = { workerData: setup, stdout: true, resourceLimits };
  if (ext !== '.ts') return new Worker(new URL(entry), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `(async () => {
    for (const url of ${JSON.stringify(preload())}) await import(url).catch(() => {});
    const { register } = await import(${JSON.stringify(tsx)});
    register();
    await import(${JSON.stringify(entry)});
  })();`;
  return new Worker(boot, { ...options, eval: true });
}

/** Why a thread ended on a task: `too-slow` (the watchdog), `out-of-memory` (its heap limit) or `worker-crashed`. */
export type CrashCode = 'too-slow' | 'out-of-memory' | 'worker-crashed';

/**
 * Runs every task on at most `size` threads; `onResult` is called on the main thread as each one ends,
 * `onCrash` when the thread ended on it (the watchdog after `setup.budgets.timeMs`, out of memory, a fault in
 * a library) and must make its result.
 */
export async function runPool(
  tasks: readonly Task[],
  size: number,
  setup: WorkerSetup,
  /** The packages to load before tsx (see startWorker); asked only when the sources run (resolving them costs ~40 ms). */
  preload: () => readonly string[],
  onResult: (result: TaskResult) => void,
  onCrash: (task: Task, code: CrashCode, message: string) => TaskResult,
): Promise<void> {
  let next = 0;
  let running = 0;
  let failed = false;
  const workers = new Set<Worker>();
  return new Promise<void>((resolve, reject) => {
    const settle = () => {
      if (!failed && next >= tasks.length && running === 0) resolve();
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
    const spawn = () => {
      const worker = startWorker(setup, preload);
      workers.add(worker);
      // A library that prints to stdout must not land in the JSON there.
      worker.stdout.pipe(process.stderr);
      let current: Task | null = null;
      let done = false;
      let watchdog: ReturnType<typeof setTimeout> | null = null;
      const stopWatchdog = () => {
        if (watchdog !== null) clearTimeout(watchdog);
        watchdog = null;
      };
      const feed = () => {
        stopWatchdog();
        const task = failed ? undefined : tasks[next];
        if (task === undefined) {
          current = null;
          done = true;
          running--;
          workers.delete(worker);
          void worker.terminate();
          settle();
          return;
        }
        next++;
        current = task;
        worker.postMessage(task);
        arm();
      };
      const arm = () => {
        stopWatchdog();
        const ms = setup.budgets.timeMs;
        watchdog = setTimeout(() => crash('too-slow', `more than ${ms / 1000} s without progress`), ms);
      };
      const crash = (code: CrashCode, reason: string) => {
        if (done) return;
        done = true;
        stopWatchdog();
        running--;
        workers.delete(worker);
        void worker.terminate();
        if (failed) return;
        if (current !== null) {
          const task = current;
          current = null;
          if (!deliver(onCrash(task, code, readErrorMessage(code, reason)))) return;
        }
        if (next < tasks.length) {
          running++;
          spawn();
        }
        settle();
      };
      worker.on('message', (result: TaskResult | typeof ALIVE) => {
        if (result === ALIVE) {
          if (current !== null) arm();
          return;
        }
        if (deliver(result)) feed();
      });
      worker.on('error', (err) => {
        const oom = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        crash(oom ? 'out-of-memory' : 'worker-crashed', oom ? `over the ${setup.budgets.workerMemoryMb} MB heap limit` : err instanceof Error ? err.message : String(err));
      });
      worker.on('exit', (code) => crash('worker-crashed', `exit code ${code}`));
      feed();
    };
    const threads = Math.min(size, tasks.length);
    running = threads;
    for (let i = 0; i < threads; i++) spawn();
    settle();
  });
}
