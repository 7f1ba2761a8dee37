// Shared types of the file readers: formats, error codes and results (codes only; the UI words them).
import type { Err } from '../../core/result';

export type Format = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'image';

/** Every code a reader refuses a file with; each has a message under library.errors in every locale. */
export const READ_ERRORS = [
  'empty-file',
  'binary-file',
  'undecodable',
  'implausible-text',
  'too-large',
  'unsupported-format',
  'corrupt-docx',
  'corrupt-pdf',
  'pdf-needs-ocr',
  'encrypted-pdf',
  'image-needs-ocr',
  'corrupt-image',
  'ocr-no-text',
  'ocr-failed',
  // Past a budget (src/import/budgets.ts).
  'too-large-unpacked',
  'too-many-pages',
  'too-long',
] as const;

export type ReadError = (typeof READ_ERRORS)[number];

export interface ReadOk {
  ok: true;
  text: string;
  format: Format;
  /** Character encoding of a text file ('utf-8', 'gb18030', 'gbk', …), or the container 'docx' / 'pdf'. */
  encoding: string;
  /** Page count of a PDF. */
  pages?: number;
  /** The text was recognised from page images (a scan or an image file), not read from a text layer. */
  ocr?: boolean;
}

/** core's Err with the reader's codes; the success (ReadOk) stays flat: text, format, encoding, pages. */
export type ReadFailure = Err<ReadError, { detail: string }>;

export type ReadResult = ReadOk | ReadFailure;

/**
 * Where pdfjs finds its data files, as URLs in the browser or directory paths in Node
 * (e.g. node_modules/pdfjs-dist/cmaps/). Without cMapUrl, PDFs using non-embedded CJK fonts read as nothing.
 */
export interface PdfOptions {
  cMapUrl?: string;
  standardFontDataUrl?: string;
  /** false: tables are read from their words alone, their ruling lines not looked at (the benchmark's comparison). */
  rules?: boolean;
}

/**
 * Where OCR finds tesseract.js's files: in Node, directory paths (only langPath is needed: the worker
 * script and the core come from node_modules); in the browser, URLs the app serves itself. Nothing
 * is fetched from the network: the defaults of tesseract.js (a CDN) are never used.
 */
export interface OcrPaths {
  /** Directory of chi_sim.traineddata.gz (@tesseract.js-data/chi_sim/4.0.0_best_int). */
  langPath: string;
  /** Directory of tesseract.js-core's *.wasm.js files (browser). */
  corePath?: string;
  /** tesseract.js's worker script, dist/worker.min.js (browser). */
  workerPath?: string;
}

export interface OcrOptions extends OcrPaths {
  /** After each page is recognised: pages done, pages in the file. */
  onPage?(done: number, total: number): void;
  /**
   * While the engine loads or recognises a page (tesseract reports its progress): the recogniser is working,
   * not stuck. At most once a second. A watchdog takes it as progress, as it takes a finished page.
   */
  onActivity?(): void;
}

export function failure(code: ReadError, detail: string): ReadFailure {
  return { ok: false, code, detail };
}
