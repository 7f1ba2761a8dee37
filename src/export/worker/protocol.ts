// Messages between the window and the report worker: one request with everything the report cites, progress per chart,
// then the file's bytes, transferred (or why it failed). Everything is structured-clonable.
import type { Benchmark } from '../../core/catalog/benchmarks';
import type { CompareRegion } from '../../core/compare/compare';
import type { EffectiveTarget } from '../../core/review/effective';
import type { AchievedInput, TargetInput } from '../outcomes-build';
import type { DocumentInput, NoteInput } from '../table-rows';

export type ReportFormat = 'docx' | 'html';

export interface ReportRequest {
  type: 'build';
  format: ReportFormat;
  locale: 'zh-CN' | 'en';
  regions: CompareRegion[];
  effective: EffectiveTarget[];
  benchmarks: Benchmark[];
  documents: Map<string, DocumentInput & { regionId: string }>;
  annotations: NoteInput[];
  date: string;
  author: string | null;
  version: string;
  /**
   * The stored targets and values reached of the regions in view, for the report's outcomes section (timelines,
   * met / not met, plan over plan); absent or without any value reached, the report has no such section.
   */
  outcomes?: { targets: TargetInput[]; achieved: AchievedInput[] };
}

export type ReportResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; data: Uint8Array; figures: number; ms: number }
  | { type: 'failed'; message: string };
