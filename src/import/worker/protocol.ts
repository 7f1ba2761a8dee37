// Messages between the window and the extraction worker.
import type { ExtractedDocument } from '../../core/extract/extract';
import type { PreparedDocument } from '../prepare';
import type { StoredInWorker } from './store';
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
  /**
   * Read in slices of about `sliceChars` characters and stored by the worker itself in the IndexedDB database
   * `dbName` (src/import/worker/store.ts): the window hears `staged`, then `part` after each slice, then `stored`.
   */
  store?: { dbName: string; sliceChars: number };
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
  | { type: 'reextracted'; id: number; result: Extraction<ExtractedDocument> }
  /** A document stored by the worker: its rows are being written under this id. */
  | { type: 'staged'; id: number; documentId: string }
  /** A slice of it stored: the share of the document done. */
  | { type: 'part'; id: number; done: number }
  /** It is stored (or a duplicate), or why not. */
  | { type: 'stored'; id: number; result: Extraction<StoredInWorker> };
