// The app's watchdog: a file the worker never finishes fails as too-slow, the worker is ended, and the next file
// is read by a fresh one.
import { describe, expect, it } from 'vitest';
import { ExtractionWorker } from './worker-client';
import type { WorkerRequest, WorkerResponse } from '../workers/protocol';

/** A stand-in for the Web Worker: answers at once, except on a file named hang.txt, where it spins for ever. */
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
});
