// Regions: found by name or alias on import, renamed, and merged when two names turn out to be one place.
import { moveChoices } from './choices';
import { cellTables, refreshCells } from './cells';
import { failure, guarded, type DbResult } from './errors';
import { ok } from '../core/result';
import { newId } from './ids';
import { UNKNOWN_REGION_ID, type RegionRow } from '../workspace/rows';
import type { PlanBenchDB } from './schema';
import { moveTargetsOfRegion } from './target-store';

/** The region with this name or alias; usable inside a transaction over regions. */
export async function findRegionByName(db: PlanBenchDB, name: string): Promise<RegionRow | undefined> {
  return (await db.regions.where('name').equals(name).first()) ?? (await db.regions.where('aliases').equals(name).first());
}

/** An official division (its code) or a province, as far as it is known, for a region being found or created. */
export interface RegionPlace {
  code?: string | null;
  province?: string | null;
}

/**
 * Inside a transaction over regions: the id of the region of this division (by code), else the one
 * called `name`, created if new (with its code and province); the unknown region when there is no name.
 */
export async function resolveRegion(db: PlanBenchDB, name: string | null | undefined, now: string, place: RegionPlace = {}): Promise<string> {
  const planned = await planRegion(db, name, now, place);
  if (planned.create) await db.regions.add(planned.create);
  return planned.id;
}

/**
 * What resolveRegion would return, without adding a region: the new region's row comes back as `create`, for
 * the caller to add when its document is complete (a large import stores its targets first). An existing region
 * still learns its division's code and province at once.
 */
export async function planRegion(db: PlanBenchDB, name: string | null | undefined, now: string, place: RegionPlace = {}): Promise<{ id: string; create: RegionRow | null }> {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '') {
    const create = (await db.regions.get(UNKNOWN_REGION_ID)) === undefined ? { id: UNKNOWN_REGION_ID, name: '', aliases: [], createdAt: now } : null;
    return { id: UNKNOWN_REGION_ID, create };
  }
  const code = place.code ?? null;
  const byCode = code ? await db.regions.where('code').equals(code).first() : undefined;
  if (byCode) return { id: byCode.id, create: null };
  const found = await findRegionByName(db, trimmed);
  if (found) {
    // A region made before its division was known (by name, or by an older PlanBench) learns it now.
    if ((found.code ?? null) === null && code !== null) await db.regions.update(found.id, { code, province: place.province ?? found.province ?? null });
    else if ((found.province ?? null) === null && place.province) await db.regions.update(found.id, { province: place.province });
    return { id: found.id, create: null };
  }
  const id = newId('region');
  return { id, create: { id, name: trimmed, aliases: [], createdAt: now, code, province: place.province ?? null } };
}

/** A region wanted by one document of a batch: a name (the researcher's, or read from the text) and its division. */
export interface RegionRequest {
  name: string | null | undefined;
  place?: RegionPlace;
  /** The time a region created for it is stamped with. */
  now: string;
}

/** What a batch of planRegion calls writes: regions to add, and changes to existing regions, in order. */
export interface PlannedRegions {
  ids: string[];
  create: RegionRow[];
  update: Array<{ id: string; changes: Partial<RegionRow> }>;
}

/**
 * planRegion for every request of a batch at once, inside a transaction over regions: the lookups are all sent
 * together (one wait instead of two or three per document) and answered in order from them and from what the batch
 * itself created or changed, so each request gets the region it would get if the ones before it had been planned
 * and written one by one (a name or code created or learnt earlier in the batch is found). Writes nothing: the caller
 * adds `create` and applies `update` in order.
 */
