import { describe, expect, it } from 'vitest';
import { buildPanels, type Panel } from '../core/compare/compare';
import { benchmark, comparison, input, LIZHOU, REGIONS, XINXIANG } from '../core/compare/compare.fixtures';
import type { TargetRecord } from '../core/types';
import type { CompareRegion } from '../core/compare/compare';
import { TEXT } from './chart-text.fixtures';
import { groupDigits } from '../core/compare/compare-label';
import { categoryStatus, chartHeight, escapeHtml, hasChartData, indicatorChartOption, isHorizontal, LEGEND_HEIGHT, legendLines, lineLabelsFit, niceCeil, UNIT_FONT, UNIT_GAP } from './indicator-chart';

type Series = { id: string; name?: string; itemStyle?: { color?: string }; lineStyle?: { type?: string }; data: { value: number | null; label?: { show?: boolean; formatter?: string } }[]; markLine?: { data: { name: string; yAxis?: number; xAxis?: number; label: { formatter: string; show?: boolean } }[] }; markPoint?: { data: { coord: number[]; value: number }[] } };
type Option = {
  series: Series[];
  xAxis: { data?: string[]; axisLabel?: { formatter: (v: string, i: number) => string }; max?: number; name?: string };
  yAxis: { data?: string[]; name?: string; max?: number; minInterval?: number; nameGap?: number; nameTextStyle?: { fontSize?: number } };
  legend?: { top: number; type?: string; data?: string[] };
  grid: { top: number };
  tooltip: { formatter: (p: unknown) => string };
  dataZoom?: unknown[];
};

const childcare = [
  input(XINXIANG, { target: { value: 4.5, year: 2025, op: '=' }, stretch: 4.9 }),
  input(LIZHOU, { target: { value: 5, year: 2025, op: '=' }, baseline: { value: 0.3, year: 2020 } }),
];

function build(rows = childcare, over: Parameters<typeof comparison>[1] = {}): Panel {
  return buildPanels(comparison(rows, { benchmarks: [benchmark({ value: 4.5 })], ...over }))[0] as Panel;
}

function option(panel: Panel, notes = new Map<string, number>()): Option {
  return indicatorChartOption(panel, panel.rows, TEXT, { notes }) as unknown as Option;
}

function series(o: Option, id: string): Series {
  const s = o.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s;
}

