// The met / not-met and plan-over-plan tables as flat rows with both quotes, for CSV, Excel and the report section.
import { formatNumber, opSymbol } from '../core/compare/compare-label';
import type { Conversion, MetResult, PlanChange, PointSource, TimelineTarget } from '../core/outcomes';
import type { Cell, DocumentInput, NoteInput, Table } from './table-rows';
import { unitOf, type Translate } from './text';

export const MET_COLUMNS = [
  'region', 'indicator', 'indicatorId', 'unit', 'year', 'status', 'reason', 'target', 'targetValue', 'stretch', 'achieved', 'gap',
  'conversion', 'targetDocument', 'targetQuote', 'achievedDocument', 'achievedQuote', 'otherValues', 'notes',
] as const;
export type MetColumn = (typeof MET_COLUMNS)[number];

export const PLAN_COLUMNS = [
  'region', 'indicator', 'indicatorId', 'unit', 'fromPeriod', 'toPeriod', 'change', 'ambition', 'fromTarget', 'fromValue', 'fromYear',
  'toTarget', 'toValue', 'toYear', 'delta', 'relative', 'reason', 'fromDocument', 'fromQuote', 'toDocument', 'toQuote', 'notes',
] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

const NUMERIC = new Set<string>(['year', 'targetValue', 'stretch', 'achieved', 'gap', 'fromValue', 'fromYear', 'toValue', 'toYear', 'delta', 'relative']);
export const isOutcomeNumber = (column: string): boolean => NUMERIC.has(column);
export const OUTCOME_WIDE = ['targetQuote', 'achievedQuote', 'fromQuote', 'toQuote', 'notes'] as const;

export interface OutcomeTableContext {
  t: Translate;
  regionName: (regionId: string) => string;
  indicatorName: (indicator: string) => string;
  documents: ReadonlyMap<string, DocumentInput>;
  annotations: readonly NoteInput[];
}

/** 十四五 / 14th FYP: a five-year period's name in the language of `t`. */
export function periodName(t: Translate, ordinal: number): string {
  return t('outcomes.period', { n: ordinal, name: t(`outcomes.fiveYear.${ordinal}`) });
}

/** The words for who a per-capita value counts against; a word not here is shown as the plan writes it. */
const POPULATION_KEYS: Readonly<Record<string, string>> = { 人: 'people', 老年人: 'elderly', 儿童: 'children', 户: 'households', 职工: 'employees', 学生: 'students', 户籍人口: 'registered', '': 'unstated' };

/** "per 1000 older people", "每1000名职工": the base and who it counts, never "people" for a population the plan names otherwise. */
function perText(t: Translate, n: number, population: string | null | undefined): string {
  if (population === undefined || population === null) return t('outcomes.per', { n });
  const key = POPULATION_KEYS[population];
  return t('outcomes.perWho', { n, who: key ? t(`outcomes.population.${key}`) : population });
}

export function conversionText(t: Translate, c: Conversion): string {
  const unit = unitOf(t);
  const side = (u: string, p: number | null) => [u ? unit(u) : '', p === null ? '' : perText(t, p, c.population)].filter(Boolean).join(' ');
  return t('outcomes.conversion', { from: side(c.fromUnit, c.fromPer), to: side(c.toUnit, c.toPer), factor: formatNumber(c.factor) });
}

export function documentLabel(ctx: OutcomeTableContext, documentId: string): string {
  const d = ctx.documents.get(documentId);
  if (!d) return documentId;
  return d.metadata.plan_title ?? d.fileName;
}

function notesOf(ctx: OutcomeTableContext, regionId: string, indicator: string): string {
  return ctx.annotations
    .filter((a) => a.indicator === indicator && (a.regionId === regionId || a.otherRegionId === regionId))
    .map((a) => (a.tag ? `[${ctx.t(`export.values.tag.${a.tag}`)}] ${a.text}` : a.text))
    .join('\n');
}

export function targetText(t: TimelineTarget): string {
  if (t.valueMax !== null) return `${formatNumber(t.value)}~${formatNumber(t.valueMax)}`;
  return `${opSymbol(t.op)}${formatNumber(t.value)}${t.stretch !== null ? `→${formatNumber(t.stretch)}` : ''}`;
}

