// Achievements through the target's form and views: an achieved record shown with a target's fields, and the form back to its edits or to a manual achievement.
import { indicatorById } from '../catalog/catalog';
import type { AchievedRecord, Span, TargetRecord } from '../types';
import type { AchievementEdits } from './achieved-edits';
import { formOf, formUnit, invalid, parseNumber, parseYear, sharedEditsOf, type FormResult, type TargetForm } from './target-form';

/**
 * An achievement as a target record (value, op and year in `target`; no stretch, baseline or
 * binding), so the review table, the record panel and the reader show both kinds with one code.
 */
export function achievementAsTarget(record: AchievedRecord): TargetRecord {
  return {
    id: record.id,
    name: record.name,
    indicator: record.indicator,
    domain: record.domain,
    unit: record.unit,
    baseline: null,
    target: { value: record.value, year: record.year, op: record.op },
    stretch: null,
    kind: record.kind,
    binding: null,
    quote: record.quote,
    start: record.start,
    end: record.end,
    per: null,
    aspirational: false,
    source: record.source,
  };
}

/** The form over an achievement: the target's fields, and the first year a total or a flow covers. */
export function achievedFormOf(record: AchievedRecord): TargetForm {
  return { ...formOf(achievementAsTarget(record)), yearFrom: record.year_from === null ? '' : String(record.year_from) };
}

interface Parsed {
  value: number;
  year: number | null;
  yearFrom: number | null;
}

function parseAchieved(form: TargetForm): FormResult<Parsed> {
  // An achievement is always a number: a value may not be emptied.
  const value = parseNumber(form.value);
  if (value === undefined || value === null) return invalid('value');
  const year = parseYear(form.year);
  if (year === undefined) return invalid('year');
  const yearFrom = parseYear(form.yearFrom);
  if (yearFrom === undefined || (yearFrom !== null && year !== null && yearFrom > year)) return invalid('yearFrom');
  if (form.indicator !== '' && !indicatorById(form.indicator)) return invalid('indicator');
  return { ok: true, value: { value, year, yearFrom } };
}

/** The form as edits over an achievement's current state; the store drops those equal to the extraction. */
export function achievementEditsOf(current: AchievedRecord, form: TargetForm): FormResult<AchievementEdits> {
  const parsed = parseAchieved(form);
  if (!parsed.ok) return parsed;
  const edits: AchievementEdits = {
    ...sharedEditsOf(current, form),
    value: parsed.value.value,
    op: form.op === '' ? '=' : form.op,
    year: parsed.value.year,
    year_from: parsed.value.yearFrom,
  };
  return { ok: true, value: edits };
}

/** An achievement typed in by the researcher over a span of the original text. */
export function manualAchievementOf(form: TargetForm, span: Span, quote: string): FormResult<Omit<AchievedRecord, 'id'>> {
  const name = form.name.trim();
  if (name === '') return invalid('name');
  const parsed = parseAchieved(form);
  if (!parsed.ok) return parsed;
  const indicator = form.indicator === '' ? null : indicatorById(form.indicator);
  return {
    ok: true,
    value: {
      name,
      indicator: indicator?.id ?? null,
      domain: indicator?.domain ?? null,
      unit: formUnit(form),
      value: parsed.value.value,
      op: form.op === '' ? '=' : form.op,
      year: parsed.value.year,
      year_from: parsed.value.yearFrom,
      kind: form.kind,
      quote,
      start: span.start,
      end: span.end,
      source: 'prose',
    },
  };
}
