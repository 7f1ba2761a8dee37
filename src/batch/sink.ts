// Output files written synchronously in large pieces: a record is in the file (the kernel's page cache) before the
// next one is written, so a run killed at any moment leaves at most its last line half-written.
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';

export class FileSink {
  private readonly fd: number;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  /** `flag` as for fs.open: 'w' to start afresh, 'a' to append. `buffer` bytes are gathered before a write (0: none). */
  constructor(
    readonly path: string,
    flag: 'w' | 'a',
    private readonly buffer = 0,
  ) {
    this.fd = openSync(path, flag);
  }

  /** Text as UTF-8, or bytes as they are (a worker's record, already encoded: src/batch/protocol.ts Piece). */
  write(text: string | Uint8Array): void {
    if (text.length === 0) return;
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    if (this.buffer === 0) {
      writeAll(this.fd, bytes);
      return;
    }
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= this.buffer) this.flush();
  }

  flush(): void {
    if (this.pendingBytes === 0) return;
    writeAll(this.fd, this.pending.length === 1 ? (this.pending[0] as Uint8Array) : Buffer.concat(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
  }

  close(options: { sync?: boolean } = {}): void {
    this.flush();
    if (options.sync) fsyncSync(this.fd);
    closeSync(this.fd);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}
