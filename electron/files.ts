// Files handed to the app from outside the window — the open dialog, a second launch's command line, the OS —
// read with caps on size and count; a file over a cap is named with the reason and never read.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { IMPORT_EXTENSIONS, MAX_OPEN_BATCH_BYTES, MAX_OPEN_FILE_BYTES, MAX_OPEN_FILES, type OpenedFiles } from './ipc-contract';

/** True for a path whose extension the importer accepts. */
export function hasImportExtension(file: string): boolean {
  const ext = path.extname(file).slice(1).toLowerCase();
  return (IMPORT_EXTENSIONS as readonly string[]).includes(ext);
}

/**
 * The files named on a command line: arguments after the executable that are not switches and end in an
 * import extension, resolved against the launch's working directory, each once.
 */
export function importPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const paths = argv
    .slice(1)
    .filter((arg) => arg !== '' && !arg.startsWith('-') && hasImportExtension(arg))
    .map((arg) => path.resolve(workingDirectory, arg));
  return [...new Set(paths)];
}

export interface ReadLimits {
  maxFileBytes: number;
  maxFiles: number;
  maxBatchBytes: number;
}

export const IMPORT_LIMITS: ReadLimits = { maxFileBytes: MAX_OPEN_FILE_BYTES, maxFiles: MAX_OPEN_FILES, maxBatchBytes: MAX_OPEN_BATCH_BYTES };

interface FileSystem {
  stat(file: string): Promise<{ isFile(): boolean; size: number }>;
  readFile(file: string): Promise<Uint8Array>;
}

const nodeFs: FileSystem = { stat, readFile };

/** Reads the given files in order within the limits; everything else is listed as refused. */
export async function readFiles(paths: readonly string[], limits: ReadLimits = IMPORT_LIMITS, fs: FileSystem = nodeFs): Promise<OpenedFiles> {
  const result: OpenedFiles = { files: [], refused: [] };
  let batchBytes = 0;
  for (const file of paths) {
    const name = path.basename(file);
    let size: number;
    try {
      const info = await fs.stat(file);
      if (!info.isFile()) throw new Error('not a file');
      size = info.size;
    } catch {
      result.refused.push({ name, size: 0, code: 'unreadable' });
      continue;
    }
    if (size > limits.maxFileBytes) {
      result.refused.push({ name, size, code: 'too-large' });
      continue;
    }
    if (result.files.length >= limits.maxFiles || batchBytes + size > limits.maxBatchBytes) {
      result.refused.push({ name, size, code: 'too-many' });
      continue;
    }
    try {
      const bytes = await fs.readFile(file);
      // The file may have grown since stat: the cap holds for what was read.
      if (bytes.byteLength > limits.maxFileBytes) {
        result.refused.push({ name, size: bytes.byteLength, code: 'too-large' });
        continue;
      }
      result.files.push({ name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
      batchBytes += bytes.byteLength;
    } catch {
      result.refused.push({ name, size, code: 'unreadable' });
    }
  }
  return result;
}
