import { describe, expect, it } from 'vitest';
import { buildPanels, type CompareRegion, type Panel } from '../../core/compare/compare';
import { comparison, input } from '../../core/compare/compare.fixtures';
import { overviewRows } from '../../core/compare/overview';
import { cardRows } from './overview-rows';

const REGIONS: CompareRegion[] = ['甲县', '乙县', '丙县'].map((name, i) => ({ id: `r${i}`, name, province: '河南' }));
function panel(): Panel {
  const rows = REGIONS.map((region, i) => input(region, { target: { value: [3, 5, 4][i] as number, year: 2025, op: '=' } }));
  return buildPanels(comparison(rows, { regions: REGIONS }))[0] as Panel;
}

describe('cardRows', () => {
  it('gives an overview card the same dots as overviewRows, sorted once per panel and order', () => {
    const p = panel();
    const byValue = cardRows(p, 'value-desc');
    expect(byValue.map((r) => r.regionName)).toEqual(['乙县', '丙县', '甲县']);
    expect(byValue).toEqual(overviewRows(p.rows, 'value-desc', p.polarity));
    // The same panel and order again (a kept tab shown again, or a prepared panel): the rows already sorted.
    expect(cardRows(p, 'value-desc')).toBe(byValue);
    // Another order sorts anew; another panel (the cells re-read) has rows of its own.
    expect(cardRows(p, 'value-asc').map((r) => r.regionName)).toEqual(['甲县', '丙县', '乙县']);
    expect(cardRows(panel(), 'value-asc')).not.toBe(cardRows(p, 'value-asc'));
  });
});
