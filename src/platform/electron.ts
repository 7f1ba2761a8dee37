// The desktop implementation: every call goes through the preload's typed API to main, which shows the dialogs.
import { toRaw } from 'vue';
import type { PlanbenchApi, SaveResult } from '../../electron/ipc-contract';
import { type Platform, PlatformError } from './types';

/** A save dialog filter from the suggested name's extension (e.g. "JSON (*.json)"); none when it has none. */
export function filtersFor(name: string): { name: string; extensions: string[] }[] {
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1];
  return ext ? [{ name: ext.toUpperCase(), extensions: [ext.toLowerCase()] }] : [];
}

function saved(result: SaveResult): boolean {
  if (result.status === 'failed') throw new PlatformError(result.code, result.detail);
  return result.status === 'saved';
}

export function electronPlatform(api: PlanbenchApi): Platform {
  return {
    kind: 'electron',
    async saveFile(name, data) {
      // Reactive proxies cannot be cloned across IPC: the raw bytes go.
      return saved(await api.saveFile({ suggestedName: name, data: typeof data === 'string' ? data : toRaw(data), filters: filtersFor(name) }));
    },
    openPlanFiles: () => api.openFiles({ kind: 'plans' }),
    openBackupFile: () => api.openFiles({ kind: 'backup' }),
    copyImage: (png) => api.copyImage({ png: toRaw(png) }),
    async printToPdf(name, options = {}) {
      return saved(await api.printToPdf({ suggestedName: name, ...options }));
    },
    async appVersion() {
      return (await api.appVersion()).version;
    },
    onImportFiles: (listener) => api.onImportFiles(listener),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    setLanguage: (locale) => api.setLanguage({ locale }),
  };
}
