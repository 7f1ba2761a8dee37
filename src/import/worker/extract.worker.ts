// The extraction worker: reading, decoding, normalising and extracting run here so the window never freezes. A large
// document is read in slices and stored by the worker itself (./store.ts), so its hundreds of thousands of records
// never cross to the window; a cancel (the window ends the worker) lands between two slices, and the transaction
// in flight is rolled back with it.
import { extractText } from '../../core/extract/extract';
import { prepareDocument } from '../prepare';
import type { ExtractRequest, WorkerRequest, WorkerResponse } from './protocol';
import { storeInSlices } from './store';

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerResponse): void };

async function extract(req: ExtractRequest): Promise<WorkerResponse> {
  const failed = (error: unknown) => ({ ok: false as const, code: 'extract-failed', detail: String(error) });
  try {
    const ocr = req.ocr && {
      ...req.ocr,
      onPage: (pagesDone: number, pagesTotal: number) => scope.postMessage({ type: 'progress', id: req.id, pagesDone, pagesTotal }),
      onActivity: () => scope.postMessage({ type: 'alive', id: req.id }),
    };
    const bytes = new Uint8Array(req.bytes);
    const options = { pdf: req.pdf, ocr };
    if (!req.store) return { type: 'result', id: req.id, result: await prepareDocument(req.name, bytes, options) };
    try {
      const progress = {
        staged: (documentId: string) => scope.postMessage({ type: 'staged', id: req.id, documentId }),
        part: (done: number) => scope.postMessage({ type: 'part', id: req.id, done }),
      };
      return { type: 'stored', id: req.id, result: await storeInSlices(req.store.dbName, req.name, bytes, progress, { ...options, sliceChars: req.store.sliceChars }) };
    } catch (error) {
      return { type: 'stored', id: req.id, result: failed(error) };
    }
  } catch (error) {
    return { type: 'result', id: req.id, result: failed(error) };
  }
}

async function handle(req: WorkerRequest): Promise<WorkerResponse> {
  if (req.type === 'reextract') {
    try {
      return { type: 'reextracted', id: req.id, result: { ok: true, value: extractText(req.text) } };
    } catch (error) {
      return { type: 'reextracted', id: req.id, result: { ok: false, code: 'extract-failed', detail: String(error) } };
    }
  }
  return extract(req);
}

scope.onmessage = async (event) => {
  scope.postMessage(await handle(event.data));
};
