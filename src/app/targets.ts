// Target and metadata edits of Review and the reader, and the writes that take them back (the review store keeps the undo stack).
import type { TargetEdits } from '../core/review/effective';
import type { TargetRecord } from '../core/types';
import { addAnnotation, restoreAnnotations } from '../db/annotations';
import type { DbResult } from '../db/errors';
import { editMetadata as editStoredMetadata, restoreMetadata as restoreStoredMetadata, type MetadataChange, type MetadataSnapshot } from '../db/metadata';
import type { AnnotationRow, TargetRow } from '../workspace/rows';
import {
  addManualTarget as addStoredManual,
  confirmTarget as confirmStored,
  deleteManualTarget as deleteStoredManual,
  editTarget as editStored,
  rejectTarget as rejectStored,
  restoreTarget as restoreStored,
  type TargetChange,
} from '../db/targets';
import { workspaceStore } from './store';

export const editTarget = (id: string, edits: TargetEdits): Promise<TargetChange> => editStored(workspaceStore(), id, edits);
export const confirmTarget = (id: string): Promise<TargetChange> => confirmStored(workspaceStore(), id);
export const rejectTarget = (id: string): Promise<TargetChange> => rejectStored(workspaceStore(), id);
export const restoreTarget = (previous: TargetRow): Promise<DbResult> => restoreStored(workspaceStore(), previous);
export const addManualTarget = (documentId: string, record: Omit<TargetRecord, 'id'>): Promise<DbResult<{ target: TargetRow }>> =>
  addStoredManual(workspaceStore(), documentId, record);
export const deleteManualTarget = (id: string) => deleteStoredManual(workspaceStore(), id);
export const restoreNotes = (rows: readonly AnnotationRow[]): Promise<DbResult> => restoreAnnotations(workspaceStore(), rows);

/** Corrects a document's title, region, period, kind, issuer or date. */
export const editMetadata = (documentId: string, change: MetadataChange) => editStoredMetadata(workspaceStore(), documentId, change);
export const restoreMetadata = (previous: MetadataSnapshot): Promise<DbResult> => restoreStoredMetadata(workspaceStore(), previous);

/** A note on a target from Review's record drawer. */
export function noteOnTarget(target: Pick<TargetRow, 'id' | 'regionId'>, indicator: string, text: string): Promise<DbResult<{ annotation: AnnotationRow }>> {
  return addAnnotation(workspaceStore(), { regionId: target.regionId, indicator, text, targetId: target.id });
}

/**
 * A note on an achievement from the same drawer: a note on its region × indicator, anchored to no row (a note's
 * `targetId` names a target, which re-extraction keeps when annotated), so it shows beside the indicator's targets,
 * on Compare's chart and in Outcomes, as a note written there does.
 */
export function noteOnAchievement(achievement: Pick<TargetRow, 'regionId'>, indicator: string, text: string): Promise<DbResult<{ annotation: AnnotationRow }>> {
  return addAnnotation(workspaceStore(), { regionId: achievement.regionId, indicator, text, targetId: null });
}
