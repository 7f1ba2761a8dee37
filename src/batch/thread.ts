// Starting one batch worker thread. Kept apart from the pool so that `extract` can start its first thread before it
// loads the run (src/batch/run.ts) and finds its files: Node's start of a thread and the loading of the extractor's
// bundles (~0.17 s of one core) then overlap what the main thread does meanwhile, instead of following it. The run's
// setup (format, budgets, --resume's hashes) reaches the thread with its first tasks (protocol.ts TaskBatch.setup).
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PROGRESS_TASK, type WorkerData } from './protocol';

export interface Thread {
  worker: Worker;
  /** The progress slots shared with the thread (protocol.ts WorkerData.progress). */
  slots: Int32Array;
  /** The clock origin of the slots' times. */
  epoch: number;
  /** Its heap limit (`resourceLimits.maxOldGenerationSizeMb`). */
  memoryMb: number;
  /** Set when the thread ended (or failed to start) before the pool took it over: the pool then starts another. */
  ended: boolean;
}

/** Whether this module runs from its TypeScript sources (through tsx) rather than built (dist-cli/). */
const fromSources = extname(fileURLToPath(import.meta.url)) === '.ts';

/**
 * Starts a worker thread. Run through tsx, the worker's module is TypeScript, which worker threads cannot load by
 * themselves (tsx's loader is not inherited): a bootstrap registers tsx in the thread first, after loading the
 * readers' npm packages natively (`preload`: tsx's hooks make every module load slow, pdfjs 1.8 s instead of 0.3 s);
 * later imports of them hit the module cache.
 */
export function startThread(memoryMb: number, preload: () => readonly string[]): Thread {
  const progress = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const slots = new Int32Array(progress);
  slots[PROGRESS_TASK] = -1;
  const epoch = performance.timeOrigin + performance.now();
  const data: WorkerData = { progress, epoch };
  const entry = new URL(`./worker${fromSources ? '.ts' : '.js'}`, import.meta.url).href;
  // The heap limit per document: a bomb that gets past the readers' budgets ends this thread, not the machine.
  const options = { workerData: data, stdout: true, resourceLimits: { maxOldGenerationSizeMb: memoryMb } };
  let worker: Worker;
  if (!fromSources) worker = new Worker(new URL(entry), options);
  else {
    const tsx = import.meta.resolve('tsx/esm/api');
    const boot = `(async () => {
      for (const url of ${JSON.stringify(preload())}) await import(url).catch(() => {});
      const { register } = await import(${JSON.stringify(tsx)});
      register();
      await import(${JSON.stringify(entry)});
    })();`;
    worker = new Worker(boot, { ...options, eval: true });
  }
  // A library that prints to stdout must not land in the JSON there.
  worker.stdout.pipe(process.stderr);
  const thread: Thread = { worker, slots, epoch, memoryMb, ended: false };
  // Until the pool listens: an error before then must not be an uncaught 'error' event.
  const end = () => void (thread.ended = true);
  worker.once('error', end);
  worker.once('exit', end);
  return thread;
}

/**
 * The first thread of a run, started early (see above); null when running from the sources, where the thread's
 * bootstrap needs to know the files' formats first.
 */
export function startEarly(memoryMb: number): Thread | null {
  return fromSources ? null : startThread(memoryMb, () => []);
}
