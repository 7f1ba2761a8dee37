// Researcher's notes on a region × indicator, on the gap between two regions, or on one target.
import { failure, guarded, type DbResult } from './errors';
import { ok } from '../core/result';
import { newId } from './ids';
import type { AnnotationRow, AnnotationTag } from '../workspace/rows';
import type { PlanBenchDB } from './schema';

export interface NewAnnotation {
  regionId: string;
  /** indicatorKey: catalog id, or 'name:' + target name. */
  indicator: string;
  text: string;
  tag?: AnnotationTag | null;
  otherRegionId?: string | null;
  targetId?: string | null;
}

export type AnnotationPatch = Partial<Pick<AnnotationRow, 'text' | 'tag' | 'otherRegionId' | 'targetId'>>;

export async function addAnnotation(db: PlanBenchDB, input: NewAnnotation): Promise<DbResult<{ annotation: AnnotationRow }>> {
  return guarded(() =>
    db.transaction('rw', [db.regions, db.annotations], async () => {
      const regions = await db.regions.bulkGet([input.regionId, ...(input.otherRegionId ? [input.otherRegionId] : [])]);
      if (regions.some((r) => r === undefined)) return failure('not-found');
      const now = new Date().toISOString();
      const annotation: AnnotationRow = {
        id: newId('note'),
        regionId: input.regionId,
        indicator: input.indicator,
        otherRegionId: input.otherRegionId ?? null,
        text: input.text,
        tag: input.tag ?? null,
        targetId: input.targetId ?? null,
        createdAt: now,
        updatedAt: now,
      };
      await db.annotations.add(annotation);
      return ok({ annotation });
    }),
  );
}

export async function updateAnnotation(
  db: PlanBenchDB,
  id: string,
  patch: AnnotationPatch,
): Promise<DbResult<{ annotation: AnnotationRow; previous: AnnotationRow }>> {
  return guarded(() =>
    db.transaction('rw', db.annotations, async () => {
      const previous = await db.annotations.get(id);
      if (!previous) return failure('not-found');
      const annotation: AnnotationRow = { ...previous, ...definedOnly(patch), updatedAt: new Date().toISOString() };
      await db.annotations.put(annotation);
      return ok({ annotation, previous });
    }),
  );
}

// A patch field left undefined means "unchanged", not "erase".
function definedOnly(patch: AnnotationPatch): AnnotationPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

export async function deleteAnnotation(db: PlanBenchDB, id: string): Promise<DbResult<{ deleted: AnnotationRow }>> {
  return guarded(() =>
    db.transaction('rw', db.annotations, async () => {
      const deleted = await db.annotations.get(id);
      if (!deleted) return failure('not-found');
      await db.annotations.delete(id);
      return ok({ deleted });
    }),
  );
}

/** Undo of deleteAnnotation or updateAnnotation: writes the rows back as they were. */
export async function restoreAnnotations(db: PlanBenchDB, rows: readonly AnnotationRow[]): Promise<DbResult> {
  return guarded(async () => {
    await db.annotations.bulkPut([...rows]);
    return ok();
  });
}

/** Notes on one region × indicator, oldest first. */
export async function listAnnotations(db: PlanBenchDB, regionId: string, indicator: string): Promise<AnnotationRow[]> {
  const rows = await db.annotations.where('[regionId+indicator]').equals([regionId, indicator]).toArray();
  return rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** Notes on the gap between two regions for one indicator, whichever region they were written from. */
export async function listGapAnnotations(db: PlanBenchDB, regionA: string, regionB: string, indicator: string): Promise<AnnotationRow[]> {
  const [fromA, fromB] = await Promise.all([listAnnotations(db, regionA, indicator), listAnnotations(db, regionB, indicator)]);
  return [...fromA.filter((a) => a.otherRegionId === regionB), ...fromB.filter((a) => a.otherRegionId === regionA)].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
}
