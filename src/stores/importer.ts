// Import state of the window: the batch in progress and its per-file outcomes. The work itself is src/app/imports.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import * as imports from '../app/imports';
import type { DbResult } from '../app/rows';
import type { BatchProgress, ImportSource } from '../import/pipeline';

export const useImporter = defineStore('importer', () => {
  const progress = shallowRef<BatchProgress | null>(null);
  const running = ref(false);
  const options: imports.ImportOptions = {
    onProgress: (p) => {
      progress.value = p;
    },
    onBusy: (busy) => {
      running.value = busy;
    },
  };

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
