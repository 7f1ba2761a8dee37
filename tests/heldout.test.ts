// Texts nobody tuned the extractor on (tests/fixtures/heldout, see SOURCES.md), scored against a hand reading of
// their targets (heldout.gold.json). A guard against regressions on real prose, not a figure to chase.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/core/extract/extract';
import { parseGold } from '../src/eval/gold';
import { score } from '../src/eval/score';

function load(folder: string, goldFile: string) {
  const dir = fileURLToPath(new URL(`./fixtures/${folder}/`, import.meta.url));
  const parsed = parseGold(JSON.parse(readFileSync(dir + goldFile, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.detail);
  const predictions = parsed.value.map(({ doc }) => {
    const text = readFileSync(dir + doc, 'utf8');
    return { doc, text, targets: extractText(text).targets };
  });
  return { gold: parsed.value, predictions };
}

const { gold, predictions } = load('heldout', 'heldout.gold.json');

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

// Short texts written for issue 14 in the shapes of its error families (labelled by hand before extraction).
describe('texts in the shapes of the error families', () => {
  const families = load('families', 'families.gold.json');
  const result = score(families.gold, families.predictions);

  it('reads their targets and nothing else', () => {
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.95);
    expect(result.extras).toEqual([]);
  });

  it('keeps the op of every comparator spelled in words', () => {
    expect(result.fields.op.rate).toBe(1);
  });
});
