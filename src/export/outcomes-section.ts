// Outcomes leaving the app: a timeline chart with its citations (SVG, PNG through chart-png), and a report section —
// timelines, the met / not-met table and plan over plan — as DOCX blocks and HTML, alone or inside the main report.
import { AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { EChartsOption } from 'echarts';
import { COLOURS, FONT_FAMILY } from '../charts/indicator-chart';
import { timelineChartOption, type TimelineText } from '../charts/timeline-chart';
import { conversionText } from './outcomes-tables';
import { unitOf, type Translate } from './text';

export type { TimelinePointRef, TimelineText } from '../charts/timeline-chart';
import type { Timeline } from '../core/outcomes';
import { renderSvg, wrapText } from './chart-export';
import { whitePixelPng } from './png-bytes';
import type { Cell, Table as RowsTable } from './table-rows';

/** The timeline's words in the language of `t`; `documents` names each plan a point cites. */
export function timelineTextOf(t: Translate, documents: ReadonlyMap<string, { label: string }>): TimelineText {
  return {
    achieved: t('outcomes.chart.achieved'),
    target: t('outcomes.chart.target'),
    stretch: t('outcomes.chart.stretch'),
    baseline: t('outcomes.chart.baseline'),
    scope: (b) => (b.scope === 'national' ? t('outcomes.chart.national') : b.province ? t('compare.scope.provincial', { province: b.province }) : t('outcomes.chart.provincial')),
    year: (year) => t('compare.chart.year', { year }),
    unit: unitOf(t),
    document: (id) => documents.get(id)?.label ?? id,
    conversion: (c) => conversionText(t, c),
    clickHint: t('outcomes.chart.clickHint'),
  };
}

export const TIMELINE_WIDTH = 760;
const TITLE_HEIGHT = 34;
const PLOT_HEIGHT = 320;
const FOOT_FONT = 11;
const FOOT_LINE = 16;

export interface TimelineChart {
  title: string;
  option: EChartsOption;
  width: number;
  height: number;
  footnote: string[];
}

/** The export version of one indicator's timeline: a title with the unit, no animation or tooltip, white, cited below. */
export function exportTimeline(timelines: readonly Timeline[], regions: ReadonlyMap<string, string>, text: TimelineText, title: string, footnote: readonly string[], width = TIMELINE_WIDTH): TimelineChart {
  const base = timelineChartOption(timelines, regions, text, { width });
  const footLines = footnote.flatMap((line) => wrapText(line, width - 24, FOOT_FONT));
  const footHeight = footLines.length > 0 ? footLines.length * FOOT_LINE + 16 : 0;
  const grid = (Array.isArray(base.grid) ? base.grid[0] : base.grid) ?? {};
  const option: EChartsOption = {
    ...base,
    animation: false,
    backgroundColor: '#fff',
    tooltip: undefined,
    title: { text: title, left: 8, top: 6, textStyle: { fontSize: 15, fontWeight: 'bold', color: '#1f2933', fontFamily: FONT_FAMILY } },
    legend: base.legend ? { ...(base.legend as object), top: TITLE_HEIGHT, left: 8, right: 8 } : undefined,
    grid: { ...grid, top: Number(grid.top ?? 48) + TITLE_HEIGHT, bottom: footHeight + 32 },
    graphic: footLines.length
      ? [{ type: 'text', left: 12, bottom: 8, silent: true, style: { text: footLines.join('\n'), fontSize: FOOT_FONT, lineHeight: FOOT_LINE, fill: COLOURS.muted, fontFamily: FONT_FAMILY } }]
      : undefined,
  };
  return { title, option, width, height: TITLE_HEIGHT + PLOT_HEIGHT + footHeight, footnote: footLines };
}

export interface SectionChart {
  title: string;
  svg: string;
  png: Uint8Array | null;
  width: number;
  height: number;
}

export interface SectionTable {
  title: string;
  table: RowsTable<string>;
  /** An empty table says why in words. */
  empty: string;
  /** A line below the table: what it leaves out. */
  note?: string;
}

/** The outcomes section of a report, built once and laid out by the DOCX and HTML writers. */
export interface OutcomesSection {
  title: string;
  /** How "met" is decided and how units are converted, in the reader's language. */
  rules: string[];
  charts: SectionChart[];
  tables: SectionTable[];
  figure: (n: number) => string;
}

export async function sectionChart(chart: TimelineChart, png?: (chart: TimelineChart) => Promise<Uint8Array | null>): Promise<SectionChart> {
  return { title: chart.title, svg: renderSvg(chart), png: png ? await png(chart) : null, width: chart.width, height: chart.height };
}

/** Only the columns a report reader needs from a full table. */
export function reportColumns<C extends string>(table: RowsTable<C>, keep: readonly C[]): RowsTable<string> {
  const idx = keep.map((c) => table.columns.indexOf(c)).filter((i) => i >= 0);
  return { columns: idx.map((i) => table.columns[i]!), headers: idx.map((i) => table.headers[i]!), rows: table.rows.map((r) => Object.fromEntries(idx.map((i) => [table.columns[i]!, r[table.columns[i]!]]))) as Partial<Record<string, Cell>>[] };
}

const encoder = new TextEncoder();
const IMAGE_WIDTH = 600;

function docxCell(text: string, header = false): TableCell {
  return new TableCell({ children: String(text).split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 16 })] })) });
}

