// Messages between the window and the extraction worker.
import type { ExtractedDocument } from '../../core/extract/extract';
import type { ExtractedSlice } from '../../core/extract/slices';
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
  /**
   * Read in slices of about this many characters: the document comes first as a `head` (no targets), then its
   * records as `slice` messages, each sent once the window acknowledged the one before (it stores them meanwhile).
   */
  sliceChars?: number;
}

/** The window stored what the worker sent last (a head or a slice); `stop`: the document is not wanted (a duplicate). */
export interface AckRequest {
  type: 'ack';
  id: number;
  stop: boolean;
}

/** A stored document's original text to extract again (after the extractor improved). */
export interface ReextractRequest {
  type: 'reextract';
  id: number;
  text: string;
}

export type WorkerRequest = ExtractRequest | ReextractRequest | AckRequest;

export type WorkerResponse =
  | { type: 'result'; id: number; result: Extraction<PreparedDocument> }
  /** A page of a scan recognised: sent while the file is still being read. */
  | { type: 'progress'; id: number; pagesDone: number; pagesTotal: number }
  /** OCR is loading or recognising a page: the file is being read, not stuck (re-arms the watchdog). */
  | { type: 'alive'; id: number }
  | { type: 'reextracted'; id: number; result: Extraction<ExtractedDocument> }
  /** A document read in slices: everything but its records, before the first slice. */
  | { type: 'head'; id: number; document: PreparedDocument }
  /** The records of the next slice of the document, and how far the reading is. */
  | { type: 'slice'; id: number; slice: ExtractedSlice };
