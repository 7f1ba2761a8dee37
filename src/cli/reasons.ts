// Plain-English reasons for files the CLI could not read or decode, from Node and core error codes.
import type { CoreErrorCode } from '../core/types';

const CORE_REASONS: Record<CoreErrorCode, string> = {
  'empty-file': 'the file is empty',
  'binary-file': 'this is a binary file, not plain text',
  'undecodable': 'the text encoding could not be recognised (expected UTF-8, UTF-16 or GB18030)',
};

// Node's errno codes for readFile failures a user can act on.
const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the file name is too long',
  ELOOP: 'too many symbolic links in the path',
  EMFILE: 'too many open files',
};

export function coreErrorReason(code: CoreErrorCode): string {
  return CORE_REASONS[code];
}

/** A readFile error as a reason; unknown errors keep their code so nothing is hidden. */
export function fsErrorReason(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
  if (code !== undefined && FS_REASONS[code] !== undefined) return FS_REASONS[code];
  const message = err instanceof Error ? err.message : String(err);
  return `could not be read (${code ?? message})`;
}
