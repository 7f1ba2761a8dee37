// Messages between the window and the extraction worker.
import type { PreparedDocument } from '../import/prepare';
import type { Extraction } from '../import/pipeline';
import type { PdfOptions } from '../import/readers';

export interface ExtractRequest {
  type: 'extract';
  id: number;
  name: string;
  /** Transferred, not copied. */
  bytes: ArrayBuffer;
  pdf: PdfOptions;
}

export interface ExtractResponse {
  type: 'result';
  id: number;
  result: Extraction<PreparedDocument>;
}
