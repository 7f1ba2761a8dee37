import { describe, expect, it } from 'vitest';
import { buildPanels, type CompareRegion } from '../../core/compare/compare';
import { comparison, input } from '../../core/compare/compare.fixtures';
import { chartRows, defaultMinRegions, foldPanels, setCount } from './folding';

const REGIONS: CompareRegion[] = Array.from({ length: 12 }, (_, i) => ({ id: `r${i}`, name: `地区${i}`, province: null }));

// Childcare places set by ten regions, the orphan coverage by one (in words), increments by one.
function panels() {
  const rows = [
    ...REGIONS.slice(0, 10).map((r, i) => input(r, { target: { value: 3 + i / 10, year: 2025, op: '=' } })),
    input(REGIONS[3] as CompareRegion, { indicator: 'orphan_protection_coverage', unit: '%', target: { value: null, year: 2025, op: null, text: '应保尽保' } }),
    input(REGIONS[5] as CompareRegion, { indicator: 'childcare_places_new', kind: 'increment', target: { value: 132, year: 2025, op: '>=' } }),
  ];
  return buildPanels(comparison(rows, { regions: REGIONS }));
}

describe('folding sparse indicators', () => {
  it('charts indicators many regions set and folds the ones a single region set', () => {
    const all = panels();
    expect(all.map(setCount).sort((a, b) => a - b)).toEqual([1, 1, 10]);
    const { charted, folded } = foldPanels(all, defaultMinRegions(REGIONS.length), false, new Set());
    expect(charted.map((p) => p.indicator)).toEqual(['childcare_places_per_1000']);
    expect(folded.map((p) => p.indicator).sort()).toEqual(['childcare_places_new', 'orphan_protection_coverage']);
  });

  it('charts everything with few regions, on request, or one folded indicator opened by the user', () => {
    const all = panels();
    expect(defaultMinRegions(3)).toBe(1);
    expect(foldPanels(all, 1, false, new Set()).folded).toHaveLength(0);
    expect(foldPanels(all, 2, true, new Set()).folded).toHaveLength(0);
    const increment = all.find((p) => p.indicator === 'childcare_places_new');
    const opened = foldPanels(all, 2, false, new Set([increment?.id ?? '']));
    expect(opened.charted.map((p) => p.indicator)).toContain('childcare_places_new');
    expect(opened.folded.map((p) => p.indicator)).toEqual(['orphan_protection_coverage']);
  });

  it('keeps only the regions that set something in a chart of many regions', () => {
    const childcare = panels().find((p) => p.indicator === 'childcare_places_per_1000');
    const rows = childcare?.rows ?? [];
    expect(rows).toHaveLength(12);
    expect(chartRows(rows, 12)).toHaveLength(10);
    expect(chartRows(rows, 3)).toHaveLength(12);
  });
});
