// The window's side of the extraction worker: requests by id, a cancel that ends the worker at once, and a
// watchdog: a file still being read after the time budget ends the worker, fails as `too-slow`, and the next
// file gets a fresh worker.
import type { ExtractedDocument } from '../../core/extract/extract';
import { DEFAULT_BUDGETS } from '../budgets';
import type { PreparedDocument, SliceSink } from '../prepare';
import type { Extraction, ImportFile } from '../pipeline';
import type { OcrPaths, PdfOptions } from '../readers';
import type { WorkerRequest, WorkerResponse } from './protocol';

type Result = Extract<WorkerResponse, { result: unknown }>['result'];
type Waiting = { resolve: (r: Result) => void; reject: (e: Error) => void; onPage?: PageProgress; alive?: () => void; sink?: SliceSink };
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
      if (e.data.type === 'head' || e.data.type === 'slice') {
        this.received(e.data);
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

  /**
   * A head or a slice of a document read in slices: handed to its sink, then acknowledged so the worker sends the
   * next. A sink that fails (the store refused a write) ends the worker and fails the request with its error.
   */
  private received(message: Extract<WorkerResponse, { type: 'head' | 'slice' }>): void {
    const waiting = this.pending.get(message.id);
    if (!waiting?.sink) return;
    waiting.alive?.();
    const worker = this.worker;
    const stored = message.type === 'head' ? waiting.sink.head(message.document) : waiting.sink.slice(message.slice).then(() => true);
    stored.then(
      (wanted) => {
        // Cancelled meanwhile: the worker is gone, nothing to acknowledge.
        if (this.pending.get(message.id) !== waiting || this.worker !== worker) return;
        waiting.alive?.();
        worker?.postMessage({ type: 'ack', id: message.id, stop: !wanted } satisfies WorkerRequest);
      },
      (error: unknown) => {
        if (this.pending.get(message.id) === waiting) this.fail(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }

  private request(req: WorkerRequest, transfer: Transferable[] = [], onPage?: PageProgress, sink?: SliceSink): Promise<Result> {
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
      this.pending.set(req.id, { resolve: settle(resolve), reject: settle(reject), onPage: pageDone, alive: arm, ...(sink ? { sink } : {}) });
      worker.postMessage(req, transfer);
    });
  }

  /**
   * Reads one file. With `sliced`, the document is read in slices of `sliceChars`: its head and each slice go to
   * the sink as they come (the next is sent once the sink's promise settles) and the result holds no targets.
   */
  async extract(file: ImportFile, onPage?: PageProgress, sliced?: { sink: SliceSink; sliceChars: number }): Promise<Extraction<PreparedDocument>> {
    // The worker gets its own copy to own; the caller's bytes stay usable.
    const bytes = file.bytes.slice().buffer;
    const req = { type: 'extract' as const, id: this.nextId++, name: file.name, bytes, pdf: this.pdf, ocr: this.ocr, ...(sliced ? { sliceChars: sliced.sliceChars } : {}) };
    return (await this.request(req, [bytes], onPage, sliced?.sink)) as Extraction<PreparedDocument>;
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
