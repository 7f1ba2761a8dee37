// Fuzz properties of the extractor over hostile text: it never throws, never writes a number a plan
// cannot state, every span lies inside the text and reads back as its quote, and each case finishes
// within a generous bound (the patterns are linear; a case is at most a few tens of thousands of characters).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractBytes, extractText } from './extract';
import { checkAchieved, checkRecords, hostileText } from './hostile.fixtures';

/** Per case: generous, for a slow shared machine; the quadratic patterns took seconds to minutes here. */
const CASE_MS = 3_000;

function timed<T>(run: () => T): T {
  const t0 = performance.now();
  const out = run();
  expect(performance.now() - t0).toBeLessThan(CASE_MS);
  return out;
}

describe('extractor fuzz', () => {
  it('reads hostile text within bounds: no throw, spans inside the text, finite plausible numbers', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const doc = timed(() => extractText(text));
        expect(doc.text).toBe(text);
        checkRecords(text, doc.targets);
        checkAchieved(text, doc.achieved);
      }),
      { numRuns: 80 },
    );
  });

  it('turns any bytes into a document or an error value, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2_000 }), hostileText(2_000).map((t) => new TextEncoder().encode(t))), (bytes) => {
        const result = timed(() => extractBytes(bytes));
        if (!result.ok) {
          expect(['empty-file', 'binary-file', 'undecodable']).toContain(result.code);
          return;
        }
        checkRecords(result.value.text, result.value.targets);
        checkAchieved(result.value.text, result.value.achieved);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same records for the same text (ids are stable)', () => {
    fc.assert(
      fc.property(hostileText(500), (text) => {
        const [a, b] = [extractText(text), extractText(text)];
        expect(a.targets).toEqual(b.targets);
        expect(a.achieved).toEqual(b.achieved);
      }),
      { numRuns: 40 },
    );
  });
});