describe('indicatorChartOption', () => {
  it('draws one category per region, the baseline lighter beside the target', () => {
    const o = option(build());
    expect(o.xAxis.data).toEqual(['新乡市', '雄安新区', '广元市利州区']);
    expect(o.series.map((s) => s.id)).toEqual(['baseline', 'target', 'stretch']);
    expect(series(o, 'baseline').data.map((d) => d.value)).toEqual([null, null, 0.3]);
    expect(series(o, 'target').data.map((d) => d.value)).toEqual([4.5, null, 5]);
  });

  it('stacks the 力争 stretch on the floor and labels the top with both and the year', () => {
    const o = option(build());
    expect(series(o, 'stretch').data.map((d) => d.value)).toEqual([0.4, null, null]);
    expect(series(o, 'stretch').data[0]?.label?.formatter).toBe('{v|4.5→4.9}\n{y|2025年}');
    expect(series(o, 'target').data[0]?.label?.show).toBe(false);
    expect(series(o, 'target').data[2]?.label?.formatter).toBe('{v|5}\n{y|2025年}');
  });

  it('labels an op and the kind of a non-level target', () => {
    const rows = [input(XINXIANG, { indicator: 'childcare_places_new', kind: 'increment', target: { value: 132, year: 2024, op: '>=' } })];
    const o = option(build(rows));
    expect(series(o, 'target').data[0]?.label?.formatter).toBe('{v|≥132}\n{y|2024年 · 新增}');
  });

  it('groups the thousands of a bar, a baseline and a benchmark label as the value axis does (13,392 under 15,000)', () => {
    const rows = [input(XINXIANG, { indicator: 'childcare_places_new', kind: 'increment', target: { value: 13392, year: 2025, op: '>=' }, stretch: 15000, baseline: { value: 12000.5, year: 2020 } })];
    const o = option(build(rows, { benchmarks: [benchmark({ indicator: 'childcare_places_new', value: 14000, unit: null })] }));
    expect(series(o, 'stretch').data[0]?.label?.formatter).toBe('{v|≥13,392→15,000}\n{y|2025年 · 新增}');
    expect(series(o, 'baseline').data[0]?.label?.formatter).toBe('12,000.5');
  });

  it('groups whole digits only: decimals, small numbers and ranges read as before', () => {
    expect(groupDigits('[5400]')).toBe('[5,400]');
    expect(groupDigits('1234567.12345')).toBe('1,234,567.12345');
    expect(groupDigits('999~1000')).toBe('999~1,000');
    expect(groupDigits('4.5→4.9')).toBe('4.5→4.9');
  });

  it('gives a region without a target no bar and no zero, but a 未设定 label', () => {
    const o = option(build());
    expect(series(o, 'target').data[1]?.value).toBeNull();
    expect(o.xAxis.axisLabel?.formatter('雄安新区', 1)).toBe('{r|雄安新区}\n{s|未设定}');
  });

  it('writes a qualitative target as text under its region', () => {
    const rows = [input(LIZHOU, { indicator: 'orphan_protection_coverage', unit: '%', target: { value: null, year: 2025, op: null, text: '应保尽保' } })];
    const panel = build(rows);
    const row = panel.rows.find((r) => r.regionName === '广元市利州区');
    expect(row && categoryStatus(row, TEXT)).toBe('应保尽保');
    expect(series(option(panel), 'target').data[2]?.value).toBeNull();
  });

  it('puts the unit on the value axis', () => {
    expect(option(build()).yAxis.name).toBe('个');
  });

  it('draws the benchmark as a reference line whose tooltip names its source', () => {
    const o = option(build());
    const line = series(o, 'target').markLine?.data[0];
    expect(line).toMatchObject({ yAxis: 4.5, label: { formatter: '全国 2025: 4.5' } });
    const tip = o.tooltip.formatter({ componentType: 'markLine', name: line?.name });
    expect(tip).toContain('《“十四五”公共服务规划》');
    expect(tip).toContain('https://example.org/plan');
  });

  it('ends the value axis at the first round number above the highest bar or benchmark', () => {
    expect(option(build()).yAxis.max).toBe(5);
    expect(niceCeil(98)).toBe(100);
    expect(niceCeil(4.2)).toBe(5);
    expect(niceCeil(0.3)).toBe(0.3);
    expect(niceCeil(0.31)).toBe(0.4);
  });

  it('marks regions with notes on the chart and in the axis label', () => {
    const o = option(build(), new Map([[LIZHOU.id, 2]]));
    expect(series(o, 'target').markPoint?.data).toEqual([{ name: `note-${LIZHOU.id}`, coord: [2, 0], value: 2 }]);
    expect(o.xAxis.axisLabel?.formatter('广元市利州区', 2)).toBe('{r|广元市利州区} {n|批注2}');
  });

  it('shows the tooltip of a bar with the document and the click hint, escaped', () => {
    const panel = build();
    const o = option(panel);
    const tip = o.tooltip.formatter({ componentType: 'series', dataIndex: 0 });
    expect(tip).toContain('4.5→4.9');
    expect(tip).toContain('点击查看原文');
    expect(escapeHtml('<b>"x"</b>')).toBe('&#60;b&#62;&#34;x&#34;&#60;/b&#62;');
  });

  it('says in the tooltip how a rate written per 10,000 was drawn per 100,000, and how a benchmark was converted', () => {
    const mm = { indicator: 'maternal_mortality', domain: 'health' as const, name: '孕产妇死亡率' };
    const rows = [input(XINXIANG, { ...mm, unit: '/万', target: { value: 1.05, year: 2025, op: '<=' } }), input(LIZHOU, { ...mm, unit: '/10万', target: { value: 9, year: 2025, op: '<=' } })];
    const panel = buildPanels(comparison(rows, { benchmarks: [benchmark({ indicator: 'maternal_mortality', name: '孕产妇死亡率', unit: '/万', value: 1.65, op: '<=' })] }))[0] as Panel;
    const o = option(panel);
    const tip = o.tooltip.formatter({ componentType: 'series', dataIndex: 0 });
    expect(tip).toContain('≤10.5 /10万');
    expect(tip).toContain('原文≤1.05/万,已换算为/10万(×10)');
    expect(o.tooltip.formatter({ componentType: 'series', dataIndex: 2 })).not.toContain('已换算');
    const line = series(o, 'target').markLine?.data[0];
    expect(line).toMatchObject({ yAxis: 16.5 });
    expect(o.tooltip.formatter({ componentType: 'markLine', name: line?.name })).toContain('原文≤1.65/万,已换算为/10万(×10)');
  });

  it('turns horizontal with a scroll bar when there are many regions', () => {
    const many: CompareRegion[] = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, name: `地区${i}`, province: null }));
    const rows = many.map((r, i) => input(r, { target: { value: i, year: 2025, op: '=' } } as Partial<TargetRecord>));
    const panel = buildPanels(comparison(rows, { regions: many }))[0] as Panel;
    const o = option(panel);
    expect(isHorizontal(40)).toBe(true);
    expect(o.yAxis.data).toHaveLength(40);
    expect(o.dataZoom).toHaveLength(2);
    expect(chartHeight(40)).toBeLessThanOrEqual(chartHeight(20));
    expect(isHorizontal(REGIONS.length)).toBe(false);
  });
});

