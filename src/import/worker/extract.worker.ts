// The extraction worker: reading, decoding, normalising and extracting run here so the window never freezes. A large
// document is read in slices: each is sent once the window has stored the one before (an `ack`), so neither side
// holds all its records, and a cancel (the window ends the worker) lands between two slices.
import { extractText } from '../../core/extract/extract';
import type { ExtractedSlice } from '../../core/extract/slices';
import { prepareDocument, prepareDocumentInSlices, type PreparedDocument } from '../prepare';
import type { ExtractRequest, WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerResponse): void };

/** Waiting for the window to acknowledge what was sent last: the request's id → its resolver. */
const acks = new Map<number, (stop: boolean) => void>();

function acknowledged(id: number): Promise<boolean> {
  return new Promise((resolve) => acks.set(id, resolve));
}

async function extract(req: ExtractRequest): Promise<WorkerResponse> {
  try {
    const ocr = req.ocr && {
      ...req.ocr,
      onPage: (pagesDone: number, pagesTotal: number) => scope.postMessage({ type: 'progress', id: req.id, pagesDone, pagesTotal }),
      onActivity: () => scope.postMessage({ type: 'alive', id: req.id }),
    };
    const bytes = new Uint8Array(req.bytes);
    const options = { pdf: req.pdf, ocr };
    if (req.sliceChars === undefined) return { type: 'result', id: req.id, result: await prepareDocument(req.name, bytes, options) };
    const sink = {
      head: async (document: PreparedDocument) => {
        const ack = acknowledged(req.id);
        scope.postMessage({ type: 'head', id: req.id, document });
        return !(await ack);
      },
      slice: async (slice: ExtractedSlice) => {
        const ack = acknowledged(req.id);
        scope.postMessage({ type: 'slice', id: req.id, slice });
        await ack;
      },
    };
    return { type: 'result', id: req.id, result: await prepareDocumentInSlices(req.name, bytes, sink, { ...options, sliceChars: req.sliceChars }) };
  } catch (error) {
    return { type: 'result', id: req.id, result: { ok: false, code: 'extract-failed', detail: String(error) } };
  }
}

async function handle(req: ExtractRequest | Extract<WorkerRequest, { type: 'reextract' }>): Promise<WorkerResponse> {
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
  const req = event.data;
  if (req.type === 'ack') {
    const resolve = acks.get(req.id);
    acks.delete(req.id);
    resolve?.(req.stop);
    return;
  }
  scope.postMessage(await handle(req));
};
