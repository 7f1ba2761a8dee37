// Pairs a document's stored targets with a fresh extraction's, so a researcher's edits, status and notes follow each target to its new id.
import type { TargetEdits, TargetStatus } from './effective';
import type { AchievedRecord, TargetRecord } from '../types';

/** What matching reads of a record, target or achievement alike. */
export type MatchableRecord = Pick<TargetRecord, 'id' | 'name' | 'indicator' | 'quote' | 'start' | 'end'>;

/** A stored record with the researcher's work on it. */
export interface OldRecord<R extends MatchableRecord, E extends object = object> {
  id: string;
  extracted: R;
  edits: E | null;
  status: TargetStatus;
}

export type OldTarget = OldRecord<TargetRecord, TargetEdits>;

/**
 * Passes, strictest first; each pairs only what earlier passes left:
 * - same-id: the extractor produced the very same record id (same text, name, value, span);
 * - same-value-nearby: same indicator (or name), same value, quote starting within `nearby` code units;
 * - same-quote: the same quote at the nearest offset (the name or indicator was improved);
 * - same-value: same indicator (or name) and value anywhere (the span was re-cut);
 * - same-subject-overlap: same indicator (or name) and overlapping spans (the value was misread before);
 * - same-value-overlap: same value and overlapping spans (the name was misread before).
 */
export type MatchRule = 'same-id' | 'same-value-nearby' | 'same-quote' | 'same-value' | 'same-subject-overlap' | 'same-value-overlap';

export interface RecordPair<R> {
  oldId: string;
  fresh: R;
  rule: MatchRule;
}

export interface RecordMatching<R> {
  pairs: RecordPair<R>[];
  /** Ids of old non-manual records nothing fresh matched, in input order. */
  unmatchedOld: string[];
  unmatchedFresh: R[];
}

export type TargetPair = RecordPair<TargetRecord>;
export type TargetMatching = RecordMatching<TargetRecord>;

export interface MatchOptions {
  /** How far apart two quotes may start and still be "nearby", in UTF-16 code units. */
  nearby?: number;
}

const DEFAULT_NEARBY = 300;

/** True when a researcher has touched the target: anything but an untouched extraction. */
export function hasResearcherWork(t: { edits: object | null; status: TargetStatus }): boolean {
  return t.status !== 'extracted' || (t.edits !== null && Object.keys(t.edits).length > 0);
}

function sameSubject(a: MatchableRecord, b: MatchableRecord): boolean {
  return (a.indicator !== null && a.indicator === b.indicator) || a.name === b.name;
}

function sameTargetValue(a: TargetRecord, b: TargetRecord): boolean {
  return a.target.value === b.target.value && (a.target.text ?? null) === (b.target.text ?? null) && (a.target.value_max ?? null) === (b.target.value_max ?? null);
}

/** An achievement's value is its number and the year it was reached. */
function sameAchievedValue(a: AchievedRecord, b: AchievedRecord): boolean {
  return a.value === b.value && a.year === b.year;
}

function overlaps(a: MatchableRecord, b: MatchableRecord): boolean {
  return a.start < b.end && b.start < a.end;
}

type Test<R> = (old: R, fresh: R, nearby: number) => boolean;

function passes<R extends MatchableRecord>(sameValue: (a: R, b: R) => boolean): [MatchRule, Test<R>][] {
  return [
    ['same-id', (o, f) => o.id === f.id],
    ['same-value-nearby', (o, f, nearby) => sameSubject(o, f) && sameValue(o, f) && Math.abs(o.start - f.start) <= nearby],
    ['same-quote', (o, f) => o.quote === f.quote],
    ['same-value', (o, f) => sameSubject(o, f) && sameValue(o, f)],
    ['same-subject-overlap', (o, f) => sameSubject(o, f) && overlaps(o, f)],
    ['same-value-overlap', (o, f) => sameValue(o, f) && overlaps(o, f)],
  ];
}

/**
 * Pairs old targets with fresh records one to one. Manual targets are the researcher's own and
 * are neither paired nor reported. Targets carrying work pick first, so when two old targets
 * compete for one fresh record the edited one keeps it; ties go to the nearest quote.
 */
export function matchTargets(old: readonly OldTarget[], fresh: readonly TargetRecord[], options: MatchOptions = {}): TargetMatching {
  return matchRecords(old, fresh, sameTargetValue, options);
}

/** The same pairing for achievements: the value and the year reached stand for a target's value. */
export function matchAchievements(old: readonly OldRecord<AchievedRecord>[], fresh: readonly AchievedRecord[], options: MatchOptions = {}): RecordMatching<AchievedRecord> {
  return matchRecords(old, fresh, sameAchievedValue, options);
}

function matchRecords<R extends MatchableRecord>(
  old: readonly OldRecord<R>[],
  fresh: readonly R[],
  sameValue: (a: R, b: R) => boolean,
  options: MatchOptions,
): RecordMatching<R> {
  const nearby = options.nearby ?? DEFAULT_NEARBY;
  const waiting = old
    .filter((t) => t.status !== 'manual')
    .sort((a, b) => Number(hasResearcherWork(b)) - Number(hasResearcherWork(a)) || a.extracted.start - b.extracted.start);
  const free = new Set(fresh.keys());
  const pairs: RecordPair<R>[] = [];
  for (const [rule, test] of passes(sameValue)) {
    for (const target of [...waiting]) {
      let best: number | null = null;
      for (const index of free) {
        const candidate = fresh[index] as R;
        if (!test(target.extracted, candidate, nearby)) continue;
        const distance = Math.abs(candidate.start - target.extracted.start);
        if (best === null || distance < Math.abs((fresh[best] as R).start - target.extracted.start)) best = index;
      }
      if (best === null) continue;
      free.delete(best);
      waiting.splice(waiting.indexOf(target), 1);
      pairs.push({ oldId: target.id, fresh: fresh[best] as R, rule });
    }
  }
  return {
    pairs,
    unmatchedOld: old.filter((t) => waiting.includes(t)).map((t) => t.id),
    unmatchedFresh: [...free].sort((a, b) => a - b).map((i) => fresh[i] as R),
  };
}
