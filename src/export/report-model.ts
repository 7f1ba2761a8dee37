// What a report holds, built once and laid out by the DOCX and HTML writers: a title page, a contents list, then a list of
// sections (one per domain, any extra sections a caller adds, the quotes and the numbered references), each a list of plain
// blocks (headings, paragraphs, tables, figures). A new section needs only a builder returning blocks; the writers know blocks.
import type { Paragraph, Table } from 'docx';
import type { Benchmark } from '../core/catalog/benchmarks';
import { indicatorById } from '../core/catalog/catalog';
import { buildPanels, type CompareRegion, type Panel, type PanelRow, type SourceDocument } from '../core/compare/compare';
import { defaultMinRegions, foldPanels } from '../core/compare/folding';
import type { EffectiveTarget } from '../core/review/effective';
import { DOMAIN_IDS, type DocumentMetadata, type DomainId } from '../core/types';
import { chartRows } from '../charts/chart-rows';
import { axisMax, hasChartData, rowConversionText, type ChartText } from '../charts/indicator-chart';
import { chartTitle, exportChart, renderSvg, type ExportChart } from './chart-export';
import { benchmarkReference, citeMark, planReference, References, type Reference } from './references';
import { nameList, summarizeDomain } from './report-summary';
import { notesText, type DocumentInput, type NoteInput, type TableContext } from './table-rows';
import { chartTextOf, domainName, type Translate } from './text';

export interface ReportFigure {
  id: string;
  /** Figure number, from 1 through the report. */
  n: number;
  title: string;
  caption: string;
  /** The chart as SVG, when the writer needs it (HTML; a DOCX without PNG). */
  svg: string | null;
  /** PNG at 2× when a rasteriser was given. */
  png: Uint8Array | null;
  width: number;
  height: number;
}

export type ReportBlock =
  | { type: 'heading'; level: 2 | 3; text: string; anchor: string | null }
  | { type: 'paragraph'; text: string; muted?: boolean }
  | { type: 'list'; items: string[] }
  | { type: 'table'; columns: string[]; rows: string[][] }
  | { type: 'figure'; figure: ReportFigure }
  | { type: 'references'; items: Reference[] }
  /** A block a section lays out itself, once per writer (e.g. the outcomes section's own tables and timelines). */
  | { type: 'rendered'; docx: () => readonly (Paragraph | Table)[]; html: () => string };

export interface ReportSection {
  /** Anchor of the section's heading (ASCII, unique in the report). */
  id: string;
  title: string;
  blocks: ReportBlock[];
}

export interface Report {
  locale: string;
  title: string;
  regions: string[];
  date: string;
  author: string | null;
  generator: string;
  sections: ReportSection[];
  /** Message texts the writers need, resolved once. */
  text: ReportText;
}

export interface ReportText {
  regions: string;
  date: string;
  author: string;
  contents: string;
  pngNeedsApp: string;
}

export interface ReportInput {
  t: Translate;
  locale: string;
  regions: readonly CompareRegion[];
  effective: readonly EffectiveTarget[];
  benchmarks: readonly Benchmark[];
  documents: ReadonlyMap<string, DocumentInput & { regionId: string }>;
  annotations: readonly NoteInput[];
  date: string;
  author?: string | null;
  version: string;
  /** Render each chart as SVG (HTML; a DOCX without PNG). Default true. */
  svg?: boolean;
  /** Rasterises a chart to PNG bytes (the worker, the CLI with a font); without it a DOCX embeds the SVG. */
  png?: (chart: ExportChart) => Promise<Uint8Array | null>;
  /** Told once the charts are counted (0 of n), then after each chart is drawn. */
  onProgress?: (done: number, total: number) => void;
  /** Extra sections, placed after the domains and before the quotes and references (e.g. outcomes). */
  sections?: readonly ReportSectionBuilder[];
}

/** What a section builder may use: the words, the panels of every domain and the shared reference list. */
export interface ReportContext {
  t: Translate;
  locale: string;
  regions: readonly CompareRegion[];
  panels: readonly Panel[];
  effective: readonly EffectiveTarget[];
  /** `[n]` marks for the plans behind some rows, numbering plans first cited here. */
  citePlans(rows: readonly PanelRow[]): string;
  references: References;
  indicatorName(panel: Panel): string;
}

export type ReportSectionBuilder = (ctx: ReportContext) => ReportSection[] | Promise<ReportSection[]>;

/**
 * At most this many bars a figure: a chart of 200 regions is split into parts of equal size (on one scale), each legible on
 * an A4 page, rather than one image shrunk to 4 px a bar.
 */
