// What the views read from the workspace: each function is one query, meant to run inside a live query
// (useLiveQuery / useKeyedLiveQuery), so a view follows the store without knowing Dexie.
import Dexie from 'dexie';
import {
  achievementsOfDocument,
  achievementsOfIndicator as storedAchievementsOfIndicator,
  achievementsOfRegion as storedAchievementsOfRegion,
  getDocument,
  listDocuments,
  listRegions,
  loadChoices,
  targetsOfDocument,
} from '../db/repository';
import type { AchievementRow, AnnotationRow, BenchmarkRow, DocumentRow, RegionRow, StoredDocumentRow, TargetRow } from '../workspace/rows';
import { workspaceStore } from './store';

export const readRegions = (): Promise<RegionRow[]> => listRegions(workspaceStore());
export const readDocuments = (): Promise<StoredDocumentRow[]> => listDocuments(workspaceStore());
export const readDocument = (id: string): Promise<DocumentRow | undefined> => getDocument(workspaceStore(), id);
export const readTargetsOfDocument = (id: string): Promise<TargetRow[]> => targetsOfDocument(workspaceStore(), id);
export const readAllTargets = (): Promise<TargetRow[]> => workspaceStore().targets.toArray();
export const readTarget = (id: string): Promise<TargetRow | undefined> => workspaceStore().targets.get(id);
/** Every note: Compare, Review, the reader and the exports show them. */
export const readAnnotations = (): Promise<AnnotationRow[]> => workspaceStore().annotations.toArray();
export const readBenchmarks = (): Promise<BenchmarkRow[]> => workspaceStore().benchmarks.toArray();
export const readChoices = (): Promise<Record<string, string>> => loadChoices(workspaceStore());

/** Targets per document, an index count each (never a scan of every target). */
export async function countTargets(documentIds: readonly string[]): Promise<Map<string, number>> {
  const store = workspaceStore();
  const n = await Promise.all(documentIds.map((id) => store.targets.where('documentId').equals(id).count()));
  return new Map(documentIds.map((id, i) => [id, n[i] ?? 0]));
}

/** The targets of the given catalog indicators (through [indicator+regionId]) and those stored under a domain. */
export async function readDomainTargets(indicators: readonly string[], domain: string): Promise<TargetRow[]> {
  const store = workspaceStore();
  const [byIndicator, byDomain] = await Promise.all([
    Promise.all(indicators.map((id) => store.targets.where('[indicator+regionId]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray())),
    store.targets.where('domain').equals(domain).toArray(),
  ]);
  const rows = new Map<string, TargetRow>();
  for (const row of [...byIndicator.flat(), ...byDomain]) rows.set(row.id, row);
  return [...rows.values()];
}

/** A bar's source: its target and its document. */
export async function readSource(targetId: string, documentId: string): Promise<{ target: TargetRow | undefined; document: DocumentRow | undefined }> {
  return { target: await readTarget(targetId), document: await readDocument(documentId) };
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
