// Numbers a plan can state. A run of thousands of digits is Infinity to Number(), and anything of 16 or
// more integer digits is past what a double holds exactly: neither is a plan figure, so neither is ever
// stored as a number. The record keeps its words (the quote) and says why it has no value.
import type { TargetRecord } from '../types';

/** Magnitudes from here on (16 integer digits) are not plan figures. */
export const MAX_PLAUSIBLE = 1e15;

/** The flag a record carries when a number in its text could not be taken as a value. */
export const IMPLAUSIBLE_NUMBER = 'implausible-number';

export function isPlausibleNumber(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n) < MAX_PLAUSIBLE;
}

const bad = (n: number | null | undefined): boolean => n !== null && n !== undefined && !isPlausibleNumber(n);

/**
 * The record with every implausible number taken out: a target value becomes `value: null` with the
 * quote as its `text` (as a qualitative target keeps its words), an implausible baseline or stretch
 * becomes null, and `flags` gets IMPLAUSIBLE_NUMBER. A record without one is returned as it is.
 */
export function withPlausibleNumbers(record: TargetRecord): TargetRecord {
  const { target, baseline, stretch } = record;
  const badTarget = bad(target.value) || bad(target.value_max);
  const badBaseline = baseline !== null && bad(baseline.value);
  if (!badTarget && !badBaseline && !bad(stretch)) return record;
  let fixedTarget = target;
  if (badTarget) {
    const { value_max: _max, ...rest } = target;
    fixedTarget = { ...rest, value: null, text: record.quote };
  }
  const flags = record.flags?.includes(IMPLAUSIBLE_NUMBER) ? record.flags : [...(record.flags ?? []), IMPLAUSIBLE_NUMBER];
  return {
    ...record,
    target: fixedTarget,
    baseline: badBaseline ? null : baseline,
    stretch: bad(stretch) ? null : stretch,
    flags,
  };
}
