// Was a target met? The value reached in the target's year against the target, by its op and the indicator's polarity.
/*
 * The rule (README quotes it):
 * 1. The direction a target asks for: ≥ / > ask for at least the value, ≤ / < for at most; a plain or approximate
 *    value (=, 约) follows the indicator's polarity (higher is better → at least; lower → at most; neutral → within 5%).
 *    A range (1~2) asks for at least its lower bound (higher), at most its upper bound (lower), or to fall inside it.
 * 2. met when the value reached satisfies it (> and < strictly); met-stretch when it also reaches the 力争 value.
 * 3. not-met otherwise. A value reached that is itself only a bound (超过90%) decides only when the bound is
 *    enough (超过96% meets ≥95%); otherwise the target is not comparable ('bound').
 * 4. no-data when nothing reached is reported for the target's year; not-comparable (with the reason) when
 *    something is, but in another unit family, per-capita base or kind, or the target has no number.
 * 5. When several documents report different values for the year, the latest document's value decides; the
 *    others are listed.
 */
import type { Op, Polarity } from '../types';
import type { ApartReason } from './units';
import type { ApartRecord, Timeline, TimelineAchieved, TimelineTarget } from './timeline';

export type MetStatus = 'met-stretch' | 'met' | 'not-met' | 'no-data' | 'not-comparable';
export const MET_STATUSES: readonly MetStatus[] = ['met-stretch', 'met', 'not-met', 'not-comparable', 'no-data'];

/** Relative tolerance for a target on a neutral indicator (neither more nor less is better). */
export const NEUTRAL_TOLERANCE = 0.05;

export interface TargetAsked {
  value: number;
  valueMax: number | null;
  stretch: number | null;
  op: Op | null;
}

type Direction = 'up' | 'down' | 'near';

function direction(op: Op | null, polarity: Polarity): Direction {
  if (op === '>=' || op === '>') return 'up';
  if (op === '<=' || op === '<') return 'down';
  return polarity === 'higher' ? 'up' : polarity === 'lower' ? 'down' : 'near';
}

/** met / not-met / met-stretch for one value reached, or 'bound' when the reached value is only a bound that cannot decide. */
export function judge(target: TargetAsked, reached: { value: number; op: Op }, polarity: Polarity): 'met' | 'met-stretch' | 'not-met' | 'bound' {
  const dir = direction(target.op, polarity);
  const a = reached.value;
  const atLeast = reached.op === '>' || reached.op === '>=';
  const atMost = reached.op === '<' || reached.op === '<=';
  let met: boolean;
  if (dir === 'up') {
    const floor = target.value;
    met = target.op === '>' ? a > floor : a >= floor;
    if (!met && atLeast) return 'bound';
    if (met && atMost) return 'bound';
  } else if (dir === 'down') {
    const ceiling = target.valueMax ?? target.value;
    met = target.op === '<' ? a < ceiling : a <= ceiling;
    if (!met && atMost) return 'bound';
    if (met && atLeast) return 'bound';
  } else {
    if (target.valueMax !== null) met = a >= target.value && a <= target.valueMax;
    else met = Math.abs(a - target.value) <= NEUTRAL_TOLERANCE * Math.abs(target.value);
    if (atLeast || atMost) return 'bound';
  }
  if (!met) return 'not-met';
  if (target.stretch !== null && target.valueMax === null) {
    if (dir === 'up' && a >= target.stretch) return 'met-stretch';
    if (dir === 'down' && a <= target.stretch) return 'met-stretch';
  }
  return 'met';
}

export interface MetResult {
  regionId: string;
  indicator: string;
  name: string;
  year: number;
  status: MetStatus;
  reason: ApartReason | null;
  /** The target judged (null when the target itself is apart: then `apartTarget` names it). */
  target: TimelineTarget | null;
  apartTarget: ApartRecord | null;
  /** The value that decided, in the timeline's unit. */
  achieved: TimelineAchieved | null;
  /** A reached value of the year that could not be compared (its reason is `reason`). */
  apartAchieved: ApartRecord | null;
  /** Other values reported for the same year. */
  others: TimelineAchieved[];
  /** Reached − target, signed so that positive is better (polarity), in the timeline's unit. */
  gap: number | null;
  unit: string | null;
}

function signed(a: number, t: number, polarity: Polarity, dir: Direction): number {
  const down = dir === 'down' || (dir === 'near' && polarity === 'lower');
  return Number((down ? t - a : a - t).toPrecision(12));
}

/** "Was it met?" for every target of a timeline that has a year. */
export function metResults(timeline: Timeline): MetResult[] {
  const base = { regionId: timeline.regionId, indicator: timeline.indicator, name: timeline.name, unit: timeline.unit };
  const out: MetResult[] = [];
  const apartAchievedOf = (year: number) => timeline.apart.find((r) => r.what === 'achieved' && r.year === year) ?? null;
  for (const target of timeline.targets) {
    const ofYear = timeline.achieved.filter((a) => a.year === target.year);
    const none = { target, apartTarget: null, others: [] as TimelineAchieved[], year: target.year };
    if (ofYear.length === 0) {
      const apart = apartAchievedOf(target.year);
      out.push(
        apart
          ? { ...base, ...none, status: 'not-comparable', reason: apart.reason, achieved: null, apartAchieved: apart, gap: null }
          : { ...base, ...none, status: 'no-data', reason: null, achieved: null, apartAchieved: null, gap: null },
      );
      continue;
    }
    // The latest report decides.
    const decided = [...ofYear].sort((a, b) => b.rank - a.rank)[0]!;
    const others = ofYear.filter((a) => a !== decided);
    const verdict = judge(target, decided, timeline.polarity);
    const dir = direction(target.op, timeline.polarity);
    const reference = dir === 'down' ? (target.valueMax ?? target.value) : target.value;
    out.push({
      ...base,
      ...none,
      others,
      status: verdict === 'bound' ? 'not-comparable' : verdict,
      reason: verdict === 'bound' ? 'bound' : null,
      achieved: decided,
      apartAchieved: null,
      gap: verdict === 'bound' ? null : signed(decided.value, reference, timeline.polarity, dir),
    });
  }
  // A target that cannot share the timeline's measure is never judged against it.
  for (const apart of timeline.apart) {
    if (apart.what !== 'target' || apart.year === null) continue;
    const reached = timeline.achieved.some((a) => a.year === apart.year) || apartAchievedOf(apart.year) !== null;
    out.push({
      ...base,
      year: apart.year,
      status: reached ? 'not-comparable' : 'no-data',
      reason: reached ? apart.reason : null,
      target: null,
      apartTarget: apart,
      achieved: null,
      apartAchieved: null,
      others: [],
      gap: null,
    });
  }
  return out.sort((a, b) => a.year - b.year);
}
