// Messages between the window and the extraction worker.
import type { ExtractedDocument } from '../../core/extract/extract';
import type { PreparedDocument } from '../prepare';
import type { Extraction } from '../pipeline';
import type { OcrPaths, PdfOptions } from '../readers';

/** A file to read and extract; its bytes are transferred, not copied. */
export interface ExtractRequest {
  type: 'extract';
  id: number;
  name: string;
  bytes: ArrayBuffer;
  pdf: PdfOptions;
  /** Where OCR's files are served; null: scans and images are refused. */
  ocr: OcrPaths | null;
}

/** A stored document's original text to extract again (after the extractor improved). */
export interface ReextractRequest {
  type: 'reextract';
  id: number;
  text: string;
}

export type WorkerRequest = ExtractRequest | ReextractRequest;

export type WorkerResponse =
  | { type: 'result'; id: number; result: Extraction<PreparedDocument> }
  /** A page of a scan recognised: sent while the file is still being read. */
  | { type: 'progress'; id: number; pagesDone: number; pagesTotal: number }
  /** OCR is loading or recognising a page: the file is being read, not stuck (re-arms the watchdog). */
  | { type: 'alive'; id: number }
  | { type: 'reextracted'; id: number; result: Extraction<ExtractedDocument> };
