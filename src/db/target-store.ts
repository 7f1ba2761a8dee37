// Every read of targets goes through this module: rows of the `targets` table, and (schema 9) the packs of documents
// stored in slices, merged.
/*
 * IndexedDB costs about the same per row written whatever the row holds (~600 µs per target row in Chromium with the
 * targets' indexes, README → Benchmark), so a plan stored in slices (src/db/staged.ts, 2 MB and more) keeps its
 * untouched extracted targets PACK_SIZE to a row of `targetPacks`, indexed by document, region and (multi-entry) the
 * indicators of its targets, never by target id (an index entry per target costs as much as a row). Every other
 * document keeps one row per target, as before.
 *
 * A target the researcher touches (edits, confirms, rejects; an orphan kept by re-extraction) becomes a row of
 * `targets` with the same id, and that row overrides its packed copy: a reader drops every packed target whose id has
 * a row of the same document. A target read from a pack carries its pack's key (`pack`), and so does the row that
 * overrides it, so a writer finds the packed copy without an index and a count knows which rows are overrides.
 * A pack is never rewritten for an edit; re-extraction replaces a document's packs, moving a document or merging
 * regions rewrites their `regionId`, deleting a document deletes them.
 */
import Dexie from 'dexie';
import type { TargetRow } from '../workspace/rows';
import { isManual } from '../workspace/rows';
import type { PlanBenchDB } from './schema';

/** Targets per pack: ~100–500 keeps a pack's read small and its row count a hundredth of the targets'. */
export const PACK_SIZE = 200;

/** A target as a pack holds it: its document and region are the pack's. */
export type PackedTarget = Omit<TargetRow, 'documentId' | 'regionId' | 'pack'>;

export interface TargetPackRow {
  /** `${documentId}:${offset}`, the offset (zero-padded) of its first target among the document's packed targets. */
  key: string;
  documentId: string;
  regionId: string;
  /** The distinct (effective) indicators of its targets, a multi-entry index: the one-indicator read finds its packs. */
  indicators: string[];
  targets: PackedTarget[];
}

/** The two tables targets are read from; `targetPacks` is null inside an upgrade to a version before 9. */
export interface TargetTables {
  targets: PlanBenchDB['targets'];
  targetPacks: PlanBenchDB['targetPacks'] | null;
}

const OFFSET_DIGITS = 10;

/** A pack's key: the offset is zero-padded so the document's last pack is its greatest key (its count is read from it). */
export function packKey(documentId: string, offset: number): string {
  return `${documentId}:${String(offset).padStart(OFFSET_DIGITS, '0')}`;
}

function offsetOf(key: string): number {
  return Number(key.slice(key.lastIndexOf(':') + 1));
}

/** A target the researcher has not touched: extracted, unedited, not an orphan, not typed in. Only these are packed. */
export function isUntouched(row: TargetRow): boolean {
  return row.status === 'extracted' && row.edits === null && !row.orphaned && !isManual(row);
}

/** The row without its pack key (what a workspace file, or a row that overrides no pack, holds). */
export function withoutPack(row: TargetRow): TargetRow {
  if (row.pack === undefined) return row;
  const { pack: _pack, ...rest } = row;
  return rest;
}

/** One document's rows (in one region) as packs of PACK_SIZE, the first at `offset`. */
export function packTargets(documentId: string, regionId: string, rows: readonly TargetRow[], offset: number): TargetPackRow[] {
  const packs: TargetPackRow[] = [];
  for (let i = 0; i < rows.length; i += PACK_SIZE) {
    const indicators = new Set<string>();
    const targets: PackedTarget[] = [];
    for (const row of rows.slice(i, i + PACK_SIZE)) {
      const { documentId: _d, regionId: _r, pack: _p, ...target } = row;
      if (target.indicator !== null) indicators.add(target.indicator);
      targets.push(target);
    }
    packs.push({ key: packKey(documentId, offset + i), documentId, regionId, indicators: [...indicators], targets });
  }
  return packs;
}

/** The packed targets of `packs` whose ids are not in `skip` (and that `keep` accepts), as rows carrying their pack key. */
function unpack(packs: readonly TargetPackRow[], skip: ReadonlySet<string>, out: TargetRow[], keep?: (target: PackedTarget) => boolean): TargetRow[] {
  for (const pack of packs) {
    for (const target of pack.targets) {
      if (skip.has(target.id) || (keep && !keep(target))) continue;
      // Freshly read from IndexedDB: completed in place rather than copied (a large plan has hundreds of thousands).
      out.push(Object.assign(target as TargetRow, { documentId: pack.documentId, regionId: pack.regionId, pack: pack.key }));
    }
  }
  return out;
}

