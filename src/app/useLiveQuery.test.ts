import Dexie from 'dexie';
import { effectScope, ref } from 'vue';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeIndexedDB, openTestDb as openDb } from '../db/testing/fake-db';
import { useLiveQuery } from './useLiveQuery';

// liveQuery runs only where Dexie sees an IndexedDB (none is global in Node).
const options = fakeIndexedDB();
beforeAll(() => {
  Object.assign(Dexie.dependencies, { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange });
});
let dbs = 0;
const openTestDb = () => openDb({ ...options }, `live-${dbs++}`);

function region(i: number) {
  return { id: `r${i}`, name: `地区${i}`, aliases: [], createdAt: '2026-01-01T00:00:00.000Z' };
}

describe('useLiveQuery', () => {
  it('follows every change without a throttle', async () => {
    const db = openTestDb();
    const scope = effectScope();
    const count = scope.run(() => useLiveQuery(() => db.regions.count(), -1))!;
    await vi.waitFor(() => expect(count.value).toBe(0));
    await db.regions.add(region(1));
    await vi.waitFor(() => expect(count.value).toBe(1));
    scope.stop();
  });

  it('with a throttle, reads far less often than the store changes and still ends on the last state', async () => {
    const db = openTestDb();
    let runs = 0;
    const scope = effectScope();
    const count = scope.run(() =>
      useLiveQuery(
        () => {
          runs++;
          return db.regions.count();
        },
        -1,
        { throttleMs: 300 },
      ),
    )!;
    await vi.waitFor(() => expect(count.value).toBe(0));
    runs = 0;
    for (let i = 0; i < 30; i++) await db.regions.add(region(i));
    expect(runs).toBeLessThan(10);
    await vi.waitFor(() => expect(count.value).toBe(30), { timeout: 2000 });
    // Quiet again: it watches as before.
    await db.regions.add(region(99));
    await vi.waitFor(() => expect(count.value).toBe(31), { timeout: 2000 });
    scope.stop();
    await db.regions.add(region(100));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(count.value).toBe(31);
  });

  it('reads less often as the result grows, and at once when told to start again (the end of an import)', async () => {
    const db = openTestDb();
    const importing = ref(true);
    const scope = effectScope();
    // While importing, a result of n rows is followed by a quiet window of n seconds.
    const count = scope.run(() =>
      useLiveQuery(() => db.regions.count(), -1, {
        throttleMs: (n) => (importing.value ? Math.max(20, 1000 * n) : 20),
        restartWhen: () => importing.value,
      }),
    )!;
    await vi.waitFor(() => expect(count.value).toBe(0));
    await db.regions.add(region(0));
    await vi.waitFor(() => expect(count.value).toBe(1), { timeout: 1000 });
    for (let i = 1; i < 30; i++) await db.regions.add(region(i));
    await new Promise((resolve) => setTimeout(resolve, 150));
    // One row read: quiet for a second, so the 29 rows added since are not read yet.
    expect(count.value).toBe(1);
    // The import ends: the last state is read at once, not after the window.
    importing.value = false;
    await vi.waitFor(() => expect(count.value).toBe(30), { timeout: 500 });
    scope.stop();
  });
});
