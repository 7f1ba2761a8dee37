// Runs inside Chromium on the benchmark's own page (bench.html, same origin as the app, so the same IndexedDB):
// fills the store with synthetic plans through the app's own extraction and storage code, and times the
// one-indicator read of Compare's cells. Bundled to an IIFE by bench/browser.ts; never part of the app.
import Dexie from 'dexie';
import { extractBytes } from '../../src/core/extract/extract';
import { extractInSlices } from '../../src/core/extract/slices';
import { decodeBytes } from '../../src/core/text/decode';
import { EXTRACTOR_VERSION } from '../../src/core/extract/version';
import { installReferenceBenchmarks } from '../../src/db/benchmarks';
import { saveExtraction } from '../../src/db/documents';
import { newId } from '../../src/db/ids';
import { cellsOfIndicator } from '../../src/db/cells';
import { listDocuments, targetsOfIndicator } from '../../src/db/queries';
import { allSummaries } from '../../src/db/summaries';
import { summarizeDocument } from '../../src/app/comparison';
import { PlanBenchDB } from '../../src/db/schema';
import { sha256Hex } from '../../src/import/hash';
import { documentRow, extractedAchievementRows, extractedTargetRows, splitDocument, UNKNOWN_REGION_ID, type AchievementRow, type DocumentTextRow, type RegionRow, type StoredDocumentRow, type TargetRow } from '../../src/workspace/rows';

const db = new PlanBenchDB();

export interface FillResult {
  documents: number;
  failed: string[];
  seconds: number;
}

/** Extracts and stores each file (fetched from the bench server), as the import pipeline would, minus the UI. */
async function fill(paths: readonly string[]): Promise<FillResult> {
  const t0 = performance.now();
  if ((await db.benchmarks.count()) === 0) await installReferenceBenchmarks(db);
  // The app imports its samples on a first launch with an empty store; a filled store is not a first launch.
  await db.settings.put({ key: 'seeded', value: true });
  const failed: string[] = [];
  let documents = 0;
  for (const path of paths) {
    const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
    const extracted = extractBytes(bytes);
    if (!extracted.ok) {
      failed.push(path);
      continue;
    }
    const name = path.split('/').pop() ?? path;
    const saved = await saveExtraction(db, {
      fileName: name,
      format: 'txt',
      size: bytes.length,
      hash: await sha256Hex(bytes),
      encoding: extracted.value.encoding,
      extractorVersion: EXTRACTOR_VERSION,
      extracted: extracted.value,
    });
    if (saved.ok) documents++;
    else failed.push(path);
  }
  return { documents, failed, seconds: (performance.now() - t0) / 1000 };
}

export interface QueryResult {
  rows: number;
  regions: number;
  /** Milliseconds of each run; the first is the cold one. */
  ms: number[];
  /** The same indicator's target rows through [indicator+regionId] (targetsOfIndicator, what the bench timed before schema 8), in turn with the above. */
  targetMs: number[];
  targetRows: number;
  /** What Compare's open reads of the documents since schema 8 (every region summary), in turn with… */
  summariesMs: number[];
  summaries: number;
  /** …what it read before (every document row, summarised as Compare did). */
  documentsMs: number[];
  documents: number;
}

async function timed<T>(read: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await read();
  return [performance.now() - t0, value];
}

/** One indicator's stored cells across every region (cellsOfIndicator, through the cells' indicator index), timed `runs` times. */
async function query(indicator: string, runs: number): Promise<QueryResult> {
  const result: QueryResult = { rows: 0, regions: 0, ms: [], targetMs: [], targetRows: 0, summariesMs: [], summaries: 0, documentsMs: [], documents: 0 };
  // Each read in turn within a run, so load on the machine falls on all of them alike.
  for (let i = 0; i < runs; i++) {
    const [ms, found] = await timed(() => cellsOfIndicator(db, indicator));
    result.ms.push(ms);
    result.rows = found.length;
    result.regions = new Set(found.map((t) => t.regionId)).size;
    const [targetMs, targets] = await timed(() => targetsOfIndicator(db, indicator));
    result.targetMs.push(targetMs);
    result.targetRows = targets.length;
    const [summariesMs, summaries] = await timed(() => allSummaries(db));
    result.summariesMs.push(summariesMs);
    result.summaries = summaries.length;
    const [documentsMs, documents] = await timed(async () => (await listDocuments(db)).map(summarizeDocument));
    result.documentsMs.push(documentsMs);
    result.documents = documents.length;
  }
  return result;
}

