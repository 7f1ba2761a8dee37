// The two kinds of reviewed record — targets and achievements — seen through one shape, so the review store, the table, the panel and the reader treat both alike.
import { applyAchievementEdits, type AchievementEdits } from '../core/review/achieved-edits';
import { achievedFormOf, achievementAsTarget, achievementEditsOf } from '../core/review/achieved-form';
import { applyEdits, type TargetEdits } from '../core/review/effective';
import { editsOf, formOf, type FormResult, type TargetForm } from '../core/review/target-form';
import type { TargetRecord } from '../core/types';
import type { AchievementRow, TargetRow } from './rows';

export type RecordKind = 'target' | 'achieved';
export type ReviewedRow = TargetRow | AchievementRow;

/** The record filter of Review and the reader: '' for both kinds. */
export type RecordFilter = '' | RecordKind;
export const RECORD_FILTERS: readonly RecordFilter[] = ['', 'target', 'achieved'];

export function recordKind(row: ReviewedRow): RecordKind {
  return 'record' in row && row.record === 'achieved' ? 'achieved' : 'target';
}

/** The pack key of a target read from a pack (src/db/target-store.ts), for the write that changes it; else undefined. */
export function packOf(row: ReviewedRow): string | undefined {
  return 'record' in row ? undefined : row.pack;
}

export function isAchievement(row: ReviewedRow): row is AchievementRow {
  return recordKind(row) === 'achieved';
}

/** A row as the views show it: the extracted record and the record with edits, both with a target's fields. */
export interface RecordView {
  kind: RecordKind;
  extracted: TargetRecord;
  current: TargetRecord;
  /** First year of an achievement's total or flow, as extracted and with edits; null for targets. */
  extractedYearFrom: number | null;
  yearFrom: number | null;
}

export function viewOf(row: ReviewedRow): RecordView {
  if (isAchievement(row)) {
    const current = applyAchievementEdits(row.extracted, row.edits);
    return {
      kind: 'achieved',
      extracted: achievementAsTarget(row.extracted),
      current: achievementAsTarget(current),
      extractedYearFrom: row.extracted.year_from,
      yearFrom: current.year_from,
    };
  }
  return { kind: 'target', extracted: row.extracted, current: applyEdits(row.extracted, row.edits), extractedYearFrom: null, yearFrom: null };
}

/** The form over a row's current state. */
export function formOfRow(row: ReviewedRow): TargetForm {
  return isAchievement(row) ? achievedFormOf(applyAchievementEdits(row.extracted, row.edits)) : formOf(applyEdits(row.extracted, row.edits));
}

/** A change of a row by the form: the target's edits or the achievement's. */
export type RowEdits = { kind: 'target'; edits: TargetEdits } | { kind: 'achieved'; edits: AchievementEdits };

/** The form as edits of the row's own kind, or the field that is not valid. */
export function rowEditsOf(row: ReviewedRow, form: TargetForm): FormResult<RowEdits> {
  if (isAchievement(row)) {
    const result = achievementEditsOf(applyAchievementEdits(row.extracted, row.edits), form);
    return result.ok ? { ok: true, value: { kind: 'achieved', edits: result.value } } : result;
  }
  const result = editsOf(applyEdits(row.extracted, row.edits), form);
  return result.ok ? { ok: true, value: { kind: 'target', edits: result.value } } : result;
}
