import { describe, expect, it } from 'vitest';
import { buildPanels } from './compare';
import { benchmark, comparison, input, LIZHOU, REGIONS, XINXIANG, XIONGAN } from './compare.fixtures';
import { buildMatrix, gapRows, median, medianWithout, sortGapRows } from './compare-gaps';

const rows = [
  input(XINXIANG, { target: { value: 4.5, year: 2025, op: '=' }, stretch: 4.9 }),
  input(LIZHOU, { target: { value: 5, year: 2025, op: '=' } }),
  input(XIONGAN, { indicator: 'childcare_places_new', name: '新增普惠托位', kind: 'increment', target: { value: 132, year: 2024, op: '=' } }),
  input(XIONGAN, { indicator: 'childcare_places_per_1000', kind: 'increment', target: { value: 1, year: 2025, op: '=' } }),
];
const panels = buildPanels(comparison(rows, { benchmarks: [benchmark({ value: 4.5 })] }));

describe('buildMatrix', () => {
  const matrix = buildMatrix(panels, REGIONS);

  it('has a column per indicator and a row per region', () => {
    expect(matrix.columns.map((c) => c.indicator)).toEqual(['childcare_places_per_1000', 'childcare_places_new']);
    expect(matrix.rows.map((r) => r.region.name)).toEqual(['新乡市', '雄安新区', '广元市利州区']);
  });

  it('gives each cell its label and its ambition against the benchmark, signed by polarity', () => {
    const [xinxiang, xiongan, lizhou] = matrix.rows;
    expect(xinxiang?.cells[0]).toMatchObject({ status: 'set', label: '4.5→4.9', relative: 0 });
    expect(lizhou?.cells[0]).toMatchObject({ status: 'set', label: '5', gap: 0.5 });
    expect(lizhou?.cells[0]?.relative).toBeCloseTo(0.5 / 4.5);
    expect(lizhou?.cells[1]).toMatchObject({ status: 'unset', relative: null });
    expect(xiongan?.cells[1]).toMatchObject({ status: 'set', label: '132', kind: 'increment' });
  });

  it('fills a cell from the secondary panel its target is drawn in, without comparing it to the level benchmark', () => {
    const cell = matrix.rows[1]?.cells[0];
    expect(cell).toMatchObject({ status: 'set', kind: 'increment', label: '1', relative: null });
    const home = panels.find((p) => p.id === cell?.panelId);
    expect(home).toMatchObject({ primary: false, indicator: 'childcare_places_per_1000', kind: 'increment' });
  });
});

describe('gapRows', () => {
  const levels = panels.filter((p) => p.testId === 'chart-childcare_places_per_1000');

  it('measures each region against its benchmark', () => {
    const gaps = gapRows(levels, { type: 'benchmark' });
    expect(gaps.map((g) => [g.row.regionName, g.gap, g.rank, g.of])).toEqual([
      ['新乡市', 0, 2, 2],
      ['广元市利州区', 0.5, 1, 2],
    ]);
  });

  it('measures each region against another region, leaving that region out', () => {
    const gaps = gapRows(levels, { type: 'region', regionId: LIZHOU.id });
    expect(gaps.map((g) => [g.row.regionName, g.referenceValue, g.gap])).toEqual([['新乡市', 5, -0.5]]);
  });

  it('measures each region against the median of the others', () => {
    const gaps = gapRows(levels, { type: 'median' });
    expect(gaps.map((g) => g.gap)).toEqual([-0.5, 0.5]);
  });

  it('sorts by a column with empty values last', () => {
    const gaps = gapRows(panels, { type: 'benchmark' });
    const byGap = sortGapRows(gaps, 'gap', 'desc').map((g) => [g.row.regionName, g.gap]);
    expect(byGap[0]).toEqual(['广元市利州区', 0.5]);
    expect(byGap.at(-1)?.[1]).toBeNull();
    expect(sortGapRows(gaps, 'gap', 'asc').at(-1)?.gap).toBeNull();
  });
});

describe('median', () => {
  it('takes the middle value or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('medianWithout', () => {
  it('takes the median of the others without re-sorting', () => {
    expect(medianWithout([1, 2, 3, 4], 1)).toBe(3);
    expect(medianWithout([1, 2, 3, 4], 4)).toBe(2);
    expect(medianWithout([1, 2, 2, 9], 2)).toBe(2);
    expect(medianWithout([5], 5)).toBeNull();
  });
});

describe('ranks', () => {
  it('gives tied regions the same rank and counts lower as better when lower is better', () => {
    const tied = buildPanels(comparison([input(XINXIANG, { target: { value: 5, year: 2025, op: '=' } }), input(LIZHOU, { target: { value: 5, year: 2025, op: '=' } })]));
    expect(gapRows(tied, { type: 'median' }).map((g) => g.rank)).toEqual([1, 1]);
    const unemployment = { indicator: 'urban_registered_unemployment', domain: 'employment' as const, unit: '%' };
    const lower = buildPanels(
      comparison([input(XINXIANG, { ...unemployment, target: { value: 4, year: 2025, op: '<=' } }), input(LIZHOU, { ...unemployment, target: { value: 5, year: 2025, op: '<=' } })]),
    );
    expect(gapRows(lower, { type: 'median' }).map((g) => [g.row.regionName, g.rank, g.gap])).toEqual([
      ['新乡市', 1, 1],
      ['广元市利州区', 2, -1],
    ]);
  });
});
