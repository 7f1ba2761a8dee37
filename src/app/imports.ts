// Import, first-run samples, reset to the samples and re-extraction: plan files through the extraction worker into
// the store. The importer store only holds the progress the Library shows; menu commands and views call these.
import { EXTRACTOR_VERSION } from '../core/extract/version';
import { ok } from '../core/result';
import { saveExtraction } from '../db/documents';
import { guarded, type DbResult } from '../db/errors';
import { reextractDocument } from '../db/reextract';
import { type BatchProgress, type ImportSource, runImport } from '../import/pipeline';
import { loadSeedFiles } from '../import/seeds';
import { ExtractionWorker } from '../import/worker/client';
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

/** Reads, extracts and stores the files one by one; the outcome of each file is in the returned progress. */
export async function importFiles(files: ImportSource[], options: ImportOptions = {}): Promise<BatchProgress> {
  const extractor = extractionWorker();
  const own = new AbortController();
  controller = own;
  options.onBusy?.(true);
  try {
    return await runImport(files, {
      extract: (file, onPage) => extractor.extract(file, onPage),
      save: (file, doc) => saveExtraction(workspaceStore(), { ...doc, fileName: file.name }),
      onProgress: (p) => options.onProgress?.(p),
      // Four redraws a second are enough to follow; one per file would keep the window busy drawing.
      progressEveryMs: 250,
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
export function ensureSeeded(options: ImportOptions = {}): Promise<DbResult> {
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
