// The whole workspace: back it up to one file, restore from a file's bytes (merge or replace), empty it back to the
// samples, and the backup offered before a schema upgrade. Failures come back as values with a code the view translates.
import { err, ok, type Result } from '../core/result';
import { exportStoredDatabase, exportWorkspace, restoreWorkspace, type RestoreCounts, type RestoreMode } from '../db/backup';
import { installReferenceBenchmarks } from '../db/benchmarks';
import { guarded, writeFailure, type DbResult } from '../db/errors';
import { STAGING_SWEPT_KEY } from '../db/staged';
import { CURRENT_SCHEMA_VERSION } from '../workspace/rows';
import { storedSchemaVersion } from '../db/schema';
import { parseWorkspace, WORKSPACE_TYPE, type WorkspaceFile, type WorkspaceParse } from '../workspace/format';
import { workspaceStore } from './store';

export interface Backup {
  /** The file name to offer, dated by the backup. */
  name: string;
  json: string;
}

export function backupFile(file: WorkspaceFile, prefix = 'planbench-backup'): Backup {
  return { name: `${prefix}-${file.exportedAt.slice(0, 10)}.json`, json: JSON.stringify(file) };
}

/** Every table read in one transaction; a failed read is a value, never an exception. */
export async function backupWorkspace(): Promise<Result<Backup, 'write-failed' | 'quota-exceeded'>> {
  try {
    return ok(backupFile(await exportWorkspace(workspaceStore())));
  } catch (error) {
    const failure = writeFailure(error);
    return err(failure.code === 'quota-exceeded' ? 'quota-exceeded' : 'write-failed', failure.detail);
  }
}

/**
 * Why a file is not a backup this version can restore, in terms the researcher can act on:
 * not JSON at all, JSON that is not a PlanBench backup, a backup whose rows are damaged, or one from a newer PlanBench.
 */
export type RestoreProblem = 'not-json' | 'not-backup' | 'damaged' | 'newer-version' | 'cancelled' | 'quota-exceeded' | 'write-failed';

export interface Restored {
  added: RestoreCounts;
  skippedDocuments: number;
}

function looksLikeBackup(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && (json as { type?: unknown }).type === WORKSPACE_TYPE;
}

type RestoreOutcome = Result<Restored, RestoreProblem, { detail?: string; issues?: number }>;

function problemOf(json: unknown, parsed: Exclude<WorkspaceParse, { ok: true }>): RestoreOutcome {
  if (parsed.code === 'newer-version') return err('newer-version');
  const code = looksLikeBackup(json) ? 'damaged' : 'not-backup';
  return { ok: false, code, detail: parsed.issues.slice(0, 5).join('; '), issues: parsed.issues.length };
}

/**
 * Restores a backup file's bytes; an unreadable or invalid file changes nothing. The file is checked first, so a wrong
 * file is named before `confirmReplace` asks whether to empty the workspace (declined: 'cancelled'). `issues` are for logs only.
 */
export async function restoreFromBytes(bytes: Uint8Array, mode: RestoreMode, confirmReplace?: () => Promise<boolean>): Promise<RestoreOutcome> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return err('not-json', String(error));
  }
  const parsed = parseWorkspace(json);
  if (!parsed.ok) return problemOf(json, parsed);
  if (mode === 'replace' && confirmReplace && !(await confirmReplace())) return err('cancelled');
  const result = await restoreWorkspace(workspaceStore(), json, mode);
  if (result.ok) return ok(result.value);
  if (result.code === 'newer-version' || result.code === 'invalid-workspace') return problemOf(json, result);
  return err(result.code === 'quota-exceeded' ? 'quota-exceeded' : 'write-failed', 'detail' in result ? result.detail : undefined);
}

/** Empties every table but the benchmarks' reference set, which is installed again; a failed write is a value. */
export function clearWorkspace(): Promise<DbResult> {
  const store = workspaceStore();
  const tables = [store.regions, store.documents, store.texts, store.targets, store.targetPacks, store.achievements, store.annotations, store.settings, store.cells, store.regionSummaries];
  return guarded(async () => {
    await store.transaction('rw', tables, async () => {
      await Promise.all(tables.map((table) => table.clear()));
      // Nothing is left to sweep at launch (src/db/staged.ts): the full sweep of a database from before never runs.
      await store.settings.put({ key: STAGING_SWEPT_KEY, value: true });
    });
    return installReferenceBenchmarks(store);
  });
}

/**
 * Before the store opens: when the stored database is at an older schema version, the upgrade about to run is
 * announced and the database as it is can be saved first. Returns the backup to offer, or null when nothing upgrades.
 */
export async function backupBeforeUpgrade(
  name?: string,
  options?: Parameters<typeof storedSchemaVersion>[1],
): Promise<Result<{ from: number; to: number; backup: Backup } | null, 'read-failed'>> {
  try {
    const version = await storedSchemaVersion(name, options);
    if (version === null || version >= CURRENT_SCHEMA_VERSION) return ok(null);
    const file = await exportStoredDatabase(name, options);
    if (file === null) return ok(null);
    return ok({ from: version, to: CURRENT_SCHEMA_VERSION, backup: backupFile(file, `planbench-before-upgrade-v${version}`) });
  } catch (error) {
    return err('read-failed', String(error));
  }
}
