// What Compare's first view needs of a region's documents, kept per region (schema 8) so opening Compare reads one
// small row per region instead of every document row.
/*
 * A summary is a function of the region's document rows alone: which documents it has (id, title or file name, plan
 * kind), in the order the documents list reads them (latest import first, then by id), and the province mentions of
 * their texts in that same order (for guessing the province of a region without one). Every write that changes a
 * document's region, metadata, presence or provinces recomputes the summaries of the regions it touched, in its own
 * transaction, beside the cells (refreshCells in src/db/cells.ts does both), so they are never stale nor half-written.
 */
import type { EntityTable } from 'dexie';
import type { DocumentKind } from '../core/types';
import type { StoredDocumentRow } from '../workspace/rows';

/** A document as Compare's first view shows it: in a chart's source, the overview's plan kinds, the unplaced list. */
export interface SummaryDocument {
  id: string;
  /** The plan's title (its metadata's, edits applied), null when it has none: the file name stands in. */
  title: string | null;
  fileName: string;
  kind: DocumentKind;
}

/** One region's documents as Compare needs them. Primary key regionId; a region without documents has no row. */
export interface RegionSummaryRow {
  regionId: string;
  /** Latest import first, then by id: the order the documents list reads them in. */
  documents: SummaryDocument[];
  /** The documents' province mentions, concatenated in the order above. */
  provinces: string[];
}

/** The document fields a summary is computed from. */
export type SummarySource = Pick<StoredDocumentRow, 'id' | 'regionId' | 'fileName' | 'metadata' | 'provinces' | 'importedAt'>;

/** Latest import first; equal times by id (as listDocuments reads them: by id, then a stable sort by time). */
function byImport(a: SummarySource, b: SummarySource): number {
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The summary of a region from its document rows (others are ignored); null when it has none. Pure. */
export function summaryOf(regionId: string, documents: readonly SummarySource[]): RegionSummaryRow | null {
  const own = documents.filter((d) => d.regionId === regionId).sort(byImport);
  if (own.length === 0) return null;
  return {
    regionId,
    documents: own.map((d) => ({ id: d.id, title: d.metadata.plan_title, fileName: d.fileName, kind: d.metadata.kind })),
    provinces: own.flatMap((d) => d.provinces),
  };
}

/** Every region's summary from every document row: what the store must hold (the tests compare against it). */
export function summariesOf(documents: readonly SummarySource[]): RegionSummaryRow[] {
  const byRegion = new Map<string, SummarySource[]>();
  for (const d of documents) byRegion.set(d.regionId, [...(byRegion.get(d.regionId) ?? []), d]);
  return [...byRegion].flatMap(([regionId, rows]) => summaryOf(regionId, rows) ?? []);
}

/** The tables a summary is computed from and written to. */
export interface SummaryTables {
  documents: EntityTable<StoredDocumentRow, 'id'>;
  regionSummaries: EntityTable<RegionSummaryRow, 'regionId'>;
}

/**
 * Recomputes one region's summary from its document rows (a few), inside the caller's transaction. An unchanged summary
 * is not written again: most writes that refresh a region's cells (a target edit, a choice) leave its documents as they
 * were, and a write would wake every live query of the summaries (Compare's open regions and charts) for nothing.
 */
export async function refreshSummary(tables: SummaryTables, regionId: string): Promise<void> {
  const row = summaryOf(regionId, await tables.documents.where('regionId').equals(regionId).toArray());
  const stored = await tables.regionSummaries.get(regionId);
  if (!row) {
    if (stored) await tables.regionSummaries.delete(regionId);
  } else if (!stored || JSON.stringify(stored) !== JSON.stringify(row)) {
    await tables.regionSummaries.put(row);
  }
}

/** Every summary again from the stored documents: a restore, the upgrade to schema 8. */
export async function rebuildSummaries(tables: SummaryTables): Promise<void> {
  await tables.regionSummaries.clear();
  for (const regionId of (await tables.documents.orderBy('regionId').uniqueKeys()) as string[]) await refreshSummary(tables, regionId);
}

/** Every stored summary (Compare's open). */
export function allSummaries(db: Pick<SummaryTables, 'regionSummaries'>): Promise<RegionSummaryRow[]> {
  return db.regionSummaries.toArray();
}
