// The window's side of the extraction worker: requests by id, a cancel that ends the worker at once, and a
// watchdog: a file still being read after the time budget ends the worker, fails as `too-slow`, and the next
// file gets a fresh worker.
import type { ExtractedDocument } from '../../core/extract/extract';
import { DEFAULT_BUDGETS } from '../budgets';
import type { PreparedDocument } from '../prepare';
import type { Extraction, ImportFile } from '../pipeline';
import type { OcrPaths, PdfOptions } from '../readers';
import type { WorkerRequest, WorkerResponse } from './protocol';

type Result = Extract<WorkerResponse, { result: unknown }>['result'];
type Waiting = { resolve: (r: Result) => void; reject: (e: Error) => void; onPage?: PageProgress; alive?: () => void };
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
      this.pending.set(req.id, { resolve: settle(resolve), reject: settle(reject), onPage: pageDone, alive: arm });
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
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiting) w.reject(error);
  }
}
