// Plan over plan: one region's targets of one period against those of the next (十四五 → 十五五), per indicator.
/*
 * For each region × indicator, each period's target is the one of its plans (five-year and action plans, never an
 * annual programme or a report) whose year is the period's last year, else the latest year; a five-year plan before
 * an action plan, then a table before prose. Then:
 *   new      — only the later period sets a target;     dropped — only the earlier one does;
 *   raised / lowered / unchanged — the later value (a range's lower bound) above / below / equal to the earlier,
 *              in one unit (万人 vs 人 converted); `ambition` says whether that is more or less ambitious by the
 *              indicator's polarity (a lowered 失业率 ceiling is more ambitious);
 *   not-comparable — the two are in different unit families, per-capita bases or kinds, or one has no number.
 */
import type { Polarity } from '../types';
import { fiveYearOf } from './periods';
import { apartReason, conversionFactor, measureOf, type ApartReason } from './units';
import type { ApartRecord, Timeline, TimelineTarget } from './timeline';

export type ChangeKind = 'raised' | 'lowered' | 'unchanged' | 'new' | 'dropped' | 'not-comparable';
export const CHANGE_KINDS: readonly ChangeKind[] = ['raised', 'lowered', 'unchanged', 'new', 'dropped', 'not-comparable'];

export interface PeriodTarget {
  /** In the timeline's unit, when it shares the timeline's measure. */
  target: TimelineTarget | null;
  /** When it does not: the record and why. */
  apart: ApartRecord | null;
}

export interface PlanChange {
  regionId: string;
  indicator: string;
  name: string;
  unit: string | null;
  polarity: Polarity;
  fromPeriod: number;
  toPeriod: number;
  from: PeriodTarget | null;
  to: PeriodTarget | null;
  change: ChangeKind;
  reason: ApartReason | null;
  /** to − from in the timeline's unit. */
  delta: number | null;
  /** delta relative to the earlier value (0.1 = 10 %); null when the earlier value is 0. */
  relative: number | null;
  ambition: 'more' | 'less' | 'same' | null;
}

const KIND_RANK: Record<string, number> = { five_year_plan: 2, action_plan: 1 };

function inPeriod(plan: TimelineTarget['plan'], year: number, period: number): boolean {
  return !plan.annual && plan.fiveYear !== null && fiveYearOf(year) === period;
}

interface Candidate {
  year: number;
  rank: number;
  table: number;
  id: string;
  pick: PeriodTarget;
}

function best(candidates: Candidate[], periodEnd: number): PeriodTarget | null {
  candidates.sort(
    (a, b) =>
      Number(b.year === periodEnd) - Number(a.year === periodEnd) || b.year - a.year || b.rank - a.rank || b.table - a.table || (a.id < b.id ? -1 : 1),
  );
  return candidates[0]?.pick ?? null;
}

/** The target a period sets for a timeline, if any. `kinds` maps a document id to its kind. */
export function periodTarget(timeline: Timeline, period: number, kinds: ReadonlyMap<string, string>): PeriodTarget | null {
  const end = 2006 + (period - 11) * 5 + 4;
  const candidates: Candidate[] = [];
  for (const t of timeline.targets) {
    if (!inPeriod(t.plan, t.year, period)) continue;
    candidates.push({ year: t.year, rank: KIND_RANK[kinds.get(t.source.documentId) ?? ''] ?? 0, table: 0, id: t.source.id, pick: { target: t, apart: null } });
  }
  for (const a of timeline.apart) {
    if (a.what !== 'target' || a.year === null || !inPeriod(a.plan, a.year, period)) continue;
    candidates.push({ year: a.year, rank: KIND_RANK[kinds.get(a.source.documentId) ?? ''] ?? 0, table: a.target?.source === 'table' ? 1 : 0, id: a.source.id, pick: { target: null, apart: a } });
  }
  return best(candidates, end);
}

