// The stored rows and constants the views show, re-exported so that views and components never import src/db.
export { ANNOTATION_TAGS, isManual, UNKNOWN_REGION_ID } from '../workspace/rows';
export type { AchievementRow, AnnotationRow, AnnotationTag, BenchmarkRow, DocumentRow, RegionRow, StoredDocumentRow, TargetRow } from '../workspace/rows';
export type { DeletedRows } from '../db/documents';
export type { DbErrorCode, DbFailure, DbResult } from '../db/errors';
export type { MetadataChange, MetadataSnapshot, RegionChoice } from '../db/metadata';
export type { RestoreMode } from '../db/backup';
export type { TargetChange } from '../db/targets';
export type { AchievementChange } from '../db/achievements';
