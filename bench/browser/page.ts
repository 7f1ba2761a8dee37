// Runs inside Chromium on the benchmark's own page (bench.html, same origin as the app, so the same IndexedDB):
// fills the store with synthetic plans through the app's own extraction and storage code, and times the
// one-indicator Dexie query. Bundled to an IIFE by bench/browser.ts; never part of the app.
import { extractBytes } from '../../src/core/extract/extract';
import { EXTRACTOR_VERSION } from '../../src/core/extract/version';
import { installReferenceBenchmarks } from '../../src/db/benchmarks';
import { saveExtraction } from '../../src/db/documents';
import { targetsOfIndicator } from '../../src/db/queries';
import { PlanBenchDB } from '../../src/db/schema';
import { sha256Hex } from '../../src/import/hash';

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
}

/** targetsOfIndicator across every region, timed `runs` times. */
async function query(indicator: string, runs: number): Promise<QueryResult> {
  const ms: number[] = [];
  let rows = 0;
  let regions = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const found = await targetsOfIndicator(db, indicator);
    ms.push(performance.now() - t0);
    rows = found.length;
    regions = new Set(found.map((t) => t.regionId)).size;
  }
  return { rows, regions, ms };
}

async function counts(): Promise<{ regions: number; documents: number; targets: number }> {
  return { regions: await db.regions.count(), documents: await db.documents.count(), targets: await db.targets.count() };
}

Object.assign(globalThis, { planbenchBench: { fill, query, counts, close: () => db.close() } });