// Shares: nursing beds in elderly-care institutions, in %, against a national and a provincial line.
const SHARE = { indicator: 'childcare_places_per_1000', unit: '%' } as const;
function shares(values: readonly number[], lines: readonly { value: number; province?: string; op?: '=' | '>=' | '>' }[]): Panel {
  const rows = values.map((v, i) => input(REGIONS[i] as CompareRegion, { ...SHARE, target: { value: v, year: 2025, op: '=' } }));
  const benchmarks = lines.map((l) =>
    benchmark({ value: l.value, unit: '%', op: l.op ?? '=', ...(l.province ? { scope: 'provincial' as const, province: l.province } : {}) }),
  );
  return buildPanels(comparison(rows, { benchmarks }))[0] as Panel;
}

describe('chart layout rules', () => {
  it('never runs a share axis past 100, nor any axis to a round number far above the data', () => {
    expect(option(shares([98, 99.5], [])).yAxis.max).toBe(100);
    expect(option(shares([55, 60], [{ value: 55 }])).yAxis.max).toBe(60);
    expect(option(shares([41], [])).yAxis.max).toBe(50);
    // Whatever the values, the axis ends within one round step of the largest.
    for (const top of [0.7, 3.1, 12, 97, 100, 240, 5300]) {
      const max = option(shares([top], [])).yAxis.max ?? 0;
      expect(max).toBeGreaterThanOrEqual(top);
      expect(max).toBeLessThanOrEqual(top * 1.5);
      if (top <= 100) expect(max).toBeLessThanOrEqual(100);
    }
  });

  it('counts whole things on whole ticks (no 0.5 个 of 城中村), but leaves rates and per-capita levels their fractions', () => {
    const villages = (values: number[], unit: string) =>
      buildPanels(comparison(values.map((v, i) => input(REGIONS[i] as CompareRegion, { indicator: null, name: '开工建设城中村', unit, kind: 'increment', target: { value: v, year: 2025, op: '=' } }))))[0] as Panel;
    expect(option(villages([2], '个')).yAxis.minInterval).toBe(1);
    expect(option(villages([1, 300], '户')).yAxis.minInterval).toBe(1);
    expect(option(villages([2, 2.5], '个')).yAxis.minInterval).toBeUndefined();
    expect(option(villages([2], '%')).yAxis.minInterval).toBeUndefined();
    expect(option(villages([2], '‰')).yAxis.minInterval).toBeUndefined();
    expect(option(build()).yAxis.minInterval).toBeUndefined();
  });

  it('puts a long benchmark label\'s value on its own line, never breaking inside it', () => {
    const o = option(shares([5], [{ value: 12.5, op: '>=' }]));
    const label = series(o, 'target').markLine?.data[0]?.label.formatter ?? '';
    expect(label.split('\n')).toEqual(['全国 2025: ', '≥12.5']);
    // A short one stays whole.
    expect(series(option(build()), 'target').markLine?.data[0]?.label.formatter).toBe('全国 2025: 4.5');
  });

  it('writes a benchmark label on its line when the lines are far apart', () => {
    const o = option(shares([80, 90], [{ value: 50 }, { value: 90, province: '河南' }]));
    const labels = series(o, 'target').markLine?.data.map((d) => d.label);
    expect(labels?.every((l) => l.show === true)).toBe(true);
    expect(o.series.some((s) => s.id.startsWith('line-'))).toBe(false);
  });

  it('moves benchmark labels into the legend when two lines are near, so they never print on each other', () => {
    // 河南省 2025: 97 and 全国 2025: >95, the case seen on screen.
    const o = option(shares([96, 98], [{ value: 95, op: '>' }, { value: 97, province: '河南' }]));
    const marks = series(o, 'target').markLine?.data ?? [];
    expect(marks).toHaveLength(2);
    expect(marks.every((d) => d.label.show === false)).toBe(true);
    const entries = o.series.filter((s) => s.id.startsWith('line-'));
    expect(entries.map((s) => s.name).sort()).toEqual(['全国 2025: >95', '河南省 2025: 97']);
    expect(o.legend?.data).toEqual(expect.arrayContaining(['全国 2025: >95', '河南省 2025: 97']));
    // Each legend entry has its line's colour and dash: dashed national, dotted provincial.
    expect(entries.find((s) => s.name?.startsWith('全国'))?.lineStyle?.type).toBe('dashed');
    expect(entries.find((s) => s.name?.startsWith('河南'))?.lineStyle?.type).toBe('dotted');
  });

  it('judges nearness against the axis, for any pair of values', () => {
    expect(lineLabelsFit([95, 97], 100, false)).toBe(false);
    expect(lineLabelsFit([4.5, 4.6], 5, false)).toBe(false);
    expect(lineLabelsFit([2, 4.5], 5, false)).toBe(true);
    expect(lineLabelsFit([10, 20, 30, 40], 40, false)).toBe(false);
    // Side by side above a horizontal chart a label needs more room than stacked on a vertical one.
    expect(lineLabelsFit([50, 70], 100, false)).toBe(true);
    expect(lineLabelsFit([50, 70], 100, true)).toBe(false);
  });

  it('keeps the legend clear of the unit at the top of the value axis', () => {
    for (const panel of [build(), shares([96, 98], [{ value: 95 }, { value: 97, province: '河南' }]), shares([41], [])]) {
      const o = option(panel);
      expect(o.yAxis.name).toBeTruthy();
      const unitTop = o.grid.top - (o.yAxis.nameGap ?? 0) - (o.yAxis.nameTextStyle?.fontSize ?? 0) * 1.2;
      const legendBottom = o.legend ? o.legend.top + LEGEND_HEIGHT : 0;
      expect(unitTop).toBeGreaterThanOrEqual(legendBottom);
      // On screen the legend is one line that scrolls, never wrapping onto the unit.
      if (o.legend) expect(o.legend.type).toBe('scroll');
    }
    expect(UNIT_GAP + UNIT_FONT).toBeLessThan(40);
  });

  it('leaves room left of a vertical axis for the whole unit, however long', () => {
    const short = indicatorChartOption(build(), build().rows, TEXT) as unknown as { grid: { left: number } };
    const long = indicatorChartOption(build(), build().rows, { ...TEXT, unit: () => '10k person-times' }) as unknown as { grid: { left: number } };
    // About 0.6 em a Latin letter at 11 px.
    expect(long.grid.left - short.grid.left).toBeGreaterThanOrEqual(15 * 11 * 0.6 - 11 - 1);
  });

  it('lowers the plot under a legend that wraps at a known width', () => {
    const names = ['基期值', '目标值', '力争值', '全国 2025: >95', '河南省 2025: 97', '四川省 2025: 96'];
    expect(legendLines(names, 760)).toBe(1);
    expect(legendLines(names, 300)).toBeGreaterThan(1);
    const panel = shares([96, 98], [{ value: 95, op: '>' }, { value: 97, province: '河南' }]);
    const wide = indicatorChartOption(panel, panel.rows, TEXT, { width: 760 }) as unknown as Option;
    const narrow = indicatorChartOption(panel, panel.rows, TEXT, { width: 220 }) as unknown as Option;
    expect(narrow.grid.top).toBeGreaterThan(wide.grid.top);
    expect(narrow.legend?.type).toBe('plain');
  });

  it('draws a range 1~2 as one floating bar from its lower to its upper bound, not a target plus a stretch', () => {
    const rows = [
      input(XINXIANG, { target: { value: 1, year: 2025, op: '=', value_max: 2, text: '1~2' } }),
      input(LIZHOU, { target: { value: 4.5, year: 2025, op: '=' }, stretch: 4.9 }),
    ];
    const o = option(build(rows, { benchmarks: [] }));
    expect(o.series.map((s) => s.id)).toEqual(['target', 'range', 'stretch']);
    const target = series(o, 'target').data[0] as { value: number; itemStyle?: { color?: string }; label?: { show?: boolean } };
    expect(target.value).toBe(1);
    expect(target.itemStyle?.color).toBe('transparent');
    expect(target.label?.show).toBe(false);
    expect(series(o, 'range').data.map((d) => d.value)).toEqual([1, null, null]);
    expect(series(o, 'range').data[0]?.label?.formatter).toBe('{v|1~2}\n{y|2025年}');
    // The stretch series carries only the real 力争 value.
    expect(series(o, 'stretch').data.map((d) => d.value)).toEqual([null, null, 0.4]);
    expect(o.yAxis.max).toBe(5);
  });

  it('has no chart for a panel of qualitative targets only', () => {
    const rows = [input(LIZHOU, { indicator: 'orphan_protection_coverage', unit: '%', target: { value: null, year: 2025, op: null, text: '应保尽保' } })];
    const panel = build(rows);
    expect(hasChartData(panel.rows)).toBe(false);
    expect(hasChartData(build().rows)).toBe(true);
  });

  it('writes the unit in the language of the chart text', () => {
    const o = indicatorChartOption(build(), build().rows, { ...TEXT, unit: (u) => (u === '个' ? 'units' : u) }) as unknown as Option;
    expect(o.yAxis.name).toBe('units');
  });
});
