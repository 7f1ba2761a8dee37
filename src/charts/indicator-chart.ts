// The ECharts option of one indicator panel: a bar per region (baseline lighter, 力争 stretch stacked), benchmarks as reference lines, note markers.
import type { BarSeriesOption, EChartsOption, LineSeriesOption } from 'echarts';
import { formatGrouped, groupDigits } from '../core/compare/compare-label';
import { formatNumber, targetLabel, type Panel, type PanelRow, type UnitConversion } from '../core/compare/compare';
import { opSymbol } from '../core/compare/compare-label';
import type { ReferenceLine, ReferenceScope } from '../core/compare/compare-benchmarks';
import type { TargetKind } from '../core/types';

/** Every word the chart shows, in the current language; the builder holds no strings of its own. */
export interface ChartText {
  target: string;
  baseline: string;
  stretch: string;
  /** A range's span (1~2): the legend entry of the floating bar. */
  range: string;
  notSet: string;
  elsewhere: string;
  year: (year: number) => string;
  kind: Readonly<Record<TargetKind, string>>;
  scope: (scope: ReferenceScope) => string;
  /** "全国 2025: 4.5" */
  line: (scopes: string, year: number, value: string) => string;
  source: string;
  document: string;
  notes: (count: number) => string;
  clickHint: string;
  /** A unit as shown in this language (万人 → 10k persons in English). */
  unit: (unit: string) => string;
  /** A value drawn in another unit than written: "原文1.05/万,已换算为/10万(×10)". */
  converted: (written: string, to: string, factor: string) => string;
}

export interface ChartOptions {
  /** Notes per region id, drawn as markers. */
  notes?: ReadonlyMap<string, number>;
  /** Regions whose rows are highlighted (a focused cell). */
  highlight?: string | null;
  /**
   * The chart's width in pixels when it is known (exports): the legend then wraps onto as many
   * lines as it needs and the plot starts below them. Without it the legend is one scrolling line.
   */
  width?: number;
}

export const FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

export const COLOURS = {
  target: '#2563eb',
  stretch: '#93c5fd',
  baseline: '#cbd5e1',
  national: '#b91c1c',
  provincial: '#7c3aed',
  note: '#d97706',
  muted: '#6b7280',
} as const;

/*
 * Layout rules that hold for any data (each has a test):
 * - the legend is one line at the top (or, with a known width, as many lines as it needs), and the
 *   unit on the value axis starts below it, so the two never touch;
 * - the value axis ends at the data: the first round number at or above the largest value (a
 *   share never above 100); bar labels get their own room above the plot instead of a taller axis;
 * - benchmark labels sit on their lines only when every two lines are far enough apart for their
 *   labels; otherwise every line is named in the legend instead, in its colour and dash;
 * - a range (1~2) is a floating bar from its lower to its upper bound, not a target plus a stretch;
 * - a panel without a single number is no chart at all (see `hasChartData`): its words are text rows.
 */

/** Above this many regions the bars run horizontally, one region per line, with a scroll bar beyond ZOOM_ROWS. */
export const VERTICAL_MAX = 8;
/** Room right of (or above) the plot for reference-line labels. */
const LINE_LABEL_WIDTH = 84;
/** The legend's line: items 10 px high, text 11 px. */
export const LEGEND_HEIGHT = 16;
/** The unit written at the end of the value axis. */
export const UNIT_FONT = 11;
export const UNIT_GAP = 8;
/** Above the tallest bar of a vertical chart: its value and year on two lines. */
const BAR_LABEL_ROOM = 34;
/** Right of the longest bar of a horizontal chart: "4.5→4.9 2025年". */
const BAR_LABEL_RIGHT = 104;
/** Below this distance (in px of a typical plot) two reference-line labels would touch. */
const LINE_LABEL_HEIGHT = 28;
/** Plot sizes assumed for that test: a vertical chart's plot height, a horizontal chart's plot width. */
const TYPICAL_PLOT = { vertical: 220, horizontal: 280 } as const;
/** More lines than this are named in the legend whatever their values. */
const MAX_LINE_LABELS = 3;
export const ZOOM_ROWS = 20;

export function isHorizontal(rowCount: number): boolean {
  return rowCount > VERTICAL_MAX;
}

