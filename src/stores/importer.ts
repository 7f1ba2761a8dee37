// Import state of the window: the batch in progress, its per-file outcomes, and the first-run sample import.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { installReferenceBenchmarks } from '../db/benchmarks';
import { ensureSeeded as seedWorkspace, importSamples, type SeedingDeps } from './seeding';
import { saveExtraction } from '../db/documents';
import { reextractDocument } from '../db/reextract';
import { EXTRACTOR_VERSION } from '../core/version';
import { db } from '../db/instance';
import { type BatchProgress, type ImportSource, runImport } from '../import/pipeline';
import { loadSeedFiles } from '../import/seeds';
import { ExtractionWorker } from '../import/worker-client';

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

export const useImporter = defineStore('importer', () => {
  const progress = shallowRef<BatchProgress | null>(null);
  const running = ref(false);
  let worker: ExtractionWorker | null = null;
  let controller: AbortController | null = null;

  async function importFiles(files: ImportSource[]): Promise<BatchProgress> {
    worker ??= new ExtractionWorker(pdfAssets(), ocrAssets());
    const extractor = worker;
    controller = new AbortController();
    running.value = true;
    try {
      return await runImport(files, {
        extract: (file, onPage) => extractor.extract(file, onPage),
        save: async (file, doc) => {
          const saved = await saveExtraction(db, { ...doc, fileName: file.name });
          return saved.ok ? { ok: true, documentId: saved.documentId, duplicate: saved.duplicate } : { ok: false, code: saved.code };
        },
        onProgress: (p) => {
          progress.value = p;
        },
        // Four redraws a second are enough to follow; one per file would keep the window busy drawing.
        progressEveryMs: 250,
        signal: controller.signal,
      });
    } finally {
      running.value = false;
      controller = null;
    }
  }

  function cancel(): void {
    controller?.abort();
    worker?.cancel();
  }

  const seeding: SeedingDeps = { loadSeeds: loadSeedFiles, importFiles };

  /** On the first launch (until all of them are stored) the sample plans are imported, so Compare is populated at once. */
  async function ensureSeeded(): Promise<void> {
    await seedWorkspace(db, seeding);
  }

  async function resetToSamples(): Promise<void> {
    await db.transaction('rw', [db.regions, db.documents, db.texts, db.targets, db.annotations, db.settings], async () => {
      await Promise.all([db.regions.clear(), db.documents.clear(), db.texts.clear(), db.targets.clear(), db.annotations.clear(), db.settings.clear()]);
    });
    await installReferenceBenchmarks(db);
    await importSamples(db, seeding);
  }

  /** Extracts every stored document again, keeping the researcher's edits and notes where targets still match. */
  async function reextractAll(): Promise<{ documents: number; orphaned: number }> {
    worker ??= new ExtractionWorker(pdfAssets(), ocrAssets());
    running.value = true;
    let orphaned = 0;
    try {
      // One text at a time: a large library is never read into memory whole.
      const ids = await db.documents.toCollection().primaryKeys();
      for (const id of ids) {
        const text = await db.texts.get(id);
        if (!text) continue;
        const fresh = await worker.reextract(text.originalText);
        if (!fresh.ok) continue;
        const result = await reextractDocument(db, id, fresh.value, { extractorVersion: EXTRACTOR_VERSION });
        if (result.ok) orphaned += result.orphaned.length;
      }
      return { documents: ids.length, orphaned };
    } finally {
      running.value = false;
    }
  }

  return { progress, running, importFiles, cancel, ensureSeeded, resetToSamples, reextractAll };
});
