// Entry point of the file readers: picks the reader by file extension and turns a plan file's bytes into text for the core.
import { readImageBytes } from '../ocr';
import { type Budgets, DEFAULT_BUDGETS } from '../budgets';
import { readPdfBytes } from './pdf';
import { readTextBytes } from './text';
import { formatOf, MAX_BYTES } from './formats';
import { IMPORT_EXTENSIONS } from './extensions';
import { failure, type OcrOptions, type PdfOptions, type ReadResult } from './types';

export { READ_ERRORS } from './types';
export { formatOf, MAX_BYTES } from './formats';
export type { Format, OcrOptions, OcrPaths, PdfOptions, ReadError, ReadOk, ReadResult } from './types';

export interface ReadOptions {
  pdf?: PdfOptions;
  /** OCR for scanned PDFs and image files; without it, both are refused (`pdf-needs-ocr`, `image-needs-ocr`). */
  ocr?: OcrOptions | null;
  /** Size limit in bytes; MAX_BYTES unless a test needs a small one. */
  maxBytes?: number;
  /** Per-document budgets (src/import/budgets.ts); the defaults unless the CLI raised them. */
  budgets?: Budgets;
}

export { IMPORT_EXTENSIONS };

export async function readPlanFile(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const read = await readByFormat(name, bytes, options);
  const budgets = options.budgets ?? DEFAULT_BUDGETS;
  if (read.ok && read.text.length > budgets.maxTextChars) {
    return failure('too-long', `${read.text.length} characters of text, more than the ${budgets.maxTextChars} allowed.`);
  }
  return read;
}

async function readByFormat(name: string, bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const budgets = options.budgets ?? DEFAULT_BUDGETS;
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  if (bytes.length > maxBytes) return failure('too-large', `${bytes.length} bytes, more than the ${maxBytes} read.`);
  const format = formatOf(name);
  if (!format) return failure('unsupported-format', `No reader for the file name "${name}".`);
  if (bytes.length === 0) return failure('empty-file', 'The file is empty.');
  switch (format) {
    case 'txt':
      return readTextBytes(bytes, format);
    // Markdown loses its markup line by line (markdown.ts); loaded on first use, as it reads HTML tables with htmlparser2.
    case 'md': {
      const read = readTextBytes(bytes, format);
      return read.ok ? { ...read, text: (await import('./markdown')).markdownToText(read.text) } : read;
    }
    // Loaded on first use: htmlparser2 costs ~75 ms of a thread's start, and most plans are text or PDF.
    case 'html':
      return (await import('./html')).readHtmlBytes(bytes);
    case 'docx':
      return (await import('./docx')).readDocxBytes(bytes, budgets);
    case 'pdf':
      return readPdfBytes(bytes, options.pdf, budgets, options.ocr);
    case 'image':
      return readImageBytes(bytes, options.ocr, (pdf) => readPdfBytes(pdf, options.pdf, budgets, options.ocr));
  }
}