async function counts(): Promise<{ regions: number; documents: number; targets: number }> {
  return { regions: await db.regions.count(), documents: await db.documents.count(), targets: await db.targets.count() };
}

export interface FloorResult {
  documents: number;
  targets: number;
  /** Achievement rows written (the small-plan floor; the large one counts targets only). */
  achievements?: number;
  /** Time spent writing only (the rows are built before each batch's clock starts). */
  seconds: number;
}

/**
 * The IndexedDB floor of an import: the same files' rows as the app stores them (a region per place, each
 * document's row and text row, its target and achievement rows) written straight into a fresh Dexie database, in transactions
 * of `batch` documents with bulk writes — no reading, no extraction, no progress, no duplicate checks. Files
 * are fetched and extracted a batch at a time outside the clock, so memory stays bounded.
 */
async function floor(paths: readonly string[], batch = 25): Promise<FloorResult> {
  const name = `planbench-floor-${Date.now()}`;
  const floorDb = new PlanBenchDB(name);
  const regions = new Map<string, RegionRow>();
  const now = new Date().toISOString();
  let seconds = 0;
  let documents = 0;
  let targets = 0;
  let achievements = 0;
  try {
    for (let i = 0; i < paths.length; i += batch) {
      const stored: StoredDocumentRow[] = [];
      const texts: DocumentTextRow[] = [];
      const rows: TargetRow[] = [];
      const achieved: AchievementRow[] = [];
      const newRegions: RegionRow[] = [];
      for (const path of paths.slice(i, i + batch)) {
        const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
        const extracted = extractBytes(bytes);
        if (!extracted.ok) continue;
        const place = extracted.value.metadata.region ?? '';
        let region = regions.get(place);
        if (!region) {
          region = { id: place === '' ? UNKNOWN_REGION_ID : newId('region'), name: place, aliases: [], createdAt: now };
          regions.set(place, region);
          newRegions.push(region);
        }
        const file = { fileName: path.split('/').pop() ?? path, format: 'txt', size: bytes.length, hash: await sha256Hex(bytes), encoding: extracted.value.encoding };
        const document = documentRow(file, extracted.value, region.id, now);
        const split = splitDocument(document);
        stored.push(split.stored);
        texts.push(split.text);
        for (const row of extractedTargetRows(document, extracted.value.targets, now)) rows.push(row);
        for (const row of extractedAchievementRows(document, extracted.value.achieved, now)) achieved.push(row);
      }
      const t0 = performance.now();
      await floorDb.transaction('rw', [floorDb.regions, floorDb.documents, floorDb.texts, floorDb.targets, floorDb.achievements], async () => {
        await floorDb.regions.bulkPut(newRegions);
        await floorDb.texts.bulkPut(texts);
        await floorDb.documents.bulkPut(stored);
        await floorDb.targets.bulkPut(rows);
        await floorDb.achievements.bulkPut(achieved);
      });
      seconds += (performance.now() - t0) / 1000;
      documents += stored.length;
      targets += rows.length;
      achievements += achieved.length;
    }
  } finally {
    floorDb.close();
    await PlanBenchDB.delete(name);
  }
  return { documents, targets, achievements, seconds };
}

/**
 * The IndexedDB floor of one large plan: its text row, then its target and achievement rows as the app stores them
 * (src/db/staged.ts), written straight into a fresh database in transactions of 1,000 rows. The plan is extracted a
 * slice at a time outside the clock, so its records are never all in memory.
 */
