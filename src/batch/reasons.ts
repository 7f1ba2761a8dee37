// Plain-English reasons for files the CLI could not read or decode, from Node, reader and core error codes.
import type { CoreErrorCode } from '../core/types';
import type { ReadError } from '../import/readers';

const CORE_REASONS: Record<CoreErrorCode, string> = {
  'empty-file': 'the file is empty',
  'binary-file': 'this is a binary file, not plain text',
  'undecodable': 'the text encoding could not be recognised (expected UTF-8, UTF-16, GB18030 or Big5)',
  'implausible-text': 'the bytes do not read as text in any encoding PlanBench knows (UTF-8, UTF-16, GB18030, Big5): random or damaged data, or another encoding',
};

/** Every code the app's readers give (src/import/readers/types.ts), worded as the CLI says them. */
const READ_REASONS: Record<ReadError, string> = {
  ...CORE_REASONS,
  'too-large': 'the file is too large',
  'unsupported-format': 'no reader for this file type (expected .txt, .text, .md, .markdown, .htm, .html, .docx, .pdf, .png, .jpg, .jpeg, .tif or .tiff)',
  'corrupt-docx': 'the DOCX file is damaged',
  'corrupt-pdf': 'the PDF file is damaged',
  'pdf-needs-ocr': 'the PDF has no text layer (a scan) and OCR is off (--no-ocr)',
  'encrypted-pdf': 'the PDF is password-protected',
  'image-needs-ocr': 'an image needs OCR, which is off (--no-ocr)',
  'corrupt-image': 'not a readable PNG, JPEG or TIFF image',
  'ocr-no-text': 'OCR found no legible text in it',
  'ocr-failed': 'OCR could not run on this file',
  'too-large-unpacked': 'the file unpacks to more than the budget allows (raise it with --max-unpacked-mb)',
  'too-many-pages': 'the PDF has more pages than the budget allows (raise it with --max-pages)',
  'too-long': 'the text is longer than the budget allows (raise it with --max-chars)',
};

/** Failures of the batch runner itself rather than of the file. */
const RUN_REASONS: Record<string, string> = {
  'extract-failed': 'extraction failed (a fault in PlanBench, not in the file)',
  'worker-crashed': 'the worker thread reading this file stopped',
  'too-many-targets': 'more targets than the budget allows (raise it with --max-targets)',
  'too-slow': 'reading took longer than the time budget, so it was stopped (raise it with --time-limit)',
  'out-of-memory': 'reading needed more memory than a worker thread may use, so it was stopped (raise it with --worker-memory-mb)',
};

/** Codes whose reader detail says more than the reason (which part is damaged, how many characters a scan has). */
const WITH_DETAIL = new Set<string>([
  'too-large',
  'corrupt-docx',
  'corrupt-pdf',
  'pdf-needs-ocr',
  'ocr-no-text',
  'ocr-failed',
  'extract-failed',
  'worker-crashed',
  'too-large-unpacked',
  'too-many-pages',
  'too-long',
  'too-many-targets',
  'too-slow',
  'out-of-memory',
]);

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

/** The code printed in a record for a file system error: a few stable names, else `read-failed`. */
const FS_CODES: Record<string, string> = {
  ENOENT: 'not-found',
  ENOTDIR: 'not-found',
  EISDIR: 'is-directory',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
};

export function coreErrorReason(code: CoreErrorCode): string {
  return CORE_REASONS[code];
}

function errnoOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

/** A readFile error as a reason; unknown errors keep their code so nothing is hidden. */
export function fsErrorReason(err: unknown): string {
  const code = errnoOf(err);
  if (code !== undefined && FS_REASONS[code] !== undefined) return FS_REASONS[code];
  const message = err instanceof Error ? err.message : String(err);
  return `could not be read (${code ?? message})`;
}

export function fsErrorCode(err: unknown): string {
  return FS_CODES[errnoOf(err) ?? ''] ?? 'read-failed';
}

/** A reader or extraction failure (code and the reader's detail) as the message of an error record. */
export function readErrorMessage(code: string, detail: string): string {
  const reason = (READ_REASONS as Record<string, string>)[code] ?? RUN_REASONS[code];
  if (reason === undefined) return detail === '' ? code : `${code}: ${detail}`;
  return WITH_DETAIL.has(code) && detail !== '' ? `${reason} (${detail.replace(/\.$/u, '')})` : reason;
}
