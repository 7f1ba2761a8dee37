// Import, first-run samples, reset to the samples and re-extraction: plan files through the extraction worker into
// the store. The importer store only holds the progress the Library shows; menu commands and views call these.
import { EXTRACTOR_VERSION } from '../core/extract/version';
import { ok } from '../core/result';
import { DEFAULT_SLICE_CHARS } from '../core/extract/slices';
import { saveExtraction, saveExtractions } from '../db/documents';
import { guarded, type DbResult } from '../db/errors';
import { discardStaged, sweepStaged } from '../db/staged';
import { reextractDocument } from '../db/reextract';
import { type BatchProgress, type Extraction, type ImportFile, type ImportSource, runImport, type Saved } from '../import/pipeline';
import { loadSeedFiles } from '../import/seeds';
import type { PreparedDocument } from '../import/prepare';
import { ExtractionWorker, type PageProgress } from '../import/worker/client';
import { ensureSeeded as seedWorkspace, importSamples, type SeedingDeps } from './seeding';
import { workspaceStore } from './store';
import { clearWorkspace } from './workspace';

function pdfAssets() {
  return {
    cMapUrl: new URL('pdfjs/cmaps/', document.baseURI).href,
    standardFontDataUrl: new URL('pdfjs/standard_fonts/', document.baseURI).href,
  };
}

/** OCR's files as the build serves them (vite.config.ts copies them to dist/tesseract/): nothing from the network. */
function ocrAssets() {
  return {
    workerPath: new URL('tesseract/worker.min.js', document.baseURI).href,
    corePath: new URL('tesseract/core/', document.baseURI).href,
    langPath: new URL('tesseract/lang/', document.baseURI).href,
  };
}

/** One extraction worker for the window, started on first use. */
let worker: ExtractionWorker | null = null;
let controller: AbortController | null = null;

function extractionWorker(): ExtractionWorker {
  worker ??= new ExtractionWorker(pdfAssets(), ocrAssets());
  return worker;
}

export interface ImportOptions {
  onProgress?: (progress: BatchProgress) => void;
  /** True while a batch is being read and stored, false when it ends. */
  onBusy?: (busy: boolean) => void;
}

/**
 * Files from this size on are read and stored in slices (src/db/staged.ts): the window never holds all their
 * records, no transaction writes more than a thousand rows, progress moves per slice and a cancel lands between two.
 */
export const SLICE_ABOVE_BYTES = 2 * 1024 * 1024;

// Removing the rows of a cancelled or failed document runs after the import ends (the cancel is not kept waiting);
// the next document stored in slices waits for it, so the same file imported again never meets its old rows.
let cleanup: Promise<void> = Promise.resolve();
function discardLater(documentId: string): void {
  cleanup = cleanup.then(() => discardStaged(workspaceStore(), documentId)).then(
    () => undefined,
    () => undefined,
  );
}

/** Whatever was removed in the background has been removed (tests, and before a workspace is replaced). */
export function stagedCleanup(): Promise<void> {
  return cleanup;
}

/** The performance mark of a batch whose transaction failed, its plans then saved one per transaction. */
export const BATCH_FALLBACK = 'planbench:batch-fallback';

/** A large file, stored by the worker itself as it reads it (src/import/worker/store.ts). */
interface StoredByWorker {
  stored: { documentId: string; duplicate: boolean };
}

/**
 * Has the worker read a large file in slices and store each as it comes, its document row last: the window only
 * follows the share done. A document it staged but did not store (failed, cancelled) is removed in the background.
 */
async function storeInSlices(extractor: ExtractionWorker, file: ImportFile, onPage?: PageProgress, onPart?: (done: number) => void): Promise<Extraction<StoredByWorker>> {
  // Rows of a cancelled import of the same file are gone before it is stored again.
  await cleanup;
  let staged: string | null = null;
  let result: Extraction<{ documentId: string; duplicate: boolean }> | null = null;
  try {
    result = await extractor.store(file, { dbName: workspaceStore().name, sliceChars: DEFAULT_SLICE_CHARS }, { onStaged: (id) => (staged = id), onPart: (done) => onPart?.(done) }, onPage);
    return result.ok ? { ok: true, value: { stored: result.value } } : result;
  } finally {
    if (staged !== null && !result?.ok) discardLater(staged);
  }
}

