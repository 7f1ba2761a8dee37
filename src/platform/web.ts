// The browser implementation: a file input to open, a download link to save, the async clipboard for images and
// the print dialog for PDF. It has no shell, so no files or menu commands ever arrive.
import { version } from '../../package.json';
import { BACKUP_EXTENSIONS, IMPORT_EXTENSIONS, MAX_OPEN_BATCH_BYTES, MAX_OPEN_FILE_BYTES, MAX_OPEN_FILES, MAX_SAVE_BYTES, type OpenedFiles } from '../../electron/ipc-contract';
import type { Platform } from './types';

/** Opens the browser's file chooser; resolves with nothing when it is cancelled. Needs a user gesture. */
function pickFiles(extensions: readonly string[], multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.hidden = true;
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** Reads picked files within the same caps as the desktop: over the size cap is refused unread. */
export async function readPicked(files: readonly File[], maxFileBytes: number, maxFiles: number, maxBatchBytes: number): Promise<OpenedFiles> {
  const result: OpenedFiles = { files: [], refused: [] };
  let batch = 0;
  for (const file of files) {
    if (file.size > maxFileBytes) {
      result.refused.push({ name: file.name, size: file.size, code: 'too-large' });
    } else if (result.files.length >= maxFiles || batch + file.size > maxBatchBytes) {
      result.refused.push({ name: file.name, size: file.size, code: 'too-many' });
    } else {
      try {
        result.files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        batch += file.size;
      } catch {
        result.refused.push({ name: file.name, size: file.size, code: 'unreadable' });
      }
    }
  }
  return result;
}

export const webPlatform: Platform = {
  kind: 'web',
  async saveFile(name, data, mime) {
    const blob = new Blob([typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>)], { type: mime });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  },
  async openPlanFiles() {
    return readPicked(await pickFiles(IMPORT_EXTENSIONS, true), MAX_OPEN_FILE_BYTES, MAX_OPEN_FILES, MAX_OPEN_BATCH_BYTES);
  },
  async openBackupFile() {
    return readPicked(await pickFiles(BACKUP_EXTENSIONS, false), MAX_SAVE_BYTES, 1, MAX_SAVE_BYTES);
  },
  async copyImage(png) {
    if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }) })]);
      return true;
    } catch {
      // Refused by the browser (no focus, no permission): the caller shows the false.
      return false;
    }
  },
  async printToPdf(name) {
    // The print dialog's "Save as PDF" suggests the document title as the file name.
    const title = document.title;
    document.title = name.replace(/\.pdf$/i, '');
    try {
      window.print();
    } finally {
      document.title = title;
    }
    return true;
  },
  async appVersion() {
    return version;
  },
  onImportFiles: () => () => undefined,
  onMenuCommand: () => () => undefined,
  async setLanguage() {},
};
