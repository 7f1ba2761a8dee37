// The IndexedDB schema as its history: one append-only constant per version, and the Dexie database that declares them all.
import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import { rebuildCellsInUpgrade, type CellRow } from './cells';
import { rebuildSummaries, type RegionSummaryRow } from './summaries';
import type { TargetPackRow } from './target-store';
import { placeOfName } from '../core/extract/metadata-place';
import { splitDocument, type AchievementRow, type AnnotationRow, type BenchmarkRow, type DocumentRow, type DocumentTextRow, type RegionRow, type SettingRow, type StoredDocumentRow, type TargetRow } from '../workspace/rows';

/*
 * Never edit a released SCHEMA_Vn: add SCHEMA_Vn+1 with an upgrade and a test that seeds a
 * database at the old version and reopens it. Only keys are indexed, never plan text.
 */

/** Version 1. Kept forever: the upgrade test opens a database declared with it alone. */
export const SCHEMA_V1 = {
  regions: 'id, name, *aliases',
  documents: 'id, regionId, importedAt',
  // The id is the file's SHA-256, so it needs no separate hash index; `where('indicator')` is
  // served by the first part of the compound index.
  targets: 'id, documentId, regionId, [indicator+regionId]',
  annotations: 'id, regionId',
  settings: 'key',
} as const;

/** Version 2: benchmark table; annotations found by region × indicator and by target. */
export const SCHEMA_V2 = {
  regions: 'id, name, *aliases',
  documents: 'id, regionId, importedAt',
  targets: 'id, documentId, regionId, [indicator+regionId]',
  annotations: 'id, regionId, [regionId+indicator], targetId',
  benchmarks: 'id, indicator, [indicator+period]',
  settings: 'key',
} as const;

/**
 * Version 3: plan texts move to their own table, so listing documents or opening Compare no longer
 * reads every plan's text (at 1,000 plans that was ~80 MB per list); targets get a domain index.
 */
export const SCHEMA_V3 = {
  regions: 'id, name, *aliases',
  documents: 'id, regionId, importedAt',
  texts: 'id',
  targets: 'id, documentId, regionId, [indicator+regionId], domain',
  annotations: 'id, regionId, [regionId+indicator], targetId',
  benchmarks: 'id, indicator, [indicator+period]',
  settings: 'key',
} as const;

/**
 * Version 4: regions carry their official division code (GB/T 2260) and province, indexed by code so
 * an import finds the region of a division whatever it is called; documents keep the researcher's
 * metadata edits. The upgrade resolves the names of existing regions.
 */
export const SCHEMA_V4 = {
  regions: 'id, name, *aliases, code',
  documents: 'id, regionId, importedAt',
  texts: 'id',
  targets: 'id, documentId, regionId, [indicator+regionId], domain',
  annotations: 'id, regionId, [regionId+indicator], targetId',
  benchmarks: 'id, indicator, [indicator+period]',
  settings: 'key',
} as const;

/**
 * Version 5: achievements, the figures a plan reports as reached, in their own table beside the
 * targets (found by document, region, indicator × region and domain). Add-only: nothing stored
 * changes; a document stored before has no achievements until it is extracted again.
 */
export const SCHEMA_V5 = {
  regions: 'id, name, *aliases, code',
  documents: 'id, regionId, importedAt',
  texts: 'id',
  targets: 'id, documentId, regionId, [indicator+regionId], domain',
  achievements: 'id, documentId, regionId, [indicator+regionId], domain',
  annotations: 'id, regionId, [regionId+indicator], targetId',
  benchmarks: 'id, indicator, [indicator+period]',
  settings: 'key',
} as const;

/**
 * Version 6: Compare's cells, the effective target of every region × indicator (src/db/cells.ts), kept
 * current by every write in its own transaction, so opening Compare reads one domain's cells rather than
 * every target. Add-only: the upgrade computes them from what is stored; nothing else changes.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  cells: '[regionId+indicator], regionId, tab',
} as const;

/**
 * Version 7: targets and achievements lose their `domain` index. No query reads it (Compare reads the stored
 * cells by `tab` since version 6; lists, exports and backups read by document, region or indicator), and every
 * index is work IndexedDB does on each row written: an import or re-extraction of many plans writes tens of
 * thousands of target rows. Nothing stored changes; the rows keep their `domain` field.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  targets: 'id, documentId, regionId, [indicator+regionId]',
  achievements: 'id, documentId, regionId, [indicator+regionId]',
} as const;

/**
 * Version 8: a summary of each region's documents (src/db/summaries.ts: which documents, their title or file name and
 * plan kind, their texts' province mentions), kept by every writer beside the cells in its own transaction, so opening
 * Compare reads one small row per region instead of every document row; and an `indicator` index on the cells, for
 * one indicator's cells across every region. The upgrade computes the summaries from the stored documents; IndexedDB
 * fills the new index from the stored cells. Nothing else changes.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  cells: '[regionId+indicator], regionId, tab, indicator',
  regionSummaries: 'regionId',
} as const;

/**
 * Version 9: `targetPacks`, a document's untouched extracted targets ~200 to a row, for documents stored in slices only
 * (src/db/target-store.ts): keyed `${documentId}:${offset}`, indexed by document, region and the indicators of its
 * targets (multi-entry), never by target id. Add-only: the upgrade adds the empty table; every stored target stays a row.
 */
