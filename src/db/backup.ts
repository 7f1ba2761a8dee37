// Export of the whole workspace to one file, and restore from it by replacing or merging, validated before any write.
import { remapChoiceSettingKey } from './choices';
import { guarded, type DbFailure } from './errors';
import { ok, type Err, type Ok } from '../core/result';
import { findRegionByName } from './regions';
import { rebuildCells } from './cells';
import { STAGING_PREFIX } from './staged';
import { joinDocument, splitDocument, type DocumentRow, type DocumentTextRow, type StoredDocumentRow, type TargetRow } from '../workspace/rows';
import type { WorkspaceTables } from '../workspace/format';
import { buildWorkspaceFile, parseWorkspace, type WorkspaceFile } from '../workspace/format';
import Dexie from 'dexie';
import { DEFAULT_DB_NAME, type PlanBenchDB, type PlanBenchDBOptions } from './schema';
import { addPacks, allTargets, isUntouched, packTargets, withoutPack, type TargetPackRow, type TargetTables } from './target-store';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreCounts {
  regions: number;
  documents: number;
  targets: number;
  achievements: number;
  annotations: number;
}

export interface RestoreSummary {
  added: RestoreCounts;
  skippedDocuments: number;
}

/** A file refused before any write (with the paths of what is wrong), or a failed write. */
export type RestoreResult = Ok<RestoreSummary> | Err<'invalid-workspace' | 'newer-version', { issues: string[] }> | DbFailure;

function allTables(db: PlanBenchDB) {
  return [db.regions, db.documents, db.texts, db.targets, db.targetPacks, db.achievements, db.annotations, db.benchmarks, db.settings];
}

/** Every document whole (texts joined back), one table read each. */
function wholeDocuments(stored: readonly StoredDocumentRow[], texts: readonly DocumentTextRow[]): DocumentRow[] {
  const byId = new Map(texts.map((t) => [t.id, t]));
  return stored.map((d) => joinDocument(d, byId.get(d.id)));
}

// Packed targets are written out as rows (src/db/target-store.ts): the file's format does not change.
async function committedTargets(tables: TargetTables, stored: ReadonlySet<string>): Promise<TargetRow[]> {
  return (await allTargets(tables)).filter((t) => stored.has(t.documentId)).map(withoutPack);
}

/** Every table read in one transaction, so the file is one consistent moment of the workspace. */
export async function exportWorkspace(db: PlanBenchDB): Promise<WorkspaceFile> {
  const tables = await db.transaction('r', allTables(db), async (): Promise<WorkspaceTables> => {
    const committed = new Set(await db.documents.toCollection().primaryKeys());
    return {
    regions: await db.regions.toArray(),
    documents: wholeDocuments(await db.documents.toArray(), await db.texts.toArray()),
    // A document still being imported in slices has targets but no document row yet: not part of the workspace.
    targets: await committedTargets(db, committed),
    achievements: (await db.achievements.toArray()).filter((a) => committed.has(a.documentId)),
    annotations: await db.annotations.toArray(),
    benchmarks: await db.benchmarks.toArray(),
    // A staging row names a document not part of the workspace (above): left out with it.
    settings: (await db.settings.toArray()).filter((s) => !s.key.startsWith(STAGING_PREFIX)),
    };
  });
  return buildWorkspaceFile(tables, new Date().toISOString());
}

const TABLE_NAMES = ['regions', 'documents', 'targets', 'achievements', 'annotations', 'benchmarks', 'settings'] as const;

/**
 * Exports a stored database as it is, at whatever version it was left (null when there is
 * none), without upgrading it: the backup offered before PlanBenchDB runs an upgrade.
 * parseWorkspace fills what newer versions added when the file is restored.
 */
