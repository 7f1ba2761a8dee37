import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, StatusLine } from './progress';

const MB = 1024 * 1024;

describe('formatProgress', () => {
  it('shows files, megabytes, speed and time left by bytes', () => {
    expect(formatProgress({ filesDone: 120, filesTotal: 2000, bytesDone: 45 * MB, bytesTotal: 810 * MB, elapsed: 20_000 })).toBe(
      'planbench: 120/2000 files, 45.0/810.0 MB, 2.3 MB/s, 6.0 files/s, 5m40s left',
    );
    expect(formatProgress({ filesDone: 3, filesTotal: 3, bytesDone: MB, bytesTotal: MB, elapsed: 1000 })).toMatch(/, done$/u);
    const long = formatProgress({ filesDone: 99_999, filesTotal: 100_000, bytesDone: 9999 * MB, bytesTotal: 10_000 * MB, elapsed: 3_600_000 });
    expect(long).toBe('planbench: 99999/100000 files, 9999.0/10000.0 MB, 2.8 MB/s, 28 files/s, 0s left');
    expect(long.length).toBeLessThan(80);
    expect(formatProgress({ filesDone: 0, filesTotal: 3, bytesDone: 0, bytesTotal: MB, elapsed: 0 })).toMatch(/\? left$/u);
  });

  it('words durations', () => {
    expect([formatDuration(5), formatDuration(65), formatDuration(3 * 3600 + 7 * 60), formatDuration(Infinity)]).toEqual(['5s', '1m05s', '3h07m', '?']);
  });
});

describe('StatusLine', () => {
  const state = { filesDone: 1, filesTotal: 2, bytesDone: MB, bytesTotal: 2 * MB, elapsed: 1000 };

  it('stays quiet off a terminal but for messages', () => {
    const out: string[] = [];
    const line = new StatusLine({ write: (t: string) => out.push(t), isTTY: false });
    line.progress(state, true);
    line.message('planbench: a.txt: the file is empty');
    expect(out).toEqual(['planbench: a.txt: the file is empty\n']);
  });

  it('redraws in place on a terminal and clears the line before a message', () => {
    const out: string[] = [];
    const line = new StatusLine({ write: (t: string) => out.push(t), isTTY: true, columns: 40 }, 1_000_000);
    line.progress(state);
    line.progress(state); // within the interval: not drawn
    line.message('planbench: b.pdf: needs OCR');
    expect(out).toHaveLength(3);
    expect(out[0]?.startsWith('\r\x1b[Kplanbench: 1/2 files')).toBe(true);
    expect(out[0]!.length).toBeLessThanOrEqual('\r\x1b[K'.length + 39);
    expect(out.slice(1)).toEqual(['\r\x1b[K', 'planbench: b.pdf: needs OCR\n']);
  });
});