function compareTargets(from: TimelineTarget, to: TimelineTarget, polarity: Polarity): Pick<PlanChange, 'change' | 'delta' | 'relative' | 'ambition'> {
  const delta = Number((to.value - from.value).toPrecision(12));
  const relative = from.value === 0 ? null : delta / Math.abs(from.value);
  const change = delta > 0 ? 'raised' : delta < 0 ? 'lowered' : 'unchanged';
  let ambition: PlanChange['ambition'] = delta === 0 ? 'same' : null;
  if (delta !== 0 && polarity !== 'neutral') ambition = (delta > 0) === (polarity === 'higher') ? 'more' : 'less';
  return { change, delta, relative, ambition };
}

/** One region × indicator, earlier period against later. */
export function planChange(timeline: Timeline, fromPeriod: number, toPeriod: number, kinds: ReadonlyMap<string, string>): PlanChange | null {
  const from = periodTarget(timeline, fromPeriod, kinds);
  const to = periodTarget(timeline, toPeriod, kinds);
  if (!from && !to) return null;
  const base = { regionId: timeline.regionId, indicator: timeline.indicator, name: timeline.name, unit: timeline.unit, polarity: timeline.polarity, fromPeriod, toPeriod, from, to };
  const none = { delta: null, relative: null, ambition: null, reason: null };
  if (!from) return { ...base, ...none, change: 'new' };
  if (!to) return { ...base, ...none, change: 'dropped' };
  if (from.target && to.target) return { ...base, reason: null, ...compareTargets(from.target, to.target, timeline.polarity) };
  // Both apart from the timeline's measure but alike among themselves (both per 10,000): still comparable.
  if (from.apart && to.apart && from.apart.kind === to.apart.kind && from.apart.value !== null && to.apart.value !== null && from.apart.target && to.apart.target) {
    const mf = measureOf(from.apart.unit, from.apart.target.name);
    const mt = measureOf(to.apart.unit, to.apart.target.name);
    if (apartReason(mt, mf) === null) {
      const f = from.apart.value;
      const t = to.apart.value * conversionFactor(mt, mf);
      const pseudo = (value: number) => ({ value }) as TimelineTarget;
      return { ...base, reason: null, ...compareTargets(pseudo(f), pseudo(Number(t.toPrecision(12))), timeline.polarity) };
    }
  }
  return { ...base, ...none, change: 'not-comparable', reason: (from.apart ?? to.apart)?.reason ?? 'unit' };
}

/**
 * Plan over plan for every region × indicator at once. Only regions with plans of both periods are compared: a region
 * that has not published its 十五五 plan has dropped nothing.
 */
export function planOverPlan(timelines: readonly Timeline[], fromPeriod: number, toPeriod: number, kinds: ReadonlyMap<string, string>): PlanChange[] {
  const changes = timelines.map((t) => planChange(t, fromPeriod, toPeriod, kinds)).filter((c): c is PlanChange => c !== null);
  const has = (side: 'from' | 'to') => new Set(changes.filter((c) => c[side] !== null).map((c) => c.regionId));
  const from = has('from');
  const to = has('to');
  return changes.filter((c) => from.has(c.regionId) && to.has(c.regionId));
}

/** The two latest five-year periods any plan of the documents sets targets for: the default pair to compare. */
export function defaultPeriods(timelines: readonly Timeline[]): { from: number; to: number } | null {
  const periods = new Set<number>();
  for (const t of timelines) {
    for (const x of t.targets) if (!x.plan.annual && x.plan.fiveYear !== null) periods.add(fiveYearOf(x.year));
    for (const a of t.apart) if (a.what === 'target' && a.year !== null && !a.plan.annual && a.plan.fiveYear !== null) periods.add(fiveYearOf(a.year));
  }
  const sorted = [...periods].sort((a, b) => a - b);
  const to = sorted.at(-1);
  if (to === undefined) return null;
  return { from: sorted.at(-2) ?? to - 1, to };
}
