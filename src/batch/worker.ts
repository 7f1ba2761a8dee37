// A batch worker thread: reads the files of its queue one after another (handle.ts) and sends their rendered records,
// so the main thread only writes. It holds a short queue of tasks and sends results a few at a time: every message
// wakes the other thread, which on a virtual machine costs about a millisecond of CPU, as much as extracting a small
// plan. What it is reading is told to the pool's watchdog through shared memory instead (protocol.ts
// WorkerData.progress).
import { parentPort, workerData } from 'node:worker_threads';
import { configure, handle } from './handle';
import { msSince, PROGRESS_AT, PROGRESS_TASK, type Piece, type ResultBatch, type TaskBatch, type TaskResult, type Task, type WorkerData } from './protocol';

const boot = workerData as WorkerData;
const progress = new Int32Array(boot.progress);

// Each page recognised tells the pool the thread is making progress, so its watchdog starts again.
const alive = () => void Atomics.store(progress, PROGRESS_AT, msSince(boot.epoch));
/** The task now being read (-1: none), and since when. */
function reading(index: number): void {
  alive();
  Atomics.store(progress, PROGRESS_TASK, index);
}

/**
 * Results are held at most this long (for the progress line) or this many characters before they are sent; otherwise
 * until the queue is about to run dry. Not shorter: on a busy machine a small plan can take 50 ms of wall time, and a
 * short interval sent every result alone again.
 */
const FLUSH_MS = 1000;
const FLUSH_CHARS = 4 << 20;

const encoder = new TextEncoder();

/** A piece of output as UTF-8 bytes in a buffer of their own, added to `transfer` (see protocol.ts Piece). */
function bytesOf(piece: Piece, transfer: ArrayBuffer[]): Piece {
  if (typeof piece !== 'string' || piece === '') return piece;
  const bytes = encoder.encode(piece);
  // Only a buffer that holds these bytes alone can be given away.
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) transfer.push(bytes.buffer);
  return bytes;
}

const port = parentPort;
if (port) {
  const queue: Task[] = [];
  let draining = false;
  let held: TaskResult[] = [];
  let heldChars = 0;
  let sentAt = performance.now();
  const send = () => {
    if (held.length === 0) return;
    const transfer: ArrayBuffer[] = [];
    for (const result of held) {
      result.text = bytesOf(result.text, transfer);
      if (result.spool !== null) result.spool = bytesOf(result.spool, transfer);
    }
    const batch: ResultBatch = { results: held };
    port.postMessage(batch, transfer);
    held = [];
    heldChars = 0;
    sentAt = performance.now();
  };
  const drain = async () => {
    draining = true;
    for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
      reading(task.index);
      const result = await handle(task);
      held.push(result);
      heldChars += result.text.length + (result.spool?.length ?? 0);
      // Sent when the queue is about to run dry (so the pool tops it up while the last task is read), after a while,
      // or when large.
      if (queue.length <= 1 || performance.now() - sentAt >= FLUSH_MS || heldChars >= FLUSH_CHARS) send();
    }
    reading(-1);
    send();
    draining = false;
  };
  port.on('message', (batch: TaskBatch) => {
    if (batch.setup) configure(batch.setup, alive);
    queue.push(...batch.tasks);
    if (!draining) void drain();
  });
}