/** Height in pixels of the chart for so many regions. */
export function chartHeight(rowCount: number): number {
  if (!isHorizontal(rowCount)) return 320;
  return 90 + 30 * Math.min(rowCount, ZOOM_ROWS);
}

const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k) at or above `value`. */
export function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of NICE_STEPS) if (step * power >= value - 1e-9) return Number((step * power).toPrecision(12));
  return 10 * power;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function scopesText(line: ReferenceLine, text: ChartText): string {
  return line.scopes.map((s) => text.scope(s)).join(' / ');
}

/** A unit glued to its number as the plans write rates (1.05/万, 5‰), spaced otherwise (3 万人, 1.05 per 10k). */
export function withUnit(value: string, unit: string, text: Pick<ChartText, 'unit'>): string {
  if (unit === '') return value;
  const shown = text.unit(unit);
  return /^[%％‰‱/]/u.test(shown) ? `${value}${shown}` : `${value} ${shown}`;
}

/** What writing a conversion needs of the chart's words. */
export type ConversionText = Pick<ChartText, 'converted' | 'unit'>;

function convertedText(written: string, c: UnitConversion, text: ConversionText): string {
  return text.converted(withUnit(written, c.fromUnit, text), text.unit(c.toUnit), formatNumber(c.factor));
}

/** How a row's value was converted into the panel's unit, with the value as written (1.05/万 → /10万 ×10); '' when it was not. */
export function rowConversionText(row: PanelRow, text: ConversionText): string {
  const c = row.conversion;
  const r = row.record;
  if (!c || !r || r.target.value === null) return '';
  const range = r.target.value_max !== undefined && r.stretch === null;
  const upper = r.stretch ?? r.target.value_max ?? null;
  const written = targetLabel({ value: r.target.value, op: r.target.op, upper, range, text: r.target.text ?? null, kind: r.kind });
  return convertedText(written, c, text);
}

/** How a benchmark written in another unit was converted into the panel's (16.5/10万 → /万 ×0.1); '' when it was not. */
export function benchmarkConversionText(line: ReferenceLine, b: ReferenceLine['sources'][number], text: ChartText): string {
  const c = line.conversions.find((x) => x.fromUnit === (b.unit ?? '').trim());
  return c && b.value !== null ? convertedText(`${opSymbol(b.op)}${formatNumber(b.value)}`, c, text) : '';
}

export function lineLabel(line: ReferenceLine, text: ChartText): string {
  return text.line(scopesText(line, text), line.year, `${opSymbol(line.op)}${formatGrouped(line.value)}`);
}

/** The tooltip of a reference line: its label, then each source with its title and address. */
export function lineTooltip(line: ReferenceLine, text: ChartText): string {
  const sources = line.sources.map((b) => {
    const url = b.url ?? b.source.url;
    const converted = benchmarkConversionText(line, b, text);
    return `<li>${escapeHtml(b.source.title)}${converted ? `<br><span style="color:${COLOURS.muted}">${escapeHtml(converted)}</span>` : ''}${url ? `<br><span style="color:${COLOURS.muted}">${escapeHtml(url)}</span>` : ''}</li>`;
  });
  return `<b>${escapeHtml(lineLabel(line, text))}</b><div>${escapeHtml(text.source)}:</div><ul style="margin:4px 0;padding-left:16px;max-width:420px;white-space:normal">${sources.join('')}</ul>`;
}

