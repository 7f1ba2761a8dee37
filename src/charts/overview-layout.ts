// The dot plot of one indicator in a domain's overview: every region a dot in the chosen order, its value up the axis, the benchmarks across.
/*
 * A small multiple, drawn as plain SVG from this layout (no chart engine: a domain of 200 regions is a
 * few thousand paths, laid out here in microseconds and painted in one frame). Rules that hold for any
 * data (each has a test):
 * - every row with a number is one dot, left to right in the order given, spread over the plot's width;
 *   the dot shrinks as regions grow but never below a legible size;
 * - its shape is its op: ▲ at least (≥ >), ▼ at most (≤ <), ◆ about (~), ● exactly;
 * - its colour is its ambition against the benchmark (the matrix's scale), grey without one; a dot whose
 *   target year is not the panel's main year is hollow;
 * - a 力争 stretch or a range's upper end is a stem from the dot to that value;
 * - the value axis ends at the data and the benchmarks (a share never beyond 100) on round ticks;
 * - benchmark lines cross the plot; their labels are written only when they cannot touch each other;
 * - the highest and the lowest region are named beside their dots.
 */
import { type Panel, type PanelRow } from '../core/compare/compare';
import { formatGrouped, groupDigits } from '../core/compare/compare-label';
import type { ReferenceLine } from '../core/compare/compare-benchmarks';
import type { Op } from '../core/types';
import { ambitionBucket, type AmbitionBucket } from './ambition-scale';
import { COLOURS, lineLabel, niceCeil, rowConversionText, type ChartText } from './indicator-chart';

export type DotShape = 'up' | 'down' | 'diamond' | 'circle';

/** Dots are small marks on white: each bucket's colour is dark or saturated enough to see at 3 px. */
export const DOT_COLOURS: Readonly<Record<AmbitionBucket, string>> = {
  'far-above': '#1d4ed8',
  above: '#60a5fa',
  par: '#64748b',
  below: '#f59e0b',
  'far-below': '#c2410c',
  neutral: '#7c3aed',
  none: '#334155',
};

export const OVERVIEW_WIDTH = 320;
export const OVERVIEW_HEIGHT = 132;
const PLOT = { left: 36, right: 10, top: 18, bottom: 8 };
/** Dot radius bounds in px: below the minimum a dot is no longer seen, above the maximum a few regions look bloated. */
export const MIN_RADIUS = 1.8;
export const MAX_RADIUS = 4.5;
/** Reference-line labels closer than this (px) would touch: the lines are then left unlabelled (the caption names them). */
export const LABEL_GAP = 11;

export interface OverviewDot {
  regionId: string;
  regionName: string;
  /** The target in the panel's unit. */
  value: number;
  x: number;
  y: number;
  /** The y of the stretch or the range's upper end, or null. */
  upper: number | null;
  shape: DotShape;
  /** SVG path of the mark. */
  path: string;
  colour: string;
  bucket: AmbitionBucket;
  hollow: boolean;
  /** "新乡市 ≥4.5 个 · 2025年": the dot's tooltip. */
  title: string;
}

export interface OverviewRule {
  id: string;
  y: number;
  colour: string;
  /** Written at the right end of the line, or null when labels would collide. */
  label: string | null;
  title: string;
}

export interface OverviewTick {
  y: number;
  label: string;
}

export interface OverviewName {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end' | 'middle';
}

export interface OverviewLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  min: number;
  max: number;
  ticks: OverviewTick[];
  dots: OverviewDot[];
  rules: OverviewRule[];
  /** The highest and lowest regions, named beside their dots; a lone dot's region named above it. */
  names: OverviewName[];
  radius: number;
}

export type OverviewText = Pick<ChartText, 'year' | 'scope' | 'line' | 'unit' | 'converted'>;

