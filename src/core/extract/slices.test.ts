// Slicing a large document must not change a single record: every seed and fixture plan, alone and all of them
// concatenated three times over, read in slices of a few thousand characters gives exactly extractText's records.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';
import { extractInSlices, sliceCuts } from './slices';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const plans = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
const SEEDS = plans('seeds');
const FIXTURES = [...plans('tests/fixtures/families'), ...plans('tests/fixtures/heldout')];

function sliced(text: string, sliceChars: number) {
  const { head, slices } = extractInSlices(text, { sliceChars });
  const parts = [...slices];
  return { head, parts, targets: parts.flatMap((p) => p.targets), achieved: parts.flatMap((p) => p.achieved) };
}

describe('extraction in slices', () => {
  it.each([...SEEDS, ...FIXTURES].map((text, i) => [i, text] as const))('plan %i: the same records as one reading, in slices of 1,500 characters', (_i, text) => {
    const whole = extractText(text);
    const { head, parts, targets, achieved } = sliced(text, 1500);
    expect(targets).toEqual(whole.targets);
    expect(achieved).toEqual(whole.achieved);
    expect(head.metadata).toEqual(whole.metadata);
    expect(head.normalized).toBe(whole.normalized);
    if (text.length > 4000) expect(parts.length).toBeGreaterThan(1);
  });

  it('the seeds and fixtures concatenated three times: the same records, ids made unique across slices, progress rising to the end', () => {
    const text = [...SEEDS, ...FIXTURES, ...SEEDS, ...FIXTURES, ...SEEDS, ...FIXTURES].join('\n\n');
    const whole = extractText(text);
    const { parts, targets, achieved } = sliced(text, 4000);
    expect(whole.targets.length).toBeGreaterThan(1000);
    expect(parts.length).toBeGreaterThan(20);
    expect(targets).toEqual(whole.targets);
    expect(achieved).toEqual(whole.achieved);
    // Ids hold the offset in the whole text (and a count where two fingerprints meet): unique across slices too.
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
    const done = parts.map((p) => p.charsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(whole.normalized.length);
  });

  it('carries a news report\'s stated goals to the slices after it', () => {
    const news = SEEDS.find((t) => extractText(t).metadata.kind === 'news_report');
    expect(news).toBeDefined();
    // A bare figure far below the goals: a target only because the report stated its goals earlier.
    const filler = Array.from({ length: 60 }, () => '会议强调,要坚持以人民为中心的发展思想。').join('\n');
    const text = `${news}\n${filler}\n全市新增普惠托位2000个。\n`;
    const whole = extractText(text);
    expect(whole.targets.some((t) => t.target.value === 2000 && t.name.includes('托位'))).toBe(true);
    expect(sliced(text, 500).targets).toEqual(whole.targets);
  });

  it('cuts only at line starts, never inside a table or other span the prose reader skips', () => {
    const text = 'a\nb\n|x|y|\n|1|2|\n|3|4|\nc\nd\n';
    const table = { start: 4, end: 20 };
    const cuts = sliceCuts(text, [table], 3);
    expect(cuts.length).toBeGreaterThan(0);
    for (const cut of cuts) {
      expect(text[cut - 1]).toBe('\n');
      expect(cut <= table.start || cut >= table.end).toBe(true);
    }
    expect(sliceCuts(text, [], 1000)).toEqual([]);
  });
});
