// The Compare report's outcomes section, built in the report worker from the rows the window sends: the regions in
// view lined up over their plans (timelines, met / not met, plan over plan), as the Outcomes view shows them.
import type { Benchmark } from '../core/catalog/benchmarks';
import type { CompareRegion } from '../core/compare/compare';
import type { DocumentMetadata } from '../core/types';
import { buildOutcomes, buildOutcomesSection, catalogName, hasOutcomes, sectionGroups, type AchievedInput, type OutcomesDocument, type TargetInput } from './outcomes-build';
import type { OutcomesSection, TimelineChart } from './outcomes-section';
import type { NoteInput } from './table-rows';
import type { Translate } from './text';

/** At most this many regions' lines on one timeline of the report (a chart of each region's targets and values reached). */
export const REGIONS_PER_TIMELINE = 8;

export interface ReportOutcomesInput {
  locale: string;
  regions: readonly CompareRegion[];
  documents: ReadonlyMap<string, { id: string; fileName: string; metadata: DocumentMetadata; regionId: string }>;
  benchmarks: readonly Benchmark[];
  annotations: readonly NoteInput[];
  outcomes?: { targets: readonly TargetInput[]; achieved: readonly AchievedInput[] };
}

export interface ReportOutcomes {
  /** Timelines the section will draw (for the report's progress). */
  charts: number;
  /** The section; its figures are numbered after the `figuresBefore` of the report they follow. */
  build(figuresBefore: number, png?: (chart: TimelineChart) => Promise<Uint8Array | null>, onChart?: (done: number) => void): Promise<OutcomesSection>;
}

/** The outcomes section to append to the report, or null when the regions in view report nothing reached and no two periods. */
export function reportOutcomes(input: ReportOutcomesInput, t: Translate): ReportOutcomes | null {
  if (!input.outcomes || input.regions.length === 0) return null;
  const documents: OutcomesDocument[] = [...input.documents.values()].map((d) => ({ id: d.id, regionId: d.regionId, title: d.metadata.plan_title, fileName: d.fileName, metadata: d.metadata }));
  const outcomes = buildOutcomes({ regions: input.regions, documents, targets: input.outcomes.targets, achieved: input.outcomes.achieved, benchmarks: input.benchmarks });
  if (!hasOutcomes(outcomes)) return null;
  const names = new Map(input.regions.map((r) => [r.id, r.name]));
  const en = input.locale === 'en';
  const text = { translate: t, locale: input.locale, indicatorName: (id: string) => catalogName(id, en), regionName: (id: string) => names.get(id) ?? id };
  const groups = sectionGroups(outcomes, REGIONS_PER_TIMELINE);
  return {
    charts: groups.length,
    build: async (figuresBefore, png, onChart) => {
      const section = await buildOutcomesSection(text, outcomes, input.regions, documents, input.annotations, png, { ...(onChart && { onChart }), groups, judgedOnly: true });
      return { ...section, figure: (n) => t('outcomes.export.figure', { n: figuresBefore + n }) };
    },
  };
}
