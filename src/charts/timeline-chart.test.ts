import { describe, expect, it } from 'vitest';
import { buildTimelines, type Timeline } from '../core/outcomes';
import { doc, PLAN14, PLAN15, REPORT25, reached, target } from '../core/outcomes/outcomes.fixtures';
import { clickedPoint, hasTimelineData, regionColour, timelineChartOption, yearRange, type TimelineText } from './timeline-chart';

const TEXT: TimelineText = {
  achieved: '实际值',
  target: '目标值',
  stretch: '力争',
  baseline: '基期值',
  scope: (b) => (b.scope === 'national' ? '全国' : `${b.province ?? '省级'}`),
  year: (y) => `${y}年`,
  unit: (u) => u,
  document: (id) => `《${id}》`,
  conversion: (c) => `${c.fromUnit}→${c.toUnit} ×${c.factor}`,
  clickHint: '点击查看原文',
};

type Data = { value: [number, number]; tip: string; ref: { what: string; source: { id: string } | null } };
type Option = { series: { id: string; type: string; data: Data[]; itemStyle?: { color?: string; borderColor?: string } }[]; xAxis: { min: number; max: number }; yAxis: { name: string; max: number }; legend: { data: string[] }; tooltip: { formatter: (p: unknown) => string } };

const REGIONS = new Map([
  ['r-xx', '新乡市'],
  ['r-2', '乙市'],
]);

function option(timelines: Timeline[]): Option {
  return timelineChartOption(timelines, REGIONS, TEXT) as unknown as Option;
}

function series(o: Option, id: string) {
  const s = o.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}: ${o.series.map((x) => x.id).join(', ')}`);
  return s;
}

const OTHER = doc('other14', {}, 'r-2');
const timelines = buildTimelines({
  documents: [PLAN14, PLAN15, REPORT25, OTHER],
  targets: [
    target(PLAN14.id, { target: { value: 97, year: 2025, op: '>=' }, stretch: 98, baseline: { value: 95, year: 2020 } }),
    target(PLAN15.id, { target: { value: 98, year: 2030, op: '>=' } }),
    target(OTHER.id, { target: { value: 96, year: 2025, op: '>=' } }, 'r-2'),
  ],
  achieved: [reached(REPORT25.id, { value: 96.5, year: 2025, quote: '参保率达到96.5%' }), reached(PLAN15.id, { value: 96.5, year: 2025, quote: '2025年参保率96.5%' })],
  benchmarks: [],
});

describe('timelineChartOption', () => {
  it('draws years across: values reached as a solid line, targets and stretch as marked points, one colour per region', () => {
    const o = option(timelines);
    expect(o.xAxis).toMatchObject({ min: 2019, max: 2031 });
    expect(series(o, 'achieved:r-xx').type).toBe('line');
    expect(series(o, 'achieved:r-xx').data.map((d) => d.value)).toEqual([[2025, 96.5]]);
    expect(series(o, 'target:r-xx').data.map((d) => d.value)).toEqual([
      [2025, 97],
      [2030, 98],
    ]);
    expect(series(o, 'stretch:r-xx').data.map((d) => d.value)).toEqual([[2025, 98]]);
    expect(series(o, 'baseline:r-xx').data.map((d) => d.value)).toEqual([[2020, 95]]);
    expect(series(o, 'target:r-2').itemStyle?.borderColor).toBe(regionColour(1));
    expect(series(o, 'target:r-xx').itemStyle?.borderColor).toBe(regionColour(0));
    expect(o.legend.data).toEqual(['乙市', '新乡市']);
    expect(o.yAxis.name).toBe('%');
    expect(o.yAxis.max).toBeLessThanOrEqual(100);
  });

  it('puts every quote of a point in its tooltip and its source behind a click', () => {
    const o = option(timelines);
    const point = series(o, 'achieved:r-xx').data[0]!;
    const tip = o.tooltip.formatter({ data: point });
    expect(tip).toContain('参保率达到96.5%');
    expect(tip).toContain('2025年参保率96.5%');
    expect(tip).toContain('新乡市');
    const target = series(o, 'target:r-xx').data[0]!;
    expect(o.tooltip.formatter({ data: target })).toContain('≥97 %');
    expect(clickedPoint({ data: target })).toMatchObject({ what: 'target', regionId: 'r-xx', source: { id: target.ref.source!.id } });
    expect(clickedPoint({})).toBeNull();
  });

  it('escapes the words of a quote', () => {
    const [t] = buildTimelines({ documents: [PLAN14], targets: [target(PLAN14.id, { quote: '<img src=x onerror=1>达到97%' })], achieved: [] });
    const o = option([t!]);
    expect(o.tooltip.formatter({ data: series(o, 'target:r-xx').data[0] })).not.toContain('<img');
  });

  it('is sensible with a single point: the year in the middle of the axis', () => {
    const [t] = buildTimelines({ documents: [PLAN14], targets: [target(PLAN14.id)], achieved: [] });
    expect(yearRange([t!])).toEqual({ min: 2024, max: 2026 });
    expect(hasTimelineData([t!])).toBe(true);
    expect(hasTimelineData([])).toBe(false);
  });

  it('shows a converted value’s conversion in its tooltip', () => {
    const enrol = { name: '失业保险参保人数', indicator: 'unemployment_insurance_enrollees', domain: 'insurance' as const };
    const [t] = buildTimelines({ documents: [PLAN14, REPORT25], targets: [target(PLAN14.id, { ...enrol, unit: '万人', target: { value: 59, year: 2025, op: '=' } })], achieved: [reached(REPORT25.id, { ...enrol, unit: '人', value: 603000 })] });
    const o = option([t!]);
    expect(o.tooltip.formatter({ data: series(o, 'achieved:r-xx').data[0] })).toContain('人→万人 ×0.0001');
  });

  it('draws national and provincial benchmarks once, in their own colours', () => {
    const bench = { id: 'n', indicator: 'medical_insurance_coverage', name: '基本医疗保险参保率', scope: 'national', province: null, period: '14th', value: 95, text: null, op: '>=', year: 2025, unit: '%', kind: 'level', binding: 'binding', baseline: null, quote: '参保率95%', url: null, source: { title: '国家规划', url: '', alsoSeenAt: [], note: null }, note: null, conflicts: [] } as const;
    const both = buildTimelines({ documents: [PLAN14, OTHER], targets: [target(PLAN14.id), target(OTHER.id, {}, 'r-2')], achieved: [], benchmarks: [bench as never] });
    const o = option(both);
    expect(series(o, 'benchmark:national').data.map((d) => d.value)).toEqual([[2025, 95]]);
    expect(o.tooltip.formatter({ data: series(o, 'benchmark:national').data[0] })).toContain('国家规划');
  });
});
