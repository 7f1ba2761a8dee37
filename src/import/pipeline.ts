// Runs a batch of files through extraction and storage, reporting progress per file and overall, and stopping
// between files when cancelled. Files are saved in order while the next one is already being extracted, so the
// worker and the window's storage work overlap; small files may be gathered and saved several at a time (one
// transaction costs IndexedDB more than a small plan's rows). Knows neither the worker nor Dexie.
import type { Result } from '../core/result';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** A file read only when its turn comes, so a batch of 1,000 is never all in memory (or all read) at once. */
export interface LazyImportFile {
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
}

export type ImportSource = ImportFile | LazyImportFile;

const sizeOf = (f: ImportSource): number => ('bytes' in f ? f.bytes.length : f.size);

async function load(source: ImportSource): Promise<ImportFile> {
  if ('bytes' in source) return source;
  return { name: source.name, bytes: await source.read() };
}

export type Stage = 'queued' | 'reading' | 'saving' | 'done' | 'failed' | 'duplicate' | 'cancelled';

export interface FileProgress {
  name: string;
  size: number;
  stage: Stage;
  code?: string;
  detail?: string;
  documentId?: string;
  /** A scan being recognised: pages done and pages in the file. */
  pagesDone?: number;
  pagesTotal?: number;
  /** A large document read and stored in slices: the share of it done so far, 0 to 1. */
  partDone?: number;
}

