// Import state of the window: the batch in progress and its per-file outcomes. The work itself is src/app/imports.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { coalesce } from '../app/coalesce';
import * as imports from '../app/imports';
import type { DbResult } from '../app/rows';
import type { BatchProgress, ImportSource } from '../import/pipeline';

/** The progress list is redrawn at most this often while an import runs. */
export const PROGRESS_EVERY_MS = 250;

export const useImporter = defineStore('importer', () => {
  const progress = shallowRef<BatchProgress | null>(null);
  const running = ref(false);
  // At most four redraws a second, the latest state always shown in the end (never lost to a quiet spell).
  const shown = coalesce<BatchProgress>((p) => {
    progress.value = p;
  }, PROGRESS_EVERY_MS);
  const options: imports.ImportOptions = {
    onProgress: (p) => shown.push(p),
    onBusy: (busy) => {
      // The batch's last state is on screen before it is marked finished.
      if (!busy) shown.flush();
      running.value = busy;
    },
  };

  // The pipeline's last report is its final state, shown by the flush when the batch ends.
  const importFiles = (files: ImportSource[]): Promise<BatchProgress> => imports.importFiles(files, options);
  const ensureSeeded = (): Promise<DbResult> => imports.ensureSeeded(options);
  const resetToSamples = (): Promise<DbResult<boolean>> => imports.resetWorkspace(options);

  async function reextractAll(): Promise<imports.ReextractReport> {
    running.value = true;
    try {
      return await imports.reextractAll();
    } finally {
      running.value = false;
    }
  }

  return { progress, running, importFiles, cancel: imports.cancelImport, ensureSeeded, resetToSamples, reextractAll };
});
