import Dexie from 'dexie';
import { effectScope, ref } from 'vue';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeIndexedDB, openTestDb as openDb } from '../db/testing/fake-db';
import { cellsChanged, cellsOfTab, type CellRow } from '../db/cells';
import { followRead, useLiveQuery } from './useLiveQuery';

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

describe('followRead', () => {
  // Only the fields the read and the tab index look at: enough to see which cells a tab holds.
  const cell = (regionId: string, indicator: string, tab: string, value: number) => ({ regionId, indicator, tab, value }) as unknown as CellRow;

  it("keeps a tab's cells current through every kind of write, watching only the cheap read", async () => {
    const db = openTestDb();
    await db.cells.bulkPut([cell('a', 'x', 'childcare', 1), cell('b', 'x', 'childcare', 2), cell('c', 'y', 'elderly', 3)]);
    let shown: CellRow[] | null = null;
    const stop = followRead(
      () => cellsChanged(db),
      () => cellsOfTab(db, 'childcare'),
      (rows) => (shown = rows),
    );
    const values = () => (shown ?? []).map((c) => `${c.regionId}=${(c as unknown as { value: number }).value}`);
    await vi.waitFor(() => expect(values()).toEqual(['a=1', 'b=2']));
    // A change to a row that is not the one the watched read returns.
    await db.cells.put(cell('b', 'x', 'childcare', 20));
    await vi.waitFor(() => expect(values()).toEqual(['a=1', 'b=20']));
    await db.cells.put(cell('d', 'x', 'childcare', 4));
    await vi.waitFor(() => expect(values()).toEqual(['a=1', 'b=20', 'd=4']));
    await db.cells.where('regionId').equals('a').delete();
    await vi.waitFor(() => expect(values()).toEqual(['b=20', 'd=4']));
    // A cell moving to another tab leaves this one.
    await db.cells.put(cell('d', 'x', 'elderly', 4));
    await vi.waitFor(() => expect(values()).toEqual(['b=20']));
    stop();
    await db.cells.put(cell('e', 'x', 'childcare', 5));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(values()).toEqual(['b=20']);
  });

  it('drops a result that a later one overtook', async () => {
    const db = openTestDb();
    const shown: string[] = [];
    let reads = 0;
    // The first read is slow: it answers only once the second, started by the write below, has answered. Held by a
    // promise, not a timer: an 80 ms timer let a loaded machine start the second read after the first had answered.
    let releaseFirst = (): void => undefined;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstAnswered = false;
    const stop = followRead(
      () => db.regions.count(),
      async () => {
        const n = ++reads;
        if (n === 1) {
          await firstHeld;
          firstAnswered = true;
        }
        return `read ${n}`;
      },
      (value) => shown.push(value),
    );
    await vi.waitFor(() => expect(reads).toBe(1));
    await db.regions.add(region(1));
    await vi.waitFor(() => expect(shown).toEqual(['read 2']));
    releaseFirst();
    await vi.waitFor(() => expect(firstAnswered).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown).toEqual(['read 2']);
    stop();
  });

  it('with `now`, reads at once, before the live query has run, and not a second time when nothing changed', async () => {
    const db = openTestDb();
    await db.cells.bulkPut([cell('a', 'x', 'childcare', 1)]);
    let signals = 0;
    let reads = 0;
    let shown: CellRow[] | null = null;
    const stop = followRead(
      () => {
        signals++;
        return cellsChanged(db);
      },
      () => {
        reads++;
        return cellsOfTab(db, 'childcare');
      },
      (rows) => (shown = rows),
      { now: true },
    );
    // Started in the caller's task: Dexie runs a live query's first query in a setTimeout.
    expect(reads).toBe(1);
    expect(signals).toBe(0);
    await vi.waitFor(() => expect(signals).toBeGreaterThan(0));
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reads).toBe(1);
    // Followed as before.
    await db.cells.put(cell('b', 'x', 'childcare', 2));
    await vi.waitFor(() => expect((shown ?? []).map((c) => c.regionId)).toEqual(['a', 'b']));
    expect(reads).toBe(2);
    stop();
  });

  it('with `now`, ends on the same cells as the live query alone whenever writes come around its start', async () => {
    // Writes at random moments around the start (in the same task, after a microtask, after timers of 0–8 ms) and of
    // random kinds: the read started at once and the one started by the live query end on what the store holds.
    let seed = 18;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const regions = ['a', 'b', 'c', 'd'];
    const tabs = ['childcare', 'elderly'];
    const values = (rows: CellRow[] | null) => (rows ?? []).map((c) => `${c.regionId}/${c.indicator}=${(c as unknown as { value: number }).value}`).join(' ');
    for (let trial = 0; trial < 20; trial++) {
      const db = openTestDb();
      await db.cells.bulkPut(regions.filter(() => random() < 0.6).map((r, i) => cell(r, 'x', pick(tabs), i)));
      let atOnce: CellRow[] | null = null;
      let live: CellRow[] | null = null;
      const stops = [
        followRead(() => cellsChanged(db), () => cellsOfTab(db, 'childcare'), (rows) => (atOnce = rows), { now: true }),
        followRead(() => cellsChanged(db), () => cellsOfTab(db, 'childcare'), (rows) => (live = rows)),
      ];
      const writes: Promise<unknown>[] = [];
      const n = Math.floor(random() * 4);
      for (let w = 0; w < n; w++) {
        const when = pick(['now', 'microtask', 0, 1, 3, 8] as const);
        const region = pick(regions);
        const write = (): Promise<unknown> => (random() < 0.3 ? db.cells.where('regionId').equals(region).delete() : db.cells.put(cell(region, pick(['x', 'y']), pick(tabs), trial * 10 + w)));
        if (when === 'now') writes.push(write());
        else if (when === 'microtask') writes.push(Promise.resolve().then(write));
        else writes.push(new Promise((resolve) => setTimeout(resolve, when)).then(write));
      }
      await Promise.all(writes);
      const stored = await cellsOfTab(db, 'childcare');
      await vi.waitFor(() => {
        expect(values(atOnce)).toBe(values(stored));
        expect(values(live)).toBe(values(stored));
      });
      for (const stop of stops) stop();
    }
  });
});