/** Reads, extracts and stores the files one by one; the outcome of each file is in the returned progress. */
export async function importFiles(files: ImportSource[], options: ImportOptions = {}): Promise<BatchProgress> {
  const extractor = extractionWorker();
  const own = new AbortController();
  controller = own;
  options.onBusy?.(true);
  try {
    return await runImport<PreparedDocument | StoredByWorker>(files, {
      extract: (file, onPage, onPart) => (file.bytes.length >= SLICE_ABOVE_BYTES ? storeInSlices(extractor, file, onPage, onPart) : extractor.extract(file, onPage)),
      save: async (file, doc) => ('stored' in doc ? ok(doc.stored) : saveExtraction(workspaceStore(), { ...doc, fileName: file.name })),
      // Small plans are stored 25 to a transaction: each commit cost IndexedDB more than a small plan's rows.
      batchable: (file) => file.bytes.length < SLICE_ABOVE_BYTES,
      saveBatch: async (items) => {
        // Large files are never batched (they are stored by the worker); each keeps its outcome all the same.
        const outcomes: Saved[] = items.map(({ value }) => ('stored' in value ? ok(value.stored) : { ok: false, code: 'write-failed' }));
        const small = items.flatMap(({ file, value }, k) => ('stored' in value ? [] : [{ k, input: { ...value, fileName: file.name } }]));
        const saved = await saveExtractions(workspaceStore(), small.map((s) => s.input));
        // A batch saved plan by plan is still stored, only far slower (a transaction and its checks per plan): marked
        // where a probe or test can count it (bench/import-probe.ts prints the count; a normal import has none).
        if (!saved.ok && small.length > 0) {
          performance.mark(BATCH_FALLBACK, { detail: { plans: small.length, code: saved.code, detail: saved.detail ?? '' } });
          console.warn(`a batch of ${small.length} plans is saved one by one: ${saved.code} ${saved.detail ?? ''}`);
        }
        for (const [n, { k, input }] of small.entries()) {
          // The transaction failed as a whole: each plan alone, so the one at fault is named and the others are kept.
          outcomes[k] = saved.ok ? (saved.value[n] ?? outcomes[k]!) : await saveExtraction(workspaceStore(), input);
        }
        return outcomes;
      },
      onProgress: (p) => options.onProgress?.(p),
      // A copy of the list at most every 50 ms (two per file would copy 1,000 rows 2,000 times); the Library's store
      // redraws at most four times a second and always shows the latest (src/app/coalesce.ts).
      progressEveryMs: 50,
      signal: own.signal,
    });
  } finally {
    if (controller === own) controller = null;
    options.onBusy?.(false);
  }
}

/** Stops the import in progress: the file being read is dropped, those stored stay. */
export function cancelImport(): void {
  controller?.abort();
  worker?.cancel();
}

function seeding(options: ImportOptions): SeedingDeps {
  return { loadSeeds: loadSeedFiles, importFiles: (files) => importFiles(files, options) };
}

/** On the first launch (until all of them are stored) the sample plans are imported, so Compare is populated at once. */
export async function ensureSeeded(options: ImportOptions = {}): Promise<DbResult> {
  // A document whose import was ended by a crash or a closed window left rows no view shows: removed at launch.
  await sweepStaged(workspaceStore()).catch(() => undefined);
  return seedWorkspace(workspaceStore(), seeding(options));
}

/**
 * Empties the workspace and imports the samples again. The value says whether every sample is stored (the import
 * list names any file that is not); a failure to empty the workspace or to write is a value, never an exception.
 */
export function resetWorkspace(options: ImportOptions = {}): Promise<DbResult<boolean>> {
  return guarded(async () => {
    const cleared = await clearWorkspace();
    if (!cleared.ok) return cleared;
    return ok(await importSamples(workspaceStore(), seeding(options)));
  });
}

export interface ReextractReport {
  documents: number;
  orphaned: number;
  /** Documents whose text could not be extracted again or whose new targets could not be saved; they are unchanged. */
  failed: Array<{ documentId: string; fileName: string; code: string }>;
}

/** Extracts every stored document again, keeping the researcher's edits and notes where targets still match. */
export async function reextractAll(): Promise<ReextractReport> {
  const store = workspaceStore();
  const extractor = extractionWorker();
  let orphaned = 0;
  const failed: ReextractReport['failed'] = [];
  // One text at a time: a large library is never read into memory whole.
  const ids = await store.documents.toCollection().primaryKeys();
  for (const id of ids) {
    const fileName = (await store.documents.get(id))?.fileName ?? id;
    const text = await store.texts.get(id);
    if (!text) {
      failed.push({ documentId: id, fileName, code: 'not-found' });
      continue;
    }
    const fresh = await extractor.reextract(text.originalText);
    if (!fresh.ok) {
      failed.push({ documentId: id, fileName, code: fresh.code });
      continue;
    }
    const result = await reextractDocument(store, id, fresh.value, { extractorVersion: EXTRACTOR_VERSION });
    if (result.ok) orphaned += result.value.orphaned.length + result.value.achievements.orphaned.length;
    else failed.push({ documentId: id, fileName, code: result.code });
  }
  return { documents: ids.length - failed.length, orphaned, failed };
}
