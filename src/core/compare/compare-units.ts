// Units for display in comparison: which units can share an axis, and values converted between them (records never change).

/** A unit reduced to what it counts and the factor to that base: 万人 → {family: 人, factor: 10000}. */
export interface UnitScale {
  /** The base unit; '' when the record has none. Two units share an axis only when their families are equal. */
  family: string;
  factor: number;
}

const MAGNITUDES: Record<string, number> = { 万: 1e4, 千: 1e3, 百: 1e2, 亿: 1e8 };
// Units that start with a magnitude character but are not a multiple of a shorter unit.
const WHOLE_UNITS = new Set(['百分点', '千米', '千克', '千瓦', '万元', '亿元']);
/**
 * Rates are one family, whatever their scale: a share of the whole per 100 (%), per 1,000 (‰), per 10,000 (/万, ‱)
 * or per 100,000 (/10万), each a multiple of the percent (1‰ = 0.1%, 1/万 = 0.01%, 1/10万 = 0.001%), so a 孕产妇死亡率 of
 * 1.2/万 is 12/10万 and sits on the per-100,000 benchmark's axis. 百分点 and 个百分点 are a change of a rate, never a
 * rate: they stay apart.
 */
const RATE_FACTORS: Readonly<Record<string, number>> = {
  '%': 1, '％': 1, '‰': 0.1, '‱': 0.01, '/万': 0.01, '1/万': 0.01, '/10万': 0.001, '1/10万': 0.001, '/十万': 0.001, '1/十万': 0.001,
};
/** The family every rate belongs to (a share in %, a mortality per 100,000). */
export const RATE_FAMILY = '%';

// Compare asks for the same few dozen units tens of thousands of times (twice per row of every chart): kept once worked out.
const scales = new Map<string, UnitScale>();

export function unitScale(unit: string | null | undefined): UnitScale {
  const key = unit ?? '';
  const known = scales.get(key);
  if (known) return known;
  const scale = scaleOf(key);
  if (scales.size < 10_000) scales.set(key, scale);
  return scale;
}

function scaleOf(unit: string): UnitScale {
  const u = unit.trim();
  if (u === '') return { family: '', factor: 1 };
  const rate = RATE_FACTORS[u];
  if (rate !== undefined) return { family: RATE_FAMILY, factor: rate };
  if (WHOLE_UNITS.has(u)) {
    // 万元 and 亿元 are still money: the family is 元.
    if (u === '万元') return { family: '元', factor: 1e4 };
    if (u === '亿元') return { family: '元', factor: 1e8 };
    return { family: u, factor: 1 };
  }
  const first = u[0] ?? '';
  const rest = u.slice(1);
  const magnitude = MAGNITUDES[first];
  if (magnitude !== undefined && rest !== '') {
    const inner = scaleOf(rest);
    return { family: inner.family, factor: magnitude * inner.factor };
  }
  return { family: u, factor: 1 };
}

/** A rate at any scale: %, ‰, ‱, /万, /10万 (never 百分点, a change of one). */
export function isRateUnit(unit: string | null | undefined): boolean {
  return unitScale(unit).family === RATE_FAMILY;
}

export function sameFamily(a: string | null | undefined, b: string | null | undefined): boolean {
  return unitScale(a).family === unitScale(b).family;
}

// 5.4 × 10000 is 54000.00000000001 in floating point; twelve significant digits are more than any plan writes.
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** The value in `to`, or null when the units are of different families. */
export function convertValue(value: number, from: string | null | undefined, to: string | null | undefined): number | null {
  const a = unitScale(from);
  const b = unitScale(to);
  if (a.family !== b.family) return null;
  return tidy((value * a.factor) / b.factor);
}

/** How a value was brought into the unit shown: 1.2/万 → 12/10万 is {fromUnit: '/万', toUnit: '/10万', factor: 10}. */
export interface UnitConversion {
  fromUnit: string;
  toUnit: string;
  /** The multiplier applied to the value. */
  factor: number;
}

/** The conversion from `from` into `to`, or null when none is needed (the same unit, % and ％) or none is possible. */
export function unitConversion(from: string | null | undefined, to: string | null | undefined): UnitConversion | null {
  const a = unitScale(from);
  const b = unitScale(to);
  if (a.family !== b.family || a.factor === b.factor) return null;
  return { fromUnit: (from ?? '').trim(), toUnit: (to ?? '').trim(), factor: tidy(a.factor / b.factor) };
}

/**
 * The unit to show a group of same-family values in: the one most of them use; on a tie the
 * catalog's unit if it is among them, else the largest (fewer digits). Rates are shown at the catalog's scale
 * whatever most of them use (孕产妇死亡率 per 100,000, 婴儿死亡率 in ‰), so they read against the benchmarks.
 */
export function displayUnit(units: readonly (string | null)[], preferred: string | null = null): string | null {
  if (units.length === 0) return preferred;
  if (preferred !== null && isRateUnit(preferred) && units.every((u) => isRateUnit(u))) return preferred;
  const counts = new Map<string, number>();
  for (const unit of units) counts.set(unit ?? '', (counts.get(unit ?? '') ?? 0) + 1);
  let best = 0;
  for (const n of counts.values()) best = Math.max(best, n);
  const tied = [...counts.keys()].filter((u) => counts.get(u) === best);
  if (preferred !== null && tied.includes(preferred)) return preferred;
  tied.sort((a, b) => unitScale(b).factor - unitScale(a).factor || (a < b ? -1 : a > b ? 1 : 0));
  const chosen = tied[0] ?? '';
  return chosen === '' ? null : chosen;
}
