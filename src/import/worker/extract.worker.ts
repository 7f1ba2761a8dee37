// The extraction worker: reading, decoding, normalising and extracting run here so the window never freezes.
import { extractText } from '../../core/extract/extract';
import { prepareDocument } from '../prepare';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerResponse): void };

async function handle(req: WorkerRequest): Promise<WorkerResponse> {
  if (req.type === 'reextract') {
    try {
      return { type: 'reextracted', id: req.id, result: { ok: true, value: extractText(req.text) } };
    } catch (error) {
      return { type: 'reextracted', id: req.id, result: { ok: false, code: 'extract-failed', detail: String(error) } };
    }
  }
  try {
    const ocr = req.ocr && {
      ...req.ocr,
      onPage: (pagesDone: number, pagesTotal: number) => scope.postMessage({ type: 'progress', id: req.id, pagesDone, pagesTotal }),
      onActivity: () => scope.postMessage({ type: 'alive', id: req.id }),
    };
    return { type: 'result', id: req.id, result: await prepareDocument(req.name, new Uint8Array(req.bytes), { pdf: req.pdf, ocr }) };
  } catch (error) {
    return { type: 'result', id: req.id, result: { ok: false, code: 'extract-failed', detail: String(error) } };
  }
}

scope.onmessage = async (event) => {
  scope.postMessage(await handle(event.data));
};
