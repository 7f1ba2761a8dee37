// Runs a batch of files through extraction and storage, reporting progress per file and overall, and stopping
// between files when cancelled. Files are saved one at a time, in order, while the next one is already being
// extracted, so the worker and the window's storage work overlap. Knows neither the worker nor Dexie.
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
    const { file, extracted } = await current;
    next = deps.signal?.aborted ? null : start(i + 1);
    Object.assign(entry, file === null ? { stage: 'failed', code: 'unreadable', detail: String(extracted) } : await saveExtracted(file, extracted, deps));
    progress.filesDone++;
    bytesFinished += sizeOf(source);
    partial.delete(i);
    updateBytes();
    report();
  }
  report(true);
  return progress;
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
  if (!saved.ok) return { stage: 'failed', code: saved.code, ...(saved.detail ? { detail: saved.detail } : {}) };
  return { stage: saved.value.duplicate ? 'duplicate' : 'done', documentId: saved.value.documentId };
}