async function largeFloor(path: string): Promise<FloorResult> {
  const name = `planbench-large-floor-${Date.now()}`;
  const floorDb = new PlanBenchDB(name);
  const now = new Date().toISOString();
  let seconds = 0;
  let targets = 0;
  const timed = async (work: () => Promise<unknown>) => {
    const t0 = performance.now();
    await work();
    seconds += (performance.now() - t0) / 1000;
  };
  try {
    const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) throw new Error(`cannot decode ${path}`);
    const { head, slices } = extractInSlices(decoded.value.text);
    const file = { fileName: path.split('/').pop() ?? path, format: 'txt', size: bytes.length, hash: await sha256Hex(bytes), encoding: decoded.value.encoding };
    const document = documentRow(file, head, UNKNOWN_REGION_ID, now);
    const { stored, text } = splitDocument(document);
    await timed(() => floorDb.texts.put(text));
    for (const slice of slices) {
      for (let i = 0; i < Math.max(slice.targets.length, slice.achieved.length); i += 1000) {
        const rows = extractedTargetRows(document, slice.targets.slice(i, i + 1000), now);
        const achieved = extractedAchievementRows(document, slice.achieved.slice(i, i + 1000), now);
        await timed(() =>
          floorDb.transaction('rw', [floorDb.targets, floorDb.achievements], async () => {
            await floorDb.targets.bulkAdd(rows);
            await floorDb.achievements.bulkAdd(achieved);
          }),
        );
        targets += rows.length;
      }
    }
    await timed(() => floorDb.documents.put(stored));
  } finally {
    floorDb.close();
    await PlanBenchDB.delete(name);
  }
  return { documents: 1, targets, seconds };
}

/** The target rows the app would store for the plans at `paths` (extracted here, outside any clock). */
async function targetRowsOf(paths: readonly string[]): Promise<TargetRow[]> {
  const now = new Date().toISOString();
  const base: TargetRow[] = [];
  for (const path of paths) {
    const extracted = extractBytes(new Uint8Array(await (await fetch(path)).arrayBuffer()));
    if (!extracted.ok) continue;
    const document = documentRow({ fileName: path, format: 'txt', size: 0, hash: 'f'.repeat(64), encoding: 'utf-8' }, extracted.value, 'region', now);
    base.push(...extractedTargetRows(document, extracted.value.targets, now));
  }
  return base;
}

/**
 * What each index of the targets table costs a write: the same target rows (the plans at `paths`, copied under new
 * ids up to `rows`) written into fresh databases whose targets table has each set of indexes, in transactions of
 * 1,000 rows, the sets taken in turn `rounds` times. Milliseconds per round for each set.
 */
async function indexCost(paths: readonly string[], rows: number, rounds = 3): Promise<Record<string, number[]>> {
  const base = await targetRowsOf(paths);
  const all = Array.from({ length: rows }, (_, i) => {
    const row = base[i % base.length] as TargetRow;
    return { ...row, id: `${i}:${row.id}`, documentId: `d${Math.floor(i / 35)}`, regionId: `r${Math.floor(i / 100)}` };
  });
  const sets: Record<string, string> = {
    none: 'id',
    documentId: 'id, documentId',
    'documentId, regionId': 'id, documentId, regionId',
    'schema 7 (+[indicator+regionId])': 'id, documentId, regionId, [indicator+regionId]',
    'schema 6 (+domain)': 'id, documentId, regionId, [indicator+regionId], domain',
  };
  const out: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [label, schema] of Object.entries(sets)) {
      const name = `planbench-index-${Date.now()}-${round}`;
      const probe = new Dexie(name);
      probe.version(1).stores({ targets: schema });
      await probe.open();
      const t0 = performance.now();
      for (let i = 0; i < all.length; i += 1000) {
        const chunk = all.slice(i, i + 1000);
        await probe.transaction('rw', probe.table('targets'), () => probe.table('targets').bulkAdd(chunk));
      }
      (out[label] ??= []).push(Math.round(performance.now() - t0));
      probe.close();
      await Dexie.delete(name);
    }
  }
  return out;
}

Object.assign(globalThis, { planbenchBench: { fill, floor, largeFloor, indexCost, rowCost, query, counts, close: () => db.close() } });

/**
 * What a target write costs beside cheaper ways of storing the same rows (issue 18's large plan): the same target
 * rows (the plans at `paths`, copied under new ids up to `rows`) written into fresh databases, each variant in turn
 * `rounds` times: schema 7 with bulkAdd in transactions of 1,000 rows (as src/db/staged.ts does), then one change
 * each — relaxed durability, bulkPut, larger transactions, fewer indexes, slimmer rows, many records per row.
 * Milliseconds per round for each variant (writing them all, then reading them back by document), and the mean JSON
 * size of a target.
 */
