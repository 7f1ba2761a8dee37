// What a report holds, built once from the comparison and laid out by the DOCX and HTML writers: domains → charts → rows, notes and sources.
import type { Benchmark } from '../core/catalog/benchmarks';
import { indicatorById } from '../core/catalog/catalog';
import { buildPanels, type CompareRegion, type PanelRow, type SourceDocument } from '../core/compare/compare';
import type { EffectiveTarget } from '../core/review/effective';
import { DOMAIN_IDS, type DocumentMetadata, type DomainId } from '../core/types';
import { hasChartData } from '../charts/indicator-chart';
import { chartTitle, exportChart, footnoteText, planCitation, renderSvg, type ExportChart } from './chart-export';
import { notesText, type DocumentInput, type NoteInput, type TableContext } from './table-rows';
import { chartTextOf, domainName, type Translate } from './text';

export interface ReportRow {
  region: string;
  target: string;
  year: string;
  kind: string;
  baseline: string;
  document: string;
}

export interface ReportQuote {
  text: string;
}

export interface ReportChart {
  id: string;
  title: string;
  /** null for a panel without a number (only qualitative targets such as 应保尽保): its rows are the table, with no chart. */
  svg: string | null;
  /** PNG at 2× when the caller could rasterise the chart; null otherwise. */
  png: Uint8Array | null;
  width: number;
  height: number;
  notes: string[];
  rows: ReportRow[];
  quotes: ReportQuote[];
}

export interface ReportDomain {
  id: DomainId | null;
  name: string;
  charts: ReportChart[];
}

export interface Report {
  locale: string;
  title: string;
  regions: string[];
  date: string;
  author: string | null;
  generator: string;
  domains: ReportDomain[];
  plans: string[];
  benchmarks: { title: string; url: string | null }[];
  /** Message texts the writers need, resolved once. */
  text: ReportText;
}

export interface ReportText {
  regions: string;
  date: string;
  author: string;
  annotations: string;
  noAnnotations: string;
  table: string;
  columns: Record<keyof ReportRow, string>;
  sources: string;
  plans: string;
  benchmarks: string;
  quotes: string;
  pngNeedsApp: string;
  figure: (n: number) => string;
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
  /** Rasterises a chart to PNG bytes (the app); the CLI without a rasteriser passes nothing. */
  png?: (chart: ExportChart) => Promise<Uint8Array | null>;
}

function reportText(t: Translate, input: ReportInput): ReportText {
  const columns = ['region', 'target', 'year', 'kind', 'baseline', 'document'] as const;
  return {
    regions: t('export.report.regions', { list: input.regions.map((r) => r.name).join(t('compare.listSeparator')) }),
    date: t('export.report.date', { date: input.date }),
    author: input.author ? t('export.report.author', { author: input.author }) : t('export.report.authorBlank'),
    annotations: t('export.report.annotations'),
    noAnnotations: t('export.report.noAnnotations'),
    table: t('export.report.table'),
    columns: Object.fromEntries(columns.map((c) => [c, t(`export.report.tableColumns.${c}`)])) as Record<keyof ReportRow, string>,
    sources: t('export.report.sources'),
    plans: t('export.report.plans'),
    benchmarks: t('export.report.benchmarks'),
    quotes: t('export.report.quotes'),
    pngNeedsApp: t('export.report.pngNeedsApp'),
    figure: (n) => t('export.report.figure', { n }),
  };
}

function rowCells(t: Translate, row: PanelRow, unit: string | null): ReportRow {
  const target =
    row.status === 'unset' ? t('compare.chart.notSet') : row.status === 'elsewhere' ? t('compare.chart.elsewhere') : `${row.label}${unit && row.value !== null ? ` ${unit}` : ''}`;
  return {
    region: row.regionName,
    target,
    year: row.year ? String(row.year) : '',
    kind: row.kind ? t(`compare.kind.${row.kind}`) : '',
    baseline: row.baseline ? `${row.baseline.value}${row.baseline.year ? ` (${row.baseline.year})` : ''}` : '',
    document: row.documentTitle ?? '',
  };
}

/** Builds every chart of the regions in view, domain by domain in catalog order, with its table, notes and quotes. */
export async function buildReport(input: ReportInput): Promise<Report> {
  const { t, locale } = input;
  const sourceDocs = new Map<string, SourceDocument>([...input.documents].map(([id, d]) => [id, { id, title: d.metadata.plan_title, fileName: d.fileName }]));
  const metadata = new Map<string, DocumentMetadata>([...input.documents].map(([id, d]) => [id, d.metadata]));
  const panels = buildPanels({ effective: input.effective, regions: input.regions, benchmarks: input.benchmarks, documents: sourceDocs, domain: 'all' });
  const text = chartTextOf(t);
  const regionName = new Map(input.regions.map((r) => [r.id, r.name]));
  const ctx: TableContext = { t, locale, regionName: (id) => regionName.get(id) ?? id, documents: input.documents, annotations: input.annotations };
  const domains: ReportDomain[] = [];
  const benchmarks = new Map<string, string | null>();
  for (const id of [...DOMAIN_IDS, null]) {
    const charts: ReportChart[] = [];
    for (const panel of panels.filter((p) => p.domain === id)) {
      const name = locale === 'en' ? (indicatorById(panel.indicator)?.en ?? panel.name) : panel.name;
      const drawn = hasChartData(panel.rows);
      const chart = exportChart(panel, panel.rows, text, chartTitle(t, name, panel.unit), footnoteText(t, panel, panel.rows, metadata));
      for (const line of panel.lines) for (const b of line.sources) benchmarks.set(b.source.title, b.source.url);
      const withNumber = panel.rows.filter((r) => r.record);
      charts.push({
        id: panel.fileStem,
        title: chart.title,
        svg: drawn ? renderSvg(chart) : null,
        png: drawn && input.png ? await input.png(chart) : null,
        width: chart.width,
        height: chart.height,
        notes: panel.rows.flatMap((r) => notesText(ctx, r.regionId, panel.indicator).split('\n').filter(Boolean).map((n) => `${r.regionName}:${n}`)),
        rows: panel.rows.map((r) => rowCells(t, r, panel.unit)),
        quotes: withNumber.map((r) => ({
          text: t('export.report.quote', { region: r.regionName, indicator: name, value: r.label, quote: r.record?.quote ?? '', document: r.documentTitle ?? '' }),
        })),
      });
    }
    if (charts.length > 0) domains.push({ id, name: domainName(id, locale, t), charts });
  }
  const inView = new Set(input.regions.map((r) => r.id));
  const plans = [...input.documents.values()].filter((d) => inView.has(d.regionId)).map((d) => planCitation(t, d.metadata, d.fileName));
  return {
    locale,
    title: t('export.report.title'),
    regions: input.regions.map((r) => r.name),
    date: input.date,
    author: input.author ?? null,
    generator: t('export.report.generator', { version: input.version }),
    domains,
    plans,
    benchmarks: [...benchmarks].map(([title, url]) => ({ title, url })),
    text: reportText(t, input),
  };
}
