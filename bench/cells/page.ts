// Runs inside Chromium (bundled to an IIFE by bench/cells/shape.ts): Compare's cells of N regions stored twice in
// real IndexedDB — as schema 9 stored them (the whole effective target with its quote, its document's metadata and every
// alternative in full) and as schema 10 stores them (src/db/cells.ts: what a chart draws, the alternatives' ids) — then
// the one-indicator read (the cells' indicator index) and one tab's read timed on both, in turn. Never part of the app.
import Dexie from 'dexie';
import { extractBytes } from '../../src/core/extract/extract';
import { effectiveTargets, type EffectiveInput } from '../../src/core/review/effective';
import { cellOf, tabOf } from '../../src/db/cells';
import { SCHEMA_V10 } from '../../src/db/schema';

type Shape = 'whole' | 'slim';
const SHAPES: readonly Shape[] = ['whole', 'slim'];
const dbs = new Map<Shape, Dexie>(
  SHAPES.map((shape) => {
    const db = new Dexie(`cells-${shape}`);
    db.version(1).stores({ cells: SCHEMA_V10.cells });
    return [shape, db] as const;
  }),
);

/** Extracts each text once, then stores every region's cells (each region holding every plan) in both shapes. */
export async function fill(texts: readonly string[], regions: number): Promise<{ cells: number; wholeBytes: number; slimBytes: number }> {
  const plans = texts.map((text, i) => {
    const extracted = extractBytes(new TextEncoder().encode(text));
    if (!extracted.ok) throw new Error(`plan ${i} not read`);
    return { id: `doc${i}`, ...extracted.value };
  });
  let cells = 0;
  let wholeBytes = 0;
  let slimBytes = 0;
  for (let start = 0; start < regions; start += 50) {
    const whole: unknown[] = [];
    const slim: unknown[] = [];
    for (let r = start; r < Math.min(regions, start + 50); r++) {
      const regionId = `region-${String(r).padStart(5, '0')}`;
      const inputs: EffectiveInput[] = plans.flatMap((plan) =>
        plan.targets.map((record) => ({
          target: { id: `${plan.id}-${r}:${record.id}`, regionId, extracted: record, edits: null, status: 'extracted' as const },
          document: plan.metadata,
        })),
      );
      for (const e of effectiveTargets(inputs)) {
        const tab = tabOf(e);
        whole.push({ ...e, tab });
        slim.push(cellOf(e, tab));
      }
    }
    if (start === 0) {
      wholeBytes = JSON.stringify(whole).length / whole.length;
      slimBytes = JSON.stringify(slim).length / slim.length;
    }
    cells += whole.length;
    await dbs.get('whole')!.table('cells').bulkPut(whole);
    await dbs.get('slim')!.table('cells').bulkPut(slim);
  }
  return { cells, wholeBytes, slimBytes };
}

export interface Times {
  rows: Record<Shape, number>;
  tabRows: Record<Shape, number>;
  /** Milliseconds of each run, per shape: the one-indicator read, and one tab's read. */
  indicatorMs: Record<Shape, number[]>;
  tabMs: Record<Shape, number[]>;
}

/** Each read on both shapes in turn (the order alternating run by run), so load on the machine falls on both alike. */
export async function time(indicator: string, tab: string, runs: number): Promise<Times> {
  const result: Times = { rows: { whole: 0, slim: 0 }, tabRows: { whole: 0, slim: 0 }, indicatorMs: { whole: [], slim: [] }, tabMs: { whole: [], slim: [] } };
  // Let IndexedDB settle after the writes (its compaction runs behind them), and read each shape once untimed.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  for (const shape of SHAPES) await dbs.get(shape)!.table('cells').where('indicator').equals(indicator).toArray();
  for (let i = 0; i < runs; i++) {
    for (const shape of i % 2 === 0 ? SHAPES : [...SHAPES].reverse()) {
      const table = dbs.get(shape)!.table('cells');
      let t0 = performance.now();
      const rows = await table.where('indicator').equals(indicator).toArray();
      result.indicatorMs[shape].push(performance.now() - t0);
      result.rows[shape] = rows.length;
      t0 = performance.now();
      const tabRows = await table.where('tab').equals(tab).toArray();
      result.tabMs[shape].push(performance.now() - t0);
      result.tabRows[shape] = tabRows.length;
    }
  }
  return result;
}
