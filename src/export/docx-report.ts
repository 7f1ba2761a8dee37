// The report as a Word file (docx): a title page, a section per domain with each chart, its notes and its table, then the sources.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { FONT_FAMILY } from '../charts/indicator-chart';
import { whitePixelPng } from './png-bytes';
import type { Report, ReportChart, ReportRow } from './report-model';

// A4 with Word's default margins leaves about 6.3 inches: 600 px at 96 dpi.
const IMAGE_WIDTH = 600;
const FONT = FONT_FAMILY.split(',')[0]?.replace(/'/g, '').trim() ?? 'Noto Sans CJK SC';
const encoder = new TextEncoder();

function chartImage(chart: ReportChart & { svg: string }, n: number): ImageRun {
  const transformation = { width: IMAGE_WIDTH, height: Math.round((chart.height * IMAGE_WIDTH) / chart.width) };
  const altText = { name: `chart-${n}`, title: chart.title, description: chart.title };
  if (chart.png) return new ImageRun({ type: 'png', data: chart.png, transformation, altText });
  return new ImageRun({ type: 'svg', data: encoder.encode(chart.svg), transformation, altText, fallback: { type: 'png', data: whitePixelPng() } });
}

function cell(text: string, header = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: 18 })] })] });
}

function rowsTable(report: Report, rows: readonly ReportRow[]): Table {
  const columns = Object.keys(report.text.columns) as (keyof ReportRow)[];
  const border = { style: BorderStyle.SINGLE, size: 4, color: '9CA3AF' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(report.text.columns[c], true)) }),
      ...rows.map((r) => new TableRow({ children: columns.map((c) => cell(r[c])) })),
    ],
  });
}

function titlePage(report: Report): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 600 }, children: [new TextRun(report.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun(report.text.regions)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun(report.text.date)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun(report.text.author)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: report.generator, color: '6B7280', size: 18 })] }),
  ];
}

function chartBlock(report: Report, chart: ReportChart, n: number): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(chart.title)] }),
    // A panel of words only (应保尽保) is its table, with no empty chart.
    ...(chart.svg === null
      ? []
      : [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [chartImage({ ...chart, svg: chart.svg }, n)] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${report.text.figure(n)} ${chart.title}`, size: 18, color: '6B7280' })] }),
        ]),
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(report.text.annotations)] }),
    ...(chart.notes.length > 0
      ? chart.notes.map((note) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(note)] }))
      : [new Paragraph({ children: [new TextRun({ text: report.text.noAnnotations, color: '6B7280' })] })]),
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(report.text.table)] }),
    rowsTable(report, chart.rows),
    new Paragraph({ children: [] }),
  ];
}

function sourcesBlock(report: Report): Paragraph[] {
  const quotes = report.domains.flatMap((d) => d.charts.flatMap((c) => c.quotes));
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(report.text.sources)] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(report.text.plans)] }),
    ...report.plans.map((p) => new Paragraph({ numbering: { reference: 'sources', level: 0 }, children: [new TextRun(p)] })),
    ...(report.benchmarks.length > 0
      ? [
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(report.text.benchmarks)] }),
          ...report.benchmarks.map((b) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(b.url ? `${b.title} ${b.url}` : b.title)] })),
        ]
      : []),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(report.text.quotes)] }),
    ...quotes.map((q) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: q.text, size: 18 })] })),
  ];
}

/** `extra`: blocks of another section (the outcomes section, src/export/outcomes-section.ts) placed before the sources. */
export function reportDocument(report: Report, extra: readonly (Paragraph | Table)[] = []): Document {
  let n = 0;
  const body = report.domains.flatMap((domain, i) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: i > 0, children: [new TextRun(domain.name)] }),
    ...domain.charts.flatMap((chart) => chartBlock(report, chart, chart.svg === null ? n : ++n)),
  ]);
  return new Document({
    creator: 'PlanBench',
    title: report.title,
    description: report.text.regions,
    styles: { default: { document: { run: { font: { ascii: FONT, eastAsia: FONT, hAnsi: FONT } } } } },
    numbering: { config: [{ reference: 'sources', levels: [{ level: 0, format: 'decimal', text: '[%1]', alignment: AlignmentType.LEFT }] }] },
    sections: [
      { children: titlePage(report) },
      { children: [...body, ...extra, ...sourcesBlock(report)] },
    ],
  });
}

export async function reportToDocx(report: Report, extra: readonly (Paragraph | Table)[] = []): Promise<Uint8Array> {
  return Packer.pack(reportDocument(report, extra), 'uint8array');
}
