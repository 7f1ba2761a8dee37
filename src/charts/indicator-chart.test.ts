import { describe, expect, it } from 'vitest';
import { buildPanels, type Panel } from '../core/compare';
import { benchmark, comparison, input, LIZHOU, REGIONS, XINXIANG } from '../core/compare.fixtures';
import type { TargetRecord } from '../core/types';
import type { CompareRegion } from '../core/compare';
import { TEXT } from './chart-text.fixtures';
import { categoryStatus, chartHeight, escapeHtml, indicatorChartOption, isHorizontal, niceCeil } from './indicator-chart';

type Series = { id: string; data: { value: number | null; label?: { show?: boolean; formatter?: string } }[]; markLine?: { data: { name: string; yAxis?: number; label: { formatter: string } }[] }; markPoint?: { data: { coord: number[]; value: number }[] } };
type Option = {
  series: Series[];
  xAxis: { data?: string[]; axisLabel?: { formatter: (v: string, i: number) => string }; max?: number; name?: string };
  yAxis: { data?: string[]; name?: string; max?: number };
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

  it('makes room above the highest bar and benchmark', () => {
    expect(option(build()).yAxis.max).toBe(6);
    expect(niceCeil(98 * 1.18)).toBe(120);
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
