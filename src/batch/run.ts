// The batch run behind `extract`: files found, sliced (--shard), skipped when already done (--resume), extracted on
// worker threads, and written as they finish — JSON Lines in completion order, JSON and CSV in input order through
// a small reorder window — with the workspace file built from a spool at the end.
import { rename, rm } from 'node:fs/promises';
import type { ExtractOptions } from './options';
import { CSV_HEADER, renderOutcome } from './format';
import { fsErrorReason } from './reasons';
import { collectInputs, type InputEntry } from './inputs';
import { formatOf } from '../import/readers/formats';
import type { Format } from '../import/readers';
import { packagesFor, runPool } from './pool';
import { inlineTask, runInline } from './inline';
import { StatusLine, type ProgressState, type Terminal } from './progress';
import type { Piece, Task, TaskResult, WorkerSetup } from './protocol';
import type { Thread } from './thread';
import { type DoneRecords, readDoneRecords } from './resume';
import { FileSink } from './sink';
import type { WorkspaceCounts } from './workspace';

export interface RunEnv {
  /** A path as typed → absolute (src/cli/paths.ts userPath). */
  resolvePath(path: string): string;
  stdout: { write(text: string | Uint8Array): unknown };
  stderr: Terminal;
  /** --jobs when not given. */
  defaultJobs: number;
  now?: () => Date;
}

/** Exit statuses of `extract`. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, noneRead: 3 } as const;

export interface RunSummary {
  found: number;
  extracted: number;
  failed: number;
  /** Already in the --resume file. */
  alreadyDone: number;
  /** Files whose error record is already in the --resume file. */
  failedBefore: number;
  unknown: Map<string, number>;
  workspace: WorkspaceCounts | null;
}

export function exitStatus(s: Pick<RunSummary, 'extracted' | 'failed' | 'alreadyDone' | 'failedBefore'>): number {
  const failures = s.failed + s.failedBefore;
  if (failures === 0) return EXIT.ok;
  return s.extracted + s.alreadyDone === 0 ? EXIT.noneRead : EXIT.someFailed;
}

export function summaryLine(s: RunSummary, outName: string | null): string {
  const parts = [`${s.extracted} extracted`];
  if (s.failed > 0) parts.push(`${s.failed} failed`);
  if (s.alreadyDone > 0) parts.push(`${s.alreadyDone} already in ${outName ?? 'the output'}`);
  if (s.failedBefore > 0) parts.push(`${s.failedBefore} failed in an earlier run`);
  const unknown = [...s.unknown].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const skipped = unknown.reduce((n, [, count]) => n + count, 0);
  let line = `planbench: ${s.found} ${s.found === 1 ? 'file' : 'files'}: ${parts.join(', ')}`;
  if (skipped > 0) line += `; ${skipped} skipped (unknown extension: ${unknown.map(([ext, n]) => `${ext === '' ? '(none)' : ext} ${n}`).join(', ')})`;
  if (s.workspace) line += `; workspace: ${s.workspace.documents} documents, ${s.workspace.targets} targets, ${s.workspace.regions} regions`;
  return line;
}

interface Output {
  write(text: Piece): void;
  /** Finishes the file (renamed into place for json / csv). */
  close(): Promise<void>;
}

function openOutput(path: string | null, args: ExtractOptions, env: RunEnv): Output {
  if (path === null) {
    return { write: (text) => void (text.length === 0 || env.stdout.write(text)), close: async () => {} };
  }
  if (args.format === 'jsonl') {
    // Written in place, a line per document as it is done: what --resume continues.
    const sink = new FileSink(path, args.resume ? 'a' : 'w');
    return { write: (text) => sink.write(text), close: async () => sink.close() };
  }
  // One JSON array or CSV table: written beside the file and renamed, so it is never seen half-written.
  const partial = `${path}.partial`;
  const sink = new FileSink(partial, 'w', 1 << 20);
  return {
    write: (text) => sink.write(text),
    close: async () => {
      sink.close();
      await rename(partial, path);
    },
  };
}

