// Runs a batch of files through extraction and storage one at a time, reporting progress per file and
// overall, and stopping between files when cancelled. Knows neither the worker nor Dexie: both are passed in.

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export type Stage = 'queued' | 'reading' | 'saving' | 'done' | 'failed' | 'duplicate' | 'cancelled';

export interface FileProgress {
  name: string;
  size: number;
  stage: Stage;
  code?: string;
  detail?: string;
  documentId?: string;
}

export interface BatchProgress {
  files: FileProgress[];
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

/** What extraction hands to storage, or why a file could not be read. */
export type Extraction<T> = { ok: true; value: T } | { ok: false; code: string; detail: string };
export type Saved = { ok: true; documentId: string; duplicate: boolean } | { ok: false; code: string; detail?: string };

export interface PipelineDeps<T> {
  extract(file: ImportFile): Promise<Extraction<T>>;
  save(file: ImportFile, value: T): Promise<Saved>;
  onProgress?(progress: BatchProgress): void;
  signal?: AbortSignal;
}

export async function runImport<T>(files: ImportFile[], deps: PipelineDeps<T>): Promise<BatchProgress> {
  const progress: BatchProgress = {
    files: files.map((f) => ({ name: f.name, size: f.bytes.length, stage: 'queued' })),
    filesDone: 0,
    filesTotal: files.length,
    bytesDone: 0,
    bytesTotal: files.reduce((n, f) => n + f.bytes.length, 0),
  };
  const report = () => deps.onProgress?.({ ...progress, files: progress.files.map((f) => ({ ...f })) });
  report();
  for (const [i, file] of files.entries()) {
    const entry = progress.files[i];
    if (!entry) continue;
    if (deps.signal?.aborted) {
      entry.stage = 'cancelled';
      continue;
    }
    entry.stage = 'reading';
    report();
    const outcome = await extractAndSave(file, deps);
    Object.assign(entry, outcome);
    progress.filesDone++;
    progress.bytesDone += file.bytes.length;
    report();
  }
  report();
  return progress;
}

async function extractAndSave<T>(file: ImportFile, deps: PipelineDeps<T>): Promise<Partial<FileProgress>> {
  let extracted: Extraction<T>;
  try {
    extracted = await deps.extract(file);
  } catch (e) {
    // A cancel ends the worker mid-file: that file is left out, not failed.
    if (deps.signal?.aborted) return { stage: 'cancelled' };
    return { stage: 'failed', code: 'extract-failed', detail: String(e) };
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
  return { stage: saved.duplicate ? 'duplicate' : 'done', documentId: saved.documentId };
}
