import { describe, expect, it } from 'vitest';
import { ReportCancelled, startReport, type ReportProgress } from './client';
import type { ReportRequest, ReportResponse } from './protocol';

/** A stand-in for the Web Worker: records what the window sent and whether it was ended; `reply` answers as the worker. */
function fakeWorker() {
  const fake = {
    sent: [] as ReportRequest[],
    terminated: false,
    onmessage: null as ((e: MessageEvent<ReportResponse>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    postMessage(m: ReportRequest) {
      fake.sent.push(m);
    },
    terminate() {
      fake.terminated = true;
    },
    reply(m: ReportResponse) {
      fake.onmessage?.({ data: m } as MessageEvent<ReportResponse>);
    },
  };
  return fake;
}

const REQUEST = { format: 'docx' as const, locale: 'zh-CN' as const, regions: [], effective: [], benchmarks: [], documents: new Map(), annotations: [], date: '2026-12-06', author: null, version: '1' };

describe('the report worker client', () => {
  it('sends one build request, relays progress and resolves with the file the worker made', async () => {
    const fake = fakeWorker();
    const seen: ReportProgress[] = [];
    const job = startReport(REQUEST, (p) => seen.push(p), () => fake as unknown as Worker);
    expect(fake.sent).toEqual([{ type: 'build', ...REQUEST }]);
    fake.reply({ type: 'progress', done: 0, total: 2 });
    fake.reply({ type: 'progress', done: 1, total: 2 });
    fake.reply({ type: 'done', data: new Uint8Array([1, 2]), figures: 2, ms: 5 });
    await expect(job.result).resolves.toEqual({ data: new Uint8Array([1, 2]), figures: 2, ms: 5 });
    expect(seen).toEqual([
      { done: 0, total: 2 },
      { done: 1, total: 2 },
    ]);
  });

  it('ends the worker at once on cancel, and a late answer changes nothing', async () => {
    const fake = fakeWorker();
    const job = startReport(REQUEST, () => {}, () => fake as unknown as Worker);
    fake.reply({ type: 'progress', done: 1, total: 9 });
    job.cancel();
    expect(fake.terminated).toBe(true);
    await expect(job.result).rejects.toBeInstanceOf(ReportCancelled);
    fake.reply({ type: 'done', data: new Uint8Array([1]), figures: 1, ms: 1 });
  });

  it('fails with the worker’s reason and ends it', async () => {
    const fake = fakeWorker();
    const job = startReport(REQUEST, () => {}, () => fake as unknown as Worker);
    fake.reply({ type: 'failed', message: 'out of memory' });
    await expect(job.result).rejects.toThrow('out of memory');
    expect(fake.terminated).toBe(true);
  });
});
