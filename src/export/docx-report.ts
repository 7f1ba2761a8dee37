// The report as a Word file (docx): a title page, a contents list whose entries link to their headings, then each section's
// blocks (headings, paragraphs, lists, tables, figures) and the numbered references.
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
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
import { reportContents, type Report, type ReportBlock, type ReportFigure } from './report-model';

// A4 with Word's default margins leaves about 6.3 inches: 600 px at 96 dpi.
const IMAGE_WIDTH = 600;
// A chart taller than this is scaled down to fit a page (A4 less margins, with room for the caption).
const IMAGE_MAX_HEIGHT = 860;
const FONT = FONT_FAMILY.split(',')[0]?.replace(/'/g, '').trim() ?? 'Noto Sans CJK SC';
const encoder = new TextEncoder();
const MUTED = '6B7280';

function figureImage(figure: ReportFigure): ImageRun | null {
  const scale = Math.min(IMAGE_WIDTH / figure.width, IMAGE_MAX_HEIGHT / figure.height);
  const transformation = { width: Math.round(figure.width * scale), height: Math.round(figure.height * scale) };
  const altText = { name: `chart-${figure.n}`, title: figure.title, description: figure.title };
  if (figure.png) return new ImageRun({ type: 'png', data: figure.png, transformation, altText });
  if (figure.svg) return new ImageRun({ type: 'svg', data: encoder.encode(figure.svg), transformation, altText, fallback: { type: 'png', data: whitePixelPng() } });
  return null;
}

function cell(text: string, header = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: 18 })] })] });
}

function table(columns: readonly string[], rows: readonly string[][]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '9CA3AF' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

function titlePage(report: Report): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 600 }, children: [new TextRun(report.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun(report.text.regions)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun(report.text.date)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun(report.text.author)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: report.generator, color: MUTED, size: 18 })] }),
  ];
}

/** Word bookmark names: ASCII, at most 40 characters, starting with a letter; one per anchor of the report. */
function bookmarkNames(report: Report): Map<string, string> {
  return new Map(reportContents(report).map((entry, i) => [entry.anchor, `pb${i + 1}`]));
}

function contents(report: Report, bookmarks: ReadonlyMap<string, string>): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(report.text.contents)] }),
    ...reportContents(report).map(
      (entry) =>
        new Paragraph({
          indent: { left: entry.level === 1 ? 0 : 480 },
          spacing: { after: entry.level === 1 ? 60 : 0, before: entry.level === 1 ? 120 : 0 },
          children: [
            new InternalHyperlink({
              anchor: bookmarks.get(entry.anchor) ?? '',
              children: [new TextRun({ text: entry.text, bold: entry.level === 1, size: entry.level === 1 ? 22 : 20, color: '1F4E79' })],
            }),
          ],
        }),
    ),
  ];
}

function heading(text: string, level: 1 | 2 | 3, bookmark: string | undefined, pageBreakBefore = false): Paragraph {
  const run = new TextRun(text);
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    pageBreakBefore,
    children: [bookmark ? new Bookmark({ id: bookmark, children: [run] }) : run],
  });
}

function blockElements(block: ReportBlock, bookmarks: ReadonlyMap<string, string>): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [heading(block.text, block.level, block.anchor ? bookmarks.get(block.anchor) : undefined)];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: block.text, ...(block.muted ? { color: MUTED, size: 18 } : {}) })] })];
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: item, size: 18 })] }));
    case 'table':
      return [table(block.columns, block.rows), new Paragraph({ children: [] })];
    case 'figure': {
      const image = figureImage(block.figure);
      if (!image) return [];
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [image] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: block.figure.caption, size: 18, color: MUTED })] }),
      ];
    }
    case 'rendered':
      return [...block.docx()];
    case 'references':
      // The numbers are written, not Word's list numbering, so they stay the ones the charts and tables cite.
      return block.items.map(
        (r) => new Paragraph({ indent: { left: 520, hanging: 520 }, spacing: { after: 60 }, children: [new TextRun({ text: `[${r.n}]\t${r.text}`, size: 20 })] }),
      );
  }
}

/**
 * `extra`: elements of another section laid out by its own writer, placed before the quotes and references (a section
 * builder with a 'rendered' block does the same and is listed in the contents).
 */
export function reportDocument(report: Report, extra: readonly (Paragraph | Table)[] = []): Document {
  const bookmarks = bookmarkNames(report);
  const body = report.sections.flatMap((section) => [
    ...(section.id === 'quotes' || (section.id === 'references' && !report.sections.some((s) => s.id === 'quotes')) ? extra : []),
    heading(section.title, 1, bookmarks.get(section.id), true),
    ...section.blocks.flatMap((block) => blockElements(block, bookmarks)),
  ]);
  return new Document({
    creator: 'PlanBench',
    title: report.title,
    description: report.text.regions,
    styles: { default: { document: { run: { font: { ascii: FONT, eastAsia: FONT, hAnsi: FONT } } } } },
    sections: [{ children: titlePage(report) }, { children: [...contents(report, bookmarks), ...body] }],
  });
}

export async function reportToDocx(report: Report, extra: readonly (Paragraph | Table)[] = []): Promise<Uint8Array> {
  return Packer.pack(reportDocument(report, extra), 'uint8array');
}
