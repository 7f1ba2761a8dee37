// The extraction worker: reading, decoding, normalising and extracting run here so the window never freezes.
import { prepareDocument } from '../import/prepare';
import type { ExtractRequest, ExtractResponse } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ExtractRequest>) => void) | null; postMessage(m: ExtractResponse): void };

scope.onmessage = async (event) => {
  const req = event.data;
  if (req.type !== 'extract') return;
  let response: ExtractResponse;
  try {
    response = { type: 'result', id: req.id, result: await prepareDocument(req.name, new Uint8Array(req.bytes), { pdf: req.pdf }) };
  } catch (error) {
    response = { type: 'result', id: req.id, result: { ok: false, code: 'extract-failed', detail: String(error) } };
  }
  scope.postMessage(response);
};
