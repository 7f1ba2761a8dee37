// Scores extracted target records against the hand-labelled gold: one-to-one matching, P/R/F1, field accuracy.
import type { TargetRecord } from '../core/types';
import type { GoldDoc, GoldTarget } from './gold';

export interface Prediction {
  doc: string;
  /** The original decoded text; record offsets and gold quotes are located in it. */
  text: string;
  targets: TargetRecord[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** null when undefined (no predictions / no gold). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Accuracy {
  correct: number;
  total: number;
  rate: number | null;
}

export interface DocScore extends Counts {
  doc: string;
  /** Gold quotes not found in the text: those targets could only match by indicator or name. */
  unlocated: number;
}

export interface Unmatched {
  doc: string;
  name: string;
  value: number | null;
  text?: string;
  quote: string;
}

export type Field = 'op' | 'unit' | 'year' | 'indicator' | 'baseline' | 'kind' | 'year_from';

export interface FieldMismatch {
  doc: string;
  name: string;
  field: Field;
  gold: unknown;
  predicted: unknown;
}

export interface Score {
  overall: Counts;
  docs: DocScore[];
  fields: Record<Field, Accuracy>;
  /** Of matched pairs whose gold indicator is non-null, how many predicted that id. */
  canonicalCoverage: Accuracy;
  misses: Unmatched[];
  extras: Unmatched[];
  mismatches: FieldMismatch[];
}

const EPSILON = 1e-9;
/** Names this alike (character-bigram Dice) count as the same target. */
export const NAME_SIMILARITY_THRESHOLD = 0.5;
/** How far after the name line of a table row its value cell may sit. */
const ROW_WINDOW = 200;

const FIELDS: readonly Field[] = ['op', 'unit', 'year', 'indicator', 'baseline', 'kind', 'year_from'];
/** Fields a gold record states only sometimes (achievements: kind, year_from); tallied where it does. */
const OPTIONAL: ReadonlySet<Field> = new Set(['kind', 'year_from']);

function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a == null && b == null;
  return Math.abs(a - b) <= EPSILON;
}

function sameValue(gold: GoldTarget, pred: TargetRecord): boolean {
  if (gold.target.value === null) {
    return pred.target.value === null && (gold.target.text ?? '').trim() === (pred.target.text ?? '').trim();
  }
  return sameNumber(gold.target.value, pred.target.value);
}

function bigrams(name: string): Map<string, number> {
  const chars = Array.from(name.replace(/\s+/gu, ''));
  const grams = new Map<string, number>();
  // A one-character name has no bigram; its single character stands in so it can still match itself.
  const items = chars.length === 1 ? chars : chars.slice(1).map((c, i) => `${chars[i]}${c}`);
  for (const g of items) grams.set(g, (grams.get(g) ?? 0) + 1);
  return grams;
}

/** Character-bigram Dice coefficient (multiset), 0..1. */
export function nameSimilarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of ga.values()) sizeA += n;
  for (const [g, n] of gb) {
    sizeB += n;
    shared += Math.min(n, ga.get(g) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * Where a gold target sits in the original text, or null when its quote is not there verbatim.
 * Table rows quote only the name line, so the span runs on to the value cell that follows it:
 * an extractor quoting the whole row or only the cell then still overlaps.
 */
export function locateGold(text: string, gold: GoldTarget): { start: number; end: number } | null {
  const needle = gold.quote_original ?? gold.quote;
  if (needle === '') return null;
  const start = nthIndexOf(text, needle, gold.occurrence ?? 1);
  if (start < 0) return null;
  let end = start + needle.length;
  if (gold.quote_value) {
    const cell = text.indexOf(gold.quote_value, end);
    if (cell >= 0 && cell - end <= ROW_WINDOW) end = cell + gold.quote_value.length;
  }
  return { start, end };
}

interface Pair {
  g: number;
  p: number;
  score: number;
}

/** Higher is a better match; null when the pair may not match at all. */
function pairScore(gold: GoldTarget, span: { start: number; end: number } | null, pred: TargetRecord): number | null {
  if (!sameValue(gold, pred)) return null;
  const sameIndicator = gold.indicator !== null && gold.indicator === pred.indicator;
  let overlap = 0;
  if (span) {
    const inter = Math.min(span.end, pred.end) - Math.max(span.start, pred.start);
    const union = Math.max(span.end, pred.end) - Math.min(span.start, pred.start);
    if (inter > 0) overlap = 1 + inter / union;
  }
  const similarity = nameSimilarity(gold.name, pred.name);
  if (!sameIndicator && overlap === 0 && similarity < NAME_SIMILARITY_THRESHOLD) return null;
  // Indicator agreement (3) outweighs position (1..2), which outweighs wording (0..1): two gold
  // targets sharing one quote (养老 and 医疗 参保率) are told apart by id, repeated quotes by position.
  return (sameIndicator ? 3 : 0) + overlap + similarity;
}

function matchDoc(gold: GoldTarget[], pred: Prediction | undefined): { pairs: Pair[]; unlocated: number } {
  const spans = gold.map((g) => (pred ? locateGold(pred.text, g) : null));
  const candidates: Pair[] = [];
  for (const [g, goldTarget] of gold.entries()) {
    for (const [p, predTarget] of (pred?.targets ?? []).entries()) {
      const score = pairScore(goldTarget, spans[g] ?? null, predTarget);
      if (score !== null) candidates.push({ g, p, score });
    }
  }
  // Stable order on ties keeps the report identical between runs.
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPred.has(c.p)) continue;
    usedGold.add(c.g);
    usedPred.add(c.p);
    pairs.push(c);
  }
  const unlocated = pred ? spans.filter((s) => s === null).length : 0;
  return { pairs, unlocated };
}

