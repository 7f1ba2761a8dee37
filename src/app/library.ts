// The Library's writes: delete a document (and take the deletion back), move it to another region, rename and merge
// regions. Every one returns its failure as a value, for the view to report in the researcher's language.
import { deleteDocument as deleteStored, moveDocument as moveStored, restoreDeleted } from '../db/documents';
import type { DeletedRows } from '../db/documents';
import type { DbResult } from '../db/errors';
import { mergeRegions as mergeStored, renameRegion as renameStored, type MergeCounts } from '../db/regions';
import { EXTRACTOR_VERSION } from '../core/extract/version';
import type { RegionRow, StoredDocumentRow } from '../workspace/rows';
import { readIndexFilled, readIndexFilledRow, type IndexFilled } from './seeding';
import { workspaceStore } from './store';

/** The samples' fields filled from seeds/index.json at import, per document id: shown as from the index. */
export function readSampleIndexFilled(): Promise<IndexFilled> {
  return readIndexFilled(workspaceStore());
}

/** As readSampleIndexFilled, or null while the samples are being imported and not yet filled (pendingIndexFill). */
export function readSampleIndexFilledRow(): Promise<IndexFilled | null> {
  return readIndexFilledRow(workspaceStore());
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

/** A region of the Library's list with its documents. */
export interface RegionGroup {
  region: RegionRow;
  documents: StoredDocumentRow[];
}

/** The page's time one task of grouping may take before it lets the page draw and answer input. */
const GROUPING_SLICE_MS = 15;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Groups the Library's documents by region, in tasks of its own (never in the task that read them: during an import of
 * 1,000 plans the read's reply and the grouping of every region with its JSON made one task of ~160 ms), a slice of
 * regions at a time. A group that did not change keeps its object, so its table is not redrawn when another region's
 * changes. A grouping overtaken by a newer one gives null, so what is shown is always the last read.
 */
export class RegionGrouper {
  private previous = new Map<string, { json: string; group: RegionGroup }>();
  private latest = 0;

  constructor(
    private readonly yieldTask: () => Promise<void> = nextTask,
    private readonly sliceMs: number = GROUPING_SLICE_MS,
  ) {}

  async group(regions: readonly RegionRow[], documents: readonly StoredDocumentRow[]): Promise<RegionGroup[] | null> {
    const mine = ++this.latest;
    await this.yieldTask();
    if (mine !== this.latest) return null;
    let started = performance.now();
    const byRegion = new Map<string, StoredDocumentRow[]>();
    for (const doc of documents) {
      const list = byRegion.get(doc.regionId);
      if (list) list.push(doc);
      else byRegion.set(doc.regionId, [doc]);
    }
    const next = new Map<string, { json: string; group: RegionGroup }>();
    const list: RegionGroup[] = [];
    for (const region of regions) {
      if (performance.now() - started >= this.sliceMs) {
        await this.yieldTask();
        if (mine !== this.latest) return null;
        started = performance.now();
      }
      const docs = byRegion.get(region.id);
      if (!docs) continue;
      const group = { region, documents: docs };
      const json = JSON.stringify(group);
      const kept = this.previous.get(region.id);
      const entry = kept && kept.json === json ? kept : { json, group };
      next.set(region.id, entry);
      list.push(entry.group);
    }
    this.previous = next;
    return list;
  }
}
