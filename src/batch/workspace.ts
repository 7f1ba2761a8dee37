// The run as a workspace file in the backup format, built without a database and without holding it in memory:
// each worker turns a document into its rows (one spool line per document), and at the end the spool is copied
// into the envelope of buildWorkspaceFile, documents then targets, with the regions the documents named.
import { rename, rm } from 'node:fs/promises';
import { loadBenchmarks } from '../core/catalog/benchmarks';
import type { RegionRow } from '../workspace/rows';
import { buildWorkspaceFile, type WorkspaceTables } from '../workspace/format';
import { dropPartialLine, scanLines } from './lines';
import { FileSink } from './sink';
import { regionIdFor, splitSpoolLine } from './spool';

export { regionIdFor, spoolLine, spoolPathOf } from './spool';

/** The `source` of workspace files the CLI writes. */
export const WORKSPACE_SOURCE = 'planbench-cli';

/** The hashes already in a spool left by an interrupted run; a half-written last line is dropped. */
export async function readSpool(path: string): Promise<Set<string>> {
  const hashes = new Set<string>();
  const scan = await scanLines(path, (line) => {
    const fields = splitSpoolLine(line);
    if (fields) hashes.add(fields.hash);
  });
  await dropPartialLine(path, scan);
  return hashes;
}

export interface WorkspaceCounts {
  regions: number;
  documents: number;
  targets: number;
}

function regionRows(names: Set<string | null>, createdAt: string): RegionRow[] {
  const rows = [...names].map((name): RegionRow => ({ id: regionIdFor(name), name: name ?? '', aliases: [], createdAt }));
  return rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Writes the workspace file from the spool: regions, documents (each content once), their targets and achievements,
 * the reference benchmarks the workbench ships, and empty notes and settings. Written beside `path`
 * and renamed into place, so a reader never sees half a file; the spool is removed afterwards.
 */
export async function writeWorkspace(spoolPath: string, path: string, exportedAt: string): Promise<WorkspaceCounts> {
  // Pass 1: which lines to take (the first of each content) and which regions they name.
  const take = new Set<number>();
  const hashes = new Set<string>();
  const regions = new Set<string | null>();
  let targets = 0;
  let lineNo = 0;
  await scanLines(spoolPath, (line) => {
    const fields = splitSpoolLine(line);
    if (fields && !hashes.has(fields.hash)) {
      hashes.add(fields.hash);
      take.add(lineNo);
      regions.add(fields.region);
      targets += fields.targets;
    }
    lineNo++;
  });
  const benchmarks = loadBenchmarks();
  if (!benchmarks.ok) throw new Error(`the bundled benchmarks are invalid: ${benchmarks.issues.join(', ')}`);
  const tables: WorkspaceTables = {
    regions: regionRows(regions, exportedAt),
    documents: [],
    targets: [],
    achievements: [],
    annotations: [],
    benchmarks: benchmarks.value.rows,
    settings: [],
  };
  const envelope = buildWorkspaceFile(tables, exportedAt, { source: WORKSPACE_SOURCE });
  const partial = `${path}.partial`;
  const sink = new FileSink(partial, 'w', 4 << 20);
  try {
    sink.write('{');
    let firstKey = true;
    for (const [key, value] of Object.entries(envelope)) {
      sink.write(`${firstKey ? '' : ','}${JSON.stringify(key)}:`);
      firstKey = false;
      if (key === 'documents' || key === 'targets' || key === 'achievements') {
        // Passes 2 to 4: the rows, copied from the spool without parsing them.
        sink.write('[');
        let first = true;
        let n = 0;
        await scanLines(spoolPath, (line) => {
          const fields = take.has(n++) ? splitSpoolLine(line) : null;
          const rows = fields === null ? null : key === 'documents' ? fields.document : key === 'targets' ? fields.targetRows : fields.achievementRows;
          if (rows === null || rows.length === 0) return;
          if (!first) sink.write(',');
          sink.write(rows);
          first = false;
        });
        sink.write(']');
      } else {
        sink.write(JSON.stringify(value));
      }
    }
    sink.write('}');
  } finally {
    sink.close();
  }
  await rename(partial, path);
  await rm(spoolPath, { force: true });
  return { regions: tables.regions.length, documents: take.size, targets };
}