export function rowTooltip(row: PanelRow, panel: Panel, text: ChartText, notes: number): string {
  const parts = [`<b>${escapeHtml(row.regionName)}</b>`];
  if (row.status === 'unset') parts.push(escapeHtml(text.notSet));
  else if (row.status === 'elsewhere') parts.push(escapeHtml(text.elsewhere));
  else {
    const unit = panel.unit && row.value !== null ? ` ${text.unit(panel.unit)}` : '';
    parts.push(`${escapeHtml(text.target)}: ${escapeHtml(row.label)}${escapeHtml(unit)}${row.year ? ` (${escapeHtml(text.year(row.year))})` : ''}`);
    const converted = rowConversionText(row, text);
    if (converted) parts.push(`<span style="color:${COLOURS.muted}">${escapeHtml(converted)}</span>`);
    if (row.kind) parts.push(escapeHtml(text.kind[row.kind]));
    if (row.baseline) {
      const year = row.baseline.year ? ` (${escapeHtml(text.year(row.baseline.year))})` : '';
      parts.push(`${escapeHtml(text.baseline)}: ${escapeHtml(formatNumber(row.baseline.value))}${year}`);
    }
    if (row.documentTitle) parts.push(`${escapeHtml(text.document)}: ${escapeHtml(row.documentTitle)}`);
    parts.push(`<span style="color:${COLOURS.muted}">${escapeHtml(text.clickHint)}</span>`);
  }
  if (notes > 0) parts.push(`<span style="color:${COLOURS.note}">${escapeHtml(text.notes(notes))}</span>`);
  return parts.join('<br>');
}

/** The second line under a region's name: what stands in for a missing bar. */
export function categoryStatus(row: PanelRow, text: ChartText): string {
  if (row.status === 'unset') return text.notSet;
  if (row.status === 'elsewhere') return text.elsewhere;
  if (row.status === 'qualitative') return row.label;
  return '';
}

function valueLabel(row: PanelRow, text: ChartText): string {
  const year = row.year ? text.year(row.year) : '';
  const kind = row.kind && row.kind !== 'level' ? ` · ${text.kind[row.kind]}` : '';
  return `{v|${row.label}}\n{y|${year}${kind}}`;
}

// Rich-text markers are written {style|text}; braces inside the text would end them early.
function richSafe(text: string): string {
  return text.replace(/[{}|]/g, ' ');
}

function categoryLabel(row: PanelRow, text: ChartText, notes: number, horizontal: boolean): string {
  const status = categoryStatus(row, text);
  const badge = notes > 0 ? ` {n|${richSafe(text.notes(notes))}}` : '';
  const name = `{r|${richSafe(row.regionName)}}${badge}`;
  if (!status) return name;
  return horizontal ? `${name} {s|${richSafe(status)}}` : `${name}\n{s|${richSafe(status)}}`;
}

/** At least one row has a number to draw; a panel without one is written as text rows, never an empty chart. */
export function hasChartData(rows: readonly PanelRow[]): boolean {
  return rows.some((r) => r.value !== null);
}

/** A row whose target is a range (1~2), not a floor with a 力争 stretch. */
export function isRange(row: PanelRow): boolean {
  return row.value !== null && row.upper !== null && row.record !== null && row.record.target.value_max !== undefined && row.record.stretch === null;
}

function isShare(panel: Panel): boolean {
  return panel.unit !== null && /^[%％]$/u.test(panel.unit.trim());
}

/** The end of the value axis: the first round number at or above the largest value; a share never beyond 100 when no value is. */
export function axisMax(panel: Panel, rows: readonly PanelRow[]): number {
  const values = rows.flatMap((r) => [r.value, r.upper, r.baseline?.value].filter((v): v is number => typeof v === 'number'));
  const top = Math.max(0, ...values, ...panel.lines.map((l) => l.value));
  const max = niceCeil(top);
  return isShare(panel) && top <= 100 ? Math.min(max, 100) : max;
}

/** Whether every value drawn (targets, stretches, baselines, benchmarks) is a whole number of a unit that is no rate or share. */
export function wholeCounts(panel: Panel, rows: readonly PanelRow[]): boolean {
  if (isShare(panel) || /[‰‱/每]/u.test(panel.unit ?? '')) return false;
  const values = [...rows.flatMap((r) => [r.value, r.upper, r.baseline?.value]), ...panel.lines.map((l) => l.value)];
  const drawn = values.filter((v): v is number => typeof v === 'number');
  return drawn.length > 0 && drawn.every((v) => Number.isInteger(v));
}

/**
 * Whether the reference lines' labels can sit on the lines: no more than a few, and every two far
 * enough apart on a plot of typical size that their labels do not touch.
 */
