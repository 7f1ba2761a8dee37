import { describe, expect, it } from 'vitest';
import { EXIT, exitStatus, type RunSummary, summaryLine } from './run';

const base: RunSummary = { found: 0, extracted: 0, failed: 0, alreadyDone: 0, failedBefore: 0, unknown: new Map(), workspace: null };

describe('exitStatus', () => {
  it('is 0 when nothing failed (nothing found included), 1 when some failed, 3 when all failed', () => {
    expect(exitStatus(base)).toBe(EXIT.ok);
    expect(exitStatus({ ...base, extracted: 3 })).toBe(EXIT.ok);
    expect(exitStatus({ ...base, extracted: 3, failed: 1 })).toBe(EXIT.someFailed);
    expect(exitStatus({ ...base, failed: 2 })).toBe(EXIT.noneRead);
    // Documents extracted by the interrupted run count as read; its failures still count as failures.
    expect(exitStatus({ ...base, alreadyDone: 5, failed: 1 })).toBe(EXIT.someFailed);
    expect(exitStatus({ ...base, alreadyDone: 5, failedBefore: 1 })).toBe(EXIT.someFailed);
    expect(exitStatus({ ...base, failedBefore: 1 })).toBe(EXIT.noneRead);
  });
});

describe('summaryLine', () => {
  it('counts what was extracted, failed, already done and skipped, by extension', () => {
    const unknown = new Map([['.xls', 2], ['.doc', 5], ['', 1]]);
    expect(summaryLine({ ...base, found: 9, extracted: 6, failed: 1, alreadyDone: 2, unknown }, 'out.jsonl')).toBe(
      'planbench: 9 files: 6 extracted, 1 failed, 2 already in out.jsonl; 8 skipped (unknown extension: (none) 1, .doc 5, .xls 2)',
    );
    expect(summaryLine({ ...base, found: 1, extracted: 1, workspace: { regions: 1, documents: 1, targets: 4 } }, null)).toBe(
      'planbench: 1 file: 1 extracted; workspace: 1 documents, 4 targets, 1 regions',
    );
  });
});