async function rowCost(paths: readonly string[], rows: number, rounds = 3): Promise<{ ms: Record<string, number[]>; read: Record<string, number[]>; bytes: Record<string, number> }> {
  const base = await targetRowsOf(paths);
  const documentId = 'e'.repeat(64);
  const all: TargetRow[] = Array.from({ length: rows }, (_, i) => {
    const row = base[i % base.length] as TargetRow;
    return { ...row, id: `${documentId}:${i}:${row.extracted.id}`, documentId, regionId: 'region' };
  });
  const slim = all.map((row) => ({ ...row, extracted: { ...row.extracted, quote: '' } }));
  // A pack lists its targets' ids and indicators, so a multi-entry index can find the pack of a target or an indicator.
  const packed = (size: number) => {
    const out: { id: string; documentId: string; regionId: string; ids: string[]; indicators: string[]; rows: TargetRow[] }[] = [];
    for (let i = 0; i < all.length; i += size) {
      const rows = all.slice(i, i + size);
      const indicators = [...new Set(rows.map((r) => r.indicator).filter((x): x is string => x !== null))];
      out.push({ id: `${documentId}:${i / size}`, documentId, regionId: 'region', ids: rows.map((r) => r.id), indicators, rows });
    }
    return out;
  };
  const schema7 = 'id, documentId, regionId, [indicator+regionId]';
  type Variant = { schema: string; items: readonly object[]; perTx: number; put?: boolean; relaxed?: boolean };
  const variants: Record<string, Variant> = {
    'schema 7, bulkAdd, 1,000/tx': { schema: schema7, items: all, perTx: 1000 },
    'durability relaxed': { schema: schema7, items: all, perTx: 1000, relaxed: true },
    bulkPut: { schema: schema7, items: all, perTx: 1000, put: true },
    '10,000/tx': { schema: schema7, items: all, perTx: 10_000 },
    'indexes id, documentId': { schema: 'id, documentId', items: all, perTx: 1000 },
    'primary key only': { schema: 'id', items: all, perTx: 1000 },
    'no quote in rows': { schema: schema7, items: slim, perTx: 1000 },
    'packed 100 records a row': { schema: 'id, documentId', items: packed(100), perTx: 10 },
    'packed 1,000 records a row': { schema: 'id, documentId', items: packed(1000), perTx: 1 },
    'packed 100, *indicators index': { schema: 'id, documentId, regionId, *indicators', items: packed(100), perTx: 10 },
    'packed 100, *ids, *indicators': { schema: 'id, documentId, regionId, *ids, *indicators', items: packed(100), perTx: 10 },
  };
  const ms: Record<string, number[]> = {};
  const read: Record<string, number[]> = {};
  const bytes: Record<string, number> = {};
  for (const [label, variant] of Object.entries(variants)) bytes[label] = Math.round(JSON.stringify(variant.items).length / rows);
  for (let round = 0; round < rounds; round++) {
    for (const [label, variant] of Object.entries(variants)) {
      const name = `planbench-rowcost-${Date.now()}-${round}`;
      const probe = new Dexie(name, variant.relaxed ? { chromeTransactionDurability: 'relaxed' } : {});
      probe.version(1).stores({ targets: variant.schema });
      await probe.open();
      const table = probe.table('targets');
      const t0 = performance.now();
      for (let i = 0; i < variant.items.length; i += variant.perTx) {
        const chunk = variant.items.slice(i, i + variant.perTx);
        await probe.transaction('rw', table, () => (variant.put ? table.bulkPut(chunk) : table.bulkAdd(chunk)));
      }
      (ms[label] ??= []).push(Math.round(performance.now() - t0));
      // Reading them back as the review list and the cells do (every row of the document), once written.
      const r0 = performance.now();
      await (variant.schema.includes('documentId') ? table.where('documentId').equals(documentId).toArray() : table.toArray());
      (read[label] ??= []).push(Math.round(performance.now() - r0));
      probe.close();
      await Dexie.delete(name);
    }
  }
  return { ms, read, bytes };
}
