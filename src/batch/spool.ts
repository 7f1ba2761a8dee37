// One document as one line of the workspace spool: its rows as the workbench stores them, built in the worker thread
// that extracted it. src/batch/workspace.ts turns the spool into the workspace file at the end of the run.
import { createHash } from 'node:crypto';
import { documentRow, extractedAchievementRows, extractedTargetRows, UNKNOWN_REGION_ID } from '../workspace/rows';
import type { PreparedDocument } from '../import/prepare';

/** Where the rows of a run wait for the end of the run: beside the workspace file, removed once it is written. */
export function spoolPathOf(workspacePath: string): string {
  return `${workspacePath}.spool`;
}

/**
 * A region's id, derived from its name so that every run, shard and machine gives the same name the
 * same id (the workbench makes random ids; on a merge restore it matches regions by id, then name).
 */
export function regionIdFor(name: string | null): string {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '') return UNKNOWN_REGION_ID;
  return `region-${createHash('sha256').update(trimmed, 'utf8').digest('hex').slice(0, 24)}`;
}

/**
 * One document as one spool line: `hash \t target count \t region name (JSON) \t document row \t target rows
 * \t achievement rows`, the rows as the workbench stores them (documentRow, extractedTargetRows,
 * extractedAchievementRows). JSON never holds a raw tab or line feed, so the fields split without parsing.
 * A line left by an older run has no achievement field: its document has no achievements.
 */
export function spoolLine(prepared: PreparedDocument, importedAt: string): string {
  const regionName = prepared.extracted.metadata.region?.trim() || null;
  const document = documentRow(prepared, prepared.extracted, regionIdFor(regionName), importedAt);
  const targets = extractedTargetRows(document, prepared.extracted.targets, importedAt);
  const achievements = extractedAchievementRows(document, prepared.extracted.achieved, importedAt);
  const rows = (list: readonly object[]) => JSON.stringify(list).slice(1, -1);
  return `${document.id}\t${targets.length}\t${JSON.stringify(regionName)}\t${JSON.stringify(document)}\t${rows(targets)}\t${rows(achievements)}\n`;
}

export interface SpoolFields {
  hash: string;
  targets: number;
  region: string | null;
  document: Buffer;
  targetRows: Buffer;
  /** Empty for a line an older run wrote. */
  achievementRows: Buffer;
}

export function splitSpoolLine(line: Buffer): SpoolFields | null {
  const tabs: number[] = [];
  for (let at = line.indexOf(9); at >= 0 && tabs.length < 5; at = line.indexOf(9, at + 1)) tabs.push(at);
  const [t1, t2, t3, t4, t5] = tabs;
  if (t1 === undefined || t2 === undefined || t3 === undefined || t4 === undefined) return null;
  try {
    return {
      hash: line.toString('latin1', 0, t1),
      targets: Number(line.toString('latin1', t1 + 1, t2)),
      region: JSON.parse(line.toString('utf8', t2 + 1, t3)) as string | null,
      document: line.subarray(t3 + 1, t4),
      targetRows: line.subarray(t4 + 1, t5),
      achievementRows: t5 === undefined ? line.subarray(0, 0) : line.subarray(t5 + 1),
    };
  } catch {
    return null;
  }
}