/** Hands out results in input order as soon as every earlier one is in. */
class Reorder<T> {
  private readonly waiting = new Map<number, T>();
  private next = 0;
  constructor(private readonly emit: (item: T) => void) {}
  put(index: number, item: T): void {
    this.waiting.set(index, item);
    for (let ready = this.waiting.get(this.next); ready !== undefined; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.emit(ready);
    }
  }
}

/**
 * Runs `extract`. `early` is a worker thread started before this was called (src/batch/thread.ts startEarly): the run
 * takes it as its first thread, and ends it on every way out (a usage error, no file found).
 */
export async function runExtract(args: ExtractOptions, env: RunEnv, early: Thread | null = null): Promise<number> {
  try {
    return await extract(args, env, early);
  } finally {
    if (early !== null) void early.worker.terminate();
  }
}

async function extract(args: ExtractOptions, env: RunEnv, early: Thread | null): Promise<number> {
  const now = env.now ?? (() => new Date());
  const started = Date.now();
  const status = new StatusLine(env.stderr);
  const outPath = args.out === null ? null : env.resolvePath(args.out);
  const workspacePath = args.workspace === null ? null : env.resolvePath(args.workspace);
  // The workspace writer (zod, the benchmarks) is loaded only when a workspace is asked for.
  const workspace = workspacePath === null ? null : await import('./workspace');
  const spoolPath = workspacePath === null || workspace === null ? null : workspace.spoolPathOf(workspacePath);
  if (outPath !== null && outPath === workspacePath) {
    status.message('planbench: --workspace and --out name the same file');
    return EXIT.usage;
  }

  const inputs = collectInputs(args.files, env.resolvePath, args.shard);
  const entries = inputs.entries;

  let done: DoneRecords | null = null;
  let spooled = new Set<string>();
  let output: Output;
  let spool: FileSink | null = null;
  try {
    if (args.resume && outPath !== null) done = await readDoneRecords(outPath);
    if (args.resume && spoolPath !== null && workspace !== null) spooled = await workspace.readSpool(spoolPath);
    output = openOutput(outPath, args, env);
    if (spoolPath !== null) spool = new FileSink(spoolPath, args.resume ? 'a' : 'w');
  } catch (err) {
    const path = (err as { path?: string }).path ?? outPath ?? spoolPath ?? '';
    status.message(`planbench: ${path}: ${fsErrorReason(err)}`);
    return EXIT.usage;
  }

  const recorded = done ? [...done.extracted, ...done.failed] : [];
  // Nothing left to do for a file already recorded, unless the workspace still lacks its rows.
  const skip = done ? [...done.failed, ...[...done.extracted].filter((h) => spoolPath === null || spooled.has(h))] : [];
  const setup: WorkerSetup = {
    format: args.format,
    workspace: spoolPath !== null,
    importedAt: new Date(started).toISOString(),
    skip,
    recorded,
    spooled: [...spooled],
    ocr: args.ocr,
    budgets: args.budgets,
  };

  const summary: RunSummary = {
    found: entries.length,
    extracted: 0,
    failed: 0,
    alreadyDone: 0,
    failedBefore: 0,
    unknown: inputs.unknown,
    workspace: null,
  };
  const progress: ProgressState = {
    filesDone: 0,
    filesTotal: entries.length,
    bytesDone: 0,
    bytesTotal: entries.reduce((n, e) => n + (e.kind === 'file' ? e.size : 0), 0),
    elapsed: 0,
  };
  const spoolWritten = new Set<string>();

  // JSON's brackets and commas, CSV's header: the parts of the output that are not a file's.
  let items = 0;
  const emitText = (text: Piece) => {
    if (text.length === 0) return;
    if (args.format === 'json') output.write(items++ === 0 ? '[\n' : ',\n');
    output.write(text);
  };
  if (args.format === 'csv') output.write(CSV_HEADER);

  interface Finished {
    text: Piece;
    message: string | null;
  }
  const emit = (f: Finished) => {
    emitText(f.text);
    if (f.message !== null) status.message(f.message);
  };
  const ordered = args.format === 'jsonl' ? null : new Reorder<Finished>(emit);

  const finish = (entry: InputEntry, r: TaskResult) => {
    progress.filesDone++;
    progress.bytesDone += entry.kind === 'file' ? entry.size : 0;
    let text = r.text;
    let message: string | null = null;
    if (r.status === 'extracted') {
      summary.extracted++;
    } else if (r.status === 'skipped') {
      if (r.hash !== null && done?.failed.has(r.hash)) summary.failedBefore++;
      else summary.alreadyDone++;
    } else {
      summary.failed++;
      message = `planbench: ${entry.file}: ${r.error?.message ?? 'failed'}`;
      // A file that could not be opened before either: its error record is already there.
      if (r.hash === null && done?.unopened.has(entry.file)) text = '';
    }
    // The workspace rows before the record: a record in the output promises rows in the spool.
    if (spool !== null && r.spool !== null && r.hash !== null && !spoolWritten.has(r.hash)) {
      spool.write(r.spool);
      spoolWritten.add(r.hash);
    }
    if (ordered) ordered.put(r.index, { text, message });
    else emit({ text, message });
    progress.elapsed = Date.now() - started;
    status.progress(progress, progress.filesDone === progress.filesTotal);
  };

  const failure = (index: number, file: string, code: string, message: string): TaskResult => ({
    index,
    status: 'failed',
    hash: null,
    size: 0,
    text: renderOutcome({ file, hash: null, error: { code, message } }, args.format),
    spool: null,
    targets: 0,
    error: { code, message },
  });

  const tasks: Task[] = [];
  entries.forEach((entry, index) => {
    if (entry.kind === 'file') tasks.push({ index, file: entry.file, path: entry.path, size: entry.size });
    else finish(entry, failure(index, entry.file, entry.code, entry.message));
  });

  try {
    const formats = new Set(tasks.map((t) => formatOf(t.path)).filter((f): f is Format => f !== null));
    // One small text file is read here, without a thread (inline.ts); a thread already started is used instead.
    const single = early === null ? inlineTask(tasks, args) : null;
    const deliver = (result: TaskResult) => {
      const entry = entries[result.index];
      if (entry) finish(entry, result);
    };
    if (single !== null) await runInline(single, setup, deliver, (task, code, message) => failure(task.index, task.file, code, message));
    else await runPool(
      tasks,
      args.jobs ?? env.defaultJobs,
      setup,
      () => packagesFor(formats),
      deliver,
      (task, code, message) => failure(task.index, task.file, code, message),
      early,
    );
    if (args.format === 'json') output.write(items === 0 ? '[]\n' : '\n]\n');
    await output.close();
    if (spool !== null && spoolPath !== null && workspacePath !== null && workspace !== null) {
      spool.close();
      summary.workspace = await workspace.writeWorkspace(spoolPath, workspacePath, now().toISOString());
    }
  } catch (err) {
    status.message(`planbench: writing the output failed: ${err instanceof Error ? err.message : String(err)}`);
    if (outPath !== null && args.format !== 'jsonl') await rm(`${outPath}.partial`, { force: true });
    return EXIT.usage;
  }
  status.clear();
  const skippedUnknown = [...inputs.unknown.values()].some((n) => n > 0);
  const noteworthy = summary.failed + summary.alreadyDone + summary.failedBefore > 0 || skippedUnknown || (done?.dropped ?? 0) + (done?.unreadable ?? 0) > 0;
  if (status.live || noteworthy) {
    if (done && done.dropped > 0) status.message(`planbench: ${args.out}: dropped a half-written last line (${done.dropped} bytes) left by an interrupted run`);
    if (done && done.unreadable > 0) status.message(`planbench: ${args.out}: ${done.unreadable} lines are not records of this command (kept, ignored)`);
    status.message(summaryLine(summary, args.out));
  }
  return exitStatus(summary);
}
