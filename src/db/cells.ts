// What Compare opens from: the effective target of every region × indicator, kept in the store (schema 6) so
// opening reads one domain's cells instead of every target and reducing them again.
/*
 * A cell is what a chart draws of effectiveTargets (src/core/review/effective.ts) for the region × indicator (schema 10):
 * the effective target's id, review status and the fields of its record (edits applied) a chart, its tooltip and its
 * table read, its document's title, how the rule decided it, and the ids of the alternatives — plus the domain tab it is
 * charted under. The heavy parts (the whole record with its quote and offsets, the document's metadata, the alternatives
 * in full) are read by id from the targets when something asks for them (the source drawer, the exports). A cell depends
 * on the region's targets, their documents' metadata and the region's choices, so every write that changes one of them
 * recomputes the cells of the regions it touched (refreshCells), in the same transaction: the cells are never stale and
 * never half-written, and a cell that comes out the same is not written again. Recomputing one region reads its few
 * dozen targets and its few documents.
 */
import type { Transaction } from 'dexie';
import { domainOfTarget, type ChartRecord, type ChartTarget } from '../core/compare/compare';
import { choiceKey, effectiveTargets, type DecidedBy, type EffectiveInput, type EffectiveTarget, type TargetStatus } from '../core/review/effective';
import type { DomainId } from '../core/types';
import { UNKNOWN_REGION_ID, type StoredDocumentRow, type TargetRow } from '../workspace/rows';
import type { PlanBenchDB } from './schema';
import { sameValue } from './same-value';
import { rebuildSummaries, refreshSummary } from './summaries';
import { regionsOfDocument as regionsOfStoredDocument, regionsWithTargets, targetsOfRegion, type TargetTables } from './target-store';

/** A domain tab of Compare, or the tab of targets whose domain is unknown. */
export type CellTab = DomainId | 'unclassified';

/** The effective target as a cell keeps it: its id (the whole record is read by it), its status and what a chart draws. */
export interface CellCandidate {
  id: string;
  status: TargetStatus;
  record: ChartRecord;
  /** The title its chart row falls back on when the document is not listed. */
  document: { plan_title: string | null };
}

/**
 * One region × indicator as Compare charts it (schema 10). Primary key [regionId+indicator]; indexed by region, by tab
 * and (schema 8) by indicator.
 */
export interface CellRow extends ChartTarget {
  regionId: string;
  indicator: string;
  tab: CellTab;
  effective: CellCandidate;
  decidedBy: DecidedBy;
  /** The other non-rejected targets' ids, in the rule's order: their records are read by id when asked for. */
  alternatives: string[];
}

/** What a cell keeps of an effective target: a projection, so a cell equals its recomputation whenever the target does. */
export function cellOf(target: EffectiveTarget, tab: CellTab = tabOf(target)): CellRow {
  const { id, status, record: r, document } = target.effective;
  const record: ChartRecord = { domain: r.domain, unit: r.unit, baseline: r.baseline, target: r.target, stretch: r.stretch, kind: r.kind, binding: r.binding, per: r.per };
  return {
    regionId: target.regionId,
    indicator: target.indicator,
    tab,
    effective: { id, status, record, document: { plan_title: document.plan_title } },
    decidedBy: target.decidedBy,
    alternatives: target.alternatives.map((a) => a.id),
  };
}

const CHOICE_PREFIX = 'choice:';

/** The tables a cell is computed from and written to (the targets' two: rows and packs). */
interface CellTables extends TargetTables {
  documents: PlanBenchDB['documents'];
  settings: PlanBenchDB['settings'];
  cells: PlanBenchDB['cells'];
}

/** The cells' tables and the region summaries' (schema 8), which refreshCells keeps beside the cells. */
interface RegionTables extends CellTables {
  regionSummaries: PlanBenchDB['regionSummaries'];
}

/** Add to the table list of every transaction that calls refreshCells (the summaries' table, and every table targets are read from). */
export function cellTables(
  db: PlanBenchDB,
): [PlanBenchDB['targets'], PlanBenchDB['targetPacks'], PlanBenchDB['documents'], PlanBenchDB['settings'], PlanBenchDB['cells'], PlanBenchDB['regionSummaries']] {
  return [db.targets, db.targetPacks, db.documents, db.settings, db.cells, db.regionSummaries];
}

function tablesOf(db: PlanBenchDB): RegionTables {
  return { targets: db.targets, targetPacks: db.targetPacks, documents: db.documents, settings: db.settings, cells: db.cells, regionSummaries: db.regionSummaries };
}

/** The tab a cell is charted under: its indicator's catalog domain, else the effective record's own. */
export function tabOf(target: ChartTarget): CellTab {
  return domainOfTarget(target) ?? 'unclassified';
}

/** The cells of one region from its rows: pure, the same reduce Compare ran on every open before schema 6. */
export function cellsOf(
  regionId: string,
  targets: readonly TargetRow[],
  metadataOf: ReadonlyMap<string, StoredDocumentRow['metadata']>,
  choices: Readonly<Record<string, string>>,
): CellRow[] {
  if (regionId === UNKNOWN_REGION_ID) return [];
  const inputs: EffectiveInput[] = [];
  for (const target of targets) {
    const document = metadataOf.get(target.documentId);
    if (document && target.regionId === regionId) inputs.push({ target, document });
  }
  return effectiveTargets(inputs, choices).map((cell) => cellOf(cell));
}

