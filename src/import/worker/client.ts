// The window's side of the extraction worker: requests by id, a cancel that ends the worker at once, and a
// watchdog: a file still being read after the time budget ends the worker, fails as `too-slow`, and the next
// file gets a fresh worker.
import type { ExtractedDocument } from '../../core/extract/extract';
import { DEFAULT_BUDGETS } from '../budgets';
import type { PreparedDocument } from '../prepare';
import type { Extraction, ImportFile } from '../pipeline';
import type { OcrPaths, PdfOptions } from '../readers';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { StoredInWorker } from './store';

type Result = Extract<WorkerResponse, { result: unknown }>['result'];
type Waiting = { resolve: (r: Result) => void; reject: (e: Error) => void; onPage?: PageProgress; alive?: () => void; stored?: StoreCallbacks };
/** A large document the worker stores itself: which document it stages, and the share of it done after each slice. */
export interface StoreCallbacks {
  onStaged(documentId: string): void;
  onPart(done: number): void;
}
/** Pages of a scan recognised so far, and the file's page count. */
export type PageProgress = (pagesDone: number, pagesTotal: number) => void;

function moduleWorker(): Worker {
  return new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
}

export class ExtractionWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Waiting>();

  /**
   * @param ocr where tesseract's files are (null: scans are refused)
   * @param timeMs the time budget of one file (src/import/budgets.ts); each page OCR finishes, and OCR's own
   *   progress while it loads or recognises, starts it again
   * @param create makes the Web Worker (a test gives its own)
   */
  constructor(
    private readonly pdf: PdfOptions,
    private readonly ocr: OcrPaths | null = null,
    private readonly timeMs: number = DEFAULT_BUDGETS.timeMs,
    private readonly create: () => Worker = moduleWorker,
  ) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      if (e.data.type === 'progress') {
        this.pending.get(e.data.id)?.onPage?.(e.data.pagesDone, e.data.pagesTotal);
        return;
      }
      if (e.data.type === 'alive') {
        this.pending.get(e.data.id)?.alive?.();
        return;
      }
      if (e.data.type === 'staged' || e.data.type === 'part') {
        const waiting = this.pending.get(e.data.id);
        waiting?.alive?.();
        if (e.data.type === 'staged') waiting?.stored?.onStaged(e.data.documentId);
        else waiting?.stored?.onPart(e.data.done);
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

  private request(req: WorkerRequest, transfer: Transferable[] = [], onPage?: PageProgress, stored?: StoreCallbacks): Promise<Result> {
    const worker = this.ensure();
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          // Ended mid-file: this request fails as too slow, anything else waiting on the worker fails with it.
          this.pending.delete(req.id);
          this.fail(new Error('the extraction worker was restarted'));
          resolve({ ok: false, code: 'too-slow', detail: `more than ${this.timeMs / 1000} s` });
        }, this.timeMs);
      };
      arm();
      const settle = <T>(fn: (v: T) => void) => (v: T) => {
        clearTimeout(timer);
        fn(v);
      };
      // A page recognised by OCR is progress: the budget is per stretch without any, so a long scan is not cut off.
      const pageDone: PageProgress = (done, total) => {
        arm();
        onPage?.(done, total);
      };
      // So is OCR reporting that it loads or recognises: a slow machine's first page is not cut off either.
      this.pending.set(req.id, { resolve: settle(resolve), reject: settle(reject), onPage: pageDone, alive: arm, ...(stored ? { stored } : {}) });
      worker.postMessage(req, transfer);
    });
  }

  /** Reads one file: the document comes back whole, for the window to store. */
  async extract(file: ImportFile, onPage?: PageProgress): Promise<Extraction<PreparedDocument>> {
    // The worker gets its own copy to own; the caller's bytes stay usable.
    const bytes = file.bytes.slice().buffer;
    const req = { type: 'extract' as const, id: this.nextId++, name: file.name, bytes, pdf: this.pdf, ocr: this.ocr };
    return (await this.request(req, [bytes], onPage)) as Extraction<PreparedDocument>;
  }

  /**
   * Reads a large file in slices of `sliceChars` and has the worker store it in the database `dbName` as it reads
   * (src/import/worker/store.ts): the window gets the stored document's id, never its records.
   */
  async store(file: ImportFile, into: { dbName: string; sliceChars: number }, callbacks: StoreCallbacks, onPage?: PageProgress): Promise<Extraction<StoredInWorker>> {
    const bytes = file.bytes.slice().buffer;
    const req = { type: 'extract' as const, id: this.nextId++, name: file.name, bytes, pdf: this.pdf, ocr: this.ocr, store: into };
    return (await this.request(req, [bytes], onPage, callbacks)) as Extraction<StoredInWorker>;
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
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiting) w.reject(error);
  }
}
