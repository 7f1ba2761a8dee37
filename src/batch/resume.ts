// What an earlier run already wrote to a JSON Lines file: the content hashes of its documents and of the files it
// could read but not use, so --resume skips them.
import { dropPartialLine, scanLines } from './lines';

export interface DoneRecords {
  /** Hashes of documents extracted. */
  extracted: Set<string>;
  /** Hashes of files read but refused (empty, binary, corrupt, a scan…): the same bytes fail the same way. */
  failed: Set<string>;
  /** Files that could not be opened (error records without a hash): tried again, but not recorded twice. */
  unopened: Set<string>;
  /** Complete lines that are not a record (kept, but ignored). */
  unreadable: number;
  /** Bytes of a half-written last line that was dropped. */
  dropped: number;
}

const SHA256 = /^[0-9a-f]{64}$/u;

/** A record's content hash and whether it is an error record; hash null for a file that could not be read at all. */
export function recordHash(line: string): { file: string; hash: string | null; failed: boolean } | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { file, hash, error } = value as { file?: unknown; hash?: unknown; error?: unknown };
  if (typeof file !== 'string') return null;
  const failed = error !== undefined;
  if (typeof hash === 'string' && SHA256.test(hash)) return { file, hash, failed };
  return failed ? { file, hash: null, failed } : null;
}

/** Reads the records of `path` (none when it does not exist) and cuts off a half-written last line. */
export async function readDoneRecords(path: string): Promise<DoneRecords> {
  const done: DoneRecords = { extracted: new Set(), failed: new Set(), unopened: new Set(), unreadable: 0, dropped: 0 };
  const scan = await scanLines(path, (line) => {
    const text = line.toString('utf8');
    if (text.trim() === '') return;
    const record = recordHash(text);
    if (record === null) done.unreadable++;
    else if (record.hash === null) done.unopened.add(record.file);
    else (record.failed ? done.failed : done.extracted).add(record.hash);
  });
  done.dropped = scan.size - scan.complete;
  await dropPartialLine(path, scan);
  // A file both failed and extracted (fixed between runs under another name) counts as extracted.
  for (const hash of done.extracted) done.failed.delete(hash);
  return done;
}