export function lineLabelsFit(values: readonly number[], max: number, horizontal: boolean): boolean {
  if (values.length > MAX_LINE_LABELS) return false;
  const sorted = [...values].sort((a, b) => a - b);
  // Horizontal charts write labels side by side above the plot, each as wide as LINE_LABEL_WIDTH.
  const room = horizontal ? LINE_LABEL_WIDTH + 6 : LINE_LABEL_HEIGHT;
  const plot = horizontal ? TYPICAL_PLOT.horizontal : TYPICAL_PLOT.vertical;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as number;
    const b = sorted[i] as number;
    if (((b - a) / (max || 1)) * plot < room) return false;
  }
  return true;
}

// Roughly how wide legend text is: CJK a full em, other characters about half.
function textWidth(text: string, size: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u.test(ch) ? size : size * 0.6;
  return width;
}

/** How many lines a plain legend of these names takes in `width` px (items 12 px icon, 5 px gap, 10 px apart). */
export function legendLines(names: readonly string[], width: number): number {
  let lines = 1;
  let x = 0;
  for (const name of names) {
    const item = 12 + 5 + textWidth(name, 11) + 10;
    if (x > 0 && x + item > width) {
      lines++;
      x = 0;
    }
    x += item;
  }
  return lines;
}

function lineColour(line: ReferenceLine): { colour: string; dash: 'dashed' | 'dotted' } {
  const national = line.scopes.some((s) => s.scope === 'national');
  return national ? { colour: COLOURS.national, dash: 'dashed' } : { colour: COLOURS.provincial, dash: 'dotted' };
}

/**
 * A reference line's label on the line: its value on a line of its own when the whole would not fit the room beside
 * the plot, so a break never falls inside the value (全国 2025年:≤ / 5.5) or before its colon (全国 2025年 / :78.3).
 */
export function lineMarkLabel(line: ReferenceLine, text: ChartText): string {
  const whole = lineLabel(line, text);
  // textWidth errs wide for digits and punctuation: labels estimated at 92 px fit in 84, at 99 px they broke.
  if (textWidth(whole, 11) <= LINE_LABEL_WIDTH + 10) return whole;
  return text.line(scopesText(line, text), line.year, `\n${opSymbol(line.op)}${formatGrouped(line.value)}`);
}

function markLines(panel: Panel, text: ChartText, horizontal: boolean, labelled: boolean): BarSeriesOption['markLine'] {
  if (panel.lines.length === 0) return undefined;
  return {
    symbol: 'none',
    animation: false,
    emphasis: { disabled: true },
    data: panel.lines.map((line) => {
      const { colour, dash } = lineColour(line);
      return {
        name: line.id,
        ...(horizontal ? { xAxis: line.value } : { yAxis: line.value }),
        lineStyle: { color: colour, type: dash, width: 1.5 },
        // Beyond the plot's end, so a line's label never covers a bar's; in the legend when labels would collide.
        label: {
          show: labelled,
          formatter: lineMarkLabel(line, text),
          // The category axis runs top-down when horizontal, so the line's start is at the top.
          position: horizontal ? 'start' : 'end',
          color: colour,
          fontSize: 11,
          lineHeight: 14,
          width: LINE_LABEL_WIDTH,
          overflow: 'break',
        },
      };
    }),
  };
}

function noteMarkers(rows: readonly PanelRow[], notes: ReadonlyMap<string, number>, horizontal: boolean): BarSeriesOption['markPoint'] {
  const data = rows.flatMap((row, i) => {
    const count = notes.get(row.regionId) ?? 0;
    if (count === 0) return [];
    return [{ name: `note-${row.regionId}`, coord: horizontal ? [0, i] : [i, 0], value: count }];
  });
  if (data.length === 0) return undefined;
  return {
    symbol: 'circle',
    symbolSize: 16,
    symbolOffset: horizontal ? [10, 0] : [0, -10],
    itemStyle: { color: COLOURS.note, borderColor: '#fff', borderWidth: 1 },
    label: { show: true, color: '#fff', fontSize: 10, fontWeight: 'bold', formatter: '{c}' },
    silent: true,
    animation: false,
    data,
  };
}

/**
 * The option for one panel. `rows` are the panel's rows in display order. Regions without a
 * number get no bar: their category label says 未设定, the words of a qualitative target, or
 * that the target is drawn in another chart.
 */
