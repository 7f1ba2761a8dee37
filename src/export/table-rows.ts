// The comparison table (one effective target per region × indicator) and the review table (every target), as flat rows with provenance.
import { rowConversionText } from '../charts/indicator-chart';
import { indicatorById } from '../core/catalog/catalog';
import { buildPanels, type PanelRow } from '../core/compare/compare';
import { convertValue } from '../core/compare/compare-units';
import { applyEdits, indicatorKey, type EffectiveTarget, type TargetEdits, type TargetStatus } from '../core/review/effective';
import type { DocumentMetadata, TargetRecord } from '../core/types';
import { chartTextOf, domainName, type Translate } from './text';

/**
 * The comparison's columns. Beside the values as stored (unit … stretch) stand the values as Compare charts them, in the
 * chart's unit (compared…): a rate written 1.2/万 on a per-100,000 chart is 12 there, with the conversion in words.
 */
export const COMPARISON_COLUMNS = [
  'region', 'indicatorZh', 'indicatorEn', 'indicatorId', 'domain', 'unit', 'baseline', 'baselineYear', 'target', 'op', 'targetMax',
  'stretch', 'comparedBaseline', 'comparedTarget', 'comparedTargetMax', 'comparedStretch', 'comparedUnit', 'conversion', 'targetText', 'year', 'kind', 'binding', 'status', 'decidedBy', 'alternatives', 'documentTitle', 'issuer', 'issued',
  'fileName', 'documentId', 'targetId', 'source', 'start', 'end', 'quote', 'annotations',
] as const;

export const REVIEW_COLUMNS = [
  'region', 'indicatorZh', 'indicatorEn', 'indicatorId', 'domain', 'unit', 'baseline', 'baselineYear', 'target', 'op', 'targetMax',
  'stretch', 'targetText', 'year', 'kind', 'binding', 'status', 'orphaned', 'documentTitle', 'issuer', 'issued', 'fileName',
  'documentId', 'targetId', 'source', 'start', 'end', 'quote', 'annotations',
] as const;

export type ColumnId = (typeof COMPARISON_COLUMNS)[number] | (typeof REVIEW_COLUMNS)[number];
export type Cell = string | number | null;
export type TableRow = Partial<Record<ColumnId, Cell>>;

/** A table of rows; the column ids default to the comparison's and review's (other tables name their own). */
export interface Table<C extends string = ColumnId> {
  columns: readonly C[];
  headers: string[];
  rows: Partial<Record<C, Cell>>[];
}

const NUMERIC = new Set<ColumnId>([
  'baseline', 'baselineYear', 'target', 'targetMax', 'stretch', 'comparedBaseline', 'comparedTarget', 'comparedTargetMax', 'comparedStretch',
  'year', 'alternatives', 'start', 'end',
]);

export function isNumericColumn(column: string): boolean {
  return NUMERIC.has(column as ColumnId);
}

/** A note as the tables need it: whose cell it sits on and what it says. */
export interface NoteInput {
  regionId: string;
  indicator: string;
  otherRegionId: string | null;
  text: string;
  tag: string | null;
  createdAt: string;
}

export interface DocumentInput {
  id: string;
  fileName: string;
  metadata: DocumentMetadata;
}

export interface TableContext {
  t: Translate;
  locale: string;
  regionName: (regionId: string) => string;
  documents: ReadonlyMap<string, DocumentInput>;
  annotations: readonly NoteInput[];
}

/** Notes on a region × indicator (a note on a gap counts for both regions), oldest first, with their tag. */
export function notesText(ctx: TableContext, regionId: string, indicator: string): string {
  return [...ctx.annotations]
    .filter((a) => a.indicator === indicator && (a.regionId === regionId || a.otherRegionId === regionId))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    .map((a) => (a.tag ? `[${ctx.t(`export.values.tag.${a.tag}`)}] ${a.text}` : a.text))
    .join('\n');
}

function documentIdOf(targetId: string): string {
  const colon = targetId.indexOf(':');
  return colon < 0 ? targetId : targetId.slice(0, colon);
}

function recordCells(ctx: TableContext, record: TargetRecord): TableRow {
  const catalog = record.indicator ? indicatorById(record.indicator) : null;
  return {
    indicatorZh: catalog?.zh ?? record.name,
    indicatorEn: catalog?.en ?? null,
    indicatorId: record.indicator,
    domain: domainName(catalog?.domain ?? record.domain, ctx.locale, ctx.t),
    unit: record.unit,
    baseline: record.baseline?.value ?? null,
    baselineYear: record.baseline?.year ?? null,
    target: record.target.value,
    op: record.target.op,
    targetMax: record.target.value_max ?? null,
    stretch: record.stretch,
    targetText: record.target.text ?? null,
    year: record.target.year,
    kind: ctx.t(`compare.kind.${record.kind}`),
    binding: record.binding ? ctx.t(`export.values.binding.${record.binding}`) : null,
    source: ctx.t(`export.values.source.${record.source}`),
    start: record.start,
    end: record.end,
    quote: record.quote,
  };
}