export async function exportStoredDatabase(name: string = DEFAULT_DB_NAME, options: PlanBenchDBOptions = {}): Promise<WorkspaceFile | null> {
  const stored = new Dexie(name, options);
  try {
    await stored.open();
    const present = TABLE_NAMES.filter((table) => stored.tables.some((t) => t.name === table));
    const tables: Record<string, unknown[]> = Object.fromEntries(TABLE_NAMES.map((table) => [table, []]));
    // From version 3 the texts live in their own table; earlier versions kept them in documents.
    const hasTexts = stored.tables.some((t) => t.name === 'texts');
    // From version 9 a document stored in slices keeps its untouched targets in packs: written out as rows.
    const hasPacks = stored.tables.some((t) => t.name === 'targetPacks');
    await stored.transaction('r', [...present, ...(hasTexts ? ['texts'] : []), ...(hasPacks ? ['targetPacks'] : [])], async () => {
      for (const table of present) tables[table] = await stored.table(table).toArray();
      if (hasPacks) {
        const committed = new Set((tables.documents as { id: string }[]).map((d) => d.id));
        tables.targets = await committedTargets({ targets: stored.table('targets'), targetPacks: stored.table('targetPacks') }, committed);
      }
      if (hasTexts) {
        tables.documents = wholeDocuments(tables.documents as StoredDocumentRow[], (await stored.table('texts').toArray()) as DocumentTextRow[]);
      }
    });
    return buildWorkspaceFile(tables as unknown as WorkspaceTables, new Date().toISOString(), { schemaVersion: stored.verno });
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return null;
    throw error;
  } finally {
    stored.close();
  }
}

/**
 * A document with this many targets is restored with its untouched targets packed, as the import stores a document read
 * in slices (a plan of 2 MB and more): IndexedDB's cost is per row, and such a document has tens or hundreds of
 * thousands of targets. No plan read whole comes near it (the seeds have 19–125).
 */
export const RESTORE_PACKED_FROM = 2000;

/** The file's targets written back: rows, except a large document's untouched targets, which are packed. */
async function addTargets(db: PlanBenchDB, targets: readonly TargetRow[]): Promise<void> {
  const byDocument = new Map<string, TargetRow[]>();
  for (const t of targets) {
    const list = byDocument.get(t.documentId);
    if (list) list.push(t);
    else byDocument.set(t.documentId, [t]);
  }
  const rows: TargetRow[] = [];
  const packs: TargetPackRow[] = [];
  for (const [documentId, list] of byDocument) {
    if (list.length < RESTORE_PACKED_FROM) {
      for (const t of list) rows.push(t);
      continue;
    }
    // A pack holds one region's targets; a document's are all in its region unless a file was edited by hand.
    const untouched = new Map<string, TargetRow[]>();
    for (const t of list) {
      if (!isUntouched(t)) rows.push(t);
      else {
        const group = untouched.get(t.regionId);
        if (group) group.push(t);
        else untouched.set(t.regionId, [t]);
      }
    }
    let offset = 0;
    for (const [regionId, group] of untouched) {
      for (const pack of packTargets(documentId, regionId, group, offset)) packs.push(pack);
      offset += group.length;
    }
  }
  await db.targets.bulkAdd(rows);
  await addPacks(db, packs);
}

async function addDocuments(db: PlanBenchDB, documents: readonly DocumentRow[]): Promise<void> {
  const rows = documents.map(splitDocument);
  await db.texts.bulkPut(rows.map((r) => r.text));
  await db.documents.bulkAdd(rows.map((r) => r.stored));
}

async function replaceAll(db: PlanBenchDB, file: WorkspaceFile): Promise<RestoreCounts> {
  for (const table of allTables(db)) await table.clear();
  await db.regions.bulkAdd(file.regions);
  await addDocuments(db, file.documents);
  await addTargets(db, file.targets);
  await db.achievements.bulkAdd(file.achievements);
  await db.annotations.bulkAdd(file.annotations);
  await db.benchmarks.bulkAdd(file.benchmarks);
  await db.settings.bulkAdd(file.settings);
  return {
    regions: file.regions.length,
    documents: file.documents.length,
    targets: file.targets.length,
    achievements: file.achievements.length,
    annotations: file.annotations.length,
  };
}