/** Ids of the rows of the packs' documents: every packed copy they override. */
async function rowIdsOf(tables: TargetTables, packs: readonly TargetPackRow[]): Promise<Set<string>> {
  const documents = [...new Set(packs.map((p) => p.documentId))];
  if (documents.length === 0) return new Set();
  return new Set((await tables.targets.where('documentId').anyOf(documents).primaryKeys()) as string[]);
}

/** A document's targets (unordered): its rows and, when it is packed, its packed targets no row overrides. */
export async function targetsOfDocument(tables: TargetTables, documentId: string): Promise<TargetRow[]> {
  const rows = await tables.targets.where('documentId').equals(documentId).toArray();
  if (!tables.targetPacks) return rows;
  const packs = await tables.targetPacks.where('documentId').equals(documentId).toArray();
  if (packs.length === 0) return rows;
  return unpack(packs, new Set(rows.map((r) => r.id)), rows);
}

/** In primary-key order, as a read of rows alone gives them: the effective-target rule settles ties in that order. */
function byId(rows: TargetRow[]): TargetRow[] {
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every target of a region, from all its documents, by id. */
export async function targetsOfRegion(tables: TargetTables, regionId: string): Promise<TargetRow[]> {
  const rows = await tables.targets.where('regionId').equals(regionId).toArray();
  if (!tables.targetPacks) return rows;
  const packs = await tables.targetPacks.where('regionId').equals(regionId).toArray();
  if (packs.length === 0) return rows;
  return byId(unpack(packs, await rowIdsOf(tables, packs), rows));
}

/** One indicator's targets (by their effective id) across all regions, or the listed ones. */
export async function targetsOfIndicator(tables: TargetTables, indicator: string, regionIds?: readonly string[]): Promise<TargetRow[]> {
  const { targets } = tables;
  const rows = regionIds
    ? await targets.where('[indicator+regionId]').anyOf(regionIds.map((r) => [indicator, r])).toArray()
    : await targets.where('[indicator+regionId]').between([indicator, Dexie.minKey], [indicator, Dexie.maxKey]).toArray();
  if (!tables.targetPacks) return rows;
  const wanted = regionIds ? new Set(regionIds) : null;
  const packs = (await tables.targetPacks.where('indicators').equals(indicator).toArray()).filter((p) => !wanted || wanted.has(p.regionId));
  if (packs.length === 0) return rows;
  return unpack(packs, await rowIdsOf(tables, packs), rows, (t) => t.indicator === indicator);
}

/** Every target of the workspace by id (including those of a document still being stored in slices). */
export async function allTargets(tables: TargetTables): Promise<TargetRow[]> {
  const rows = await tables.targets.toArray();
  if (!tables.targetPacks) return rows;
  const packs = await tables.targetPacks.toArray();
  if (packs.length === 0) return rows;
  return byId(unpack(packs, new Set(rows.map((r) => r.id)), rows));
}

/**
 * One target by id: its row, else its packed copy — read from the pack `pack` names when the caller has it (a target
 * read from a pack carries it), else looked for through its document's packs, one at a time.
 */
export async function targetById(tables: TargetTables, id: string, pack?: string): Promise<TargetRow | undefined> {
  const row = await tables.targets.get(id);
  if (row || !tables.targetPacks) return row;
  const inPack = (p: TargetPackRow): boolean => p.targets.some((t) => t.id === id);
  const found = pack !== undefined ? await tables.targetPacks.get(pack) : await tables.targetPacks.where('documentId').equals(id.slice(0, id.indexOf(':'))).filter(inPack).first();
  if (!found || !inPack(found)) return undefined;
  return unpack([{ ...found, targets: found.targets.filter((t) => t.id === id) }], new Set(), [])[0];
}

/** Targets per document, without reading every target: an index count for a document of rows; for a packed one its last pack's offset and size plus its rows that override nothing. */
export async function countTargets(tables: TargetTables, documentIds: readonly string[]): Promise<Map<string, number>> {
  // Only these documents' ranges of the index are read, so a live count is not woken by the packs of another
  // document (a plan being stored in slices writes hundreds).
  const packed = tables.targetPacks && documentIds.length > 0 ? new Set((await tables.targetPacks.where('documentId').anyOf(documentIds).keys()) as string[]) : new Set<string>();
  const n = await Promise.all(
    documentIds.map(async (id) => {
      if (!packed.has(id) || !tables.targetPacks) return tables.targets.where('documentId').equals(id).count();
      const last = await tables.targetPacks.where('documentId').equals(id).last();
      const rows = await tables.targets.where('documentId').equals(id).toArray();
      return (last ? offsetOf(last.key) + last.targets.length : 0) + rows.filter((r) => r.pack === undefined).length;
    }),
  );
  return new Map(documentIds.map((id, i) => [id, n[i] ?? 0]));
}

/** Whether a document's extracted targets are packed. */
export async function isPacked(tables: TargetTables, documentId: string): Promise<boolean> {
  return tables.targetPacks !== null && (await tables.targetPacks.where('documentId').equals(documentId).count()) > 0;
}

/** Every region that has a target (rows or packs). */
export async function regionsWithTargets(tables: TargetTables): Promise<Set<string>> {
  const regions = new Set((await tables.targets.orderBy('regionId').uniqueKeys()) as string[]);
  if (tables.targetPacks) for (const id of (await tables.targetPacks.orderBy('regionId').uniqueKeys()) as string[]) regions.add(id);
  return regions;
}

/** Every document that has a target (rows or packs), committed or not. */
export async function documentsWithTargets(tables: TargetTables): Promise<Set<string>> {
  const documents = new Set((await tables.targets.orderBy('documentId').uniqueKeys()) as string[]);
  if (tables.targetPacks) for (const id of (await tables.targetPacks.orderBy('documentId').uniqueKeys()) as string[]) documents.add(id);
  return documents;
}

/** The regions a document's targets are in (read before a write moves them, so their old regions are refreshed too). */
export async function regionsOfDocument(tables: TargetTables, documentId: string): Promise<Set<string>> {
  const regions = new Set((await tables.targets.where('documentId').equals(documentId).toArray()).map((t) => t.regionId));
  if (tables.targetPacks) await tables.targetPacks.where('documentId').equals(documentId).each((p) => regions.add(p.regionId));
  return regions;
}

/** Writes a document's packs. */
export async function addPacks(tables: TargetTables, packs: readonly TargetPackRow[]): Promise<void> {
  if (packs.length === 0) return;
  if (!tables.targetPacks) throw new Error('targetPacks is not in this schema');
  await tables.targetPacks.bulkAdd(packs as TargetPackRow[]);
}

/** Deletes a document's packs; returns them (an undo puts them back). */
export async function deletePacksOfDocument(tables: TargetTables, documentId: string): Promise<TargetPackRow[]> {
  if (!tables.targetPacks) return [];
  const packs = await tables.targetPacks.where('documentId').equals(documentId).toArray();
  await tables.targetPacks.bulkDelete(packs.map((p) => p.key));
  return packs;
}

/** Deletes a document's packs without reading them; returns how many there were. */
export async function removePacksOfDocument(tables: TargetTables, documentId: string): Promise<number> {
  return tables.targetPacks ? tables.targetPacks.where('documentId').equals(documentId).delete() : 0;
}

/** Moves a document's targets (rows and packs) to a region; returns every target id of it and how many targets it has. */
export async function moveTargetsOfDocument(tables: TargetTables, documentId: string, regionId: string): Promise<{ ids: string[]; count: number }> {
  const rowIds = (await tables.targets.where('documentId').equals(documentId).primaryKeys()) as string[];
  await tables.targets.where('documentId').equals(documentId).modify({ regionId });
  const ids = new Set(rowIds);
  if (tables.targetPacks) {
    await tables.targetPacks.where('documentId').equals(documentId).modify((pack) => {
      pack.regionId = regionId;
      for (const t of pack.targets) ids.add(t.id);
    });
  }
  return { ids: [...ids], count: ids.size };
}

/** Moves every target of a region (rows and packs) to another; returns how many targets moved. */
export async function moveTargetsOfRegion(tables: TargetTables, fromId: string, toId: string): Promise<number> {
  const rowIds = new Set((await tables.targets.where('regionId').equals(fromId).primaryKeys()) as string[]);
  await tables.targets.where('regionId').equals(fromId).modify({ regionId: toId });
  let packed = 0;
  if (tables.targetPacks) {
    await tables.targetPacks.where('regionId').equals(fromId).modify((pack) => {
      pack.regionId = toId;
      for (const t of pack.targets) if (!rowIds.has(t.id)) packed++;
    });
  }
  return rowIds.size + packed;
}
