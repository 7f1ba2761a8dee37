// The window's side of the extraction worker: one request at a time, and a cancel that ends the worker at once.
import type { PreparedDocument } from './prepare';
import type { Extraction, ImportFile } from './pipeline';
import type { PdfOptions } from './readers';
import type { ExtractRequest, ExtractResponse } from '../workers/protocol';

export class ExtractionWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: Extraction<PreparedDocument>) => void; reject: (e: Error) => void }>();

  constructor(private readonly pdf: PdfOptions) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../workers/extract.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ExtractResponse>) => {
      const waiting = this.pending.get(e.data.id);
      this.pending.delete(e.data.id);
      waiting?.resolve(e.data.result);
    };
    worker.onerror = (e) => this.fail(new Error(e.message || 'worker error'));
    this.worker = worker;
    return worker;
  }

  extract(file: ImportFile): Promise<Extraction<PreparedDocument>> {
    const worker = this.ensure();
    const id = this.nextId++;
    // The worker gets its own copy to own; the caller's bytes stay usable.
    const bytes = file.bytes.slice().buffer;
    const req: ExtractRequest = { type: 'extract', id, name: file.name, bytes, pdf: this.pdf };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage(req, [bytes]);
    });
  }

  /** Ends the worker mid-file; what it was reading is dropped, and the next extract starts a fresh worker. */
  cancel(): void {
    this.fail(new Error('cancelled'));
  }

  private fail(error: Error): void {
    this.worker?.terminate();
    this.worker = null;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
