// The researcher's work on achievements: the targets' edit, confirm, reject, undo and manual add (./targets.ts), over the achievements table.
import { ACHIEVEMENT_EDITABLE_FIELDS, type AchievementEdits } from '../core/review/achieved-edits';
import type { AchievedRecord } from '../core/types';
import { ok } from '../core/result';
import { failure, guarded, type DbResult } from './errors';
import { addManualRecord, confirmRecord, editRecord, rejectRecord, restoreRecord, type RecordChange, type ReviewedKind } from './targets';
import { achievementRow, isManual, type AchievementRow } from '../workspace/rows';
import type { PlanBenchDB } from './schema';

export const ACHIEVEMENTS: ReviewedKind<AchievementRow, AchievedRecord, AchievementEdits> = {
  table: (db) => db.achievements,
  fields: ACHIEVEMENT_EDITABLE_FIELDS,
  build: achievementRow,
  charted: false,
};

export type AchievementChange = RecordChange<AchievementRow>;

export const editAchievement = (db: PlanBenchDB, id: string, edits: AchievementEdits): Promise<AchievementChange> => editRecord(ACHIEVEMENTS, db, id, edits);
export const confirmAchievement = (db: PlanBenchDB, id: string): Promise<AchievementChange> => confirmRecord(ACHIEVEMENTS, db, id);
export const rejectAchievement = (db: PlanBenchDB, id: string): Promise<AchievementChange> => rejectRecord(ACHIEVEMENTS, db, id);
export const restoreAchievement = (db: PlanBenchDB, row: AchievementRow): Promise<DbResult> => restoreRecord(ACHIEVEMENTS, db, row);
export const addManualAchievement = (db: PlanBenchDB, documentId: string, record: Omit<AchievedRecord, 'id'>): Promise<DbResult<{ target: AchievementRow }>> =>
  addManualRecord(ACHIEVEMENTS, db, documentId, record);

/** Deletes a manual achievement (no notes attach to achievements). */
export async function deleteManualAchievement(db: PlanBenchDB, id: string): Promise<DbResult<{ deleted: { target: AchievementRow } }>> {
  return guarded(() =>
    db.transaction('rw', db.achievements, async () => {
      const target = await db.achievements.get(id);
      if (!target) return failure('not-found');
      if (!isManual(target)) return failure('not-manual');
      await db.achievements.delete(id);
      return ok({ deleted: { target } });
    }),
  );
}