export const SCHEMA_V9 = {
  ...SCHEMA_V8,
  targetPacks: 'key, documentId, regionId, *indicators',
} as const;

/**
 * Version 10: the cells are slim (src/db/cells.ts): what a chart draws of the effective target (its id, status, the record's
 * value, operator, unit, year, kind, binding, stretch, baseline, per and domain, its document's title), how it was decided
 * and the alternatives' ids, instead of the whole effective and alternative records with their quotes and documents'
 * metadata: one indicator's cells across a thousand regions are deserialised in a fraction of the time. No index changes;
 * the upgrade computes every cell again from the stored targets, documents and choices.
 */
export const SCHEMA_V10 = {
  ...SCHEMA_V9,
} as const;

export const SCHEMAS = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10] as const;

/** Fields added in version 2, filled on rows written by version 1. */
export function annotationToV2(row: Record<string, unknown>): void {
  row.otherRegionId ??= null;
  row.targetId ??= null;
  row.tag ??= null;
}

export function targetToV2(row: Record<string, unknown>): void {
  row.edits ??= null;
  row.orphaned ??= false;
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('annotations').toCollection().modify(annotationToV2);
  await tx.table('targets').toCollection().modify(targetToV2);
}

// One document at a time, so a large library is never held in memory at once.
async function upgradeToV3(tx: Transaction): Promise<void> {
  const documents = tx.table('documents');
  const texts = tx.table('texts');
  const ids = (await documents.toCollection().primaryKeys()) as string[];
  for (const id of ids) {
    const row = (await documents.get(id)) as DocumentRow | undefined;
    if (!row) continue;
    const { stored, text } = splitDocument(row);
    await texts.put(text);
    await documents.put(stored);
  }
}

/** A region written before version 4 gets the division its name resolves to, if any. */
export function regionToV4(row: Record<string, unknown>): void {
  const place = typeof row.name === 'string' && row.name !== '' ? placeOfName(row.name, '') : null;
  row.code ??= place?.code ?? null;
  row.province ??= place?.province ?? null;
}

async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx.table('regions').toCollection().modify(regionToV4);
}

export type PlanBenchDBOptions = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange' | 'cache'>;

export const DEFAULT_DB_NAME = 'planbench';

export class PlanBenchDB extends Dexie {
  declare regions: EntityTable<RegionRow, 'id'>;
  declare documents: EntityTable<StoredDocumentRow, 'id'>;
  declare texts: EntityTable<DocumentTextRow, 'id'>;
  declare targets: EntityTable<TargetRow, 'id'>;
  declare achievements: EntityTable<AchievementRow, 'id'>;
  declare annotations: EntityTable<AnnotationRow, 'id'>;
  declare benchmarks: EntityTable<BenchmarkRow, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;
  declare cells: Table<CellRow, [string, string]>;
  declare regionSummaries: EntityTable<RegionSummaryRow, 'regionId'>;
  declare targetPacks: EntityTable<TargetPackRow, 'key'>;

  /** Tests pass fake-indexeddb's `indexedDB` and `IDBKeyRange`; the app passes nothing. */
  constructor(name: string = DEFAULT_DB_NAME, options: PlanBenchDBOptions = {}) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6).upgrade((tx) => rebuildCellsInUpgrade(tx));
    this.version(7).stores(SCHEMA_V7);
    this.version(8)
      .stores(SCHEMA_V8)
      .upgrade((tx) => rebuildSummaries({ documents: tx.table('documents'), regionSummaries: tx.table('regionSummaries') }));
    this.version(9).stores(SCHEMA_V9);
    this.version(10)
      .stores(SCHEMA_V10)
      .upgrade((tx) => rebuildCellsInUpgrade(tx, true));
  }
}

/**
 * The version a stored database is at, without upgrading it (null when there is none), so the
 * app can offer a backup before PlanBenchDB runs an upgrade.
 */
export async function storedSchemaVersion(name: string = DEFAULT_DB_NAME, options: PlanBenchDBOptions = {}): Promise<number | null> {
  // Declaring no version opens the database as it is ("dynamic mode").
  const probe = new Dexie(name, options);
  try {
    await probe.open();
    return probe.verno;
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return null;
    throw error;
  } finally {
    probe.close();
  }
}
