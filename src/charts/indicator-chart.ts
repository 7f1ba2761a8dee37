// The ECharts option of one indicator panel: a bar per region (baseline lighter, 力争 stretch stacked), benchmarks as reference lines, note markers.
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { formatNumber, type Panel, type PanelRow } from '../core/compare';
import { opSymbol } from '../core/compare-label';
import type { ReferenceLine, ReferenceScope } from '../core/compare-benchmarks';
import type { TargetKind } from '../core/types';

/** Every word the chart shows, in the current language; the builder holds no strings of its own. */
export interface ChartText {
  target: string;
  baseline: string;
  stretch: string;
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
}

export interface ChartOptions {
  /** Notes per region id, drawn as markers. */
  notes?: ReadonlyMap<string, number>;
  /** Regions whose rows are highlighted (a focused cell). */
  highlight?: string | null;
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

/** Above this many regions the bars run horizontally, one region per line, with a scroll bar beyond ZOOM_ROWS. */
export const VERTICAL_MAX = 8;
/** Room right of (or above) the plot for reference-line labels. */
const LINE_LABEL_WIDTH = 84;
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

export function lineLabel(line: ReferenceLine, text: ChartText): string {
  return text.line(scopesText(line, text), line.year, `${opSymbol(line.op)}${formatNumber(line.value)}`);
}

/** The tooltip of a reference line: its label, then each source with its title and address. */
export function lineTooltip(line: ReferenceLine, text: ChartText): string {
  const sources = line.sources.map((b) => {
    const url = b.url ?? b.source.url;
    return `<li>${escapeHtml(b.source.title)}${url ? `<br><span style="color:${COLOURS.muted}">${escapeHtml(url)}</span>` : ''}</li>`;
  });
  return `<b>${escapeHtml(lineLabel(line, text))}</b><div>${escapeHtml(text.source)}:</div><ul style="margin:4px 0;padding-left:16px;max-width:420px;white-space:normal">${sources.join('')}</ul>`;
}

export function rowTooltip(row: PanelRow, panel: Panel, text: ChartText, notes: number): string {
  const parts = [`<b>${escapeHtml(row.regionName)}</b>`];
  if (row.status === 'unset') parts.push(escapeHtml(text.notSet));
  else if (row.status === 'elsewhere') parts.push(escapeHtml(text.elsewhere));
  else {
    const unit = panel.unit && row.value !== null ? ` ${panel.unit}` : '';
    parts.push(`${escapeHtml(text.target)}: ${escapeHtml(row.label)}${escapeHtml(unit)}${row.year ? ` (${escapeHtml(text.year(row.year))})` : ''}`);
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

function axisMax(panel: Panel, rows: readonly PanelRow[]): number {
  const values = rows.flatMap((r) => [r.value, r.upper, r.baseline?.value].filter((v): v is number => typeof v === 'number'));
  const all = [...values, ...panel.lines.map((l) => l.value)];
  return niceCeil(Math.max(0, ...all) * 1.18);
}

function markLines(panel: Panel, text: ChartText, horizontal: boolean): BarSeriesOption['markLine'] {
  if (panel.lines.length === 0) return undefined;
  return {
    symbol: 'none',
    animation: false,
    emphasis: { disabled: true },
    data: panel.lines.map((line) => {
      const national = line.scopes.some((s) => s.scope === 'national');
      const colour = national ? COLOURS.national : COLOURS.provincial;
      return {
        name: line.id,
        ...(horizontal ? { xAxis: line.value } : { yAxis: line.value }),
        lineStyle: { color: colour, type: national ? 'dashed' : 'dotted', width: 1.5 },
        // Beyond the plot's end, so a line's label never covers a bar's.
        label: {
          formatter: lineLabel(line, text),
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
  const hasUpper = rows.some((r) => r.upper !== null);
  const max = axisMax(panel, rows);
  const label = (row: PanelRow) => ({
    show: true,
    position: horizontal ? ('right' as const) : ('top' as const),
    formatter: horizontal ? `{v|${richSafe(row.label)}} {y|${row.year ? text.year(row.year) : ''}}` : valueLabel({ ...row, label: richSafe(row.label) }, text),
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
              formatter: formatNumber(row.baseline.value),
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
    data: rows.map((row) => ({
      value: row.value,
      itemStyle: emphasis(row),
      label: row.upper === null && row.value !== null ? label(row) : { show: false },
    })),
    markLine: markLines(panel, text, horizontal),
    markPoint: noteMarkers(rows, notes, horizontal),
  };
  const stretch: BarSeriesOption = {
    type: 'bar',
    name: text.stretch,
    id: 'stretch',
    stack: 'goal',
    barMaxWidth: 36,
    itemStyle: { color: COLOURS.stretch },
    data: rows.map((row) =>
      row.upper !== null && row.value !== null ? { value: Number((row.upper - row.value).toPrecision(12)), label: label(row) } : { value: null },
    ),
  };
  const series = [...(hasBaseline ? [baseline] : []), target, ...(hasUpper ? [stretch] : [])];
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
    name: panel.unit ?? '',
    nameTextStyle: { color: COLOURS.muted, align: horizontal ? ('left' as const) : ('right' as const) },
    axisLabel: { color: COLOURS.muted },
    splitLine: { lineStyle: { color: '#eef0f3' } },
  };
  return {
    animation: rows.length <= 50,
    textStyle: { fontFamily: FONT_FAMILY },
    aria: { enabled: false },
    legend: series.length > 1 ? { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } } : undefined,
    grid: {
      left: 8,
      right: panel.lines.length > 0 && !horizontal ? LINE_LABEL_WIDTH + 8 : horizontal ? 64 : 16,
      top: (series.length > 1 ? 40 : 28) + (panel.lines.length > 0 && horizontal ? 24 : 0),
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