function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

export function counts(tp: number, fp: number, fn: number): Counts {
  return {
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    // 2tp/(2tp+fp+fn) equals the harmonic mean where both exist and is still 0 when only one does.
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

function fieldValues(field: Field, gold: GoldTarget, pred: TargetRecord): [unknown, unknown, boolean] {
  switch (field) {
    case 'op':
      return [gold.target.op, pred.target.op, gold.target.op === pred.target.op];
    case 'unit':
      return [gold.unit, pred.unit, gold.unit === pred.unit];
    case 'year':
      return [gold.target.year, pred.target.year, gold.target.year === pred.target.year];
    case 'indicator':
      return [gold.indicator, pred.indicator, gold.indicator === pred.indicator];
    case 'baseline': {
      const g = gold.baseline?.value ?? null;
      const p = pred.baseline?.value ?? null;
      return [g, p, sameNumber(g, p)];
    }
    case 'kind':
      return [gold.kind, pred.kind, gold.kind === pred.kind];
    case 'year_from': {
      const p = (pred as { year_from?: number | null }).year_from ?? null;
      return [gold.year_from ?? null, p, (gold.year_from ?? null) === p];
    }
  }
}

function unmatchedGold(doc: string, t: GoldTarget): Unmatched {
  const out: Unmatched = { doc, name: t.name, value: t.target.value, quote: t.quote };
  if (t.target.text !== undefined) out.text = t.target.text;
  return out;
}

function unmatchedPred(doc: string, t: TargetRecord): Unmatched {
  const out: Unmatched = { doc, name: t.name, value: t.target.value, quote: t.quote };
  if (t.target.text !== undefined) out.text = t.target.text;
  return out;
}

/** Predictions for documents the gold lacks count as extras; gold documents without predictions as misses. */
export function score(gold: GoldDoc[], predictions: Prediction[]): Score {
  const byDoc = new Map(predictions.map((p) => [p.doc, p]));
  const goldDocs = new Set(gold.map((g) => g.doc));
  const allDocs: GoldDoc[] = [
    ...gold,
    ...predictions.filter((p) => !goldDocs.has(p.doc)).map((p) => ({ doc: p.doc, targets: [] })),
  ];
  const fieldTally = Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as Record<
    Field,
    { correct: number; total: number }
  >;
  const coverage = { correct: 0, total: 0 };
  const docs: DocScore[] = [];
  const misses: Unmatched[] = [];
  const extras: Unmatched[] = [];
  const mismatches: FieldMismatch[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;

  for (const goldDoc of allDocs) {
    const pred = byDoc.get(goldDoc.doc);
    const predTargets = pred?.targets ?? [];
    const { pairs, unlocated } = matchDoc(goldDoc.targets, pred);
    const matchedGold = new Set(pairs.map((x) => x.g));
    const matchedPred = new Set(pairs.map((x) => x.p));
    for (const { g, p } of pairs) {
      const goldTarget = goldDoc.targets[g];
      const predTarget = predTargets[p];
      if (!goldTarget || !predTarget) continue;
      for (const field of FIELDS) {
        if (OPTIONAL.has(field) && goldTarget[field as 'kind' | 'year_from'] === undefined) continue;
        const [gv, pv, ok] = fieldValues(field, goldTarget, predTarget);
        fieldTally[field].total++;
        if (ok) fieldTally[field].correct++;
        else mismatches.push({ doc: goldDoc.doc, name: goldTarget.name, field, gold: gv, predicted: pv });
      }
      if (goldTarget.indicator !== null) {
        coverage.total++;
        if (predTarget.indicator === goldTarget.indicator) coverage.correct++;
      }
    }
    goldDoc.targets.forEach((t, i) => {
      if (!matchedGold.has(i)) misses.push(unmatchedGold(goldDoc.doc, t));
    });
    predTargets.forEach((t, i) => {
      if (!matchedPred.has(i)) extras.push(unmatchedPred(goldDoc.doc, t));
    });
    const docTp = pairs.length;
    const docFp = predTargets.length - docTp;
    const docFn = goldDoc.targets.length - docTp;
    docs.push({ doc: goldDoc.doc, ...counts(docTp, docFp, docFn), unlocated });
    tp += docTp;
    fp += docFp;
    fn += docFn;
  }

  const accuracy = (t: { correct: number; total: number }): Accuracy => ({ ...t, rate: ratio(t.correct, t.total) });
  return {
    overall: counts(tp, fp, fn),
    docs,
    fields: Object.fromEntries(FIELDS.map((f) => [f, accuracy(fieldTally[f])])) as Record<Field, Accuracy>,
    canonicalCoverage: accuracy(coverage),
    misses,
    extras,
    mismatches,
  };
}
