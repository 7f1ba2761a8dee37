// Read-only queries for the views; wrap them in Dexie's liveQuery to follow changes.
import Dexie from 'dexie';
import type { EffectiveInput } from '../core/review/effective';
import type { AchievementRow, RegionRow, StoredDocumentRow, TargetRow } from '../workspace/rows';
import type { PlanBenchDB } from './schema';
import {
  allTargets as storedTargets,
  countTargets as storedCountTargets,
  targetById as storedTargetById,
  targetsOfDocument as storedTargetsOfDocument,
  targetsOfIndicator as storedTargetsOfIndicator,
  targetsOfRegion as storedTargetsOfRegion,
} from './target-store';

export async function listRegions(db: PlanBenchDB): Promise<RegionRow[]> {
  return db.regions.orderBy('name').toArray();
}

/** Documents without their texts (those are in the texts table), newest import first. */
export async function listDocuments(db: PlanBenchDB, regionId?: string): Promise<StoredDocumentRow[]> {
  const rows = regionId === undefined ? await db.documents.toArray() : await db.documents.where('regionId').equals(regionId).toArray();
  return rows.sort((a, b) => (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : 0));
}

/** A document's targets in text order (rows and packed targets merged: src/db/target-store.ts). */
export async function targetsOfDocument(db: PlanBenchDB, documentId: string): Promise<TargetRow[]> {
  const rows = await storedTargetsOfDocument(db, documentId);
  return rows.sort((a, b) => a.extracted.start - b.extracted.start || a.extracted.end - b.extracted.end);
}

export function targetsOfRegion(db: PlanBenchDB, regionId: string): Promise<TargetRow[]> {
  return storedTargetsOfRegion(db, regionId);
}

/** One catalog indicator across all regions (or the listed ones), by its effective (edited) id. */
export function targetsOfIndicator(db: PlanBenchDB, indicator: string, regionIds?: readonly string[]): Promise<TargetRow[]> {
  return storedTargetsOfIndicator(db, indicator, regionIds);
}

/** Every target of every committed document (a document still being stored in slices has no document row yet). */
export async function allTargets(db: PlanBenchDB): Promise<TargetRow[]> {
  const [targets, documents] = await Promise.all([storedTargets(db), db.documents.toCollection().primaryKeys()]);
  const committed = new Set(documents);
  return targets.filter((t) => committed.has(t.documentId));
}

/** One target by id; `pack` is the pack key a target read from a pack carries (found without it, more slowly). */
export function targetById(db: PlanBenchDB, id: string, pack?: string): Promise<TargetRow | undefined> {
  return storedTargetById(db, id, pack);
}

/** Targets per document, without reading them all. */
export function countTargets(db: PlanBenchDB, documentIds: readonly string[]): Promise<Map<string, number>> {
  return storedCountTargets(db, documentIds);
}

/** A document's achievements in text order. */
export async function achievementsOfDocument(db: PlanBenchDB, documentId: string): Promise<AchievementRow[]> {
  const rows = await db.achievements.where('documentId').equals(documentId).toArray();
  return rows.sort((a, b) => a.extracted.start - b.extracted.start || a.extracted.end - b.extracted.end);
}

export async function achievementsOfRegion(db: PlanBenchDB, regionId: string): Promise<AchievementRow[]> {
  return db.achievements.where('regionId').equals(regionId).toArray();
}

/** One catalog indicator's achievements across all regions (or the listed ones), by its effective (edited) id. */
export async function achievementsOfIndicator(db: PlanBenchDB, indicator: string, regionIds?: readonly string[]): Promise<AchievementRow[]> {
  if (regionIds) return db.achievements.where('[indicator+regionId]').anyOf(regionIds.map((r) => [indicator, r])).toArray();
  return db.achievements.where('[indicator+regionId]').between([indicator, Dexie.minKey], [indicator, Dexie.maxKey]).toArray();
}

/** Targets paired with their document's metadata, ready for effectiveTargets. */
export async function effectiveInputs(db: PlanBenchDB, targets: readonly TargetRow[]): Promise<EffectiveInput[]> {
  const ids = [...new Set(targets.map((t) => t.documentId))];
  const documents = await db.documents.bulkGet(ids);
  const metadata = new Map(documents.flatMap((d) => (d ? [[d.id, d.metadata] as const] : [])));
  return targets.flatMap((target) => {
    const document = metadata.get(target.documentId);
    return document ? [{ target, document }] : [];
  });
}