export const ROWS_PER_FIGURE = 40;

/** The rows of a chart in parts of at most ROWS_PER_FIGURE, as equal as can be. */
export function figureParts<T>(rows: readonly T[]): T[][] {
  const count = Math.max(1, Math.ceil(rows.length / ROWS_PER_FIGURE));
  const size = Math.ceil(rows.length / count);
  return Array.from({ length: count }, (_, i) => rows.slice(i * size, (i + 1) * size));
}

/** The chart with its value axis ending at `max`. */
function withValueMax(chart: ExportChart, max: number): ExportChart {
  const fix = (axis: unknown) => (axis && typeof axis === 'object' && (axis as { type?: string }).type === 'value' ? { ...axis, max } : axis);
  const { xAxis, yAxis } = chart.option;
  return {
    ...chart,
    option: {
      ...chart.option,
      xAxis: (Array.isArray(xAxis) ? xAxis.map(fix) : fix(xAxis)) as typeof xAxis,
      yAxis: (Array.isArray(yAxis) ? yAxis.map(fix) : fix(yAxis)) as typeof yAxis,
    },
  };
}

/** How many names a summary cell lists before saying how many more. */
const SUMMARY_NAMES = 6;

interface DomainPlan {
  id: DomainId | null;
  panels: Panel[];
  /** Panels drawn as charts: set by enough regions and carrying a number. */
  charted: Panel[];
  /** Panels of words only (应保尽保), set by any number of regions: a table. */
  words: Panel[];
  /** Panels with a number set by too few regions to chart: one compact table. */
  folded: Panel[];
}

/** Splits a domain's panels into charts, words-only tables and the folded table, by Compare's folding rule. */
export function planDomain(panels: readonly Panel[], regionCount: number): Pick<DomainPlan, 'charted' | 'words' | 'folded'> {
  const words = panels.filter((p) => !hasChartData(p.rows) && p.rows.some((r) => r.status === 'qualitative'));
  const numeric = panels.filter((p) => hasChartData(p.rows));
  const { charted, folded } = foldPanels(numeric, defaultMinRegions(regionCount), false, new Set());
  return { charted, words, folded };
}

function rowTarget(t: Translate, row: PanelRow, unit: string | null, text: ChartText): string {
  const unitText = text.unit;
  if (row.status === 'unset') return t('compare.chart.notSet');
  if (row.status === 'elsewhere') return t('compare.chart.elsewhere');
  const converted = rowConversionText(row, text);
  return `${row.label}${unit && row.value !== null ? ` ${unitText(unit)}` : ''}${converted ? ` (${converted})` : ''}`;
}

