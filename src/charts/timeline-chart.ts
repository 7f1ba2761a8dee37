// The ECharts option of one indicator over time: years across, one colour per region; values reached a solid line,
// targets and 力争 stretch marked points, baselines hollow points, national and provincial benchmarks their own points.
import type { EChartsOption, LineSeriesOption, ScatterSeriesOption } from 'echarts';
import { formatNumber } from '../core/compare/compare-label';
import { opSymbol } from '../core/compare/compare-label';
import type { Conversion, PointSource, Timeline, TimelineBenchmark } from '../core/outcomes';
import { COLOURS, escapeHtml, FONT_FAMILY, niceCeil } from './indicator-chart';

/** Every word the timeline shows, in the current language. */
export interface TimelineText {
  achieved: string;
  target: string;
  stretch: string;
  baseline: string;
  /** "全国" / "national"; "河南省" for a province. */
  scope: (b: TimelineBenchmark) => string;
  year: (year: number) => string;
  unit: (unit: string) => string;
  /** "十四五规划" / "14th FYP" for a target's plan, or the document's label. */
  document: (documentId: string) => string;
  /** How a value was converted: "万人 → 人 ×10000". */
  conversion: (c: Conversion) => string;
  clickHint: string;
}

/** One point's link back to its source: what the view opens on click. */
export interface TimelinePointRef {
  what: 'target' | 'stretch' | 'baseline' | 'achieved' | 'benchmark';
  regionId: string;
  indicator: string;
  source: PointSource | null;
}

