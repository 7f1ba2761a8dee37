import { describe, expect, it } from 'vitest';
import { buildPanels, type CompareRegion, type Panel } from './compare';
import { benchmark, comparison, input } from './compare.fixtures';
import { filterPanels, filterRegions, kindChoices, mainYear, NO_PROVINCE, overviewRows, provinceChoices, type KindOf } from './overview';
import type { DocumentKind } from '../types';

const HENAN: CompareRegion[] = ['甲县', '乙县', '丙县'].map((name, i) => ({ id: `h${i}`, name, province: '河南' }));
const SICHUAN: CompareRegion[] = ['丁县', '戊县'].map((name, i) => ({ id: `s${i}`, name, province: '四川' }));
const NOWHERE: CompareRegion = { id: 'n0', name: '己区', province: null };
const REGIONS = [...HENAN, ...SICHUAN, NOWHERE];

// Childcare places per 1,000: values by region, the national 2025 target 4.5; 己区's plan is an action plan, 戊县 sets nothing.
const VALUES: Record<string, number> = { h0: 3, h1: 5.4, h2: 4.5, s0: 4, n0: 6 };
function panels(): Panel[] {
  const rows = Object.entries(VALUES).map(([id, value]) =>
    input(REGIONS.find((r) => r.id === id) as CompareRegion, { target: { value, year: id === 'h1' ? 2030 : 2025, op: id === 's0' ? '>=' : '=' } }, { kind: id === 'n0' ? 'action_plan' : 'five_year_plan' }),
  );
  return buildPanels(comparison(rows, { regions: REGIONS, benchmarks: [benchmark({ value: 4.5 }), benchmark({ value: 5, year: 2030, period: '15th' })] }));
}
// The fixtures name each region's document `doc${regionId}`.
const kindOf: KindOf = (documentId) => (documentId === 'docn0' ? 'action_plan' : 'five_year_plan') as DocumentKind;
const names = (rows: { regionName: string }[]) => rows.map((r) => r.regionName);

describe('overview rows', () => {
  it('holds one row per region with a number, in region order unless sorted', () => {
    const panel = panels()[0] as Panel;
    expect(names(overviewRows(panel.rows, 'region', panel.polarity))).toEqual(['甲县', '乙县', '丙县', '丁县', '己区']);
    expect(names(overviewRows(panel.rows, 'value-desc', panel.polarity))).toEqual(['己区', '乙县', '丙县', '丁县', '甲县']);
    expect(names(overviewRows(panel.rows, 'value-asc', panel.polarity))).toEqual(['甲县', '丁县', '丙县', '乙县', '己区']);
  });

  it('sorts by ambition against each row’s own benchmark, not by the bare value', () => {
    const panel = panels()[0] as Panel;
    // 乙县's 5.4 is for 2030, measured against the 2030 target 5 (+8 %); 己区's 6 against 4.5 (+33 %); 丙县 on par; 丁县 and 甲县 below.
    expect(names(overviewRows(panel.rows, 'ambition', panel.polarity))).toEqual(['己区', '乙县', '丙县', '丁县', '甲县']);
    const unemployment = { ...panel, polarity: 'lower' as const, rows: panel.rows.map((r) => ({ ...r, reference: null })) };
    // Without a benchmark, a lower-is-better indicator puts the lowest value first.
    expect(names(overviewRows(unemployment.rows, 'ambition', 'lower'))).toEqual(['甲县', '丁县', '丙县', '乙县', '己区']);
  });

  it('filters by province and by the kind of plan the target came from', () => {
    const all = panels();
    const henan = filterPanels(all, { provinces: ['河南'], kinds: [] }, kindOf)[0] as Panel;
    expect(names(overviewRows(henan.rows, 'region', henan.polarity))).toEqual(['甲县', '乙县', '丙县']);
    const unknown = filterPanels(all, { provinces: [NO_PROVINCE], kinds: [] }, kindOf)[0] as Panel;
    expect(names(unknown.rows)).toEqual(['己区']);
    const plans = filterPanels(all, { provinces: [], kinds: ['five_year_plan'] }, kindOf)[0] as Panel;
    expect(names(overviewRows(plans.rows, 'region', plans.polarity))).toEqual(['甲县', '乙县', '丙县', '丁县']);
    // The region that set nothing stays a row (未设定) under a kind filter; only targets of another kind leave.
    expect(names(plans.rows)).toContain('戊县');
    expect(filterRegions(REGIONS, { provinces: ['四川'], kinds: [] }).map((r) => r.name)).toEqual(['丁县', '戊县']);
  });

  it('offers the provinces and plan kinds present, with counts', () => {
    expect(provinceChoices(REGIONS)).toEqual([
      { key: '河南', count: 3 },
      { key: '四川', count: 2 },
      { key: NO_PROVINCE, count: 1 },
    ]);
    expect(kindChoices(panels(), kindOf)).toEqual([
      { key: 'five_year_plan', count: 4 },
      { key: 'action_plan', count: 1 },
    ]);
  });

  it('names the usual target year and counts the others', () => {
    const panel = panels()[0] as Panel;
    expect(mainYear(overviewRows(panel.rows, 'region', panel.polarity))).toEqual({ year: 2025, others: 1 });
    expect(mainYear([])).toEqual({ year: null, others: 0 });
  });
});
