// Texts nobody tuned the extractor on (tests/fixtures/heldout, see SOURCES.md), scored against a hand reading of
// their targets (heldout.gold.json). A guard against regressions on real prose, not a figure to chase.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/core/extract';
import { parseGold } from '../src/eval/gold';
import { score } from '../src/eval/score';

const DIR = fileURLToPath(new URL('./fixtures/heldout/', import.meta.url));
const parsed = parseGold(JSON.parse(readFileSync(DIR + 'heldout.gold.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.error);
const gold = parsed.docs;
const predictions = gold.map(({ doc }) => {
  const text = readFileSync(DIR + doc, 'utf8');
  return { doc, text, targets: extractText(text).targets };
});

describe('held-out texts', () => {
  const result = score(gold, predictions);

  it('finds the targets of texts it was not tuned on', () => {
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.95);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('takes nothing from a report of what was achieved', () => {
    const report = predictions.find((p) => p.doc.startsWith('hangzhou'));
    expect(report?.targets).toEqual([]);
  });

  it('gives the catalog id wherever the gold has one', () => {
    const ids = result.canonicalCoverage;
    expect(ids.total).toBeGreaterThan(0);
    expect(ids.rate).toBeGreaterThanOrEqual(0.95);
  });
});
