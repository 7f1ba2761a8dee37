// Outcomes built from rows, with no window and no store: every region's documents, targets and values reached lined
// up in timelines, judged met / not met and compared plan over plan, then laid out as a report section (timelines,
// met table, plan over plan). The Outcomes view, the Compare report's worker and the tests build the same outcomes.
import type { Benchmark } from '../core/catalog/benchmarks';
import { indicatorById } from '../core/catalog/catalog';
import type { CompareRegion, SourceDocument } from '../core/compare/compare';
import { provinceShortName } from '../core/compare/compare-benchmarks';
import {
  buildTimelines,
  defaultPeriods,
  metResults,
  planOverPlan,
  type MetResult,
  type OutcomeAchieved,
  type OutcomeDocument,
  type OutcomeTarget,
  type PlanChange,
  type Timeline,
} from '../core/outcomes';
import { applyEdits, type TargetStatus } from '../core/review/effective';
import { applyAchievementEdits, type AchievementEdits } from '../core/review/achieved-edits';
import type { AchievedRecord, DocumentMetadata } from '../core/types';
import { metTable, planTable, periodName, type OutcomeTableContext } from './outcomes-tables';
import { exportTimeline, timelineTextOf, reportColumns, sectionChart, type OutcomesSection, type TimelineChart } from './outcomes-section';
import type { NoteInput, ReviewInput } from './table-rows';
import { unitOf, type Translate } from './text';

/** A document as outcomes cite it: the Compare summary of a stored document. */
export interface OutcomesDocument extends SourceDocument {
  regionId: string;
  metadata: DocumentMetadata;
}

/** The region of documents whose place was not recognised (the workspace's `UNKNOWN_REGION_ID`): never on a timeline. */
const UNKNOWN_REGION_ID = 'unknown';

/** A stored target as outcomes need it: the review table's fields (a TargetRow fits both). */
export type TargetInput = Omit<ReviewInput, 'orphaned'>;

/** A stored achieved value as outcomes need it (an AchievementRow, or one made on the fly in tests and the CLI). */
export interface AchievedInput {
  id: string;
  documentId: string;
  regionId: string;
  extracted: AchievedRecord;
  edits?: AchievementEdits | null;
  status?: TargetStatus;
}

export interface OutcomesInput {
  regions: readonly CompareRegion[];
  documents: readonly OutcomesDocument[];
  targets: readonly TargetInput[];
  achieved: readonly AchievedInput[];
  benchmarks: readonly Benchmark[];
}

export interface Outcomes {
  documents: OutcomeDocument[];
  timelines: Timeline[];
  met: MetResult[];
  periods: { from: number; to: number } | null;
  changes: PlanChange[];
  kinds: Map<string, string>;
}

function placed(regionId: string): boolean {
  return regionId !== UNKNOWN_REGION_ID;
}

/** Timelines, met results and plan over plan for the given regions; `periods` overrides the two latest. */
export function buildOutcomes(input: OutcomesInput, periods?: { from: number; to: number } | null): Outcomes {
  const inView = new Set(input.regions.map((r) => r.id));
  const documents: OutcomeDocument[] = input.documents
    .filter((d) => placed(d.regionId) && inView.has(d.regionId))
    .map((d) => ({ id: d.id, regionId: d.regionId, metadata: d.metadata, label: d.metadata.plan_title ?? d.fileName }));
  const known = new Set(documents.map((d) => d.id));
  const targets: OutcomeTarget[] = input.targets
    .filter((t) => t.status !== 'rejected' && known.has(t.documentId))
    .map((t) => ({ id: t.id, documentId: t.documentId, regionId: t.regionId, record: applyEdits(t.extracted, t.edits) }));
  const achieved: OutcomeAchieved[] = input.achieved
    .filter((a) => a.status !== 'rejected' && known.has(a.documentId))
    .map((a) => ({ id: a.id, documentId: a.documentId, regionId: a.regionId, record: applyAchievementEdits(a.extracted, a.edits) }));
  const provinces = new Map(input.regions.map((r) => [r.id, provinceShortName(r.province)]));
  const timelines = buildTimelines({ documents, targets, achieved, benchmarks: input.benchmarks, provinces });
  const kinds = new Map(documents.map((d) => [d.id, d.metadata.kind]));
  const pair = periods ?? defaultPeriods(timelines);
  return {
    documents,
    timelines,
    met: timelines.flatMap(metResults),
    periods: pair,
    changes: pair ? planOverPlan(timelines, pair.from, pair.to, kinds) : [],
    kinds,
  };
}

