// A Compare chart made fit to leave the app: a title with the unit, a legend, every row (no scroll bar), no animation,
// a white background and a footnote naming each plan and each benchmark source; rendered to SVG with ECharts SSR.
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { FONT_FAMILY, COLOURS, indicatorChartOption, isHorizontal, LEGEND_HEIGHT, type ChartText } from '../charts/indicator-chart';
import type { Panel, PanelRow } from '../core/compare/compare';
import type { DocumentMetadata } from '../core/types';
import { unitOf, type Translate } from './text';

export const EXPORT_WIDTH = 760;
const FOOT_FONT = 11;
const FOOT_LINE = 16;
const TITLE_HEIGHT = 34;

export interface ExportChart {
  panel: Panel;
  title: string;
  option: EChartsOption;
  width: number;
  height: number;
  footnote: string[];
}

/** Plans behind the rows, once each in row order: what the footnote and the report cite. */
export function plansOf(rows: readonly PanelRow[], documents: ReadonlyMap<string, DocumentMetadata>): { id: string; metadata: DocumentMetadata; fallback: string }[] {
  const seen = new Map<string, { id: string; metadata: DocumentMetadata; fallback: string }>();
  for (const row of rows) {
    if (!row.documentId || seen.has(row.documentId)) continue;
    const meta = documents.get(row.documentId) ?? { region: null, plan_title: row.documentTitle, issuer: null, issued: null, period: null, kind: 'other' as const, doc_number: null };
    seen.set(row.documentId, { id: row.documentId, metadata: meta, fallback: row.documentTitle ?? row.documentId });
  }
  return [...seen.values()];
}

export function planCitation(t: Translate, metadata: DocumentMetadata, fallback: string): string {
  const unknown = t('export.chart.unknown');
  return t('export.chart.plan', { title: metadata.plan_title ?? fallback, issuer: metadata.issuer ?? unknown, issued: metadata.issued ?? unknown });
}

export function footnoteText(t: Translate, panel: Panel, rows: readonly PanelRow[], documents: ReadonlyMap<string, DocumentMetadata>): string[] {
  const separator = t('export.chart.separator');
  const plans = plansOf(rows, documents).map((p) => planCitation(t, p.metadata, p.fallback));
  const lines: string[] = [];
  if (plans.length > 0) lines.push(t('export.chart.plans', { list: plans.join(separator) }));
  const sources = [...new Set(panel.lines.flatMap((l) => l.sources.map((b) => b.source.title)))];
  if (sources.length > 0) lines.push(t('export.chart.benchmarks', { list: sources.join(separator) }));
  return lines;
}

// Roughly how wide text is in pixels: CJK and full-width signs a full em, everything else about half.
function textWidth(text: string, size: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u201C\u201D《》]/u.test(ch) ? size : size * 0.56;
  return width;
}

const NO_LINE_START = /[》〉」』）)\]】，。、；：！？,.;:!?”’]/u;
const NO_LINE_END = /[《〈「『（([【“‘]+$/u;

// A word that must not be split: a run of letters, digits and the marks inside file names and addresses (plan_2025-v2.docx).
const TOKEN = /[A-Za-z0-9_\-.~/:%@#&=+?]+|\s|./gsu;

function splitLong(token: string, width: number, size: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const ch of token) {
    if (part && textWidth(part + ch, size) > width) {
      parts.push(part);
      part = '';
    }
    part += ch;
  }
  if (part) parts.push(part);
  return parts;
}

/**
 * Breaks text into lines that fit `width` pixels at `size`: between CJK characters and at spaces,
 * never inside a Latin word, number or file name (unless it alone is wider than a line).
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKEN) ?? []) {
    // Closing marks stay on the line they close (no line starts with 》, ), 。 and the like).
    if (line && textWidth(line + token, size) > width && !NO_LINE_START.test(token.charAt(0))) {
      // Opening marks go with what they open (no line ends with 《, ( or “).
      const open = NO_LINE_END.exec(line)?.[0] ?? '';
      const rest = line.slice(0, line.length - open.length).trimEnd();
      if (rest) {
        lines.push(rest);
        line = open;
      } else {
        lines.push(line.trimEnd());
        line = '';
      }
      if (!line && /^\s$/u.test(token)) continue;
    }
    if (!line && textWidth(token, size) > width) {
      const parts = splitLong(token, width, size);
      lines.push(...parts.slice(0, -1));
      line = parts.at(-1) ?? '';
      continue;
    }
    line += token;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

// The plot's top with a one-line legend and no labels above the plot: what plotHeight was measured with.
function indicatorChartOptionTop(rowCount: number): number {
  return LEGEND_HEIGHT + 6 + (isHorizontal(rowCount) ? 46 : 34);
}

function plotHeight(rowCount: number): number {
  return isHorizontal(rowCount) ? 90 + 30 * rowCount : 320;
}

/** The export version of a panel's chart, built from Compare's option builder. */
export function exportChart(panel: Panel, rows: readonly PanelRow[], text: ChartText, title: string, footnote: readonly string[], width = EXPORT_WIDTH): ExportChart {
  const base = indicatorChartOption(panel, rows, text, { width });
  const footLines = footnote.flatMap((line) => wrapText(line, width - 24, FOOT_FONT));
  const footHeight = footLines.length > 0 ? footLines.length * FOOT_LINE + 16 : 0;
  const grid = (Array.isArray(base.grid) ? base.grid[0] : base.grid) ?? {};
  // A legend on two or three lines pushes the plot down; the image grows rather than the plot shrinking.
  const legendExtra = Math.max(0, Number(grid.top ?? 0) - indicatorChartOptionTop(rows.length));
  const height = TITLE_HEIGHT + plotHeight(rows.length) + legendExtra + footHeight;
  const option: EChartsOption = {
    ...base,
    animation: false,
    backgroundColor: '#fff',
    tooltip: undefined,
    dataZoom: undefined,
    title: { text: title, left: 8, top: 6, textStyle: { fontSize: 15, fontWeight: 'bold', color: '#1f2933', fontFamily: FONT_FAMILY } },
    // The builder's legend (as many lines as it needs at this width), under the title.
    legend: base.legend ? { ...(base.legend as object), top: TITLE_HEIGHT, left: 8, right: 8 } : undefined,
    grid: { ...grid, top: Number(grid.top ?? 28) + TITLE_HEIGHT, bottom: footHeight + 8 },
    graphic: footLines.length
      ? [
          {
            type: 'text',
            left: 12,
            bottom: 8,
            silent: true,
            style: { text: footLines.join('\n'), fontSize: FOOT_FONT, lineHeight: FOOT_LINE, fill: COLOURS.muted, fontFamily: FONT_FAMILY },
          },
        ]
      : undefined,
  };
  return { panel, title, option, width, height, footnote: footLines };
}

/** The chart as an SVG document whose text stays text; works in Node and in the browser. */
export function renderSvg(chart: Pick<ExportChart, 'option' | 'width' | 'height'>): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: chart.width, height: chart.height });
  try {
    instance.setOption(chart.option);
    const svg = instance.renderToSVGString();
    return svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
  } finally {
    instance.dispose();
  }
}

export function chartTitle(t: Translate, name: string, unit: string | null): string {
  return unit ? t('export.chart.title', { indicator: name, unit: unitOf(t)(unit) }) : t('export.chart.titleNoUnit', { indicator: name });
}
