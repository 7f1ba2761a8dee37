import { describe, expect, it } from 'vitest';
import { buildPanels, type CompareRegion } from '../../core/compare/compare';
import { benchmark, comparison, input } from '../../core/compare/compare.fixtures';
import { buildMatrix, gapRows } from '../../core/compare/compare-gaps';
import { comparable, domainGroups, hideEmpty } from './matrix-view';

const REGIONS: CompareRegion[] = Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, name: `地区${i}`, province: null }));

function panels() {
  const rows = [
    input(REGIONS[0] as CompareRegion, { target: { value: 4.5, year: 2025, op: '=' } }),
    input(REGIONS[1] as CompareRegion, { target: { value: 3, year: 2025, op: '=' } }),
    input(REGIONS[1] as CompareRegion, { indicator: 'orphan_protection_coverage', unit: '%', target: { value: null, year: 2025, op: null, text: '应保尽保' } }),
    input(REGIONS[2] as CompareRegion, { indicator: 'basic_pension_coverage', domain: 'elderly', unit: '%', target: { value: 95, year: 2025, op: '>=' } }),
  ];
  return buildPanels(comparison(rows, { regions: REGIONS, benchmarks: [benchmark({ value: 4.5 })] }));
}

describe('the matrix without empty rows and columns', () => {
  it('hides regions that set nothing and indicators that nobody in view set', () => {
    const matrix = buildMatrix(panels(), REGIONS);
    expect(matrix.rows).toHaveLength(6);
    const shown = hideEmpty(matrix);
    expect(shown.rows.map((r) => r.region.name)).toEqual(['地区0', '地区1', '地区2']);
    expect(shown.hiddenRows).toBe(3);
    // Every column stays: each has a region in view that set it.
    expect(shown.columns).toHaveLength(matrix.columns.length);
    // With only the regions that set nothing, every column goes.
    const empty = hideEmpty({ columns: matrix.columns, rows: matrix.rows.slice(3) });
    expect(empty.columns).toHaveLength(0);
    expect(empty.hiddenColumns).toBe(matrix.columns.length);
    // Cells stay under their own column.
    const cell = shown.rows[2]?.cells[shown.columns.findIndex((c) => c.indicator === 'basic_pension_coverage')];
    expect(cell?.label).toBe('≥95');
  });

  it('groups adjacent columns by domain', () => {
    const groups = domainGroups(buildMatrix(panels(), REGIONS));
    expect(groups.map((g) => g.domain)).toEqual(['childcare', 'elderly']);
    expect(groups.reduce((n, g) => n + g.span, 0)).toBe(3);
  });

  it('keeps gap rows that have something to compare', () => {
    const rows = gapRows(panels(), { type: 'benchmark' });
    const kept = comparable(rows);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(rows.length);
    expect(kept.every((r) => r.gap !== null)).toBe(true);
  });
});
