// The window's side of the report worker: one report per worker, progress as it goes, and a cancel that ends the worker
// at once (terminate), so nothing of a cancelled report is left running or half-saved.
import type { ReportRequest, ReportResponse } from './protocol';

export interface ReportProgress {
  done: number;
  total: number;
}

export interface ReportJob {
  /** The file's bytes (DOCX, or HTML in UTF-8). Rejects with an Error when the build failed or was cancelled. */
  result: Promise<{ data: Uint8Array; figures: number; ms: number }>;
  cancel(): void;
}

export class ReportCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ReportCancelled';
  }
}

function moduleWorker(): Worker {
  return new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts building a report in a fresh worker. */
export function startReport(request: Omit<ReportRequest, 'type'>, onProgress: (p: ReportProgress) => void, create: () => Worker = moduleWorker): ReportJob {
  const worker = create();
  let settle: { resolve: (v: { data: Uint8Array; figures: number; ms: number }) => void; reject: (e: Error) => void } | null = null;
  const result = new Promise<{ data: Uint8Array; figures: number; ms: number }>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: { ok: true; value: { data: Uint8Array; figures: number; ms: number } } | { ok: false; error: Error }) => {
    // A finished worker has closed itself; a cancelled or failed one is ended here.
    if (!outcome.ok) worker.terminate();
    const s = settle;
    settle = null;
    if (!s) return;
    if (outcome.ok) s.resolve(outcome.value);
    else s.reject(outcome.error);
  };
  worker.onmessage = (e: MessageEvent<ReportResponse>) => {
    const m = e.data;
    if (m.type === 'progress') onProgress({ done: m.done, total: m.total });
    else if (m.type === 'done') finish({ ok: true, value: { data: m.data, figures: m.figures, ms: m.ms } });
    else finish({ ok: false, error: new Error(m.message) });
  };
  worker.onerror = (e) => finish({ ok: false, error: new Error(e.message || 'worker error') });
  worker.postMessage({ type: 'build', ...request } satisfies ReportRequest);
  return { result, cancel: () => finish({ ok: false, error: new ReportCancelled() }) };
}