function docxTable(t: RowsTable<string>): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '9CA3AF' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: t.headers.map((h) => docxCell(h, true)) }),
      ...t.rows.map((r) => new TableRow({ children: t.columns.map((c) => docxCell(r[c] === null || r[c] === undefined ? '' : String(r[c]))) })),
    ],
  });
}

/** The section as Word blocks: what the report builder appends (its one hook) or the standalone file holds. */
export function outcomesSectionDocx(section: OutcomesSection, pageBreakBefore = true): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore, children: [new TextRun(section.title)] })];
  for (const rule of section.rules) blocks.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: rule, size: 18 })] }));
  section.charts.forEach((chart, i) => {
    const transformation = { width: IMAGE_WIDTH, height: Math.round((chart.height * IMAGE_WIDTH) / chart.width) };
    const altText = { name: `timeline-${i + 1}`, title: chart.title, description: chart.title };
    const image = chart.png
      ? new ImageRun({ type: 'png', data: chart.png, transformation, altText })
      : new ImageRun({ type: 'svg', data: encoder.encode(chart.svg), transformation, altText, fallback: { type: 'png', data: whitePixelPng() } });
    blocks.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(chart.title)] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [image] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${section.figure(i + 1)} ${chart.title}`, size: 18, color: '6B7280' })] }),
    );
  });
  for (const t of section.tables) {
    blocks.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t.title)] }));
    blocks.push(t.table.rows.length > 0 ? docxTable(t.table) : new Paragraph({ children: [new TextRun({ text: t.empty, color: '6B7280' })] }));
    if (t.note) blocks.push(new Paragraph({ children: [new TextRun({ text: t.note, color: '6B7280', size: 18 })] }));
  }
  return blocks;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The section as HTML: what the HTML report appends, or the body of the standalone file. */
export function outcomesSectionHtml(section: OutcomesSection): string {
  const charts = section.charts
    .map((c, i) => `<article class="chart"><h3>${esc(c.title)}</h3><figure>${c.svg.replace(/^<\?xml[^>]*>\s*/, '')}<figcaption>${esc(section.figure(i + 1))} ${esc(c.title)}</figcaption></figure></article>`)
    .join('\n');
  const tables = section.tables
    .map((t) =>
      t.table.rows.length === 0
        ? `<h3>${esc(t.title)}</h3><p class="muted">${esc(t.empty)}</p>${t.note ? `<p class="muted">${esc(t.note)}</p>` : ''}`
        : `<h3>${esc(t.title)}</h3><table><thead><tr>${t.table.headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${t.table.rows
            .map((r) => `<tr>${t.table.columns.map((c) => `<td>${esc(r[c] === null || r[c] === undefined ? '' : String(r[c])).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>${t.note ? `<p class="muted">${esc(t.note)}</p>` : ''}`,
    )
    .join('\n');
  return `<section class="domain outcomes" data-section="outcomes"><h2>${esc(section.title)}</h2><ul class="rules">${section.rules.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>
${charts}
${tables}
</section>`;
}

const STYLE = `body{font-family:${FONT_FAMILY.replace(/"/g, "'")};color:#1f2933;max-width:980px;margin:2rem auto;padding:0 1rem;line-height:1.6}
.muted{color:#6b7280}figure{margin:1rem 0;text-align:center}figure svg{max-width:100%;height:auto}figcaption{font-size:.85rem;color:#6b7280}
table{border-collapse:collapse;width:100%;font-size:.8rem;margin:.5rem 0 1.5rem}th,td{border:1px solid #d1d5db;padding:.25rem .4rem;text-align:left;vertical-align:top}th{background:#f3f4f6}
@media print{@page{size:A4;margin:18mm}body{max-width:none;margin:0}figure,tr{page-break-inside:avoid}}`;

/** The section on its own as an HTML file (the Outcomes view's export). */
export function outcomesReportHtml(section: OutcomesSection, meta: { title: string; lang: string; generator: string; date: string }): string {
  return `<!DOCTYPE html>
<html lang="${meta.lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><meta name="generator" content="${esc(meta.generator)}"><title>${esc(meta.title)}</title><style>${STYLE}</style></head>
<body><header><h1>${esc(meta.title)}</h1><p class="muted">${esc(meta.date)} · ${esc(meta.generator)}</p></header>
${outcomesSectionHtml(section)}
</body></html>
`;
}

/** The section on its own as a Word file. */
export async function outcomesReportDocx(section: OutcomesSection, meta: { title: string; generator: string; date: string }): Promise<Uint8Array> {
  const font = FONT_FAMILY.split(',')[0]?.replace(/'/g, '').trim() ?? 'Noto Sans CJK SC';
  const doc = new Document({
    creator: 'PlanBench',
    title: meta.title,
    styles: { default: { document: { run: { font: { ascii: font, eastAsia: font, hAnsi: font } } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(meta.title)] }),
          new Paragraph({ children: [new TextRun({ text: `${meta.date} · ${meta.generator}`, color: '6B7280', size: 18 })] }),
          ...outcomesSectionDocx(section, false),
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
