// Which reader a file name calls for, and the largest file read: without the readers themselves, so the CLI's main
// thread (which only walks folders and writes) does not load HTML, DOCX and PDF parsers it never runs.
import { EXTENSIONS } from './extensions';
import type { Format } from './types';

/** Largest file read; a plan is a few MB, and a worker holding several copies of 50 MB is near its limit. */
export const MAX_BYTES = 50 * 1024 * 1024;

const BY_EXTENSION = new Map<string, Format>(EXTENSIONS);

/** The format a file name's extension stands for (case-insensitive), or null. */
export function formatOf(fileName: string): Format | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  return BY_EXTENSION.get(fileName.slice(dot + 1).trim().toLowerCase()) ?? null;
}
