// How a target reads in a chart label or a table cell: ≥55, 4.5→4.9, ~90, 1~2, [5.4], or its words.
import type { Op, TargetKind } from '../types';

const OP_SYMBOL: Record<Op, string> = { '=': '', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '~' };

/** The sign an op is written with: ≥, >, ≤, <, ~; nothing for a plain value. */
export function opSymbol(op: Op | null): string {
  return op ? OP_SYMBOL[op] : '';
}

export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(10)));
}

/**
 * A number with its thousands grouped by commas (13,392; 1,234.5), as the charts' value axes write theirs (15,000) in
 * either language: a chart's own labels read alike. Data (CSV, Excel) keep formatNumber's plain digits.
 */
export function formatGrouped(value: number): string {
  return groupDigits(formatNumber(value));
}

/** Every number of four or more whole digits in a label (≥13392, 12000→15000, [5400]) with its thousands grouped. */
export function groupDigits(label: string): string {
  return label.replace(/\d{4,}/gu, (digits, offset: number, whole: string) => (whole[offset - 1] === '.' ? digits : digits.replace(/\B(?=(\d{3})+$)/gu, ',')));
}

export interface LabelParts {
  value: number | null;
  op: Op | null;
  upper: number | null;
  /** Whether `upper` closes a range (1~2) rather than stretching a floor (4.5→4.9). */
  range: boolean;
  text: string | null;
  kind: TargetKind | null;
}

/** ≥55, 4.5→4.9, ~90, >95, 1~2, [5.4] for a cumulative total, or the words of a qualitative target. */
export function targetLabel(p: LabelParts): string {
  if (p.value === null) return p.text ?? '';
  let label: string;
  if (p.range && p.upper !== null) label = `${formatNumber(p.value)}~${formatNumber(p.upper)}`;
  else {
    label = `${opSymbol(p.op)}${formatNumber(p.value)}`;
    if (p.upper !== null) label += `→${formatNumber(p.upper)}`;
  }
  return p.kind === 'cumulative' ? `[${label}]` : label;
}