export function shapeOf(op: Op | null): DotShape {
  if (op === '>=' || op === '>') return 'up';
  if (op === '<=' || op === '<') return 'down';
  if (op === '~') return 'diamond';
  return 'circle';
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** The mark of a shape centred on (x, y), as an SVG path. */
export function markPath(shape: DotShape, x: number, y: number, r: number): string {
  if (shape === 'circle') return `M${r2(x - r)} ${r2(y)}a${r2(r)} ${r2(r)} 0 1 0 ${r2(2 * r)} 0a${r2(r)} ${r2(r)} 0 1 0 ${r2(-2 * r)} 0z`;
  const s = r * 1.25;
  if (shape === 'up') return `M${r2(x)} ${r2(y - s)}L${r2(x + s)} ${r2(y + s * 0.75)}L${r2(x - s)} ${r2(y + s * 0.75)}z`;
  if (shape === 'down') return `M${r2(x)} ${r2(y + s)}L${r2(x + s)} ${r2(y - s * 0.75)}L${r2(x - s)} ${r2(y - s * 0.75)}z`;
  return `M${r2(x)} ${r2(y - s)}L${r2(x + s)} ${r2(y)}L${r2(x)} ${r2(y + s)}L${r2(x - s)} ${r2(y)}z`;
}

function isShare(panel: Pick<Panel, 'unit'>): boolean {
  return panel.unit !== null && /^[%％]$/u.test(panel.unit.trim());
}

/**
 * The value axis: round ticks (three to five) around the values and the benchmark lines; from 0 when
 * every value is at or above 0 and 0 is within two steps; a share ends at 100 when no value is above it.
 */
export function valueAxis(values: readonly number[], share: boolean, whole = false): { min: number; max: number; step: number } {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { min: 0, max: 1, step: 0.25 };
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  let step = niceCeil(hi > lo ? (hi - lo) / 3 : Math.abs(hi) / 4 || 1);
  // Whole things counted step by whole numbers: one 法治副校长 is not drawn on 0.75 / 1 / 1.25.
  if (whole && step < 1) step = 1;
  let min = Math.floor(lo / step + 1e-9) * step;
  let max = Math.ceil(hi / step - 1e-9) * step;
  if (max === min) [min, max] = [min - step, max + step];
  if (lo >= 0 && min < 0) min = 0;
  if (lo >= 0 && min > 0 && min <= 2 * step) min = 0;
  // Widening to 0 may call for a coarser step: at most five ticks on a plot a hundred pixels tall.
  if ((max - min) / step > 4) {
    step = niceCeil((max - min) / 4);
    min = Math.floor(min / step + 1e-9) * step;
    max = Math.ceil(hi / step - 1e-9) * step;
  }
  if (share && hi <= 100 && max > 100) max = 100;
  return { min: Number(min.toPrecision(12)), max: Number(max.toPrecision(12)), step };
}

function lineColour(line: ReferenceLine): string {
  return line.scopes.some((s) => s.scope === 'national') ? COLOURS.national : COLOURS.provincial;
}

/** Labels that cannot touch: at most three lines, every two at least LABEL_GAP px apart. */
function labelsFit(ys: readonly number[]): boolean {
  if (ys.length > 3) return false;
  const sorted = [...ys].sort((a, b) => a - b);
  return sorted.every((y, i) => i === 0 || y - (sorted[i - 1] as number) >= LABEL_GAP);
}

/**
 * The layout of one indicator's dots. `rows` are the dots in display order (rows without a number are
 * skipped); `mainYear` is the panel's usual target year (dots of another year are hollow).
 */
export function overviewLayout(
  panel: Pick<Panel, 'unit' | 'polarity' | 'lines'>,
  rows: readonly PanelRow[],
  text: OverviewText,
  mainYear: number | null,
  size: { width: number; height: number } = { width: OVERVIEW_WIDTH, height: OVERVIEW_HEIGHT },
): OverviewLayout {
  const dotsRows = rows.filter((r) => r.value !== null);
  const plot = { left: PLOT.left, right: size.width - PLOT.right, top: PLOT.top, bottom: size.height - PLOT.bottom };
  const values = [...dotsRows.flatMap((r) => [r.value as number, ...(r.upper === null ? [] : [r.upper])]), ...panel.lines.map((l) => l.value)];
  const whole = !isShare(panel) && !/[‰‱/每]/u.test(panel.unit ?? '') && values.length > 0 && values.every((v) => Number.isInteger(v));
  const axis = valueAxis(values, isShare(panel), whole);
  const yOf = (v: number) => r2(plot.bottom - ((v - axis.min) / (axis.max - axis.min)) * (plot.bottom - plot.top));
  const ticks: OverviewTick[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (let v = axis.min, i = 0; v <= axis.max + axis.step * 1e-6 && i < 12; v += axis.step, i++) {
    last = Number(v.toPrecision(12));
    ticks.push({ y: yOf(last), label: formatGrouped(last) });
  }
  // A share capped at 100 ends off the step: its end is a tick too.
  if (last < axis.max && ticks.length < 12) ticks.push({ y: yOf(axis.max), label: formatGrouped(axis.max) });
  const band = (plot.right - plot.left) / Math.max(1, dotsRows.length);
  const radius = Math.min(MAX_RADIUS, Math.max(MIN_RADIUS, band * 0.5));
  const unit = panel.unit ? ` ${text.unit(panel.unit)}` : '';
  const dots = dotsRows.map((row, i): OverviewDot => {
    const x = r2(plot.left + (i + 0.5) * band);
    const y = yOf(row.value as number);
    const shape = shapeOf(row.record?.target.op ?? null);
    const bucket = ambitionBucket(row.reference?.relative ?? null, panel.polarity);
    return {
      regionId: row.regionId,
      regionName: row.regionName,
      value: row.value as number,
      x,
      y,
      upper: row.upper === null ? null : yOf(row.upper),
      shape,
      path: markPath(shape, x, y, radius),
      colour: DOT_COLOURS[bucket],
      bucket,
      hollow: mainYear !== null && row.year !== null && row.year !== mainYear,
      // A value drawn in another unit than its record's says so, as the chart's tooltip does (原文≤1.2/万,已换算为/10万).
      title: `${row.regionName} ${groupDigits(row.label)}${unit}${row.year ? ` · ${text.year(row.year)}` : ''}${row.conversion ? ` · ${rowConversionText(row, text)}` : ''}`,
    };
  });
  const ys = panel.lines.map((l) => yOf(l.value));
  const labelled = labelsFit(ys);
  const rules = panel.lines.map((line, i): OverviewRule => {
    const label = lineLabel(line, text as ChartText);
    return { id: line.id, y: ys[i] as number, colour: lineColour(line), label: labelled ? label : null, title: label };
  });
  return { width: size.width, height: size.height, plot, min: axis.min, max: axis.max, ticks, dots, rules, names: extremeNames(dotsRows, dots, plot), radius };
}

/**
 * The highest and lowest dots named beside them ("新乡市 5.4"), when they are different regions; a lone dot is named
 * above it (above its stem's top, or below it when there is no room above), so a plot of one region says whose and
 * what without a hover.
 */
function extremeNames(rows: readonly PanelRow[], dots: readonly OverviewDot[], plot: OverviewLayout['plot']): OverviewName[] {
  if (dots.length === 1) {
    const dot = dots[0] as OverviewDot;
    const top = Math.min(dot.y, dot.upper ?? dot.y) - 7;
    return [{ x: dot.x, y: r2(top >= 10 ? top : Math.min(plot.bottom + 6, dot.y + 15)), text: `${dot.regionName} ${groupDigits((rows[0] as PanelRow).label)}`, anchor: 'middle' }];
  }
  if (dots.length < 2) return [];
  let hi = 0;
  let lo = 0;
  rows.forEach((r, i) => {
    if ((r.value as number) > (rows[hi]?.value as number)) hi = i;
    if ((r.value as number) < (rows[lo]?.value as number)) lo = i;
  });
  if ((rows[hi]?.value as number) === (rows[lo]?.value as number)) return [];
  const mid = (plot.left + plot.right) / 2;
  return [hi, lo].map((i, k) => {
    const dot = dots[i] as OverviewDot;
    const row = rows[i] as PanelRow;
    const anchor = dot.x < mid ? 'start' : 'end';
    // The highest is named just above its dot, the lowest just below.
    const y = k === 0 ? Math.max(10, dot.y - 6) : Math.min(plot.bottom + 6, dot.y + 13);
    return { x: r2(dot.x + (anchor === 'start' ? 4 : -4)), y: r2(y), text: `${row.regionName} ${groupDigits(row.label)}`, anchor };
  });
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function attr(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/**
 * The dots (and stems) of a plot as SVG markup, written into the plot at once: a thousand regions are a
 * thousand paths per card, which cost ~0.7 s to create one by one as components' elements on a busy
 * machine; parsed as one string they are a few milliseconds. Every value is escaped (region names come from
 * the plans). Each path carries its index, region, name, value, shape and ambition bucket for the tooltip,
 * clicks and tests.
 */
export function dotsMarkup(dots: readonly OverviewDot[]): string {
  let out = '';
  dots.forEach((dot, i) => {
    const colour = attr(dot.colour);
    if (dot.upper !== null) out += `<line class="pb-ov-stem" x1="${dot.x}" x2="${dot.x}" y1="${dot.y}" y2="${dot.upper}" stroke="${colour}"></line>`;
    out +=
      `<path d="${attr(dot.path)}" fill="${dot.hollow ? '#fff' : colour}" stroke="${colour}" data-i="${i}" data-region="${attr(dot.regionId)}" ` +
      `data-name="${attr(dot.regionName)}" data-value="${dot.value}" data-shape="${dot.shape}" data-bucket="${dot.bucket}"></path>`;
  });
  return out;
}
