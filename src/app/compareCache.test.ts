// Compare opened again on an unchanged store reads nothing and gets the same objects (so nothing is recomputed);
// any committed change, even one made while a read was under way, makes the next opening read the store again.
import { describe, expect, it } from 'vitest';
import { saveExtraction } from '../db/documents';
import { openTestDb } from '../db/testing/fake-db';
import { sampleInput } from '../db/testing/samples';
import { cachedQuery, clearCompareCache, memoLast, peekCached, storeVersion } from './compareCache';

describe('compareCache', () => {
  it('answers from memory until the store changes, then reads again', async () => {
    clearCompareCache();
    const db = openTestDb();
    let reads = 0;
    let touches = 0;
    const query = cachedQuery(
      'test:documents',
      async () => {
        reads++;
        return db.documents.toArray();
      },
      async () => {
        touches++;
        return db.documents.count();
      },
    );
    await db.open();
    storeVersion();
    const first = await query();
    expect(first).toEqual([]);
    expect(await query()).toBe(first);
    expect(peekCached('test:documents')).toBe(first);
    expect([reads, touches]).toEqual([1, 1]);

    await saveExtraction(db, await sampleInput('a plan'));
    expect(peekCached('test:documents')).toBeUndefined();
    const second = await query();
    expect(second).toHaveLength(1);
    expect(reads).toBe(2);
    expect(await query()).toBe(second);
  });

  it('never keeps a value read while a change was committed', async () => {
    clearCompareCache();
    const db = openTestDb();
    const query = cachedQuery(
      'test:racy',
      async () => {
        const rows = await db.documents.toArray();
        // A change commits after the read and before its result is kept.
        await saveExtraction(db, await sampleInput(`plan ${Math.random()}`));
        return rows;
      },
      () => db.documents.count(),
    );
    await db.open();
    storeVersion();
    await query();
    expect(peekCached('test:racy')).toBeUndefined();
  });

  it('memoLast gives the last result again for the same arguments only', () => {
    let calls = 0;
    const f = memoLast((a: object, b: string) => ({ a, b, n: ++calls }));
    const a = {};
    const r = f(a, 'x');
    expect(f(a, 'x')).toBe(r);
    expect(f({}, 'x')).not.toBe(r);
    expect(calls).toBe(2);
  });
});