export async function planRegions(db: PlanBenchDB, requests: readonly RegionRequest[]): Promise<PlannedRegions> {
  const names = new Set<string>();
  const codes = new Set<string>();
  let unknownWanted = false;
  for (const { name, place } of requests) {
    const trimmed = name?.trim() ?? '';
    if (trimmed === '') unknownWanted = true;
    else {
      names.add(trimmed);
      if (place?.code) codes.add(place.code);
    }
  }
  const nameList = [...names];
  const codeList = [...codes];
  const [unknown, byName, byAlias, byCode] = await Promise.all([
    unknownWanted ? db.regions.get(UNKNOWN_REGION_ID) : Promise.resolve(undefined),
    Promise.all(nameList.map((n) => db.regions.where('name').equals(n).first())),
    Promise.all(nameList.map((n) => db.regions.where('aliases').equals(n).first())),
    Promise.all(codeList.map((c) => db.regions.where('code').equals(c).first())),
  ]);
  const storedByName = new Map(nameList.map((n, i) => [n, byName[i] ?? byAlias[i]] as const));
  // Regions as the batch leaves them: a code is taken only when no region had it, a name is created only when none
  // had it, so what the batch adds never hides what was stored, only answers lookups that found nothing.
  const codeOf = new Map<string, string>();
  for (const [i, c] of codeList.entries()) if (byCode[i]) codeOf.set(c, byCode[i].id);
  const createdByName = new Map<string, RegionRow>();
  const current = new Map<string, RegionRow>();
  let unknownExists = unknown !== undefined;
  const planned: PlannedRegions = { ids: [], create: [], update: [] };
  for (const { name, place = {}, now } of requests) {
    const trimmed = name?.trim() ?? '';
    if (trimmed === '') {
      if (!unknownExists) planned.create.push({ id: UNKNOWN_REGION_ID, name: '', aliases: [], createdAt: now });
      unknownExists = true;
      planned.ids.push(UNKNOWN_REGION_ID);
      continue;
    }
    const code = place.code ?? null;
    const withCode = code ? codeOf.get(code) : undefined;
    if (withCode !== undefined) {
      planned.ids.push(withCode);
      continue;
    }
    const stored = storedByName.get(trimmed) ?? createdByName.get(trimmed);
    if (stored) {
      const found = current.get(stored.id) ?? stored;
      let changes: Partial<RegionRow> | null = null;
      if ((found.code ?? null) === null && code !== null) changes = { code, province: place.province ?? found.province ?? null };
      else if ((found.province ?? null) === null && place.province) changes = { province: place.province };
      if (changes) {
        current.set(found.id, { ...found, ...changes });
        planned.update.push({ id: found.id, changes });
        if (code !== null && changes.code === code) codeOf.set(code, found.id);
      }
      planned.ids.push(found.id);
      continue;
    }
    const region: RegionRow = { id: newId('region'), name: trimmed, aliases: [], createdAt: now, code, province: place.province ?? null };
    createdByName.set(trimmed, region);
    current.set(region.id, region);
    if (code !== null) codeOf.set(code, region.id);
    planned.create.push(region);
    planned.ids.push(region.id);
  }
  return planned;
}

export async function createRegion(db: PlanBenchDB, name: string): Promise<DbResult<{ region: RegionRow }>> {
  const trimmed = name.trim();
  return guarded(() =>
    db.transaction('rw', db.regions, async () => {
      const existing = await findRegionByName(db, trimmed);
      if (trimmed === '' || existing) return failure('name-taken', existing ? { conflictId: existing.id } : {});
      const region: RegionRow = { id: newId('region'), name: trimmed, aliases: [], createdAt: new Date().toISOString() };
      await db.regions.add(region);
      return ok({ region });
    }),
  );
}

/**
 * Renames a region and keeps the old name as an alias, so later imports of plans that use the old
 * name still land here. The unknown region cannot be renamed (create a region and merge into it).
 */
export async function renameRegion(db: PlanBenchDB, regionId: string, name: string): Promise<DbResult<{ region: RegionRow }>> {
  const trimmed = name.trim();
  if (regionId === UNKNOWN_REGION_ID) return failure('unknown-region');
  return guarded(() =>
    db.transaction('rw', db.regions, async () => {
      const region = await db.regions.get(regionId);
      if (!region) return failure('not-found');
      const holder = await findRegionByName(db, trimmed);
      if (trimmed === '' || (holder && holder.id !== regionId)) return failure('name-taken', holder ? { conflictId: holder.id } : {});
      const aliases = [...region.aliases.filter((a) => a !== trimmed), ...(region.name === trimmed ? [] : [region.name])];
      const renamed: RegionRow = { ...region, name: trimmed, aliases };
      await db.regions.put(renamed);
      return ok({ region: renamed });
    }),
  );
}

export interface MergeCounts {
  documents: number;
  targets: number;
  achievements: number;
  annotations: number;
}

/**
 * Moves every document, target, annotation and choice of `sourceId` to `targetId`, adds the
 * source's name and aliases to the target's aliases and deletes the source, in one transaction.
 */
export async function mergeRegions(db: PlanBenchDB, sourceId: string, targetId: string): Promise<DbResult<{ moved: MergeCounts }>> {
  if (sourceId === targetId) return failure('same-region');
  return guarded(() =>
    db.transaction('rw', [db.regions, db.achievements, db.annotations, ...cellTables(db)], async () => {
      const [source, target] = await db.regions.bulkGet([sourceId, targetId]);
      if (!source || !target) return failure('not-found');
      const aliases = new Set([...target.aliases, source.name, ...source.aliases]);
      aliases.delete(target.name);
      aliases.delete('');
      await db.regions.put({ ...target, aliases: [...aliases] });
      await db.regions.delete(sourceId);
      const moved: MergeCounts = {
        documents: await db.documents.where('regionId').equals(sourceId).modify({ regionId: targetId }),
        targets: await moveTargetsOfRegion(db, sourceId, targetId),
        achievements: await db.achievements.where('regionId').equals(sourceId).modify({ regionId: targetId }),
        annotations: await db.annotations.where('regionId').equals(sourceId).modify({ regionId: targetId }),
      };
      await db.annotations.filter((a) => a.otherRegionId === sourceId).modify({ otherRegionId: targetId });
      await moveChoices(db, sourceId, targetId);
      await refreshCells(db, [sourceId, targetId]);
      return ok({ moved });
    }),
  );
}
