// Shared types of the file readers: formats, error codes and results (codes only; the UI words them).

export type Format = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

export type ReadError =
  | 'empty-file'
  | 'binary-file'
  | 'undecodable'
  | 'too-large'
  | 'unsupported-format'
  | 'corrupt-docx'
  | 'corrupt-pdf'
  | 'pdf-needs-ocr'
  | 'encrypted-pdf'
  // Past a budget (src/import/budgets.ts).
  | 'too-large-unpacked'
  | 'too-many-pages'
  | 'too-long';

export interface ReadOk {
  ok: true;
  text: string;
  format: Format;
  /** Character encoding of a text file ('utf-8', 'gb18030', 'gbk', …), or the container 'docx' / 'pdf'. */
  encoding: string;
  /** Page count of a PDF. */
  pages?: number;
}

export type ReadFailure = { ok: false; code: ReadError; detail: string };

export type ReadResult = ReadOk | ReadFailure;

/**
 * Where pdfjs finds its data files, as URLs in the browser or directory paths in Node
 * (e.g. node_modules/pdfjs-dist/cmaps/). Without cMapUrl, PDFs using non-embedded CJK fonts read as nothing.
 */
export interface PdfOptions {
  cMapUrl?: string;
  standardFontDataUrl?: string;
}

export function failure(code: ReadError, detail: string): ReadFailure {
  return { ok: false, code, detail };
}