async function computeRegion(tables: CellTables, regionId: string): Promise<CellRow[]> {
  if (regionId === UNKNOWN_REGION_ID) return [];
  const targets = await targetsOfRegion(tables, regionId);
  if (targets.length === 0) return [];
  const documentIds = [...new Set(targets.map((t) => t.documentId))];
  const documents = await tables.documents.bulkGet(documentIds);
  const metadataOf = new Map(documents.flatMap((d) => (d ? [[d.id, d.metadata] as const] : [])));
  const prefix = `${CHOICE_PREFIX}${choiceKey(regionId, '')}`;
  const choices: Record<string, string> = {};
  for (const row of await tables.settings.where('key').startsWith(prefix).toArray()) {
    if (typeof row.value === 'string') choices[row.key.slice(CHOICE_PREFIX.length)] = row.value;
  }
  return cellsOf(regionId, targets, metadataOf, choices);
}

/** Writes the region's cells as computed: deletes the ones gone, puts the new and changed ones, leaves the rest unwritten. */
async function refreshCellsOf(tables: CellTables, regionId: string): Promise<void> {
  const cells = await computeRegion(tables, regionId);
  const stored = new Map((await tables.cells.where('regionId').equals(regionId).toArray()).map((cell) => [cell.indicator, cell]));
  const changed = cells.filter((cell) => {
    const before = stored.get(cell.indicator);
    stored.delete(cell.indicator);
    return before === undefined || !sameValue(before, cell);
  });
  if (stored.size > 0) await tables.cells.bulkDelete([...stored.keys()].map((indicator): [string, string] => [regionId, indicator]));
  if (changed.length > 0) await tables.cells.bulkPut(changed);
}

/**
 * Recomputes the cells of these regions from their targets, documents and choices, and their summaries
 * (src/db/summaries.ts) from their documents. Call inside the transaction of the write that changed them, with
 * cellTables(db) in its scope.
 */
export async function refreshCells(db: PlanBenchDB, regionIds: Iterable<string>): Promise<void> {
  const tables = tablesOf(db);
  for (const regionId of new Set(regionIds)) {
    await refreshCellsOf(tables, regionId);
    await refreshSummary(tables, regionId);
  }
}

/** Every cell again from scratch: after a restore, or the upgrade to schema 6. */
async function rebuildIn(tables: CellTables): Promise<void> {
  await tables.cells.clear();
  for (const regionId of await regionsWithTargets(tables)) await refreshCellsOf(tables, regionId);
}

/** Every cell and every region summary again from scratch (a restore). */
export async function rebuildCells(db: PlanBenchDB): Promise<void> {
  const tables = tablesOf(db);
  await rebuildIn(tables);
  await rebuildSummaries(tables);
}

/**
 * The upgrades that compute every cell from what is stored: to schema 6 (which adds the table; no pack exists before
 * schema 9, so `packs` is false) and to schema 10 (cells stored whole before are written again as cells of the slim shape).
 * Nothing else changes; schema 8 adds the summaries.
 */
export function rebuildCellsInUpgrade(tx: Transaction, packs = false): Promise<void> {
  return rebuildIn({ targets: tx.table('targets'), targetPacks: packs ? tx.table('targetPacks') : null, documents: tx.table('documents'), settings: tx.table('settings'), cells: tx.table('cells') });
}

/** The regions a document's targets are in, read before a write moves them, so their old regions are refreshed too. */
export function regionsOfDocument(db: PlanBenchDB, documentId: string): Promise<Set<string>> {
  return regionsOfStoredDocument(db, documentId);
}

/**
 * A read that any change to the cells table answers, for a live query to follow in place of a large read: it reads
 * one row by the table's whole primary-key range, and Dexie then watches that range. A read through the tab index
 * makes Dexie note every primary key it returned instead (~15 µs of the page's thread per key under load: a tab's
 * cells at a thousand regions are thousands of keys, the badges' keys sixty thousand).
 */
export function cellsChanged(db: PlanBenchDB): Promise<unknown> {
  return db.cells.limit(1).toArray();
}

/** One domain tab's cells, every region. */
export function cellsOfTab(db: PlanBenchDB, tab: CellTab): Promise<CellRow[]> {
  return db.cells.where('tab').equals(tab).toArray();
}

/** One indicator's cells across every region (or the listed ones), through the cells' `indicator` index (schema 8). */
export async function cellsOfIndicator(db: PlanBenchDB, indicator: string, regionIds?: readonly string[]): Promise<CellRow[]> {
  if (regionIds === undefined) return db.cells.where('indicator').equals(indicator).toArray();
  const rows = await db.cells.bulkGet(regionIds.map((regionId): [string, string] => [regionId, indicator]));
  return rows.filter((row): row is CellRow => row !== undefined);
}

/** Every cell (the all-domain matrix, jumps from notes). */
export function allCells(db: PlanBenchDB): Promise<CellRow[]> {
  return db.cells.toArray();
}

/** [regionId, indicator] of every cell per tab, read from the tab index without the cells themselves: the tab badges. */
export async function cellKeysByTab(db: PlanBenchDB): Promise<Map<CellTab, [string, string][]>> {
  const tabs = (await db.cells.orderBy('tab').uniqueKeys()) as CellTab[];
  const keys = await Promise.all(tabs.map((tab) => db.cells.where('tab').equals(tab).primaryKeys()));
  return new Map(tabs.map((tab, i) => [tab, keys[i] as [string, string][]]));
}