/** Indicators that have something to draw, in catalog order then by name; the timelines of each across regions. */
export function timelinesByIndicator(timelines: readonly Timeline[]): { indicator: string; timelines: Timeline[] }[] {
  const groups = new Map<string, Timeline[]>();
  for (const t of timelines) {
    if (t.targets.length + t.achieved.length + t.baselines.length === 0) continue;
    groups.set(t.indicator, [...(groups.get(t.indicator) ?? []), t]);
  }
  return [...groups].map(([indicator, list]) => ({ indicator, timelines: list }));
}

/** The words of the outcomes' charts, tables and report in the language of `t`. */
export interface OutcomesText {
  translate: Translate;
  locale: string;
  indicatorName: (indicator: string) => string;
  regionName: (regionId: string) => string;
}

function tableContext(text: OutcomesText, documents: readonly OutcomesDocument[], annotations: readonly NoteInput[]): OutcomeTableContext {
  return {
    t: text.translate,
    regionName: text.regionName,
    indicatorName: text.indicatorName,
    documents: new Map(documents.map((d) => [d.id, d])),
    annotations,
  };
}

export function timelineTitle(text: OutcomesText, indicator: string, unit: string | null): string {
  const t = text.translate;
  const name = text.indicatorName(indicator);
  return unit ? t('outcomes.export.chartTitle', { indicator: name, unit: unitOf(t)(unit) }) : t('outcomes.export.chartTitleNoUnit', { indicator: name });
}

/** The timeline of one indicator ready to leave the app, with each plan it cites named below it. */
export function timelineChart(text: OutcomesText, outcomes: Outcomes, timelines: readonly Timeline[], regions: readonly CompareRegion[]): TimelineChart {
  const t = text.translate;
  const docs = new Map(outcomes.documents.map((d) => [d.id, d]));
  const cited = new Set<string>();
  for (const tl of timelines) {
    for (const x of tl.targets) cited.add(x.source.documentId);
    for (const a of tl.achieved) for (const s of a.sources) cited.add(s.documentId);
    for (const b of tl.baselines) cited.add(b.source.documentId);
  }
  // By period, then title: the same footnote whatever order the rows were read in.
  const byPeriod = (d: OutcomeDocument): number => d.metadata.period?.start ?? Number.MAX_SAFE_INTEGER;
  const citedDocs = outcomes.documents.filter((d) => cited.has(d.id)).sort((a, b) => byPeriod(a) - byPeriod(b) || a.label.localeCompare(b.label, 'zh-CN'));
  const plans = citedDocs.map((d) => t('export.chart.plan', { title: d.label, issuer: d.metadata.issuer ?? t('export.chart.unknown'), issued: d.metadata.issued ?? t('export.chart.unknown') }));
  const benchmarks = [...new Set(timelines.flatMap((tl) => tl.benchmarks.map((b) => b.sourceTitle)))];
  const footnote = [
    ...(plans.length ? [t('outcomes.export.plans', { list: plans.join(t('export.chart.separator')) })] : []),
    ...(benchmarks.length ? [t('export.chart.benchmarks', { list: benchmarks.join(t('export.chart.separator')) })] : []),
  ];
  const names = new Map(regions.filter((r) => timelines.some((tl) => tl.regionId === r.id)).map((r) => [r.id, r.name]));
  const indicator = timelines[0]?.indicator ?? '';
  return exportTimeline(timelines, names, timelineTextOf(t, docs), timelineTitle(text, indicator, timelines[0]?.unit ?? null), footnote);
}

export function outcomeTables(text: OutcomesText, outcomes: Outcomes, documents: readonly OutcomesDocument[], annotations: readonly NoteInput[]) {
  const ctx = tableContext(text, documents, annotations);
  return { met: metTable(ctx, outcomes.met), plan: planTable(ctx, outcomes.changes) };
}

/**
 * The timelines that answer a report's question, by indicator: a target and a value reached in one region (a plan's
 * dozens of targets without any outcome would bury them, and each chart is rasterised for Word).
 */
export function tellingTimelines(outcomes: Outcomes): { indicator: string; timelines: Timeline[] }[] {
  return timelinesByIndicator(outcomes.timelines).filter((g) => g.timelines.some(telling));
}

const telling = (tl: Timeline): boolean => tl.targets.length > 0 && tl.achieved.length > 0;

/** One chart of the section: an indicator's timelines, or a part of them with its number. */
export interface SectionGroup {
  indicator: string;
  timelines: Timeline[];
  part: number;
  parts: number;
}

