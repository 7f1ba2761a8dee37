import { describe, expect, it } from 'vitest';
import { type BatchProgress, type ImportFile, runImport } from './pipeline';

const file = (name: string, size = 10): ImportFile => ({ name, bytes: new Uint8Array(size) });

describe('runImport', () => {
  it('imports the good files of a batch and reports each bad one with its code', async () => {
    const saved: string[] = [];
    const result = await runImport([file('a.txt'), file('bad.txt'), file('c.txt')], {
      extract: async (f) => (f.name === 'bad.txt' ? { ok: false, code: 'binary-file', detail: 'NUL bytes' } : { ok: true, value: f.name }),
      save: async (_f, v) => {
        saved.push(v);
        return { ok: true, value: { documentId: `id-${v}`, duplicate: false } };
      },
    });
    expect(saved).toEqual(['a.txt', 'c.txt']);
    expect(result.files.map((f) => [f.name, f.stage, f.code ?? null])).toEqual([
      ['a.txt', 'done', null],
      ['bad.txt', 'failed', 'binary-file'],
      ['c.txt', 'done', null],
    ]);
    expect(result.filesDone).toBe(3);
  });

  it('reports files and bytes done as it goes', async () => {
    const seen: BatchProgress[] = [];
    await runImport([file('a.txt', 100), file('b.txt', 300)], {
      extract: async () => ({ ok: true, value: 1 }),
      save: async () => ({ ok: true, value: { documentId: 'x', duplicate: false } }),
      onProgress: (p) => seen.push(p),
    });
    const bytes = seen.map((p) => p.bytesDone);
    expect(bytes[0]).toBe(0);
    expect(bytes).toContain(100);
    expect(bytes[bytes.length - 1]).toBe(400);
    expect(seen.every((p) => p.bytesTotal === 400 && p.filesTotal === 2)).toBe(true);
    expect(seen.some((p) => p.files[1]?.stage === 'reading')).toBe(true);
  });

  it('moves the bytes done within a large file as its slices are stored', async () => {
    const seen: BatchProgress[] = [];
    await runImport([file('small.txt', 100), file('large.txt', 1000)], {
      extract: async (f, _onPage, onPart) => {
        if (f.name === 'large.txt') for (const share of [0.25, 0.5, 1]) onPart?.(share);
        return { ok: true, value: 1 };
      },
      save: async () => ({ ok: true, value: { documentId: 'x', duplicate: false } }),
      onProgress: (p) => seen.push(p),
    });
    const bytes = seen.map((p) => p.bytesDone);
    // The large file is read while the small one is saved: a quarter, half and all of its 1,000 bytes show.
    expect(bytes).toEqual(expect.arrayContaining([250, 500]));
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(seen.some((p) => p.files[1]?.stage === 'reading' && p.files[1].partDone === 0.5)).toBe(true);
    expect(seen.at(-1)?.bytesDone).toBe(1100);
  });

  it('marks a file with the same content as a duplicate', async () => {
    const result = await runImport([file('a.txt')], {
      extract: async () => ({ ok: true, value: 1 }),
      save: async () => ({ ok: true, value: { documentId: 'x', duplicate: true } }),
    });
    expect(result.files[0]?.stage).toBe('duplicate');
  });

  it('stops before the next file when cancelled and saves nothing after', async () => {
    const controller = new AbortController();
    const saved: string[] = [];
    const result = await runImport([file('a.txt'), file('b.txt'), file('c.txt')], {
      extract: async (f) => {
        if (f.name === 'a.txt') controller.abort();
        return { ok: true, value: f.name };
      },
      save: async (_f, v) => {
        saved.push(v);
        return { ok: true, value: { documentId: v, duplicate: false } };
      },
      signal: controller.signal,
    });
    expect(saved).toEqual([]);
    expect(result.files.map((f) => f.stage)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });

  it('turns a storage failure into a failed file and goes on', async () => {
    const result = await runImport([file('a.txt'), file('b.txt')], {
      extract: async () => ({ ok: true, value: 1 }),
      save: async (f) => (f.name === 'a.txt' ? { ok: false, code: 'quota-exceeded' } : { ok: true, value: { documentId: 'b', duplicate: false } }),
    });
    expect(result.files.map((f) => [f.stage, f.code ?? null])).toEqual([
      ['failed', 'quota-exceeded'],
      ['done', null],
    ]);
  });

  it('extracts the next file while the current one is being saved, and still saves in order', async () => {
    const events: string[] = [];
    const result = await runImport([file('a.txt'), file('b.txt'), file('c.txt')], {
      extract: async (f) => {
        events.push(`extract ${f.name}`);
        return { ok: true, value: f.name };
      },
      save: async (_f, v) => {
        events.push(`save ${v}`);
        // Saving takes a while; the next file's extraction should not wait for it.
        if (v === 'a.txt') await new Promise((resolve) => setTimeout(resolve, 0));
        events.push(`saved ${v}`);
        return { ok: true, value: { documentId: v, duplicate: false } };
      },
    });
    expect(events.indexOf('extract b.txt')).toBeLessThan(events.indexOf('saved a.txt'));
    expect(events.filter((e) => e.startsWith('saved'))).toEqual(['saved a.txt', 'saved b.txt', 'saved c.txt']);
    expect(result.files.map((f) => f.stage)).toEqual(['done', 'done', 'done']);
  });

  it('reports a large batch at the pace asked for, always with the final state', async () => {
    const seen: BatchProgress[] = [];
    const files = Array.from({ length: 50 }, (_, i) => file(`${i}.txt`));
    await runImport(files, {
      extract: async () => ({ ok: true, value: 1 }),
      save: async () => ({ ok: true, value: { documentId: 'x', duplicate: false } }),
      onProgress: (p) => seen.push(p),
      progressEveryMs: 60_000,
    });
    expect(seen).toHaveLength(2);
    expect(seen[1]?.filesDone).toBe(50);
    expect(seen[1]?.files.every((f) => f.stage === 'done')).toBe(true);
  });

  it('reads a lazy file only when its turn comes, and names a file that cannot be read', async () => {
    const events: string[] = [];
    const lazy = (name: string, fail = false) => ({
      name,
      size: 5,
      read: async () => {
        events.push(`read ${name}`);
        if (fail) throw new Error('gone');
        return new Uint8Array(5);
      },
    });
    const result = await runImport([lazy('a.txt'), lazy('b.txt', true), lazy('c.txt'), lazy('d.txt')], {
      extract: async (f) => ({ ok: true, value: f.name }),
      save: async (_f, v) => {
        events.push(`save ${v}`);
        return { ok: true, value: { documentId: v, duplicate: false } };
      },
    });
    // At most one file is read ahead of the one being saved.
    expect(events.indexOf('read d.txt')).toBeGreaterThan(events.indexOf('save a.txt'));
    expect(result.files.map((f) => [f.stage, f.code ?? null])).toEqual([
      ['done', null],
      ['failed', 'unreadable'],
      ['done', null],
      ['done', null],
    ]);
    expect(result.bytesTotal).toBe(20);
    expect(result.bytesDone).toBe(20);
  });

  it('saves small files together, in order, and a file saved alone after those read before it', async () => {
    const events: string[] = [];
    const names = ['a', 'b', 'c', 'big', 'd', 'e'].map((n) => `${n}.txt`);
    const result = await runImport(names.map((n) => file(n, n === 'big.txt' ? 1000 : 10)), {
      extract: async (f) => ({ ok: true, value: f.name }),
      save: async (_f, v) => {
        events.push(`alone ${v}`);
        return { ok: true, value: { documentId: v, duplicate: false } };
      },
      batchable: (f) => f.bytes.length < 100,
      batchFiles: 2,
      saveBatch: async (items) => {
        events.push(`batch ${items.map((i) => i.value).join(' ')}`);
        return items.map(({ value }) => (value === 'd.txt' ? { ok: false, code: 'quota-exceeded' } : { ok: true, value: { documentId: value, duplicate: value === 'e.txt' } }));
      },
    });
    expect(events).toEqual(['batch a.txt b.txt', 'batch c.txt', 'alone big.txt', 'batch d.txt e.txt']);
    expect(result.files.map((f) => [f.stage, f.code ?? null])).toEqual([
      ['done', null],
      ['done', null],
      ['done', null],
      ['done', null],
      ['failed', 'quota-exceeded'],
      ['duplicate', null],
    ]);
    expect(result.filesDone).toBe(6);
    expect(result.bytesDone).toBe(1050);
  });

  it('saves the files waiting in a batch when the next one is slow to read', async () => {
    const events: string[] = [];
    await runImport([file('a.txt'), file('slow.txt')], {
      extract: async (f) => {
        if (f.name === 'slow.txt') await new Promise((resolve) => setTimeout(resolve, 200));
        events.push(`read ${f.name}`);
        return { ok: true, value: f.name };
      },
      save: async () => ({ ok: true, value: { documentId: 'x', duplicate: false } }),
      saveBatch: async (items) => {
        events.push(`batch ${items.map((i) => i.value).join(' ')}`);
        return items.map(() => ({ ok: true, value: { documentId: 'x', duplicate: false } }));
      },
      batchWaitMs: 20,
    });
    expect(events).toEqual(['read a.txt', 'batch a.txt', 'read slow.txt', 'batch slow.txt']);
  });

  it('reads the next files while a batch is being saved, saves the batches in order, and holds at most two', async () => {
    const events: string[] = [];
    const saves: Array<() => void> = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => `${n}.txt`);
    const run = runImport(names.map((n) => file(n)), {
      extract: async (f) => {
        events.push(`read ${f.name}`);
        return { ok: true, value: f.name };
      },
      save: async () => ({ ok: true, value: { documentId: 'x', duplicate: false } }),
      saveBatch: async (items) => {
        events.push(`batch ${items.map((i) => i.value).join(' ')}`);
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        // Each save ends only when the test lets it: IndexedDB still writing.
        await new Promise<void>((resolve) => saves.push(resolve));
        inFlight--;
        events.push(`saved ${items.map((i) => i.value).join(' ')}`);
        return items.map(({ value }) => ({ ok: true, value: { documentId: value, duplicate: false } }));
      },
      batchFiles: 2,
    });
    // The first batch is being saved; the files after it are read meanwhile, up to the next full batch.
    await new Promise((resolve) => setTimeout(resolve, 20));
    // (c.txt is already being read when the save starts, so the two may come in either order.)
    expect([...events].sort()).toEqual(['batch a.txt b.txt', 'read a.txt', 'read b.txt', 'read c.txt', 'read d.txt', 'read e.txt']);
    expect(events.slice(0, 2)).toEqual(['read a.txt', 'read b.txt']);
    while (saves.length > 0 || inFlight > 0) {
      saves.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const result = await run;
    expect(mostInFlight).toBe(1);
    expect(events.filter((e) => e.startsWith('saved'))).toEqual(['saved a.txt b.txt', 'saved c.txt d.txt', 'saved e.txt f.txt', 'saved g.txt']);
    expect(result.files.map((f) => [f.name, f.stage, f.documentId])).toEqual(names.map((n) => [n, 'done', n]));
    expect(result.filesDone).toBe(7);
  });

  it('leaves the files waiting in a batch unsaved when cancelled', async () => {
    const controller = new AbortController();
    const saved: string[] = [];
    const result = await runImport([file('a.txt'), file('b.txt'), file('c.txt')], {
      extract: async (f) => {
        if (f.name === 'b.txt') controller.abort();
        return { ok: true, value: f.name };
      },
      save: async () => ({ ok: true, value: { documentId: 'x', duplicate: false } }),
      saveBatch: async (items) => {
        saved.push(...items.map((i) => i.value));
        return items.map(() => ({ ok: true, value: { documentId: 'x', duplicate: false } }));
      },
      signal: controller.signal,
    });
    expect(saved).toEqual([]);
    expect(result.files.map((f) => f.stage)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });

  it('fails every file of a batch whose save throws, and goes on', async () => {
    let calls = 0;
    const result = await runImport([file('a.txt'), file('b.txt'), file('c.txt')], {
      extract: async (f) => ({ ok: true, value: f.name }),
      save: async () => ({ ok: true, value: { documentId: 'x', duplicate: false } }),
      batchFiles: 2,
      saveBatch: async (items) => {
        if (calls++ === 0) throw new Error('disk gone');
        return items.map(() => ({ ok: true, value: { documentId: 'x', duplicate: false } }));
      },
    });
    expect(result.files.map((f) => [f.stage, f.code ?? null])).toEqual([
      ['failed', 'write-failed'],
      ['failed', 'write-failed'],
      ['done', null],
    ]);
  });
});
