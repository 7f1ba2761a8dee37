// The data layer's public functions in one import for the application layer (src/app), the import pipeline and the worker client.
export { addAnnotation, deleteAnnotation, listAnnotations, listGapAnnotations, restoreAnnotations, updateAnnotation } from './annotations';
export type { AnnotationPatch, NewAnnotation } from './annotations';
export { exportStoredDatabase, exportWorkspace, restoreWorkspace } from './backup';
export type { RestoreCounts, RestoreMode, RestoreResult } from './backup';
export { benchmarksOf, installReferenceBenchmarks, replaceBenchmarks } from './benchmarks';
export { clearChoice, loadChoices, setChoice } from './choices';
export { allCells, cellKeysByTab, cellsChanged, cellsOfIndicator, cellsOfTab } from './cells';
export type { CellRow, CellTab } from './cells';
export { allSummaries } from './summaries';
export type { RegionSummaryRow, SummaryDocument } from './summaries';
export { deleteDocument, getDocument, hasDocument, moveDocument, restoreDeleted, saveExtraction } from './documents';
export type { DeletedRows, SaveInput, SaveResult, SaveSuccess } from './documents';
export type { DbErrorCode, DbFailure, DbResult } from './errors';
export { parseWorkspace } from '../workspace/format';
export type { WorkspaceFile, WorkspaceParse } from '../workspace/format';
export {
  achievementsOfDocument,
  achievementsOfIndicator,
  achievementsOfRegion,
  effectiveInputs,
  listDocuments,
  listRegions,
  targetsOfDocument,
  targetsOfIndicator,
  targetsOfRegion,
} from './queries';
export { reextractDocument } from './reextract';
export type { ReextractSummary } from './reextract';
export { addStagedTargets, beginStaged, commitStaged, discardStaged, sweepStaged } from './staged';
export type { StagedDocument } from './staged';
export { createRegion, findRegionByName, mergeRegions, renameRegion } from './regions';
export type { MergeCounts } from './regions';
export { UNKNOWN_REGION_ID } from '../workspace/rows';
export type { AchievementRow, AnnotationRow, AnnotationTag, BenchmarkRow, DocumentRow, DocumentTextRow, RegionRow, SettingRow, StoredDocumentRow, TargetRow } from '../workspace/rows';
export { PlanBenchDB, storedSchemaVersion } from './schema';
export { addManualTarget, confirmTarget, deleteManualTarget, editTarget, rejectTarget, restoreTarget } from './targets';
export type { TargetChange } from './targets';
export { editMetadata, restoreMetadata } from './metadata';
export type { MetadataChange, MetadataSnapshot, RegionChoice } from './metadata';
