// The researcher's form over a target (text fields as typed) → edits of an extracted record or a new manual record.
import { indicatorById } from '../catalog/catalog';
import type { Result } from '../result';
import { isPlausibleNumber } from '../extract/plausible';
import type { TargetEdits } from './effective';
import type { Binding, DomainId, Op, Span, TargetKind, TargetRecord, TargetValue } from '../types';

export { BINDINGS, OPS, TARGET_KINDS } from '../types';

/** The editable fields as a form holds them: numbers as typed text, '' for "none". */
export interface TargetForm {
  name: string;
  /** A catalog id, or '' for a target outside the catalog. */
  indicator: string;
  value: string;
  op: Op | '';
  stretch: string;
  year: string;
  unit: string;
  kind: TargetKind;
  binding: Exclude<Binding, null> | '';
  /** First year a total or a flow covers: shown for achievements only ('' for none, and for every target). */
  yearFrom: string;
}

export type FormField = keyof TargetForm;
/** A value, or the first field that does not parse (the form marks it). */
export type FormResult<T> = Result<T, 'invalid', { field: FormField }>;

export function invalid(field: FormField): FormResult<never> {
  return { ok: false, code: 'invalid', field };
}

export function formOf(record: TargetRecord): TargetForm {
  return {
    name: record.name,
    indicator: record.indicator ?? '',
    value: record.target.value === null ? '' : String(record.target.value),
    op: record.target.op ?? '',
    stretch: record.stretch === null ? '' : String(record.stretch),
    year: record.target.year === null ? '' : String(record.target.year),
    unit: record.unit ?? '',
    kind: record.kind,
    binding: record.binding ?? '',
    yearFrom: '',
  };
}

export function emptyForm(): TargetForm {
  return { name: '', indicator: '', value: '', op: '=', stretch: '', year: '', unit: '', kind: 'level', binding: '', yearFrom: '' };
}

const FULL_WIDTH = /[０-９．－＋]/g;

/** A number as typed (full-width digits allowed); null for an empty field; undefined when it is not a number. */
export function parseNumber(text: string): number | null | undefined {
  const folded = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,\s]/g, '');
  if (folded === '') return null;
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(folded)) return undefined;
  const n = Number(folded);
  // Hundreds of digits are Infinity to Number(): refused like any other entry that is not a number.
  return isPlausibleNumber(n) ? n : undefined;
}

/** A year as typed, 1949–2100; null for an empty field; undefined when it is not such a year. */
export function parseYear(text: string): number | null | undefined {
  const year = parseNumber(text);
  if (year === null || year === undefined) return year;
  return Number.isInteger(year) && year >= 1949 && year <= 2100 ? year : undefined;
}

interface Parsed {
  value: number | null;
  stretch: number | null;
  year: number | null;
}

function parseNumbers(form: TargetForm, allowNoValue: boolean): FormResult<Parsed> {
  const value = parseNumber(form.value);
  if (value === undefined || (value === null && !allowNoValue)) return invalid('value');
  const stretch = parseNumber(form.stretch);
  if (stretch === undefined) return invalid('stretch');
  const year = parseYear(form.year);
  if (year === undefined) return invalid('year');
  if (form.indicator !== '' && !indicatorById(form.indicator)) return invalid('indicator');
  return { ok: true, value: { value, stretch, year } };
}

/**
 * The form as edits over a record's current state (`current` = extracted with edits applied).
 * Every editable field the form shows is returned; the store drops those equal to the extraction.
 * A value may be emptied only on a qualitative target (one that has its text).
 */
export function editsOf(current: TargetRecord, form: TargetForm): FormResult<TargetEdits> {
  const parsed = parseNumbers(form, current.target.text !== undefined);
  if (!parsed.ok) return parsed;
  const { value, stretch, year } = parsed.value;
  const target: TargetValue = { ...current.target, value, year, op: form.op === '' ? null : form.op };
  return { ok: true, value: { ...sharedEditsOf(current, form), target, stretch } };
}

/** The form's unit: trimmed, null when left empty. */
export function formUnit(form: TargetForm): string | null {
  const unit = form.unit.trim();
  return unit === '' ? null : unit;
}

/** What a target's and an achievement's forms edit alike: indicator, unit, kind, and the domain of a newly mapped indicator. */
export interface SharedEdits {
  indicator: string | null;
  unit: string | null;
  kind: TargetKind;
  domain?: DomainId | null;
}

export function sharedEditsOf(current: { indicator: string | null; domain: DomainId | null }, form: TargetForm): SharedEdits {
  const indicator = form.indicator === '' ? null : form.indicator;
  const edits: SharedEdits = { indicator, unit: formUnit(form), kind: form.kind };
  // Mapping to a catalog indicator puts the record in that indicator's domain.
  if (indicator !== null && indicator !== current.indicator) edits.domain = indicatorById(indicator)?.domain ?? current.domain;
  return edits;
}

/** A target typed in by the researcher over a span of the original text; the quote is the span's text, simplified. */
export function manualRecordOf(form: TargetForm, span: Span, quote: string): FormResult<Omit<TargetRecord, 'id'>> {
  const name = form.name.trim();
  if (name === '') return invalid('name');
  const parsed = parseNumbers(form, false);
  if (!parsed.ok) return parsed;
  const { value, stretch, year } = parsed.value;
  const indicator = form.indicator === '' ? null : indicatorById(form.indicator);
  return {
    ok: true,
    value: {
      name,
      indicator: indicator?.id ?? null,
      domain: indicator?.domain ?? null,
      unit: formUnit(form),
      baseline: null,
      target: { value, year, op: form.op === '' ? null : form.op },
      stretch,
      kind: form.kind,
      binding: form.binding === '' ? null : form.binding,
      quote,
      start: span.start,
      end: span.end,
      per: null,
      aspirational: false,
      source: 'prose',
    },
  };
}

/** The form prefilled from what the extractor reads in the selected text: its longest-quoted target, else empty. */
export function prefillForm(found: readonly TargetRecord[]): TargetForm {
  const best = [...found].sort((a, b) => b.quote.length - a.quote.length)[0];
  return best ? formOf(best) : emptyForm();
}

const OP_SIGNS: Record<Op, string> = { '=': '', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈' };

export function opSign(op: Op | null): string {
  return op === null ? '' : OP_SIGNS[op];
}

/** A target's value as one short text: ≥95, 1–2, 应保尽保 (the unit is shown apart). */
export function valueText(target: TargetValue): string {
  if (target.value === null) return target.text ?? '—';
  const range = target.value_max === undefined ? String(target.value) : `${target.value}–${target.value_max}`;
  return `${opSign(target.value_max === undefined ? target.op : null)}${range}`;
}