/**
 * The charts of the section. With `perChart` (the Compare report, whose regions can be hundreds), only the regions with both
 * a target and a value reached are drawn, at most `perChart` to a chart, in parts as equal as can be; without it (the
 * Outcomes view's report of the regions the researcher picked), every region of a telling indicator.
 */
export function sectionGroups(outcomes: Outcomes, perChart?: number): SectionGroup[] {
  return tellingTimelines(outcomes).flatMap((g) => {
    if (perChart === undefined) return [{ ...g, part: 1, parts: 1 }];
    const drawn = g.timelines.filter(telling);
    const parts = Math.max(1, Math.ceil(drawn.length / perChart));
    const size = Math.ceil(drawn.length / parts);
    return Array.from({ length: parts }, (_, i) => ({ indicator: g.indicator, timelines: drawn.slice(i * size, (i + 1) * size), part: i + 1, parts }));
  });
}

/** Whether a report on these outcomes has something to say: a value reached anywhere, or two periods' plans to set side by side. */
export function hasOutcomes(outcomes: Outcomes): boolean {
  return outcomes.changes.length > 0 || outcomes.timelines.some((tl) => tl.achieved.length > 0);
}

export interface SectionOptions {
  /** After each chart drawn. */
  onChart?: (done: number, total: number) => void;
  /** The charts to draw (`sectionGroups`); every telling indicator with all its regions when absent. */
  groups?: readonly SectionGroup[];
  /** The met table without its "no data" rows, counted in a line below it instead (a report of hundreds of regions). */
  judgedOnly?: boolean;
}

/** The outcomes section of a report: every timeline, the met table and plan over plan, with the rules. */
export async function buildOutcomesSection(
  text: OutcomesText,
  outcomes: Outcomes,
  regions: readonly CompareRegion[],
  documents: readonly OutcomesDocument[],
  annotations: readonly NoteInput[],
  png?: (chart: TimelineChart) => Promise<Uint8Array | null>,
  options: SectionOptions = {},
): Promise<OutcomesSection> {
  const t = text.translate;
  const { onChart, groups = sectionGroups(outcomes), judgedOnly = false } = options;
  const charts = [];
  for (const group of groups) {
    const chart = timelineChart(text, outcomes, group.timelines, regions);
    const part = group.parts > 1 ? ` ${t('export.report.part', { part: group.part, parts: group.parts })}` : '';
    const title = chart.title + part;
    const option = { ...chart.option, title: { ...(chart.option.title as object), text: title } };
    charts.push(await sectionChart({ ...chart, title, option }, png));
    onChart?.(charts.length, groups.length);
  }
  const withoutData = judgedOnly ? outcomes.met.filter((m) => m.status === 'no-data').length : 0;
  const tables = outcomeTables(text, withoutData > 0 ? { ...outcomes, met: outcomes.met.filter((m) => m.status !== 'no-data') } : outcomes, documents, annotations);
  const pair = outcomes.periods;
  return {
    title: t('outcomes.export.section'),
    rules: [t('outcomes.export.rules.met'), t('outcomes.export.rules.data'), t('outcomes.export.rules.units')],
    charts,
    tables: [
      { title: t('outcomes.export.metTable'), table: reportColumns(tables.met, ['region', 'indicator', 'year', 'target', 'achieved', 'status', 'reason', 'conversion', 'targetQuote', 'achievedQuote']), empty: t('outcomes.export.noMet'), ...(withoutData > 0 ? { note: t('outcomes.export.withoutData', { n: withoutData }) } : {}) },
      {
        title: pair ? t('outcomes.export.planTable', { from: periodName(t, pair.from), to: periodName(t, pair.to) }) : t('outcomes.export.planTableNone'),
        table: reportColumns(tables.plan, ['region', 'indicator', 'change', 'fromTarget', 'toTarget', 'delta', 'ambition', 'reason', 'fromQuote', 'toQuote']),
        empty: planEmpty(t, pair),
      },
    ],
    figure: (n) => t('outcomes.export.figure', { n }),
  };
}

/** Why plan over plan has no row: no two plan periods among the documents, or no region with plans of both. */
export function planEmpty(t: Translate, pair: { from: number; to: number } | null): string {
  return pair ? t('outcomes.export.noPlanRegion', { from: periodName(t, pair.from), to: periodName(t, pair.to) }) : t('outcomes.export.noPlan');
}

export type { TimelinePointRef } from '../export/outcomes-section';
export const catalogName = (indicator: string, en: boolean): string => {
  const c = indicatorById(indicator);
  return c ? (en ? c.en : c.zh) : indicator.replace(/^name:/, '');
};
