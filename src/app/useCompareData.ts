// Compare's data: a few live queries over the whole store (never one per region), reduced once to effective targets, regions and notes.
// The open domain tab's targets are read first, through the indexes, so its charts draw without waiting for the rest;
// every target (tab counts, the all-domain matrix, notes, exports) follows once the page has drawn.
import { computed, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { INDICATORS } from '../core/catalog/catalog';
import { noteKey } from '../core/review/effective';
import type { DomainId } from '../core/types';
import type { AnnotationRow, TargetRow } from '../workspace/rows';
import { comparisonRegions, comparisonTargets, summarizeDocument, type DocumentSummary } from './comparison';
import { readAllTargets, readAnnotations, readBenchmarks, readChoices, readDocuments, readDomainTargets, readRegions } from './reads';
import { useKeyedLiveQuery, useLiveQuery } from './useLiveQuery';
import { UNKNOWN_REGION_ID } from '../workspace/rows';

export type { DocumentSummary } from './comparison';

/** A domain tab, or the tab of targets whose domain is unknown. */
export type DomainTab = DomainId | 'unclassified';

/** Notes per region × indicator key; a note on the gap between two regions counts for both. */
export function noteCounts(annotations: readonly AnnotationRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (regionId: string, indicator: string) => counts.set(noteKey(regionId, indicator), (counts.get(noteKey(regionId, indicator)) ?? 0) + 1);
  for (const a of annotations) {
    add(a.regionId, a.indicator);
    if (a.otherRegionId) add(a.otherRegionId, a.indicator);
  }
  return counts;
}

/**
 * The targets of one domain tab: those of the domain's catalog indicators (through [indicator+regionId], so a
 * target whose stored domain is stale still comes) and those stored under the domain. Null for the
 * unclassified tab, which only the whole set can answer.
 */
async function domainTargets(tab: DomainTab): Promise<TargetRow[] | null> {
  if (tab === 'unclassified') return null;
  return readDomainTargets(INDICATORS.filter((i) => i.domain === tab).map((i) => i.id), tab);
}

const DOMAIN_INDICATORS = new Map<string, string>(INDICATORS.map((i) => [i.id, i.domain]));

/** The rows domainTargets would read for `tab`, taken from the whole set; every row without a domain for 'unclassified'. */
export function tabRows(all: readonly TargetRow[], tab: DomainTab): TargetRow[] {
  if (tab === 'unclassified') return all.filter((t) => t.domain === null && (t.indicator === null || !DOMAIN_INDICATORS.has(t.indicator)));
  return all.filter((t) => t.domain === tab || (t.indicator !== null && DOMAIN_INDICATORS.get(t.indicator) === tab));
}

export function useCompareData(tab: Ref<DomainTab>) {
  const { locale } = useI18n();
  // An import running beside Compare changes these after every file: follow it once a second.
  const live = { throttleMs: 1000 };
  const regionRows = useLiveQuery(readRegions, null, live);
  // Documents (without texts since schema 3) change rarely; read apart from targets, a target edit does not re-read them.
  const documents = useLiveQuery(async () => (await readDocuments()).map(summarizeDocument), null, live);
  const tabReady = ref(false);
  // Every target, read once the open tab has drawn (the browser's first idle moment after it): a
  // thousand regions hold ~60,000 of them, which would otherwise hold the first chart back.
  const wantAll = ref(false);
  watch(
    () => tabReady.value || tab.value === 'unclassified',
    (ready) => {
      if (!ready || wantAll.value) return;
      const start = () => (wantAll.value = true);
      requestAnimationFrame(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 1500 }) : setTimeout(start, 200)));
    },
    { immediate: true, flush: 'post' },
  );
  const { value: allTargets } = useKeyedLiveQuery(() => wantAll.value, async (want) => (want ? readAllTargets() : null), null, live);
  // Stops once every target is read (the tab's rows then come from the whole set).
  const { value: tabTargets } = useKeyedLiveQuery(
    (): DomainTab | null => (allTargets.value ? null : tab.value),
    async (key) => (key === null ? null : domainTargets(key)),
    null,
  );
  watch(tabTargets, (rows) => {
    if (rows !== null) tabReady.value = true;
  });
  const targets = allTargets;
  const choices = useLiveQuery(readChoices, {} as Record<string, string>);
  const benchmarks = useLiveQuery(readBenchmarks, []);
  const annotations = useLiveQuery(readAnnotations, [] as AnnotationRow[]);

  /** The open tab's rows: from the whole set once it is read (a tab switch then reads nothing), else its own query. */
  const shownTargets = computed(() => {
    const all = allTargets.value;
    if (all) return tabRows(all, tab.value);
    return tab.value === 'unclassified' ? null : tabTargets.value;
  });
  // Once the page has drawn, a later tab switch shows its own spinner instead of emptying the whole view.
  const everShown = ref(false);
  watch(
    shownTargets,
    (rows) => {
      if (rows !== null) everShown.value = true;
    },
    { immediate: true },
  );
  /** Until the page can first draw. */
  const loading = computed(() => regionRows.value === null || documents.value === null || !everShown.value);
  /** The open tab's rows are still being read (after a tab switch before every target is in). */
  const tabLoading = computed(() => shownTargets.value === null);
  /** Until every target is read: tab counts, the all-domain matrix, jumps from notes and exports wait for it. */
  const allLoading = computed(() => loading.value || allTargets.value === null);

  const documentsById = computed(() => new Map<string, DocumentSummary>((documents.value ?? []).map((d) => [d.id, d])));

  function effectiveOf(rows: readonly TargetRow[] | null) {
    return comparisonTargets(rows ?? [], documentsById.value, choices.value);
  }
  /** Effective targets of the open tab's rows (its panels filter by domain as before). */
  const tabEffective = computed(() => effectiveOf(shownTargets.value));
  /** Effective targets of every row; empty until they are read. */
  const effective = computed(() => effectiveOf(allTargets.value));

  /** Regions with at least one document, in the collation order of the current language. */
  const regions = computed(() => comparisonRegions(regionRows.value ?? [], documents.value ?? [], locale.value));

  const notes = computed(() => noteCounts(annotations.value));
  /** Documents whose region is unknown: listed apart, never charted. */
  const unplaced = computed(() => (documents.value ?? []).filter((d) => d.regionId === UNKNOWN_REGION_ID));

  return { unplaced, loading, tabLoading, allLoading, documents, documentsById, targets, effective, tabEffective, regions, benchmarks, annotations, notes };
}

export type CompareData = ReturnType<typeof useCompareData>;
