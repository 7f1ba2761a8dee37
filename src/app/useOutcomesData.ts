// The Outcomes view's data: live queries over documents, targets, values reached, benchmarks and notes, reduced to regions.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { AnnotationRow } from '../workspace/rows';
import { comparisonRegions, summarizeDocument } from './comparison';
import { readAllAchievements, readAllTargets, readAnnotations, readBenchmarks, readDocuments, readRegions } from './reads';
import { noteCounts } from './useCompareData';
import { useLiveQuery } from './useLiveQuery';

export function useOutcomesData() {
  const { locale } = useI18n();
  const live = { throttleMs: 1000 };
  const regionRows = useLiveQuery(readRegions, null, live);
  const documents = useLiveQuery(async () => (await readDocuments()).map(summarizeDocument), null, live);
  const targets = useLiveQuery(readAllTargets, null, live);
  const achieved = useLiveQuery(readAllAchievements, null, live);
  const benchmarks = useLiveQuery(readBenchmarks, []);
  const annotations = useLiveQuery(readAnnotations, [] as AnnotationRow[]);
  const regions = computed(() => comparisonRegions(regionRows.value ?? [], documents.value ?? [], locale.value));
  const loading = computed(() => regionRows.value === null || documents.value === null || targets.value === null || achieved.value === null);
  const notes = computed(() => noteCounts(annotations.value));
  return { regions, documents, targets, achieved, benchmarks, annotations, notes, loading };
}
