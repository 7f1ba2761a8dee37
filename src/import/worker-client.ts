// The window's side of the extraction worker: requests by id, and a cancel that ends the worker at once.
import type { ExtractedDocument } from '../core/extract';
import type { PreparedDocument } from './prepare';
import type { Extraction, ImportFile } from './pipeline';
import type { OcrPaths, PdfOptions } from './readers';
import type { WorkerRequest, WorkerResponse } from '../workers/protocol';

type Result = Extract<WorkerResponse, { result: unknown }>['result'];
type Waiting = { resolve: (r: Result) => void; reject: (e: Error) => void; onPage?: PageProgress };
/** Pages of a scan recognised so far, and the file's page count. */
export type PageProgress = (pagesDone: number, pagesTotal: number) => void;

export class ExtractionWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Waiting>();

  constructor(
    private readonly pdf: PdfOptions,
    private readonly ocr: OcrPaths | null = null,
  ) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../workers/extract.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      if (e.data.type === 'progress') {
        this.pending.get(e.data.id)?.onPage?.(e.data.pagesDone, e.data.pagesTotal);
        return;
      }
      const waiting = this.pending.get(e.data.id);
      this.pending.delete(e.data.id);
      waiting?.resolve(e.data.result);
    };
    worker.onerror = (e) => this.fail(new Error(e.message || 'worker error'));
    this.worker = worker;
    return worker;
  }

  private request(req: WorkerRequest, transfer: Transferable[] = [], onPage?: PageProgress): Promise<Result> {
    const worker = this.ensure();
    return new Promise((resolve, reject) => {
      this.pending.set(req.id, onPage ? { resolve, reject, onPage } : { resolve, reject });
      worker.postMessage(req, transfer);
    });
  }

  async extract(file: ImportFile, onPage?: PageProgress): Promise<Extraction<PreparedDocument>> {
    // The worker gets its own copy to own; the caller's bytes stay usable.
    const bytes = file.bytes.slice().buffer;
    const req = { type: 'extract' as const, id: this.nextId++, name: file.name, bytes, pdf: this.pdf, ocr: this.ocr };
    return (await this.request(req, [bytes], onPage)) as Extraction<PreparedDocument>;
  }

  async reextract(text: string): Promise<Extraction<ExtractedDocument>> {
    return (await this.request({ type: 'reextract', id: this.nextId++, text })) as Extraction<ExtractedDocument>;
  }

  /** Ends the worker mid-file; what it was reading is dropped, and the next request starts a fresh worker. */
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
