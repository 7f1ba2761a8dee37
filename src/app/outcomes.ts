// Outcomes in the app: what the Outcomes view exports and saves (timeline SVG/PNG, tables CSV/XLSX, report DOCX/HTML).
// The outcomes themselves are built without a window in src/export/outcomes-build.ts, re-exported here for the view.
import { version } from '../../package.json';
import type { CompareRegion } from '../core/compare/compare';
import { renderPng } from '../export/chart-png';
import { renderSvg } from '../export/chart-export';
import { tableToCsv } from '../export/csv';
import { buildOutcomesSection, outcomeTables, type Outcomes, type OutcomesText } from '../export/outcomes-build';
import { conversionText, documentLabel, isOutcomeNumber, OUTCOME_WIDE, periodName } from '../export/outcomes-tables';
import { outcomesReportDocx, outcomesReportHtml, timelineTextOf, type TimelineChart } from '../export/outcomes-section';
import type { NoteInput } from '../export/table-rows';
import { tablesToXlsx } from '../export/xlsx';
import type { DocumentSummary } from './comparison';
import { MIME, save, today } from './exports';

export {
  buildOutcomes,
  buildOutcomesSection,
  catalogName,
  outcomeTables,
  planEmpty,
  timelineChart,
  timelinesByIndicator,
  timelineTitle,
  type AchievedInput,
  type Outcomes,
  type OutcomesInput,
  type OutcomesText,
} from '../export/outcomes-build';

function fileStem(): string {
  return `planbench-${today()}-outcomes`;
}

function safeName(indicator: string): string {
  return indicator.replace(/^name:/, '').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
}

export async function exportTimelineFile(format: 'svg' | 'png', chart: TimelineChart, indicator: string): Promise<boolean> {
  const name = `${fileStem()}-${safeName(indicator)}`;
  if (format === 'svg') return save(`${name}.svg`, renderSvg(chart), MIME.svg);
  return save(`${name}@2x.png`, renderPng(chart, 2), MIME.png);
}

export async function exportOutcomeTable(which: 'met' | 'plan', format: 'csv' | 'xlsx', text: OutcomesText, outcomes: Outcomes, documents: readonly DocumentSummary[], annotations: readonly NoteInput[]): Promise<boolean> {
  const tables = outcomeTables(text, outcomes, documents, annotations);
  const table = which === 'met' ? tables.met : tables.plan;
  const name = `${fileStem()}-${which === 'met' ? 'met' : 'plan-over-plan'}`;
  if (format === 'csv') return save(`${name}.csv`, tableToCsv(table), MIME.csv);
  const sheet = text.translate(which === 'met' ? 'outcomes.export.sheetMet' : 'outcomes.export.sheetPlan');
  return save(`${name}.xlsx`, await tablesToXlsx([{ name: sheet, table, numeric: isOutcomeNumber, wide: OUTCOME_WIDE }]), MIME.xlsx);
}

export async function exportOutcomesReport(format: 'docx' | 'html', text: OutcomesText, outcomes: Outcomes, regions: readonly CompareRegion[], documents: readonly DocumentSummary[], annotations: readonly NoteInput[]): Promise<boolean> {
  const t = text.translate;
  const section = await buildOutcomesSection(text, outcomes, regions, documents, annotations, format === 'docx' ? async (chart) => renderPng(chart, 2) : undefined);
  const meta = { title: t('outcomes.export.reportTitle'), generator: t('export.report.generator', { version }), date: today(), lang: text.locale };
  if (format === 'docx') return save(`${fileStem()}-report.docx`, await outcomesReportDocx(section, meta), MIME.docx);
  return save(`${fileStem()}-report.html`, outcomesReportHtml(section, meta), MIME.html);
}

export { conversionText, documentLabel, periodName, timelineTextOf };
export type { TimelinePointRef } from '../export/outcomes-section';
