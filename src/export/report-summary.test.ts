import { describe, expect, it } from 'vitest';
import { buildPanels, type CompareRegion } from '../core/compare/compare';
import { benchmark, comparison, input } from '../core/compare/compare.fixtures';
import { figureParts, planDomain, ROWS_PER_FIGURE } from './report-model';
import { nameList, summarizeDomain } from './report-summary';

const REGIONS: CompareRegion[] = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, name: `地区${i}`, province: null }));

// Childcare places: six regions against a national 4.5 (two above, one at it, three below); the orphan coverage in words
// by two regions; new places (a number) by a single region; nursing beds by nobody.
function panels() {
  const values = [5, 4.8, 4.5, 3, 3.5, 4];
  const rows = [
    ...values.map((value, i) => input(REGIONS[i] as CompareRegion, { target: { value, year: 2025, op: '=' } })),
    ...[6, 7].map((i) => input(REGIONS[i] as CompareRegion, { indicator: 'orphan_protection_coverage', name: '孤儿基本生活保障', unit: '%', target: { value: null, year: 2025, op: null, text: '应保尽保' } })),
    input(REGIONS[8] as CompareRegion, { indicator: 'childcare_places_new', name: '新增托位', kind: 'increment', target: { value: 120, year: 2025, op: '>=' } }),
  ];
  return buildPanels(comparison(rows, { regions: REGIONS, benchmarks: [benchmark()] }));
}

describe('the summary of a domain', () => {
  it('counts who set what and who stands above, at or below the benchmark of the period', () => {
    const all = panels();
    const summary = summarizeDomain(all, REGIONS.length);
    expect(summary.regionCount).toBe(10);
    expect(summary.regionsSetting).toBe(9);
    const places = summary.indicators.find((s) => s.key.startsWith('childcare_places_per_1000'));
    expect(places?.set).toBe(6);
    expect(places?.above).toEqual(['地区0', '地区1']);
    expect(places?.meets).toEqual(['地区2']);
    expect(places?.below).toEqual(['地区3', '地区4', '地区5']);
    expect(places?.noBenchmark).toBe(0);
    const orphans = summary.indicators.find((s) => s.key.startsWith('orphan_protection_coverage'));
    expect(orphans?.set).toBe(2);
    expect(orphans?.qualitative).toBe(2);
    expect(orphans?.above.length).toBe(0);
    const fresh = summary.indicators.find((s) => s.key.startsWith('childcare_places_new'));
    expect(fresh?.noBenchmark).toBe(1);
  });

  it('lists names up to a limit and says how many more', () => {
    const more = (n: number) => ` 等 ${n} 个`;
    expect(nameList(['甲', '乙'], 3, '、', more)).toBe('甲、乙');
    expect(nameList(['甲', '乙', '丙', '丁', '戊'], 3, '、', more)).toBe('甲、乙、丙 等 2 个');
  });
});

describe('which panels the report charts', () => {
  it('charts numbers enough regions set, tables words-only targets and folds what a single region set', () => {
    const { charted, words, folded } = planDomain(panels(), REGIONS.length);
    expect(charted.map((p) => p.indicator)).toEqual(['childcare_places_per_1000']);
    expect(words.map((p) => p.indicator)).toEqual(['orphan_protection_coverage']);
    expect(folded.map((p) => p.indicator)).toEqual(['childcare_places_new']);
    // Every charted panel carries a number: no empty chart.
    for (const p of charted) expect(p.rows.some((r) => r.value !== null)).toBe(true);
  });

  it('charts even a single region’s number when few regions are in view', () => {
    const few = panels().map((p) => ({ ...p, rows: p.rows.slice(0, 3) }));
    const { charted, folded } = planDomain(few, 3);
    expect(folded).toEqual([]);
    expect(charted.every((p) => p.rows.some((r) => r.value !== null))).toBe(true);
  });
});

describe('a chart of many regions in a report', () => {
  it('is split into parts of at most ROWS_PER_FIGURE bars, as equal as can be, none left out', () => {
    expect(figureParts(Array.from({ length: 30 }, (_, i) => i))).toHaveLength(1);
    const parts = figureParts(Array.from({ length: 195 }, (_, i) => i));
    expect(parts.length).toBe(5);
    expect(parts.every((p) => p.length <= ROWS_PER_FIGURE && p.length >= 30)).toBe(true);
    expect(parts.flat()).toEqual(Array.from({ length: 195 }, (_, i) => i));
    expect(figureParts([])).toEqual([[]]);
  });
});
