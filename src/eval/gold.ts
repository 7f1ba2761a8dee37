// Reads the hand-labelled gold file (unknown JSON) into typed gold documents, or says what is wrong.
import { ok, type Err, type Result } from '../core/result';
import { OPS, type Op, type TargetKind } from '../core/types';

export interface GoldTarget {
  name: string;
  indicator: string | null;
  unit: string | null;
  baseline: { value: number; year: number | null } | null;
  target: { value: number | null; year: number | null; op: Op | null; text?: string; value_max?: number };
  /** Simplified text of the shortest span holding the value (004 table rows: the indicator-name line). */
  quote: string;
  /** Exact span in a traditional-character file, whose `quote` is only the simplified conversion. */
  quote_original?: string;
  /** Table cell of the value, which follows the name line in the published row. */
  quote_value?: string;
  /** 1-based; which of several identical quotes this target sits at. */
  occurrence?: number;
  /** Achievements' gold only: the kind and the first year of a total or a flow. */
  kind?: TargetKind;
  year_from?: number | null;
}

export interface GoldDoc {
  doc: string;
  targets: GoldTarget[];
}

/** The labelled documents, or what is wrong with the file (where and why, for the terminal). */
export type GoldParse = Result<GoldDoc[], 'invalid-gold', { detail: string }>;

export function invalidGold(detail: string): Err<'invalid-gold', { detail: string }> {
  return { ok: false, code: 'invalid-gold', detail };
}


type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optString(v: unknown): string | null | undefined {
  if (v === null) return null;
  return typeof v === 'string' ? v : undefined;
}

function optNumber(v: unknown): number | null | undefined {
  if (v === null) return null;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function parseTarget(raw: unknown, where: string): GoldTarget | string {
  if (!isObj(raw)) return `${where}: not an object`;
  const { name, quote, target, baseline } = raw;
  if (typeof name !== 'string') return `${where}: name must be a string`;
  if (typeof quote !== 'string') return `${where}: quote must be a string`;
  const indicator = optString(raw.indicator);
  const unit = optString(raw.unit);
  if (indicator === undefined) return `${where}: indicator must be a string or null`;
  if (unit === undefined) return `${where}: unit must be a string or null`;
  if (!isObj(target)) return `${where}: target must be an object`;
  const value = optNumber(target.value);
  const year = optNumber(target.year);
  if (value === undefined) return `${where}: target.value must be a number or null`;
  if (year === undefined) return `${where}: target.year must be a number or null`;
  if (target.op !== null && !(typeof target.op === 'string' && (OPS as readonly string[]).includes(target.op))) {
    return `${where}: target.op must be one of ${OPS.join(' ')} or null`;
  }
  let parsedBaseline: GoldTarget['baseline'] = null;
  if (baseline !== null && baseline !== undefined) {
    if (!isObj(baseline) || typeof baseline.value !== 'number') return `${where}: baseline.value must be a number`;
    parsedBaseline = { value: baseline.value, year: optNumber(baseline.year) ?? null };
  }
  const out: GoldTarget = {
    name,
    indicator,
    unit,
    baseline: parsedBaseline,
    target: { value, year, op: (target.op as Op | null) ?? null },
    quote,
  };
  if (typeof target.text === 'string') out.target.text = target.text;
  if (typeof target.value_max === 'number') out.target.value_max = target.value_max;
  if (typeof raw.quote_original === 'string') out.quote_original = raw.quote_original;
  if (typeof raw.quote_value === 'string') out.quote_value = raw.quote_value;
  if (raw.occurrence !== undefined) {
    if (!Number.isInteger(raw.occurrence) || (raw.occurrence as number) < 1) {
      return `${where}: occurrence must be a positive integer`;
    }
    out.occurrence = raw.occurrence as number;
  }
  return out;
}

/** Validates the `docs` array of seeds.gold.json; extra fields (notes, not_labelled) are ignored. */
export function parseGold(json: unknown): GoldParse {
  if (!isObj(json) || !Array.isArray(json.docs)) return invalidGold('expected an object with a "docs" array');
  const docs: GoldDoc[] = [];
  for (const [i, rawDoc] of json.docs.entries()) {
    if (!isObj(rawDoc) || typeof rawDoc.doc !== 'string' || !Array.isArray(rawDoc.targets)) {
      return invalidGold(`docs[${i}]: expected {doc: string, targets: array}`);
    }
    const targets: GoldTarget[] = [];
    for (const [j, rawTarget] of rawDoc.targets.entries()) {
      const parsed = parseTarget(rawTarget, `${rawDoc.doc} targets[${j}]`);
      if (typeof parsed === 'string') return invalidGold(parsed);
      targets.push(parsed);
    }
    docs.push({ doc: rawDoc.doc, targets });
  }
  return ok(docs);
}
