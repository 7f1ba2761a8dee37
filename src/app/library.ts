// The Library's writes: delete a document (and take the deletion back), move it to another region, rename and merge
// regions. Every one returns its failure as a value, for the view to report in the researcher's language.
import { deleteDocument as deleteStored, moveDocument as moveStored, restoreDeleted } from '../db/documents';
import type { DeletedRows } from '../db/documents';
import type { DbResult } from '../db/errors';
import { mergeRegions as mergeStored, renameRegion as renameStored, type MergeCounts } from '../db/regions';
import { EXTRACTOR_VERSION } from '../core/extract/version';
import type { RegionRow, StoredDocumentRow } from '../workspace/rows';
import { readIndexFilled, type IndexFilled } from './seeding';
import { workspaceStore } from './store';

/** The samples' fields filled from seeds/index.json at import, per document id: shown as from the index. */
export function readSampleIndexFilled(): Promise<IndexFilled> {
  return readIndexFilled(workspaceStore());
}

/** Deletes a document with its text, targets and notes; the rows come back for undoDelete. */
export function deleteDocument(documentId: string): Promise<DbResult<{ deleted: DeletedRows }>> {
  return deleteStored(workspaceStore(), documentId);
}

export function undoDelete(rows: DeletedRows): Promise<DbResult> {
  return restoreDeleted(workspaceStore(), rows);
}

export function moveDocument(documentId: string, regionId: string): Promise<DbResult<{ targets: number }>> {
  return moveStored(workspaceStore(), documentId, regionId);
}

export function renameRegion(regionId: string, name: string): Promise<DbResult<{ region: RegionRow }>> {
  return renameStored(workspaceStore(), regionId, name);
}

export function mergeRegions(sourceId: string, targetId: string): Promise<DbResult<{ moved: MergeCounts }>> {
  return mergeStored(workspaceStore(), sourceId, targetId);
}

/**
 * Documents read by another extractor than this one (an older release, or before versions were stored): what they
 * hold may lack what the extractor reads today (achievements since schema 5), until they are extracted again.
 */
export function outdatedDocuments(documents: readonly Pick<StoredDocumentRow, 'extractorVersion'>[], version: string = EXTRACTOR_VERSION): number {
  return documents.reduce((n, d) => (d.extractorVersion === version ? n : n + 1), 0);
}