/** A region's colours, in order: one each, repeating (with the region's name in the legend) past the tenth. */
export const REGION_COLOURS = ['#2563eb', '#059669', '#d97706', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#dc2626', '#4b5563', '#a16207'] as const;

export function regionColour(index: number): string {
  return REGION_COLOURS[index % REGION_COLOURS.length]!;
}

interface Point {
  value: [number, number];
  ref: TimelinePointRef;
  tip: string;
}

function quoteHtml(source: PointSource, text: TimelineText): string {
  return `<div style="max-width:420px;white-space:normal">“${escapeHtml(source.quote)}”<br><span style="color:${COLOURS.muted}">${escapeHtml(text.document(source.documentId))}</span></div>`;
}

function valueText(value: number, unit: string | null, text: TimelineText, op: string = ''): string {
  return `${op}${formatNumber(value)}${unit ? ` ${text.unit(unit)}` : ''}`;
}

/** The years the x axis spans: one either side of the data, so a single point sits in the middle. */
export function yearRange(timelines: readonly Timeline[]): { min: number; max: number } | null {
  const years = timelines.flatMap((t) => [...t.targets.map((x) => x.year), ...t.achieved.map((a) => a.year), ...t.baselines.map((b) => b.year), ...t.benchmarks.map((b) => b.year)]);
  if (years.length === 0) return null;
  return { min: Math.min(...years) - 1, max: Math.max(...years) + 1 };
}

/** Whether the timelines hold anything to draw (a region × indicator with only incomparable records has none). */
export function hasTimelineData(timelines: readonly Timeline[]): boolean {
  return yearRange(timelines) !== null;
}

/**
 * The option for one indicator's timelines (one per region, all in the same unit: the caller groups them).
 * `regions` names each region id; their order sets the colours.
 */
export function timelineChartOption(timelines: readonly Timeline[], regions: ReadonlyMap<string, string>, text: TimelineText, options: { width?: number } = {}): EChartsOption {
  const range = yearRange(timelines) ?? { min: 2020, max: 2030 };
  const unit = timelines.find((t) => t.unit !== null)?.unit ?? null;
  const series: (LineSeriesOption | ScatterSeriesOption)[] = [];
  const legend: string[] = [];
  let top = 0;
  const regionIds = [...regions.keys()];
  timelines.forEach((t) => {
    const index = Math.max(0, regionIds.indexOf(t.regionId));
    const colour = regionColour(index);
    const region = regions.get(t.regionId) ?? t.regionId;
    const ref = (what: TimelinePointRef['what'], source: PointSource | null): TimelinePointRef => ({ what, regionId: t.regionId, indicator: t.indicator, source });
    const head = (label: string, year: number) => `<b>${escapeHtml(region)}</b> · ${escapeHtml(label)} · ${escapeHtml(text.year(year))}`;
    const conv = (c: Conversion | null) => (c ? `<br><span style="color:${COLOURS.muted}">${escapeHtml(text.conversion(c))}</span>` : '');
    const achieved: Point[] = t.achieved.map((a) => {
      top = Math.max(top, a.value);
      return {
        value: [a.year, a.value],
        ref: ref('achieved', a.sources.at(-1) ?? null),
        tip: `${head(text.achieved, a.year)}<br>${escapeHtml(valueText(a.value, t.unit, text, opSymbol(a.op)))}${conv(a.conversion)}${a.sources.map((s) => quoteHtml(s, text)).join('')}<span style="color:${COLOURS.muted}">${escapeHtml(text.clickHint)}</span>`,
      };
    });
    const targets: Point[] = t.targets.map((x) => {
      top = Math.max(top, x.value, x.valueMax ?? 0);
      const shown = x.valueMax !== null ? `${formatNumber(x.value)}~${formatNumber(x.valueMax)}${t.unit ? ` ${text.unit(t.unit)}` : ''}` : valueText(x.value, t.unit, text, opSymbol(x.op));
      return {
        value: [x.year, x.value],
        ref: ref('target', x.source),
        tip: `${head(text.target, x.year)}<br>${escapeHtml(shown)}${conv(x.conversion)}${quoteHtml(x.source, text)}<span style="color:${COLOURS.muted}">${escapeHtml(text.clickHint)}</span>`,
      };
    });
    const stretches: Point[] = t.targets
      .filter((x) => x.stretch !== null)
      .map((x) => {
        top = Math.max(top, x.stretch!);
        return { value: [x.year, x.stretch!], ref: ref('stretch', x.source), tip: `${head(text.stretch, x.year)}<br>${escapeHtml(valueText(x.stretch!, t.unit, text))}${quoteHtml(x.source, text)}` };
      });
    const baselines: Point[] = t.baselines
      // A baseline that is also a value reached in its year is that point already.
      .filter((b) => !t.achieved.some((a) => a.year === b.year && a.value === b.value))
      .map((b) => {
        top = Math.max(top, b.value);
        return { value: [b.year, b.value], ref: ref('baseline', b.source), tip: `${head(text.baseline, b.year)}<br>${escapeHtml(valueText(b.value, t.unit, text))}${conv(b.conversion)}${quoteHtml(b.source, text)}` };
      });
    legend.push(region);
    const base = { name: region, itemStyle: { color: colour }, emphasis: { focus: 'series' as const } };
    series.push({ ...base, id: `achieved:${t.regionId}`, type: 'line', data: achieved as never, symbol: 'circle', symbolSize: 8, lineStyle: { width: 2.5, color: colour }, z: 3 });
    series.push({ ...base, id: `target:${t.regionId}`, type: 'scatter', data: targets as never, symbol: 'diamond', symbolSize: 14, itemStyle: { color: '#fff', borderColor: colour, borderWidth: 2.5 }, z: 4 });
    if (stretches.length) series.push({ ...base, id: `stretch:${t.regionId}`, type: 'scatter', data: stretches as never, symbol: 'triangle', symbolSize: 11, itemStyle: { color: colour, opacity: 0.55 }, z: 4 });
    if (baselines.length) series.push({ ...base, id: `baseline:${t.regionId}`, type: 'scatter', data: baselines as never, symbol: 'emptyCircle', symbolSize: 9, z: 3 });
  });
  // Benchmarks once per value and year, whichever regions' timelines carried them.
  const seen = new Set<string>();
  const benchmarks: Record<'national' | 'provincial', Point[]> = { national: [], provincial: [] };
  for (const t of timelines) {
    for (const b of t.benchmarks) {
      const key = `${b.scope}:${b.province}:${b.year}:${b.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      top = Math.max(top, b.value);
      benchmarks[b.scope].push({
        value: [b.year, b.value],
        ref: { what: 'benchmark', regionId: t.regionId, indicator: t.indicator, source: null },
        tip: `<b>${escapeHtml(text.scope(b))}</b> · ${escapeHtml(text.year(b.year))}<br>${escapeHtml(valueText(b.value, t.unit, text, opSymbol(b.op)))}<div style="max-width:420px;white-space:normal">“${escapeHtml(b.quote)}”<br><span style="color:${COLOURS.muted}">${escapeHtml(b.sourceTitle)}</span></div>`,
      });
    }
  }
  for (const scope of ['national', 'provincial'] as const) {
    const points = benchmarks[scope];
    if (points.length === 0) continue;
    const name = scope === 'national' ? text.scope({ scope: 'national' } as TimelineBenchmark) : text.scope({ scope: 'provincial', province: null } as TimelineBenchmark);
    legend.push(name);
    series.push({
      id: `benchmark:${scope}`,
      name,
      type: 'scatter',
      data: points as never,
      symbol: 'rect',
      symbolSize: [18, 3],
      itemStyle: { color: scope === 'national' ? COLOURS.national : COLOURS.provincial },
      label: { show: true, position: 'right', fontSize: 10, color: scope === 'national' ? COLOURS.national : COLOURS.provincial, formatter: (p: { value?: unknown }) => formatNumber((p.value as [number, number])[1]) },
      z: 2,
    });
  }
  const isShare = unit !== null && /^[%％]$/u.test(unit);
  const max = niceCeil(top * 1.05);
  return {
    animation: options.width === undefined,
    textStyle: { fontFamily: FONT_FAMILY },
    legend: { top: 0, left: 0, right: 0, type: options.width === undefined ? 'scroll' : 'plain', data: legend, itemHeight: 10, textStyle: { fontSize: 11 } },
    grid: { top: 48, left: 56, right: 40, bottom: 32, containLabel: false },
    xAxis: {
      type: 'value',
      min: range.min,
      max: range.max,
      interval: 1,
      axisLabel: { formatter: (v: number) => String(v), hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: unit ? text.unit(unit) : '',
      nameTextStyle: { fontSize: 11, align: 'left' },
      max: isShare && top <= 100 ? Math.min(max, 100) : max,
      // A share's change from 95 to 97 would be invisible from zero.
      scale: true,
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => ((p as { data?: Point }).data?.tip ?? ''),
    },
    series,
  };
}

/** The source behind a clicked point (ECharts' click params), or null for a benchmark or an axis. */
export function clickedPoint(params: unknown): TimelinePointRef | null {
  const data = (params as { data?: Partial<Point> } | null)?.data;
  return data?.ref ?? null;
}