export function indicatorChartOption(panel: Panel, rows: readonly PanelRow[], text: ChartText, options: ChartOptions = {}): EChartsOption {
  const notes = options.notes ?? new Map<string, number>();
  const horizontal = isHorizontal(rows.length);
  const hasBaseline = rows.some((r) => r.baseline !== null);
  const ranges = rows.map(isRange);
  const hasRange = ranges.some(Boolean);
  const hasStretch = rows.some((r, i) => r.upper !== null && r.value !== null && !ranges[i]);
  const max = axisMax(panel, rows);
  const linesLabelled = lineLabelsFit(
    panel.lines.map((l) => l.value),
    max,
    horizontal,
  );
  const label = (row: PanelRow) => ({
    show: true,
    position: horizontal ? ('right' as const) : ('top' as const),
    // Its number grouped as the value axis writes its own (13,392 under 15,000).
    formatter: horizontal ? `{v|${richSafe(groupDigits(row.label))}} {y|${row.year ? text.year(row.year) : ''}}` : valueLabel({ ...row, label: richSafe(groupDigits(row.label)) }, text),
    rich: { v: { fontWeight: 'bold' as const, fontSize: 12, color: '#1f2933' }, y: { fontSize: 10, color: COLOURS.muted, lineHeight: 14 } },
  });
  const emphasis = (row: PanelRow) => (options.highlight === row.regionId ? { borderColor: COLOURS.note, borderWidth: 2 } : {});
  const baseline: BarSeriesOption = {
    type: 'bar',
    name: text.baseline,
    id: 'baseline',
    itemStyle: { color: COLOURS.baseline },
    barMaxWidth: 28,
    barGap: '15%',
    labelLayout: { hideOverlap: true },
    data: rows.map((row) =>
      row.baseline
        ? {
            value: row.baseline.value,
            // Inside a tall bar, so the label stays clear of the target's label and of reference lines.
            label: {
              show: !horizontal,
              position: row.baseline.value / max > 0.2 ? ('insideTop' as const) : ('top' as const),
              color: row.baseline.value / max > 0.2 ? '#374151' : COLOURS.muted,
              fontSize: 10,
              formatter: formatGrouped(row.baseline.value),
            },
          }
        : { value: null },
    ),
  };
  const target: BarSeriesOption = {
    type: 'bar',
    name: text.target,
    id: 'target',
    stack: 'goal',
    barMaxWidth: 36,
    itemStyle: { color: COLOURS.target },
    data: rows.map((row, i) =>
      ranges[i]
        ? // A range floats: the part below its lower bound is drawn in no colour and says nothing.
          { value: row.value, itemStyle: { color: 'transparent' }, label: { show: false }, tooltip: { show: false }, emphasis: { disabled: true } }
        : { value: row.value, itemStyle: emphasis(row), label: row.upper === null && row.value !== null ? label(row) : { show: false } },
    ),
    markLine: markLines(panel, text, horizontal, linesLabelled),
    markPoint: noteMarkers(rows, notes, horizontal),
  };
  const span = (keep: (i: number) => boolean) =>
    rows.map((row, i) =>
      keep(i) && row.upper !== null && row.value !== null ? { value: Number((row.upper - row.value).toPrecision(12)), itemStyle: emphasis(row), label: label(row) } : { value: null },
    );
  const range: BarSeriesOption = {
    type: 'bar',
    name: text.range,
    id: 'range',
    stack: 'goal',
    barMaxWidth: 36,
    itemStyle: { color: COLOURS.target, opacity: 0.85 },
    data: span((i) => ranges[i] === true),
  };
  const stretch: BarSeriesOption = {
    type: 'bar',
    name: text.stretch,
    id: 'stretch',
    stack: 'goal',
    barMaxWidth: 36,
    itemStyle: { color: COLOURS.stretch },
    data: span((i) => ranges[i] !== true),
  };
  // Reference lines that cannot carry their label are named in the legend, each by an empty line series in its colour and dash.
  const lineEntries: LineSeriesOption[] = linesLabelled
    ? []
    : panel.lines.map((line) => {
        const { colour, dash } = lineColour(line);
        return {
          type: 'line',
          id: `line-${line.id}`,
          name: lineLabel(line, text),
          data: [],
          symbol: 'none',
          silent: true,
          itemStyle: { color: colour },
          lineStyle: { color: colour, type: dash, width: 1.5 },
        };
      });
  const series = [...(hasBaseline ? [baseline] : []), target, ...(hasRange ? [range] : []), ...(hasStretch ? [stretch] : []), ...lineEntries];
  const legendNames = series.map((x) => String(x.name));
  // Exports always carry a legend; on screen a single series needs none.
  const showLegend = series.length > 1 || options.width !== undefined;
  const legendRows = showLegend ? (options.width ? legendLines(legendNames, options.width - 16) : 1) : 0;
  const legendHeight = legendRows * LEGEND_HEIGHT;
  const unitText = panel.unit ? text.unit(panel.unit) : '';
  const categoryAxis = {
    type: 'category' as const,
    data: rows.map((r) => r.regionName),
    inverse: horizontal,
    axisTick: { alignWithLabel: true },
    axisLabel: {
      interval: 0,
      formatter: (_: string, index: number) => {
        const row = rows[index];
        return row ? categoryLabel(row, text, notes.get(row.regionId) ?? 0, horizontal) : '';
      },
      rich: {
        r: { fontSize: 12, color: '#1f2933' },
        s: { fontSize: 11, color: COLOURS.muted, fontStyle: 'italic' as const, lineHeight: 16 },
        n: { fontSize: 10, color: COLOURS.note, fontWeight: 'bold' as const },
      },
      width: horizontal ? 200 : 120,
      overflow: 'truncate' as const,
    },
  };
  const valueAxis = {
    type: 'value' as const,
    min: 0,
    max,
    // Whole things counted (机构 家, 城中村 个, 户) get whole ticks: never an axis of 0.5 个.
    minInterval: wholeCounts(panel, rows) ? 1 : undefined,
    name: unitText,
    nameGap: UNIT_GAP,
    nameTextStyle: { color: COLOURS.muted, fontSize: UNIT_FONT, align: horizontal ? ('left' as const) : ('right' as const) },
    axisLabel: { color: COLOURS.muted },
    splitLine: { lineStyle: { color: '#eef0f3' } },
  };
  // Top of the plot: the legend, then (vertical) the unit or the tallest bar's label, whichever needs more; (horizontal) labels of reference lines.
  const lineLabelRoom = panel.lines.length > 0 && linesLabelled && horizontal ? 30 : 0;
  const top = legendHeight + 6 + (horizontal ? 16 + lineLabelRoom : Math.max(BAR_LABEL_ROOM, UNIT_GAP + UNIT_FONT + 6));
  return {
    animation: rows.length <= 50,
    textStyle: { fontFamily: FONT_FAMILY },
    aria: { enabled: false },
    legend: showLegend
      ? {
          type: options.width ? 'plain' : 'scroll',
          top: 0,
          left: 0,
          right: 0,
          itemWidth: 12,
          itemHeight: 10,
          itemGap: 10,
          textStyle: { fontSize: 11 },
          data: legendNames,
        }
      : undefined,
    grid: {
      // The unit ends where the vertical value axis starts, so it needs its width left of the axis labels.
      left: horizontal ? 8 : 8 + Math.ceil(textWidth(unitText, UNIT_FONT)),
      right: panel.lines.length > 0 && linesLabelled && !horizontal ? LINE_LABEL_WIDTH + 8 : horizontal ? BAR_LABEL_RIGHT : 16,
      top,
      bottom: 8,
      containLabel: true,
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const p = params as { componentType?: string; name?: string; dataIndex?: number };
        if (p.componentType === 'markLine') {
          const line = panel.lines.find((l) => l.id === p.name);
          return line ? lineTooltip(line, text) : '';
        }
        const row = p.dataIndex === undefined ? undefined : rows[p.dataIndex];
        return row ? rowTooltip(row, panel, text, notes.get(row.regionId) ?? 0) : '';
      },
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    dataZoom:
      horizontal && rows.length > ZOOM_ROWS
        ? [
            { type: 'slider', yAxisIndex: 0, startValue: 0, endValue: ZOOM_ROWS - 1, right: 4, width: 14, showDetail: false, brushSelect: false },
            { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true },
          ]
        : undefined,
    series,
  };
}
