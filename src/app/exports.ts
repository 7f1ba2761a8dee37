// Compare's exports as plain functions: a chart (PNG 1×/2×/3×, SVG, clipboard), every chart of a domain, the comparison
// table (CSV, Excel with the review sheet) and the report (DOCX, HTML, PDF; built in a Web Worker with progress and cancel). The export menu calls them with what Compare
// shows; the desktop menu calls them with a scope read from the store (loadExportScope), without Compare being open.
import { shallowRef, toRaw } from 'vue';
import { version } from '../../package.json';
import { buildPanels, orderRows, type CompareRegion, type DomainFilter, type Panel, type RowOrder } from '../core/compare/compare';
import type { EffectiveTarget } from '../core/review/effective';
import type { DocumentMetadata } from '../core/types';
import type { AnnotationRow, BenchmarkRow, TargetRow } from '../workspace/rows';
import { chartTitle, exportChart, footnoteText, renderSvg, type ExportChart } from '../export/chart-export';
import { renderPng, type PixelRatio } from '../export/chart-png';
import { tableToCsv } from '../export/csv';
import { ReportCancelled, startReport } from '../export/worker/client';
import type { ReportRequest } from '../export/worker/protocol';
import { comparisonTable, reviewTable, type TableContext } from '../export/table-rows';
import { chartTextOf, type Translate } from '../export/text';
import { tablesToXlsx } from '../export/xlsx';
import { platform } from '../platform';
import { buildComparison, summarizeDocument, type DocumentSummary } from './comparison';
import { readAllAchievements, readAllTargets, readAnnotations, readBenchmarks, readChoices, readDocuments, readRegions } from './reads';

export const MIME = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html;charset=utf-8',
} as const;

/** The words of an export in the researcher's language. */
export interface ExportText {
  translate: Translate;
  locale: string;
  indicatorName(indicator: string): string;
}

/** What is compared: the regions in view (in display order) and everything the charts, tables and report cite. */
export interface ExportScope {
  regions: readonly CompareRegion[];
  effective: readonly EffectiveTarget[];
  benchmarks: readonly BenchmarkRow[];
  documentsById: ReadonlyMap<string, DocumentSummary>;
  annotations: readonly AnnotationRow[];
  /** Every stored target, for the review sheet. */
  targets: readonly TargetRow[];
}

/** Today as YYYY-MM-DD in local time, for file names and the report date. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const stem = () => `planbench-${today()}`;

export function save(name: string, data: Uint8Array | string, mime: string): Promise<boolean> {
  return platform().saveFile(name, data, mime);
}

/** A chart's file name, from the panel's file stem (its identity is `panel.id`, its element's test id another field). */
export function chartFileName(panel: Panel, ext: 'svg' | 'png', scale?: PixelRatio): string {
  const name = panel.fileStem;
  return scale === undefined ? `${name}.${ext}` : `${name}@${scale}x.${ext}`;
}

function metadataOf(scope: ExportScope): Map<string, DocumentMetadata> {
  return new Map([...scope.documentsById].map(([id, d]) => [id, d.metadata]));
}

/** The export version of Compare's chart of `panel`, rows in the order shown. */
export function chartOf(panel: Panel, order: RowOrder, text: ExportText, scope: ExportScope): ExportChart {
  const rows = orderRows(panel.rows, order, panel.polarity);
  const t = text.translate;
  return exportChart(panel, rows, chartTextOf(t), chartTitle(t, text.indicatorName(panel.indicator), panel.unit), footnoteText(t, panel, rows, metadataOf(scope)));
}

export type ChartFormat = 'svg' | 'png-1' | 'png-2' | 'png-3' | 'copy';

/** Saves (or copies) one chart; false when the save dialog was cancelled; throws with a reason when it failed. */
export async function exportChartFile(panel: Panel, format: ChartFormat, order: RowOrder, text: ExportText, scope: ExportScope): Promise<boolean> {
  const chart = chartOf(panel, order, text, scope);
  if (format === 'svg') return save(chartFileName(panel, 'svg'), renderSvg(chart), MIME.svg);
  if (format === 'copy') {
    if (!(await platform().copyImage(renderPng(chart, 2)))) throw new Error(text.translate('export.menu.failed', { detail: 'clipboard' }));
    return true;
  }
  const scale = Number(format.slice(4)) as PixelRatio;
  return save(chartFileName(panel, 'png', scale), renderPng(chart, scale), MIME.png);
}

/** One SVG per chart that carries a number; stops when a save is cancelled. */
export async function exportDomainCharts(panels: readonly Panel[], order: RowOrder, text: ExportText, scope: ExportScope): Promise<boolean> {
  for (const panel of panels.filter((p) => p.rows.some((r) => r.value !== null))) if (!(await exportChartFile(panel, 'svg', order, text, scope))) return false;
  return true;
}

function tableContext(text: ExportText, scope: ExportScope): TableContext {
  const names = new Map(scope.regions.map((r) => [r.id, r.name]));
  return { t: text.translate, locale: text.locale, regionName: (id) => names.get(id) ?? id, documents: scope.documentsById, annotations: scope.annotations };
}

export async function exportTable(format: 'csv' | 'xlsx', text: ExportText, scope: ExportScope): Promise<boolean> {
  const context = tableContext(text, scope);
  const comparison = comparisonTable(context, scope.effective, scope.regions.map((r) => r.id));
  if (format === 'csv') return save(`${stem()}-comparison.csv`, tableToCsv(comparison), MIME.csv);
  const bytes = await tablesToXlsx([
    { name: text.translate('export.sheets.comparison'), table: comparison },
    { name: text.translate('export.sheets.review'), table: reviewTable(context, scope.targets) },
  ]);
  return save(`${stem()}-comparison.xlsx`, bytes, MIME.xlsx);
}

