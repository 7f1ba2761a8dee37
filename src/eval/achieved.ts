// Achievements in the evaluation: the hand-labelled seeds.achieved.json read as gold, and achieved records put in
// the shape the target scorer matches (value, indicator, span, name), so both are scored the same way.
import { OPS, TARGET_KINDS, type AchievedRecord, type Op, type TargetKind, type TargetRecord } from '../core/types';
import { invalidGold, type GoldDoc, type GoldParse, type GoldTarget } from './gold';
import { ok } from '../core/result';


type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nullableString(v: unknown): string | null | undefined {
  if (v === null) return null;
  return typeof v === 'string' ? v : undefined;
}

function nullableNumber(v: unknown): number | null | undefined {
  if (v === null) return null;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function parseAchieved(raw: unknown, where: string): GoldTarget | string {
  if (!isObj(raw)) return `${where}: not an object`;
  const { name, quote, value, op } = raw;
  if (typeof name !== 'string') return `${where}: name must be a string`;
  if (typeof quote !== 'string') return `${where}: quote must be a string`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${where}: value must be a number`;
  if (!(typeof op === 'string' && (OPS as readonly string[]).includes(op))) return `${where}: op must be one of ${OPS.join(' ')}`;
  const indicator = nullableString(raw.indicator);
  const unit = nullableString(raw.unit);
  const year = nullableNumber(raw.year);
  if (indicator === undefined) return `${where}: indicator must be a string or null`;
  if (unit === undefined) return `${where}: unit must be a string or null`;
  if (year === undefined) return `${where}: year must be a number or null`;
  const out: GoldTarget = { name, indicator, unit, baseline: null, target: { value, year, op: op as Op }, quote };
  if (typeof raw.kind === 'string' && (TARGET_KINDS as readonly string[]).includes(raw.kind)) out.kind = raw.kind as TargetKind;
  const yearFrom = nullableNumber(raw.year_from);
  if (yearFrom !== undefined) out.year_from = yearFrom;
  // Traditional text keeps its own characters in `quote`; `quote_simplified` is only for reading.
  if (raw.occurrence !== undefined) {
    if (!Number.isInteger(raw.occurrence) || (raw.occurrence as number) < 1) return `${where}: occurrence must be a positive integer`;
    out.occurrence = raw.occurrence as number;
  }
  return out;
}

/** Validates the `docs` array of seeds.achieved.json ({doc, achieved: [...]}); notes and not_labelled are ignored. */
export function parseAchievedGold(json: unknown): GoldParse {
  if (!isObj(json) || !Array.isArray(json.docs)) return invalidGold('expected an object with a "docs" array');
  const docs: GoldDoc[] = [];
  for (const [i, rawDoc] of json.docs.entries()) {
    if (!isObj(rawDoc) || typeof rawDoc.doc !== 'string' || !Array.isArray(rawDoc.achieved)) {
      return invalidGold(`docs[${i}]: expected {doc: string, achieved: array}`);
    }
    const targets: GoldTarget[] = [];
    for (const [j, raw] of rawDoc.achieved.entries()) {
      const parsed = parseAchieved(raw, `${rawDoc.doc} achieved[${j}]`);
      if (typeof parsed === 'string') return invalidGold(parsed);
      targets.push(parsed);
    }
    docs.push({ doc: rawDoc.doc, targets });
  }
  return ok(docs);
}

/**
 * An achieved record in the target record's shape, for the scorer: its value and year in `target`, no baseline,
 * and `year_from` carried along for the field accuracy.
 */
export function achievedForScoring(a: AchievedRecord): TargetRecord & { year_from: number | null } {
  return {
    year_from: a.year_from,
    id: a.id,
    name: a.name,
    indicator: a.indicator,
    domain: a.domain,
    unit: a.unit,
    baseline: null,
    target: { value: a.value, year: a.year, op: a.op },
    stretch: null,
    kind: a.kind,
    binding: null,
    quote: a.quote,
    start: a.start,
    end: a.end,
    per: null,
    aspirational: false,
    source: a.source,
  };
}