function sourcesCells(ctx: OutcomeTableContext, sources: readonly PointSource[]): { document: string; quote: string } {
  return { document: sources.map((s) => documentLabel(ctx, s.documentId)).join('\n'), quote: sources.map((s) => s.quote).join('\n') };
}

export function metTable(ctx: OutcomeTableContext, results: readonly MetResult[]): Table<MetColumn> {
  const { t } = ctx;
  const rows = results.map((r): Partial<Record<MetColumn, Cell>> => {
    const target = r.target;
    const apart = r.apartTarget;
    const reached = r.achieved ? sourcesCells(ctx, r.achieved.sources) : r.apartAchieved ? sourcesCells(ctx, [r.apartAchieved.source]) : null;
    const conversions = [target?.conversion, r.achieved?.conversion].filter((c): c is Conversion => !!c).map((c) => conversionText(t, c));
    return {
      region: ctx.regionName(r.regionId),
      indicator: ctx.indicatorName(r.indicator),
      indicatorId: r.indicator,
      unit: r.unit ? unitOf(t)(r.unit) : '',
      year: r.year,
      status: t(`outcomes.status.${r.status}`),
      reason: r.reason ? t(`outcomes.reason.${r.reason}`) : '',
      target: target ? targetText(target) : apart?.value !== null && apart ? `${formatNumber(apart.value!)} ${apart.unit ?? ''}`.trim() : '',
      targetValue: target?.value ?? null,
      stretch: target?.stretch ?? null,
      achieved: r.achieved?.value ?? (r.apartAchieved?.value ?? null),
      gap: r.gap,
      conversion: conversions.join('; '),
      targetDocument: documentLabel(ctx, (target?.source ?? apart?.source)?.documentId ?? ''),
      targetQuote: (target?.source ?? apart?.source)?.quote ?? '',
      achievedDocument: reached?.document ?? '',
      achievedQuote: reached?.quote ?? '',
      otherValues: r.others.map((o) => formatNumber(o.value)).join(', '),
      notes: notesOf(ctx, r.regionId, r.indicator),
    };
  });
  return { columns: MET_COLUMNS, headers: MET_COLUMNS.map((c) => t(`outcomes.columns.${c}`)), rows };
}

export function planTable(ctx: OutcomeTableContext, changes: readonly PlanChange[]): Table<PlanColumn> {
  const { t } = ctx;
  const side = (p: PlanChange['from']) => {
    if (!p) return { label: '', value: null, year: null, source: null };
    if (p.target) return { label: targetText(p.target), value: p.target.value, year: p.target.year, source: p.target.source };
    const a = p.apart!;
    return { label: a.value === null ? '' : `${formatNumber(a.value)} ${a.unit ?? ''}`.trim(), value: null, year: a.year, source: a.source };
  };
  const rows = changes.map((c): Partial<Record<PlanColumn, Cell>> => {
    const from = side(c.from);
    const to = side(c.to);
    return {
      region: ctx.regionName(c.regionId),
      indicator: ctx.indicatorName(c.indicator),
      indicatorId: c.indicator,
      unit: c.unit ? unitOf(t)(c.unit) : '',
      fromPeriod: periodName(t, c.fromPeriod),
      toPeriod: periodName(t, c.toPeriod),
      change: t(`outcomes.change.${c.change}`),
      ambition: c.ambition ? t(`outcomes.ambition.${c.ambition}`) : '',
      fromTarget: from.label,
      fromValue: from.value,
      fromYear: from.year,
      toTarget: to.label,
      toValue: to.value,
      toYear: to.year,
      delta: c.delta,
      relative: c.relative === null ? null : Number(c.relative.toFixed(4)),
      reason: c.reason ? t(`outcomes.reason.${c.reason}`) : '',
      fromDocument: from.source ? documentLabel(ctx, from.source.documentId) : '',
      fromQuote: from.source?.quote ?? '',
      toDocument: to.source ? documentLabel(ctx, to.source.documentId) : '',
      toQuote: to.source?.quote ?? '',
      notes: notesOf(ctx, c.regionId, c.indicator),
    };
  });
  return { columns: PLAN_COLUMNS, headers: PLAN_COLUMNS.map((col) => t(`outcomes.columns.${col}`)), rows };
}
