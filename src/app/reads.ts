// What the views read from the workspace: each function is one query, meant to run inside a live query
// (useLiveQuery / useKeyedLiveQuery), so a view follows the store without knowing Dexie.
import {
  allCells,
  allSummaries,
  cellKeysByTab,
  cellsChanged,
  cellsOfIndicator,
  cellsOfTab,
  type CellRow,
  type CellTab,
  type RegionSummaryRow,
  achievementsOfDocument,
  achievementsOfIndicator as storedAchievementsOfIndicator,
  achievementsOfRegion as storedAchievementsOfRegion,
  getDocument,
  listDocuments,
  listRegions,
  loadChoices,
  allTargets,
  countTargets as storedCountTargets,
  targetById,
  targetsOfDocument,
} from '../db/repository';
import type { AchievementRow, AnnotationRow, BenchmarkRow, DocumentRow, RegionRow, StoredDocumentRow, TargetRow } from '../workspace/rows';
import { workspaceStore } from './store';
import { summarizeDocument, type DocumentSummary } from './comparison';

export const readRegions = (): Promise<RegionRow[]> => listRegions(workspaceStore());
export const readDocuments = (): Promise<StoredDocumentRow[]> => listDocuments(workspaceStore());
export const readDocument = (id: string): Promise<DocumentRow | undefined> => getDocument(workspaceStore(), id);
export const readTargetsOfDocument = (id: string): Promise<TargetRow[]> => targetsOfDocument(workspaceStore(), id);
/** Every target of every stored document (rows and packs merged: src/db/target-store.ts). */
export const readAllTargets = (): Promise<TargetRow[]> => allTargets(workspaceStore());
/** One target; `pack` is the pack key a target read from a pack carries. */
export const readTarget = (id: string, pack?: string): Promise<TargetRow | undefined> => targetById(workspaceStore(), id, pack);
/** Every note: Compare, Review, the reader and the exports show them. */
export const readAnnotations = (): Promise<AnnotationRow[]> => workspaceStore().annotations.toArray();
export const readBenchmarks = (): Promise<BenchmarkRow[]> => workspaceStore().benchmarks.toArray();
export const readChoices = (): Promise<Record<string, string>> => loadChoices(workspaceStore());
/** Every region's summary of its documents (schema 8): what Compare opens with instead of every document row. */
export const readRegionSummaries = (): Promise<RegionSummaryRow[]> => allSummaries(workspaceStore());
/** Every document as the comparison's exports cite it (full metadata): read when an export asks, never on opening Compare. */
export const readDocumentSummaries = async (): Promise<Map<string, DocumentSummary>> => new Map((await readDocuments()).map((d) => [d.id, summarizeDocument(d)]));
/** Compare's stored cells (effective targets) of one domain tab, every region. */
export const readTabCells = (tab: CellTab): Promise<CellRow[]> => cellsOfTab(workspaceStore(), tab);
/** One indicator's stored cells, every region (the cells' indicator index): what Compare's overview draws its first card from. */
export const readIndicatorCells = (indicator: string): Promise<CellRow[]> => cellsOfIndicator(workspaceStore(), indicator);
/** Answers every change to the stored cells, cheaply: what followRead watches in place of a large read of cells. */
export const readCellsChanged = (): Promise<unknown> => cellsChanged(workspaceStore());
/**
 * Answers every change to one whole table, cheaply: one row read by the table's whole key range, which Dexie's live
 * query then watches (a change anywhere in the table answers it). What useRead follows in place of reading the table.
 */
export const readTableChanged =
  (table: 'regions' | 'benchmarks' | 'regionSummaries' | 'annotations') =>
  (): Promise<unknown> =>
    workspaceStore()[table].limit(1).toArray();