function documentCells(ctx: TableContext, targetId: string, metadata: DocumentMetadata): TableRow {
  const documentId = documentIdOf(targetId);
  const doc = ctx.documents.get(documentId);
  return {
    documentTitle: metadata.plan_title ?? doc?.fileName ?? null,
    issuer: metadata.issuer,
    issued: metadata.issued,
    fileName: doc?.fileName ?? null,
    documentId,
    targetId,
  };
}

/** A value in the chart's unit as Compare converts it (convertValue, the value as stored when no conversion applies). */
function comparedValue(value: number | null | undefined, from: string | null, to: string | null): number | null {
  if (value === null || value === undefined) return null;
  const converted = convertValue(value, from, to) ?? value;
  return Number.isFinite(converted) ? converted : null;
}

/**
 * The values of a target as Compare charts them: in its chart's unit, and how they were converted (in the language of
 * `t`), the note only when a conversion happened. Nothing for a target in words (应保尽保), which no chart draws.
 */
function comparedCells(row: PanelRow | undefined, unit: string | null, text: ReturnType<typeof chartTextOf>): TableRow {
  const record = row?.record;
  if (!row || !record || row.value === null) return {};
  return {
    comparedBaseline: row.baseline?.value ?? null,
    comparedTarget: row.value,
    comparedTargetMax: comparedValue(record.target.value_max, record.unit, unit),
    comparedStretch: comparedValue(record.stretch, record.unit, unit),
    comparedUnit: unit,
    conversion: rowConversionText(row, text) || null,
  };
}

/**
 * One row per effective target of the regions given, in their order, then by indicator key; each with its values as
 * stored and as compared. The chart a target is compared in is Compare's for the same regions (buildPanels over every
 * domain: a chart's unit depends on the regions in view, never on the domain shown).
 */
export function comparisonTable(ctx: TableContext, effective: readonly EffectiveTarget[], regionOrder: readonly string[]): Table {
  const rank = new Map(regionOrder.map((id, i) => [id, i]));
  const panels = buildPanels({
    effective: effective.filter((e) => rank.has(e.regionId)),
    regions: regionOrder.map((id) => ({ id, name: ctx.regionName(id), province: null })),
    benchmarks: [],
    documents: new Map(),
    domain: 'all',
  });
  const charted = new Map<string, { row: PanelRow; unit: string | null }>();
  for (const panel of panels) for (const row of panel.rows) if (row.targetId !== null) charted.set(row.targetId, { row, unit: panel.unit });
  const chartText = chartTextOf(ctx.t);
  const rows = effective
    .filter((e) => rank.has(e.regionId))
    .sort((a, b) => (rank.get(a.regionId) ?? 0) - (rank.get(b.regionId) ?? 0) || (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0))
    .map((e) => ({
      region: ctx.regionName(e.regionId),
      ...recordCells(ctx, e.effective.record),
      ...comparedCells(charted.get(e.effective.id)?.row, charted.get(e.effective.id)?.unit ?? null, chartText),
      status: ctx.t(`export.values.status.${e.effective.status}`),
      decidedBy: ctx.t(`export.values.decidedBy.${e.decidedBy}`),
      alternatives: e.alternatives.length,
      ...documentCells(ctx, e.effective.id, e.effective.document),
      annotations: notesText(ctx, e.regionId, e.indicator),
    }));
  return { columns: COMPARISON_COLUMNS, headers: COMPARISON_COLUMNS.map((c) => ctx.t(`export.columns.${c}`)), rows };
}

/** A stored target as the review table needs it (src/db TargetRow fits). */
export interface ReviewInput {
  id: string;
  documentId: string;
  regionId: string;
  extracted: TargetRecord;
  edits: TargetEdits | null;
  status: TargetStatus;
  orphaned?: boolean;
}

/** Every target, rejected ones included, by region, document and place in the text. */
export function reviewTable(ctx: TableContext, targets: readonly ReviewInput[]): Table {
  const sorted = [...targets].sort(
    (a, b) =>
      ctx.regionName(a.regionId).localeCompare(ctx.regionName(b.regionId), 'zh-CN') ||
      (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0) ||
      a.extracted.start - b.extracted.start,
  );
  const rows = sorted.map((target) => {
    const record = applyEdits(target.extracted, target.edits);
    const doc = ctx.documents.get(target.documentId);
    const metadata: DocumentMetadata = doc?.metadata ?? { region: null, plan_title: null, issuer: null, issued: null, period: null, kind: 'other', doc_number: null };
    return {
      region: ctx.regionName(target.regionId),
      ...recordCells(ctx, record),
      status: ctx.t(`export.values.status.${target.status}`),
      orphaned: target.orphaned ? ctx.t('export.values.yes') : ctx.t('export.values.no'),
      ...documentCells(ctx, target.id, metadata),
      annotations: notesText(ctx, target.regionId, indicatorKey(record)),
    };
  });
  return { columns: REVIEW_COLUMNS, headers: REVIEW_COLUMNS.map((c) => ctx.t(`export.columns.${c}`)), rows };
}
