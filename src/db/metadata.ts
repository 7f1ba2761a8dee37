// The researcher's corrections of a document's metadata: kept beside the extraction, applied to it, moved with the document's region, undoable.
import { failure, guarded, type DbResult } from './errors';
import { ok } from '../core/result';
import { hasDocument } from './documents';
import { resolveRegion } from './regions';
import { cellTables, refreshCells, regionsOfDocument } from './cells';
import type { MetadataEdits, StoredDocumentRow } from '../workspace/rows';
import type { PlanBenchDB } from './schema';
import { moveTargetsOfDocument } from './target-store';

/** A region chosen for a document: an official division (with its code) or a custom one (code null). */
export interface RegionChoice {
  name: string;
  code: string | null;
  province: string | null;
}

export interface MetadataChange {
  plan_title?: string | null;
  issuer?: string | null;
  issued?: string | null;
  period?: { start: number; end: number } | null;
  kind?: MetadataEdits['kind'];
  region?: RegionChoice;
}

/** How a document was before an edit, to put it back. */
export interface MetadataSnapshot {
  documentId: string;
  regionId: string;
  metadata: StoredDocumentRow['metadata'];
  metadataEdits: MetadataEdits | null;
}

async function moveRows(db: PlanBenchDB, documentId: string, regionId: string): Promise<void> {
  const { ids } = await moveTargetsOfDocument(db, documentId, regionId);
  await db.achievements.where('documentId').equals(documentId).modify({ regionId });
  await db.annotations.where('targetId').anyOf(ids).modify({ regionId });
}

/**
 * Applies the researcher's corrections to a document's metadata and records them as edits, so a
 * re-extraction keeps them. A new region moves the document, its targets and their notes there
 * (the region of that division, or of that name, created when new). Returns the document as it was.
 */
export async function editMetadata(db: PlanBenchDB, documentId: string, change: MetadataChange): Promise<DbResult<{ previous: MetadataSnapshot; regionId: string }>> {
  return guarded(() =>
    db.transaction('rw', [db.regions, db.achievements, db.annotations, ...cellTables(db)], async () => {
      const document = await db.documents.get(documentId);
      if (!document) return failure('not-found');
      const previous: MetadataSnapshot = { documentId, regionId: document.regionId, metadata: document.metadata, metadataEdits: document.metadataEdits ?? null };
      const was = await regionsOfDocument(db, documentId);
      const { region, ...fields } = change;
      const edits: MetadataEdits = { ...(document.metadataEdits ?? {}), ...fields };
      let regionId = document.regionId;
      if (region) {
        const name = region.name.trim();
        if (name === '') return failure('unknown-region');
        regionId = await resolveRegion(db, name, new Date().toISOString(), { code: region.code, province: region.province });
        // A custom region's province is the researcher's to set, also on an existing region.
        if (region.code === null && region.province) await db.regions.update(regionId, { province: region.province });
        Object.assign(edits, { region: name, region_code: region.code, province: region.province });
      }
      await db.documents.put({ ...document, regionId, metadata: { ...document.metadata, ...edits }, metadataEdits: edits });
      if (regionId !== document.regionId) await moveRows(db, documentId, regionId);
      // The document's kind, title and issue date decide effective targets, and each cell carries its metadata.
      await refreshCells(db, [...was, document.regionId, regionId]);
      return ok({ previous, regionId });
    }),
  );
}

/** Undoes editMetadata: the metadata, the edits and the region as they were. */
export async function restoreMetadata(db: PlanBenchDB, snapshot: MetadataSnapshot): Promise<DbResult> {
  return guarded(() =>
    db.transaction('rw', [db.regions, db.achievements, db.annotations, ...cellTables(db)], async () => {
      if (!(await hasDocument(db, snapshot.documentId))) return failure('not-found');
      // The region may have been merged away since: then the document stays where it is.
      const regionExists = (await db.regions.get(snapshot.regionId)) !== undefined;
      const document = (await db.documents.get(snapshot.documentId))!;
      const regionId = regionExists ? snapshot.regionId : document.regionId;
      const was = await regionsOfDocument(db, snapshot.documentId);
      await db.documents.put({ ...document, regionId, metadata: snapshot.metadata, metadataEdits: snapshot.metadataEdits });
      if (regionId !== document.regionId) await moveRows(db, snapshot.documentId, regionId);
      await refreshCells(db, [...was, document.regionId, regionId]);
      return ok();
    }),
  );
}
