// Compare's prefetch of every tab's cells: each tab is handed over as it lands, and the whole equals a read per tab.
import { afterEach, describe, expect, it } from 'vitest';
import { saveExtraction } from '../db/documents';
import { openTestDb } from '../db/testing/fake-db';
import { expectOk } from '../db/testing/results';
import { sampleInput } from '../db/testing/samples';
import type { CellRow, CellTab } from '../db/repository';
import { readCellsByTab, readTabCells } from './reads';
import { useWorkspaceStore, workspaceStore } from './store';

const original = workspaceStore();
afterEach(() => {
  useWorkspaceStore(original);
});

describe('readCellsByTab', () => {
  it('hands each tab its cells as they land, before the whole map, which keeps the index order whatever order is asked', async () => {
    const db = openTestDb();
    useWorkspaceStore(db);
    expectOk(await saveExtraction(db, await sampleInput('plan a')));
    const stored = (await db.cells.orderBy('tab').uniqueKeys()) as CellTab[];
    expect(stored.length).toBeGreaterThan(1);

    const landed: [CellTab, CellRow[]][] = [];
    const reading = readCellsByTab([...stored].reverse(), (tab, cells) => landed.push([tab, cells]));
    const all = await reading;
    if (all === null) throw new Error('unpaced, the reads are never ended');
    expect([...all.keys()]).toEqual(stored);
    expect(landed.map(([tab]) => tab).sort()).toEqual([...stored].sort());
    for (const [tab, cells] of landed) {
      expect(all.get(tab)).toBe(cells);
      expect(cells).toEqual(await readTabCells(tab));
      expect(cells.length).toBeGreaterThan(0);
    }
  });

  it('paced, reads one tab at a time in the order asked, each once the pace allows, and gives the same cells', async () => {
    const db = openTestDb();
    useWorkspaceStore(db);
    expectOk(await saveExtraction(db, await sampleInput('plan a')));
    const stored = (await db.cells.orderBy('tab').uniqueKeys()) as CellTab[];
    const order = [...stored].reverse();
    const events: string[] = [];
    const paced = await readCellsByTab(order, (tab) => events.push(`landed ${tab}`), async () => void events.push('pace'));
    expect(events).toEqual(order.flatMap((tab) => ['pace', `landed ${tab}`]));
    expect(paced).toEqual(await readCellsByTab());
  });

  it('paced, reads no further tab once the pace answers false (Compare closed), and gives no map', async () => {
    const db = openTestDb();
    useWorkspaceStore(db);
    expectOk(await saveExtraction(db, await sampleInput('plan a')));
    const stored = (await db.cells.orderBy('tab').uniqueKeys()) as CellTab[];
    expect(stored.length).toBeGreaterThan(1);
    const landed: CellTab[] = [];
    let paces = 0;
    const stopped = await readCellsByTab(stored, (tab) => landed.push(tab), async () => ++paces <= 1);
    expect(stopped).toBeNull();
    expect(landed).toEqual(stored.slice(0, 1));
    expect(paces).toBe(2);
  });
});