export interface BatchProgress {
  files: FileProgress[];
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

/** What extraction hands to storage, or why a file could not be read. */
export type Extraction<T> = Result<T, string, { detail: string }>;
/** Where storage put a file (a duplicate is one stored before), or why it could not. */
export type Saved = Result<{ documentId: string; duplicate: boolean }, string>;

export interface PipelineDeps<T> {
  /**
   * `onPage` is called as each page of a scan is recognised (OCR), for a progress per page; `onPart` as each slice
   * of a large document is stored, with the share done (0 to 1).
   */
  extract(file: ImportFile, onPage?: (pagesDone: number, pagesTotal: number) => void, onPart?: (done: number) => void): Promise<Extraction<T>>;
  save(file: ImportFile, value: T): Promise<Saved>;
  /**
   * Saves several files at once (one transaction), with an outcome per file in order. Given, the files `batchable`
   * accepts wait until `batchFiles` of them or `batchBytes` are read, the next file keeps the reading busy for
   * `batchWaitMs`, or a file that is saved alone comes; a cancel leaves the waiting ones unsaved (cancelled).
   */
  saveBatch?(items: ReadonlyArray<{ file: ImportFile; value: T }>): Promise<Saved[]>;
  batchable?(file: ImportFile): boolean;
  batchFiles?: number;
  batchBytes?: number;
  batchWaitMs?: number;
  onProgress?(progress: BatchProgress): void;
  /**
   * At most one progress report per this many milliseconds (the first and the last always come): a
   * batch of 1,000 files would otherwise redraw the progress list 2,000 times.
   */
  progressEveryMs?: number;
  signal?: AbortSignal;
}

export async function runImport<T>(files: ImportSource[], deps: PipelineDeps<T>): Promise<BatchProgress> {
  const progress: BatchProgress = {
    files: files.map((f) => ({ name: f.name, size: sizeOf(f), stage: 'queued' })),
    filesDone: 0,
    filesTotal: files.length,
    bytesDone: 0,
    bytesTotal: files.reduce((n, f) => n + sizeOf(f), 0),
  };
  const every = deps.progressEveryMs ?? 0;
  // Bytes of the files finished; bytesDone adds the share done of the files being read in slices.
  let bytesFinished = 0;
  const partial = new Map<number, number>();
  const updateBytes = () => {
    let sum = bytesFinished;
    for (const [i, share] of partial) sum += share * (progress.files[i]?.size ?? 0);
    progress.bytesDone = Math.round(sum);
  };
  let reported = -Infinity;
  const report = (force = false) => {
    const now = Date.now();
    if (!deps.onProgress || (!force && now - reported < every)) return;
    reported = now;
    deps.onProgress({ ...progress, files: progress.files.map((f) => ({ ...f })) });
  };
  const start = (i: number): Promise<{ file: ImportFile | null; extracted: Extraction<T> | Error }> | null => {
    const source = files[i];
    const entry = progress.files[i];
    if (!source || !entry || deps.signal?.aborted) return null;
    entry.stage = 'reading';
    report();
    // Settled into a value at once, so a failure of a file read ahead is never an unhandled rejection.
    const onPage = (pagesDone: number, pagesTotal: number) => {
      Object.assign(entry, { pagesDone, pagesTotal });
      report();
    };
    const onPart = (done: number) => {
      entry.partDone = done;
      partial.set(i, done);
      updateBytes();
      report();
    };
    return load(source).then(
      (file) => deps.extract(file, onPage, onPart).then(
        (extracted) => ({ file, extracted }),
        (e: unknown) => ({ file, extracted: e instanceof Error ? e : new Error(String(e)) }),
      ),
      (e: unknown) => ({ file: null, extracted: e instanceof Error ? e : new Error(String(e)) }),
    );
  };
  // Read and waiting to be saved together with the next ones (saveBatch).
  const waiting: Array<{ i: number; file: ImportFile; value: T }> = [];
  let waitingBytes = 0;
  const finish = (i: number, outcome: Partial<FileProgress>) => {
    const entry = progress.files[i];
    if (!entry) return;
    Object.assign(entry, outcome);
    progress.filesDone++;
    bytesFinished += entry.size;
    partial.delete(i);
  };
  // The batch being saved, if any. A batch is saved while the files after it are read (the worker extracts while
  // IndexedDB writes); batches are saved one after another, in order, and at most one waits behind another.
  let saving: Promise<void> = Promise.resolve();
  const save = async (items: Array<{ i: number; file: ImportFile; value: T }>) => {
    if (deps.signal?.aborted || !deps.saveBatch) {
      for (const { i } of items) finish(i, { stage: 'cancelled' });
    } else {
      let saved: Saved[] | Error;
      try {
        saved = await deps.saveBatch(items.map(({ file, value }) => ({ file, value })));
      } catch (e) {
        saved = e instanceof Error ? e : new Error(String(e));
      }
      items.forEach(({ i }, k) => finish(i, saved instanceof Error ? { stage: 'failed', code: 'write-failed', detail: String(saved) } : savedOutcome(saved[k])));
    }
    updateBytes();
    report();
  };
  /** Starts saving the waiting files after the batch being saved; resolves when both are saved. */
  const flush = (): Promise<void> => {
    if (waiting.length === 0 || !deps.saveBatch) return saving;
    const items = waiting.splice(0);
    waitingBytes = 0;
    saving = saving.then(() => save(items));
    return saving;
  };
  // The next file read, or, when it keeps the reading busy for batchWaitMs, the waiting ones saved meanwhile.
  const arrival = async <R>(next: Promise<R>): Promise<R> => {
    if (waiting.length === 0) return next;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slow = await Promise.race([next.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), deps.batchWaitMs ?? 250)))]);
    clearTimeout(timer);
    if (slow) void flush();
    return next;
  };
  report(true);
  let next = start(0);
  for (const [i, source] of files.entries()) {
    const entry = progress.files[i];
    if (!entry) continue;
    const current = next;
    if (current === null || deps.signal?.aborted) {
      entry.stage = 'cancelled';
      next = null;
      continue;
    }
    const { file, extracted } = await arrival(current);
    next = deps.signal?.aborted ? null : start(i + 1);
    if (deps.saveBatch && file !== null && !(extracted instanceof Error) && extracted.ok && !deps.signal?.aborted && (deps.batchable?.(file) ?? true)) {
      entry.stage = 'saving';
      waiting.push({ i, file, value: extracted.value });
      waitingBytes += sizeOf(source);
      if (waiting.length >= (deps.batchFiles ?? 25) || waitingBytes >= (deps.batchBytes ?? 4 * 1024 * 1024)) {
        // The batch before this one is saved first (so at most two batches are held), then this one is saved
        // while the next files are read.
        await saving;
        void flush();
      }
      continue;
    }
    // A file saved alone (or failed) comes after those read before it.
    await flush();
    finish(i, file === null ? { stage: 'failed', code: 'unreadable', detail: String(extracted) } : await saveExtracted(file, extracted, deps));
    updateBytes();
    report();
  }
  await flush();
  report(true);
  return progress;
}

function savedOutcome(saved: Saved | undefined): Partial<FileProgress> {
  if (!saved) return { stage: 'failed', code: 'write-failed' };
  if (!saved.ok) return { stage: 'failed', code: saved.code, ...(saved.detail ? { detail: saved.detail } : {}) };
  return { stage: saved.value.duplicate ? 'duplicate' : 'done', documentId: saved.value.documentId };
}

async function saveExtracted<T>(file: ImportFile, extracted: Extraction<T> | Error, deps: PipelineDeps<T>): Promise<Partial<FileProgress>> {
  if (extracted instanceof Error) {
    // A cancel ends the worker mid-file: that file is left out, not failed.
    if (deps.signal?.aborted) return { stage: 'cancelled' };
    return { stage: 'failed', code: 'extract-failed', detail: String(extracted) };
  }
  if (!extracted.ok) return { stage: 'failed', code: extracted.code, detail: extracted.detail };
  if (deps.signal?.aborted) return { stage: 'cancelled' };
  let saved: Saved;
  try {
    saved = await deps.save(file, extracted.value);
  } catch (e) {
    return { stage: 'failed', code: 'write-failed', detail: String(e) };
  }
  return savedOutcome(saved);
}