/** Builds the report: every domain's summary, charts and tables, extra sections, the quotes and the reference list. */
export async function buildReport(input: ReportInput): Promise<Report> {
  const { t, locale } = input;
  const sourceDocs = new Map<string, SourceDocument>([...input.documents].map(([id, d]) => [id, { id, title: d.metadata.plan_title, fileName: d.fileName }]));
  const metadata = new Map<string, DocumentMetadata>([...input.documents].map(([id, d]) => [id, d.metadata]));
  const panels = buildPanels({ effective: input.effective, regions: input.regions, benchmarks: input.benchmarks, documents: sourceDocs, domain: 'all' });
  const text: ChartText = chartTextOf(t);
  const regionCount = input.regions.length;
  const regionName = new Map(input.regions.map((r) => [r.id, r.name]));
  const tableCtx: TableContext = { t, locale, regionName: (id) => regionName.get(id) ?? id, documents: input.documents, annotations: input.annotations };
  const references = new References();
  const separator = t('compare.listSeparator');
  const indicatorName = (panel: Panel) => (locale === 'en' ? (indicatorById(panel.indicator)?.en ?? panel.name) : panel.name);
  const titleOf = (panel: Panel) => chartTitle(t, indicatorName(panel), panel.unit);

  const citePlan = (documentId: string): number =>
    references.cite(`plan:${documentId}`, () => {
      const doc = input.documents.get(documentId);
      const meta = metadata.get(documentId) ?? doc?.metadata;
      return meta ? planReference(t, { metadata: meta, fileName: doc?.fileName ?? documentId }) : documentId;
    });
  const citePlans = (rows: readonly PanelRow[]) => citeMark(rows.flatMap((r) => (r.documentId ? [citePlan(r.documentId)] : [])));
  const citeBenchmarks = (panel: Panel) =>
    citeMark(panel.lines.flatMap((l) => l.sources.map((b) => references.cite(`benchmark:${b.source.title}`, () => benchmarkReference(b.source, input.date)))));

  const plans: DomainPlan[] = [...DOMAIN_IDS, null]
    .map((id) => ({ id, panels: panels.filter((p) => p.domain === id) }))
    .filter((d) => d.panels.length > 0)
    .map((d) => ({ ...d, ...planDomain(d.panels, regionCount) }));
  const total = plans.reduce((n, d) => n + d.charted.reduce((k, p) => k + figureParts(chartRows(p.rows, regionCount)).length, 0), 0);
  let done = 0;
  let figureNumber = 0;
  input.onProgress?.(0, total);
  const columns = ['region', 'target', 'year', 'kind', 'baseline', 'document'] as const;
  const columnNames = columns.map((c) => t(`export.report.tableColumns.${c}`));

  async function figuresOf(panel: Panel, rows: PanelRow[]): Promise<ReportFigure[]> {
    const title = titleOf(panel);
    const parts = figureParts(rows);
    // Every part on the scale of the whole, so bars of two parts compare by length.
    const max = axisMax(panel, rows);
    const n = ++figureNumber;
    const figures: ReportFigure[] = [];
    for (const [i, part] of parts.entries()) {
      const footnote: string[] = [];
      const planMarks = citePlans(part);
      if (planMarks) footnote.push(t('export.chart.plans', { list: planMarks }));
      const benchmarkMarks = citeBenchmarks(panel);
      if (benchmarkMarks) footnote.push(t('export.chart.benchmarks', { list: benchmarkMarks }));
      const partTitle = parts.length > 1 ? `${title} ${t('export.report.part', { part: i + 1, parts: parts.length })}` : title;
      const chart = withValueMax(exportChart(panel, part, text, partTitle, footnote), max);
      figures.push({
        id: parts.length > 1 ? `${panel.fileStem}-${i + 1}` : panel.fileStem,
        n,
        title: partTitle,
        caption: `${t('export.report.figure', { n })} ${partTitle}`,
        svg: input.svg === false ? null : renderSvg(chart),
        png: input.png ? await input.png(chart) : null,
        width: chart.width,
        height: chart.height,
      });
      input.onProgress?.(++done, total);
    }
    return figures;
  }

  function summaryBlocks(plan: DomainPlan): ReportBlock[] {
    const summary = summarizeDomain(plan.panels, regionCount);
    const more = (n: number) => t('export.report.summary.more', { n });
    const names = (list: string[]) => (list.length === 0 ? '' : `${list.length}${t('export.report.summary.colon')}${nameList(list, SUMMARY_NAMES, separator, more)}`);
    const panelOf = new Map(plan.panels.map((p) => [p.id, p]));
    return [
      { type: 'heading', level: 2, text: t('export.report.summary.title'), anchor: `${plan.id ?? 'other'}-summary` },
      {
        type: 'paragraph',
        text: t('export.report.summary.counts', {
          setting: summary.regionsSetting,
          regions: summary.regionCount,
          indicators: plan.panels.length,
          charts: plan.charted.length,
          folded: plan.folded.length,
          words: plan.words.length,
        }),
      },
      {
        type: 'table',
        columns: ['indicator', 'set', 'above', 'meets', 'below', 'none'].map((c) => t(`export.report.summary.columns.${c}`)),
        rows: summary.indicators.map((s) => {
          const panel = panelOf.get(s.key) as Panel;
          const set = s.qualitative > 0 ? t('export.report.summary.setWords', { n: s.set, words: s.qualitative }) : String(s.set);
          return [titleOf(panel), set, names(s.above), names(s.meets), names(s.below), s.noBenchmark > 0 ? String(s.noBenchmark) : ''];
        }),
      },
      { type: 'paragraph', text: t('export.report.summary.note'), muted: true },
    ];
  }

  /** One table of many panels, a row per region that set something: the folded indicators, or the words-only ones. */
  function compactTable(list: readonly Panel[]): ReportBlock {
    return {
      type: 'table',
      columns: [t('export.report.compactColumns.indicator'), ...columnNames],
      rows: list.flatMap((panel) =>
        panel.rows
          .filter((r) => r.status === 'set' || r.status === 'qualitative')
          .map((r) => [titleOf(panel), ...rowCells(r, panel)]),
      ),
    };
  }

  function rowCells(row: PanelRow, panel: Panel): string[] {
    return [
      row.regionName,
      rowTarget(t, row, panel.unit, text),
      row.year ? String(row.year) : '',
      row.kind ? t(`compare.kind.${row.kind}`) : '',
      row.baseline ? `${row.baseline.value}${row.baseline.year ? ` (${row.baseline.year})` : ''}` : '',
      row.documentId ? citeMark([citePlan(row.documentId)]) : '',
    ];
  }

  async function chartBlocks(panel: Panel): Promise<ReportBlock[]> {
    const rows = chartRows(panel.rows, regionCount);
    const figures = await figuresOf(panel, rows);
    const notes = panel.rows.flatMap((r) =>
      notesText(tableCtx, r.regionId, panel.indicator)
        .split('\n')
        .filter(Boolean)
        .map((n) => `${r.regionName}${t('export.report.summary.colon')}${n}`),
    );
    return [
      { type: 'heading', level: 2, text: titleOf(panel), anchor: panel.fileStem },
      ...figures.map((figure): ReportBlock => ({ type: 'figure', figure })),
      ...(notes.length > 0 ? ([{ type: 'heading', level: 3, text: t('export.report.annotations'), anchor: null }, { type: 'list', items: notes }] as ReportBlock[]) : []),
      { type: 'table', columns: columnNames, rows: rows.map((r) => rowCells(r, panel)) },
    ];
  }

  const sections: ReportSection[] = [];
  for (const plan of plans) {
    const blocks: ReportBlock[] = summaryBlocks(plan);
    for (const panel of plan.charted) blocks.push(...(await chartBlocks(panel)));
    if (plan.words.length > 0) {
      blocks.push({ type: 'heading', level: 2, text: t('export.report.words'), anchor: `${plan.id ?? 'other'}-words` }, compactTable(plan.words));
    }
    if (plan.folded.length > 0) {
      blocks.push(
        { type: 'heading', level: 2, text: t('export.report.folded'), anchor: `${plan.id ?? 'other'}-folded` },
        { type: 'paragraph', text: t('export.report.foldedNote', { n: defaultMinRegions(regionCount) }), muted: true },
        compactTable(plan.folded),
      );
    }
    sections.push({ id: `domain-${plan.id ?? 'other'}`, title: domainName(plan.id, locale, t), blocks });
  }

  const ctx: ReportContext = { t, locale, regions: input.regions, panels, effective: input.effective, citePlans, references, indicatorName };
  for (const builder of input.sections ?? []) sections.push(...(await builder(ctx)));

  // A chart row carries what the chart draws; the quote is the effective record's, read from the full targets given.
  const quoteOf = new Map(input.effective.map((e) => [e.effective.id, e.effective.record.quote]));
  const quotes = panels.flatMap((panel) =>
    panel.rows
      .filter((r) => r.record)
      .map((r) =>
        t('export.report.quote', {
          region: r.regionName,
          indicator: indicatorName(panel),
          value: r.label,
          quote: (r.targetId && quoteOf.get(r.targetId)) ?? '',
          document: r.documentId ? citeMark([citePlan(r.documentId)]) : (r.documentTitle ?? ''),
        }),
      ),
  );
  if (quotes.length > 0) sections.push({ id: 'quotes', title: t('export.report.quotes'), blocks: [{ type: 'list', items: quotes }] });
  // Plans in view that no chart or table cited still belong to the sources.
  const inView = new Set(input.regions.map((r) => r.id));
  for (const [id, doc] of input.documents) if (inView.has(doc.regionId)) citePlan(id);
  sections.push({ id: 'references', title: t('export.report.references'), blocks: [{ type: 'references', items: references.items() }] });

  return {
    locale,
    title: t('export.report.title'),
    regions: input.regions.map((r) => r.name),
    date: input.date,
    author: input.author ?? null,
    generator: t('export.report.generator', { version: input.version }),
    sections,
    text: {
      regions: t('export.report.regions', { list: input.regions.map((r) => r.name).join(separator) }),
      date: t('export.report.date', { date: input.date }),
      author: input.author ? t('export.report.author', { author: input.author }) : t('export.report.authorBlank'),
      contents: t('export.report.contents'),
      pngNeedsApp: t('export.report.pngNeedsApp'),
    },
  };
}

/** The report's figures in order, for counting and tests. */
export function reportFigures(report: Report): ReportFigure[] {
  return report.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'figure' ? [b.figure] : [])));
}

/** The contents list: every section and its second-level headings, with their anchors. */
export function reportContents(report: Report): { level: 1 | 2; text: string; anchor: string }[] {
  return report.sections.flatMap((s) => [
    { level: 1 as const, text: s.title, anchor: s.id },
    ...s.blocks.flatMap((b) => (b.type === 'heading' && b.level === 2 && b.anchor ? [{ level: 2 as const, text: b.text, anchor: b.anchor }] : [])),
  ]);
}