/** Every stored cell: the all-domain matrix, jumps from notes, exports. */
export const readAllCells = (): Promise<CellRow[]> => allCells(workspaceStore());
/**
 * Every stored cell, grouped by tab, one read per tab, so the page deserialises one tab at a time (one task per tab)
 * rather than every cell in one long task. The reads go in `order` (tabs it does not name after them) and each tab is
 * handed to `onTab` as it lands, before the whole map resolves. Without `pace` they all start at once; with it, each
 * starts once the one before has landed and `pace` has resolved (Compare waits for an idle moment: a tab switch drawing
 * meanwhile is not held up by the tabs still to read). A pace that resolves `false` ends the reads there (Compare was
 * closed, or a newer read of every tab began): no other tab is read, and the answer is null.
 */
export async function readCellsByTab(
  order: readonly CellTab[] = [],
  onTab?: (tab: CellTab, cells: CellRow[]) => void,
  pace?: () => Promise<boolean | void>,
): Promise<Map<CellTab, CellRow[]> | null> {
  const store = workspaceStore();
  const stored = (await store.cells.orderBy('tab').uniqueKeys()) as CellTab[];
  const rank = (tab: CellTab) => (order.includes(tab) ? order.indexOf(tab) : order.length);
  const tabs = stored.map((tab, i) => ({ tab, i })).sort((a, b) => rank(a.tab) - rank(b.tab) || a.i - b.i).map((t) => t.tab);
  const read = new Map<CellTab, CellRow[]>();
  const readTab = async (tab: CellTab) => {
    const rows = await cellsOfTab(store, tab);
    read.set(tab, rows);
    onTab?.(tab, rows);
  };
  if (pace) {
    for (const tab of tabs) {
      if ((await pace()) === false) return null;
      await readTab(tab);
    }
  } else await Promise.all(tabs.map(readTab));
  // In the index's order whatever the order read, so every cell comes out in the same order as before.
  return new Map(stored.map((tab) => [tab, read.get(tab) ?? []]));
}
/** [regionId, indicator] of every cell per tab, keys only: the tab badges. */
export const readCellKeys = (): Promise<Map<CellTab, [string, string][]>> => cellKeysByTab(workspaceStore());

/** Targets per document, an index count each (a packed document: its last pack and its rows), never a scan of every target. */
export const countTargets = (documentIds: readonly string[]): Promise<Map<string, number>> => storedCountTargets(workspaceStore(), documentIds);

/** A bar's source: its target and its document. */
export async function readSource(targetId: string, documentId: string, pack?: string): Promise<{ target: TargetRow | undefined; document: DocumentRow | undefined }> {
  return { target: await readTarget(targetId, pack), document: await readDocument(documentId) };
}

/** How many plans the workspace holds (Replace names the number it is about to delete). */
export const countDocuments = (): Promise<number> => workspaceStore().documents.count();

/** A document's achievements (figures reported as reached), in text order. */
export const readAchievementsOfDocument = (id: string): Promise<AchievementRow[]> => achievementsOfDocument(workspaceStore(), id);
/** Every achievement: Review lists them beside the targets. */
export const readAllAchievements = (): Promise<AchievementRow[]> => workspaceStore().achievements.toArray();
export const readAchievement = (id: string): Promise<AchievementRow | undefined> => workspaceStore().achievements.get(id);
/** Every achievement of a region, from all its documents. */
export const achievementsOfRegion = (regionId: string): Promise<AchievementRow[]> => storedAchievementsOfRegion(workspaceStore(), regionId);
/** One catalog indicator's achievements across all regions (or the listed ones), through [indicator+regionId]. */
export const achievementsOfIndicator = (indicator: string, regionIds?: readonly string[]): Promise<AchievementRow[]> =>
  storedAchievementsOfIndicator(workspaceStore(), indicator, regionIds);

/** Achievements per document, an index count each. */
export async function countAchievements(documentIds: readonly string[]): Promise<Map<string, number>> {
  const store = workspaceStore();
  const n = await Promise.all(documentIds.map((id) => store.achievements.where('documentId').equals(id).count()));
  return new Map(documentIds.map((id, i) => [id, n[i] ?? 0]));
}
