// Achievement edits of Review and the reader, and the writes that take them back: the targets' functions over the achievements table.
import type { AchievementEdits } from '../core/review/achieved-edits';
import type { AchievedRecord } from '../core/types';
import {
  addManualAchievement as addStoredManual,
  confirmAchievement as confirmStored,
  deleteManualAchievement as deleteStoredManual,
  editAchievement as editStored,
  rejectAchievement as rejectStored,
  restoreAchievement as restoreStored,
  type AchievementChange,
} from '../db/achievements';
import type { DbResult } from '../db/errors';
import type { AchievementRow } from '../workspace/rows';
import { workspaceStore } from './store';

export const editAchievement = (id: string, edits: AchievementEdits): Promise<AchievementChange> => editStored(workspaceStore(), id, edits);
export const confirmAchievement = (id: string): Promise<AchievementChange> => confirmStored(workspaceStore(), id);
export const rejectAchievement = (id: string): Promise<AchievementChange> => rejectStored(workspaceStore(), id);
export const restoreAchievement = (previous: AchievementRow): Promise<DbResult> => restoreStored(workspaceStore(), previous);
export const addManualAchievement = (documentId: string, record: Omit<AchievedRecord, 'id'>): Promise<DbResult<{ target: AchievementRow }>> =>
  addStoredManual(workspaceStore(), documentId, record);
export const deleteManualAchievement = (id: string) => deleteStoredManual(workspaceStore(), id);