/** The report being built, if any: its format and how far it got, and how to stop it. The progress dialog shows it. */
export interface ReportRun {
  format: 'docx' | 'html' | 'pdf';
  done: number;
  total: number;
  cancel(): void;
}

export const reportRun = shallowRef<ReportRun | null>(null);

/**
 * What the report's outcomes section is built from: the stored targets and values reached of the regions in view,
 * as plain copies of the fields outcomes read (the worker lines them up as the Outcomes view does).
 */
async function outcomesOf(scope: ExportScope): Promise<NonNullable<ReportRequest['outcomes']>> {
  const inView = new Set(scope.regions.map((r) => r.id));
  const achieved = (await readAllAchievements()).filter((a) => inView.has(a.regionId));
  return {
    targets: toRaw(scope.targets)
      .filter((r) => inView.has(r.regionId))
      .map((r) => ({ id: r.id, documentId: r.documentId, regionId: r.regionId, extracted: toRaw(r.extracted), edits: toRaw(r.edits), status: r.status })),
    achieved: achieved.map((a) => ({ id: a.id, documentId: a.documentId, regionId: a.regionId, extracted: a.extracted, edits: a.edits, status: a.status })),
  };
}

/** Builds the report's file in a Web Worker (charts included), telling `reportRun` after each chart; null when cancelled. */
async function buildInWorker(format: 'docx' | 'html' | 'pdf', text: ExportText, scope: ExportScope): Promise<Uint8Array | null> {
  if (reportRun.value) throw new Error(text.translate('export.progress.busy'));
  const outcomes = await outcomesOf(scope);
  const job = startReport(
    {
      format: format === 'docx' ? 'docx' : 'html',
      locale: text.locale === 'en' ? 'en' : 'zh-CN',
      // Plain copies: what Vue holds reactive cannot cross to the worker.
      regions: scope.regions.map((r) => ({ ...r })),
      effective: toRaw(scope.effective).map((e) => toRaw(e)),
      benchmarks: toRaw(scope.benchmarks).map((b) => toRaw(b)),
      documents: new Map([...toRaw(scope.documentsById)].map(([id, d]) => [id, { id, fileName: d.fileName, metadata: toRaw(d.metadata), regionId: d.regionId }])),
      annotations: toRaw(scope.annotations).map((a) => ({ regionId: a.regionId, indicator: a.indicator, otherRegionId: a.otherRegionId, text: a.text, tag: a.tag, createdAt: a.createdAt })),
      date: today(),
      author: null,
      version,
      outcomes,
    },
    ({ done, total }) => {
      if (reportRun.value) reportRun.value = { ...reportRun.value, done, total };
    },
  );
  reportRun.value = { format, done: 0, total: 0, cancel: () => job.cancel() };
  try {
    return (await job.result).data;
  } catch (error) {
    if (error instanceof ReportCancelled) return null;
    throw error;
  } finally {
    reportRun.value = null;
  }
}

/**
 * The report as DOCX or HTML, or printed to PDF by `print` (the window's print of a self-contained HTML), built off the
 * window's thread; false when cancelled (from the progress dialog) or when the save dialog was cancelled.
 */
export async function exportReport(
  format: 'docx' | 'html' | 'pdf',
  text: ExportText,
  scope: ExportScope,
  print?: (html: string, name: string) => Promise<boolean>,
): Promise<boolean> {
  if (format === 'pdf' && !print) throw new Error('printing needs the window');
  const data = await buildInWorker(format, text, scope);
  if (data === null) return false;
  if (format === 'docx') return save(`${stem()}-report.docx`, data, MIME.docx);
  if (format === 'html') return save(`${stem()}-report.html`, data, MIME.html);
  return (print as (html: string, name: string) => Promise<boolean>)(new TextDecoder().decode(data), `${stem()}-report.pdf`);
}

/** The comparison read from the store at once: what the desktop menu exports when Compare is not open. */
export async function loadExportScope(locale: string, inView: (regionId: string) => boolean): Promise<ExportScope> {
  const [regionRows, documents, targets, choices, benchmarks, annotations] = await Promise.all([
    readRegions(),
    readDocuments(),
    readAllTargets(),
    readChoices(),
    readBenchmarks(),
    readAnnotations(),
  ]);
  const comparison = buildComparison({ regions: regionRows, documents: documents.map(summarizeDocument), targets, choices, locale });
  return {
    regions: comparison.regions.filter((r) => inView(r.id)),
    effective: comparison.effective,
    benchmarks,
    documentsById: comparison.documentsById,
    annotations,
    targets,
  };
}

/** The charts of a domain for the regions in scope, as Compare draws them. */
export function panelsOf(scope: ExportScope, domain: DomainFilter): Panel[] {
  return buildPanels({ effective: scope.effective, regions: scope.regions, benchmarks: scope.benchmarks, documents: scope.documentsById, domain });
}

/** The chart to export: the one last touched, else the one asked for, else the first of the domain. */
export function currentPanel(panels: readonly Panel[], touchedId: string | null, focusId: string | null): Panel | null {
  return (
    (touchedId ? panels.find((p) => p.id === touchedId) : undefined) ??
    (focusId ? panels.find((p) => p.id === focusId) : undefined) ??
    panels[0] ??
    null
  );
}
