// The progress line of a run on a terminal: files and megabytes done, speed and time left, redrawn in place.

export interface ProgressState {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  /** Milliseconds since the start. */
  elapsed: number;
}

const MB = 1024 * 1024;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** e.g. `planbench: 120/2000 files, 45.3/812.0 MB, 2.1 MB/s, 9.8 files/s, 6m05s left` (fits 80 columns) */
export function formatProgress(p: ProgressState): string {
  const seconds = p.elapsed / 1000;
  const byteRate = seconds > 0 ? p.bytesDone / seconds : 0;
  const fileRate = seconds > 0 ? p.filesDone / seconds : 0;
  // Time left by bytes (extraction time follows size), by files while no byte is done yet (empty files).
  const left = byteRate > 0 ? (p.bytesTotal - p.bytesDone) / byteRate : fileRate > 0 ? (p.filesTotal - p.filesDone) / fileRate : Infinity;
  return (
    `planbench: ${p.filesDone}/${p.filesTotal} files, ${(p.bytesDone / MB).toFixed(1)}/${(p.bytesTotal / MB).toFixed(1)} MB, ` +
    `${(byteRate / MB).toFixed(1)} MB/s, ${fileRate.toFixed(fileRate < 10 ? 1 : 0)} files/s, ${p.filesDone === p.filesTotal ? 'done' : `${formatDuration(left)} left`}`
  );
}

export interface Terminal {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Standard error of the run: messages always, the progress line only on a terminal (redrawn at most
 * every `interval` ms, cleared before a message and at the end).
 */
export class StatusLine {
  private shown = false;
  private last = 0;
  constructor(
    private readonly out: Terminal,
    private readonly interval = 200,
  ) {}

  get live(): boolean {
    return this.out.isTTY === true;
  }

  progress(state: ProgressState, force = false): void {
    if (!this.live) return;
    const now = Date.now();
    if (!force && now - this.last < this.interval) return;
    this.last = now;
    const width = (this.out.columns ?? 100) - 1;
    const text = formatProgress(state);
    this.out.write(`\r\x1b[K${text.length > width ? text.slice(0, width) : text}`);
    this.shown = true;
  }

  message(line: string): void {
    this.clear();
    this.out.write(`${line}\n`);
  }

  clear(): void {
    if (!this.shown) return;
    this.out.write('\r\x1b[K');
    this.shown = false;
    this.last = 0;
  }
}
