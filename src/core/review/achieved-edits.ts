// A researcher's corrections of an achieved record (value, op, year, year_from, unit, kind, indicator …), laid over the record as extracted.
import type { AchievedRecord } from '../types';
import { applyFieldEdits } from './edits';

/** The fields of an achievement a researcher may correct; offsets, quote and source stay as extracted. */
export const ACHIEVEMENT_EDITABLE_FIELDS = ['name', 'indicator', 'domain', 'unit', 'value', 'op', 'year', 'year_from', 'kind'] as const;
export type AchievementEditableField = (typeof ACHIEVEMENT_EDITABLE_FIELDS)[number];
export type AchievementEdits = Partial<Pick<AchievedRecord, AchievementEditableField>>;

/** The extracted achievement with the edits laid over it; keys outside ACHIEVEMENT_EDITABLE_FIELDS are ignored. */
export function applyAchievementEdits(extracted: AchievedRecord, edits: AchievementEdits | null | undefined): AchievedRecord {
  return applyFieldEdits(ACHIEVEMENT_EDITABLE_FIELDS, extracted, edits);
}
