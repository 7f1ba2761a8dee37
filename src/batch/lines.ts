// Reading the line files a run appends to (JSON Lines output, the workspace spool) without holding them in memory,
// and cutting off a last line that a killed run left half-written.
import { open, truncate } from 'node:fs/promises';

const CHUNK = 1 << 20;

export interface LineScan {
  /** Complete lines (ending in \n). */
  lines: number;
  /** Bytes up to and including the last \n. */
  complete: number;
  /** Bytes of the file; more than `complete` when the last line was cut short. */
  size: number;
}

/** Calls `onLine` with each complete line (without its \n); a missing file has no lines. */
export async function scanLines(path: string, onLine: (line: Buffer) => void): Promise<LineScan> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { lines: 0, complete: 0, size: 0 };
    throw err;
  }
  const scan: LineScan = { lines: 0, complete: 0, size: 0 };
  let pending: Buffer[] = [];
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, scan.size);
      if (bytesRead === 0) break;
      const data = chunk.subarray(0, bytesRead);
      scan.size += bytesRead;
      let start = 0;
      for (let nl = data.indexOf(10); nl >= 0; nl = data.indexOf(10, start)) {
        const piece = data.subarray(start, nl);
        onLine(pending.length === 0 ? Buffer.from(piece) : Buffer.concat([...pending, piece]));
        pending = [];
        scan.lines++;
        scan.complete = scan.size - bytesRead + nl + 1;
        start = nl + 1;
      }
      if (start < data.length) pending.push(Buffer.from(data.subarray(start)));
    }
  } finally {
    await handle.close();
  }
  return scan;
}

/** Drops a half-written last line, so what is appended next starts on a line of its own. */
export async function dropPartialLine(path: string, scan: LineScan): Promise<void> {
  if (scan.complete < scan.size) await truncate(path, scan.complete);
}
