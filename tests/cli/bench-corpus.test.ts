// The benchmark's synthetic corpus is fit to measure with: deterministic, renamed, renumbered, in every variant,
// and still extracted like the seeds it comes from (no speed is asserted anywhere).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nameStems, newStem, perturbNumbers, random, readSeeds, regionFiles, variantOf } from '../../bench/corpus';
import { decodeBytes } from '../../src/core/text/decode';
import { provinceMentions } from '../../src/core/compare/compare-benchmarks';
import { extractBytes } from '../../src/core/extract/extract';

const seeds = readSeeds(join(fileURLToPath(new URL('../../', import.meta.url)), 'seeds'));

describe('bench corpus', () => {
  it('finds the place-name stems of a region', () => {
    expect(nameStems('广元市利州区')).toEqual(['广元', '利州']);
    expect(nameStems('雄安新区')).toEqual(['雄安']);
    expect(newStem(3, 0)).toHaveLength(2);
  });

  it('gives each of 1,000 regions its own place names, none naming a province', () => {
    const names = Array.from({ length: 1000 }, (_, k) => [0, 1, 2, 3].map((j) => newStem(k, j))).flat();
    expect(new Set(names).size).toBe(4000);
    expect(names.filter((n) => n[0] === n[1])).toEqual([]);
    expect(names.filter((n) => provinceMentions(n).length > 0)).toEqual([]);
  });

  it('moves numbers but not years or small counts', () => {
    const text = '到2025年,参保率达到95.5%,新增托位1200个,每个乡镇1所。';
    const moved = perturbNumbers(text, random(1));
    expect(moved).toMatch(/^到2025年,参保率达到\d+\.\d%,新增托位\d+个,每个乡镇1所。$/u);
    expect(moved).not.toBe(text);
    expect(perturbNumbers(text, random(1))).toBe(moved);
  });

  it('is the same on every run, and mixes simplified, traditional and GB18030 regions', () => {
    expect(regionFiles(seeds, 0).map((f) => f.bytes)).toEqual(regionFiles(seeds, 0).map((f) => f.bytes));
    expect([0, 1, 2, 3, 4].map(variantOf)).toEqual(['simplified', 'simplified', 'simplified', 'traditional', 'gb18030']);
    const gb = regionFiles(seeds, 4)[0];
    const decoded = gb && decodeBytes(gb.bytes);
    expect(decoded?.ok && decoded.value.encoding).toBe('gb18030');
  });

  it('keeps the tables and prose: each plan gives as many targets as its seed, under a new region name', () => {
    for (const k of [0, 3, 4]) {
      const files = regionFiles(seeds, k);
      files.forEach((file, i) => {
        const seed = seeds[i]!;
        const original = extractBytes(new TextEncoder().encode(seed.text));
        const copy = extractBytes(file.bytes);
        expect(original.ok && copy.ok).toBe(true);
        if (!original.ok || !copy.ok) return;
        expect(copy.value.targets.length, `${file.path} (${file.variant})`).toBe(original.value.targets.length);
        if (original.value.metadata.region !== null) expect(copy.value.metadata.region).not.toBe(original.value.metadata.region);
      });
    }
  });
});
