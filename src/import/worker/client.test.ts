// The app's watchdog: a file the worker never finishes fails as too-slow, the worker is ended, and the next file
// is read by a fresh one.
import { describe, expect, it } from 'vitest';
import { ExtractionWorker } from './client';
import type { WorkerRequest, WorkerResponse } from './protocol';

/**
 * A stand-in for the Web Worker: answers at once, except on a file named hang.txt, where it spins for ever, and
 * slow-scan.pdf, where OCR reports it is working every 20 ms for 200 ms before the answer.
 */
class FakeWorker {
  static made: FakeWorker[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(req: WorkerRequest): void {
    if (req.type === 'extract' && req.name === 'hang.txt') return;
    const result0 = { ok: false as const, code: 'empty-file', detail: req.type === 'extract' ? req.name : '' };
    if (req.type === 'extract' && req.name === 'slow-scan.pdf') {
      let beats = 0;
      const timer = setInterval(() => {
        if (++beats < 10) return this.onmessage?.({ data: { type: 'alive', id: req.id } } as MessageEvent<WorkerResponse>);
        clearInterval(timer);
        this.onmessage?.({ data: { type: 'result', id: req.id, result: result0 } } as MessageEvent<WorkerResponse>);
      }, 20);
      return;
    }
    const result = { ok: false as const, code: 'empty-file', detail: req.type === 'extract' ? req.name : '' };
    queueMicrotask(() => this.onmessage?.({ data: { type: 'result', id: req.id, result } } as MessageEvent<WorkerResponse>));
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('ExtractionWorker watchdog', () => {
  it('fails a file past the time budget as too-slow, ends that worker and reads the next file with a fresh one', async () => {
    FakeWorker.made = [];
    const client = new ExtractionWorker({}, null, 50, () => new FakeWorker() as unknown as Worker);
    const bytes = new Uint8Array([1]);
    expect(await client.extract({ name: 'a.txt', bytes })).toMatchObject({ ok: false, code: 'empty-file', detail: 'a.txt' });
    const started = Date.now();
    expect(await client.extract({ name: 'hang.txt', bytes })).toEqual({ ok: false, code: 'too-slow', detail: 'more than 0.05 s' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    expect(await client.extract({ name: 'b.txt', bytes })).toMatchObject({ ok: false, code: 'empty-file', detail: 'b.txt' });
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1]?.terminated).toBe(false);
  });

  it('does not cut off a scan whose OCR keeps reporting progress, though it takes four times the budget', async () => {
    FakeWorker.made = [];
    const client = new ExtractionWorker({}, null, 50, () => new FakeWorker() as unknown as Worker);
    const started = Date.now();
    expect(await client.extract({ name: 'slow-scan.pdf', bytes: new Uint8Array([1]) })).toMatchObject({ code: 'empty-file', detail: 'slow-scan.pdf' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(FakeWorker.made[0]?.terminated).toBe(false);
  });
});