// A file region becomes the stored region with its id, else the one with its name, else a new one.
async function mergeRegions(db: PlanBenchDB, file: WorkspaceFile): Promise<{ ids: Map<string, string>; added: number }> {
  const ids = new Map<string, string>();
  let added = 0;
  for (const region of file.regions) {
    const existing = (await db.regions.get(region.id)) ?? (region.name === '' ? undefined : await findRegionByName(db, region.name));
    if (existing) {
      ids.set(region.id, existing.id);
    } else {
      await db.regions.add(region);
      ids.set(region.id, region.id);
      added++;
    }
  }
  return { ids, added };
}

async function missingKeys<K extends string>(keys: readonly K[], exists: (key: K) => Promise<boolean>): Promise<Set<K>> {
  const missing = new Set<K>();
  for (const key of keys) if (!(await exists(key))) missing.add(key);
  return missing;
}

/**
 * Merges a file into the workspace: documents already stored (same SHA-256) are skipped with their
 * targets and achievements, so the workspace's own edits win; regions are matched by id then name; notes,
 * benchmarks and settings are added when their key is new.
 */
async function mergeAll(db: PlanBenchDB, file: WorkspaceFile): Promise<RestoreSummary> {
  const regions = await mergeRegions(db, file);
  const region = (id: string) => regions.ids.get(id) ?? id;
  const newDocuments = await missingKeys(file.documents.map((d) => d.id), async (id) => (await db.documents.where(':id').equals(id).count()) > 0);
  const documents = file.documents.filter((d) => newDocuments.has(d.id)).map((d) => ({ ...d, regionId: region(d.regionId) }));
  const targets = file.targets.filter((t) => newDocuments.has(t.documentId)).map((t) => ({ ...t, regionId: region(t.regionId) }));
  const achievements = file.achievements.filter((a) => newDocuments.has(a.documentId)).map((a) => ({ ...a, regionId: region(a.regionId) }));
  const newNotes = await missingKeys(file.annotations.map((a) => a.id), async (id) => (await db.annotations.get(id)) !== undefined);
  const annotations = file.annotations
    .filter((a) => newNotes.has(a.id))
    .map((a) => ({ ...a, regionId: region(a.regionId), otherRegionId: a.otherRegionId === null ? null : region(a.otherRegionId) }));
  const newBenchmarks = await missingKeys(file.benchmarks.map((b) => b.id), async (id) => (await db.benchmarks.get(id)) !== undefined);
  const settings = file.settings.map((s) => ({ ...s, key: remapChoiceSettingKey(s.key, regions.ids) }));
  const newSettings = await missingKeys(settings.map((s) => s.key), async (key) => (await db.settings.get(key)) !== undefined);
  await addDocuments(db, documents);
  await addTargets(db, targets);
  await db.achievements.bulkAdd(achievements);
  await db.annotations.bulkAdd(annotations);
  await db.benchmarks.bulkAdd(file.benchmarks.filter((b) => newBenchmarks.has(b.id)));
  await db.settings.bulkAdd(settings.filter((s) => newSettings.has(s.key)));
  return {
    added: { regions: regions.added, documents: documents.length, targets: targets.length, achievements: achievements.length, annotations: annotations.length },
    skippedDocuments: file.documents.length - documents.length,
  };
}

/**
 * Restores a workspace file (the parsed JSON). The whole file is validated first; an invalid one
 * changes nothing. The writes run in one transaction, so a failure midway changes nothing either.
 */
export async function restoreWorkspace(db: PlanBenchDB, json: unknown, mode: RestoreMode): Promise<RestoreResult> {
  const parsed = parseWorkspace(json);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  return guarded(() =>
    db.transaction('rw', [...allTables(db), db.cells, db.regionSummaries], async () => {
      const summary = mode === 'replace' ? { added: await replaceAll(db, file), skippedDocuments: 0 } : await mergeAll(db, file);
      // Compare's cells and region summaries of the restored workspace, in the same transaction (a restore is rare; every region is recomputed).
      await rebuildCells(db);
      return ok(summary);
    }),
  );
}
