import { describe, expect, it } from 'vitest';
import { IMPLAUSIBLE_NUMBER } from '../core/extract/plausible';
import { saveExtraction } from './documents';
import { openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleExtraction, sampleInput, sampleRecord } from './testing/samples';

describe('the save path never stores Infinity', () => {
  it('keeps an absurd value as text with a flag, whatever made the record', async () => {
    const db = openTestDb();
    // A record as an older extractor (or a hand-made file) could hand over: Number('9'.repeat(5000)).
    const absurd = sampleRecord({
      id: 'k-big',
      quote: `托位数达到${'9'.repeat(5000)}个`,
      target: { value: Number('9'.repeat(5000)), year: 2025, op: '=' },
      baseline: { value: Number.NaN, year: 2020 },
      stretch: Number.POSITIVE_INFINITY,
    });
    const input = await sampleInput('absurd plan', { extracted: sampleExtraction({ targets: [sampleRecord(), absurd] }) });
    expectOk(await saveExtraction(db, input));
    const stored = await db.targets.where('documentId').equals(input.hash).toArray();
    const row = stored.find((t) => t.extracted.id === 'k-big');
    expect(row?.extracted.target).toEqual({ value: null, year: 2025, op: '=', text: absurd.quote });
    expect(row?.extracted.baseline).toBeNull();
    expect(row?.extracted.stretch).toBeNull();
    expect(row?.extracted.flags).toEqual([IMPLAUSIBLE_NUMBER]);
    // The plausible one is stored as it was.
    expect(stored.find((t) => t.extracted.id === 'k-0001')?.extracted).toEqual(sampleRecord());
  });
});
