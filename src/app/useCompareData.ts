// Compare's data: a few live queries over the whole store (never one per region). The effective targets are stored
// (schema 6, src/db/cells.ts) and kept current by every write, so Compare reduces nothing when it opens: the open
// domain tab's cells are read first, through the tab index, and drawn; every tab's cells are then read in one read at
// the first idle moment (the tab badges are counted from them), so a tab switch reads nothing. Every target is read
// only when asked for (requestAll: the all-domain matrix, jumps from notes, the table and report exports). The documents
// are known from the region summaries (schema 8, src/db/summaries.ts), one small row per region; the document rows
// themselves are read only by the exports (loadDocuments).
import { computed, onScopeDispose, ref, shallowReactive, shallowRef, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { noteKey } from '../core/review/effective';
import type { DomainId } from '../core/types';
import type { AnnotationRow } from '../workspace/rows';
import type { CellRow } from '../db/repository';
import { comparisonRegions, summaryDocuments, type CompareDocument } from './comparison';
import { readAllTargets, readAnnotations, readBenchmarks, readCellsByTab, readCellsChanged, readDocumentSummaries, readRegions, readRegionSummaries, readTabCells } from './reads';
import { followRead, useKeyedLiveQuery, useLiveQuery } from './useLiveQuery';
import { UNKNOWN_REGION_ID } from '../workspace/rows';

export type { CompareDocument, DocumentSummary } from './comparison';

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

/** Indicators with a target per tab among the regions in view, from the cells' [regionId, indicator] keys. */
export function tabCounts(keys: ReadonlyMap<DomainTab, readonly (readonly [string, string])[]>, inView: (regionId: string) => boolean): Map<DomainTab, number> {
  const counts = new Map<DomainTab, number>();
  for (const [tab, cells] of keys) {
    const indicators = new Set<string>();
    for (const [regionId, indicator] of cells) if (inView(regionId)) indicators.add(indicator);
    if (indicators.size > 0) counts.set(tab, indicators.size);
  }
  return counts;
}

const NO_CELLS: CellRow[] = [];

/** [regionId, indicator] of each tab's cells: what the tab badges count. */
export function tabKeys(tabs: ReadonlyMap<DomainTab, readonly CellRow[]>): Map<DomainTab, [string, string][]> {
  return new Map([...tabs].map(([tab, cells]) => [tab, cells.map((c): [string, string] => [c.regionId, c.indicator])]));
}

export function useCompareData(tab: Ref<DomainTab>) {
  const { locale } = useI18n();
  // An import running beside Compare changes these after every file: follow it once a second.
  const live = { throttleMs: 1000 };
  const regionRows = useLiveQuery(readRegions, null, live);
  // What Compare needs of the documents, one summary row per region (not the 1,670 document rows of a thousand regions):
  // which regions have a document, their texts' province mentions, each document's title or file name and plan kind.
  const summaries = useLiveQuery(readRegionSummaries, null, live);
  const documents = computed((): CompareDocument[] | null => (summaries.value ? summaryDocuments(summaries.value) : null));
  const tabReady = ref(false);
  // The tab badges (keys only, from the tab index) once the open tab has drawn: the browser's first idle moment after it.
  const wantKeys = ref(false);
  watch(
    () => tabReady.value,
    (ready) => {
      if (!ready || wantKeys.value) return;
      const start = () => (wantKeys.value = true);
      requestAnimationFrame(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 1500 }) : setTimeout(start, 200)));
    },
    { immediate: true, flush: 'post' },
  );
  // Every tab's cells at the first idle moment after the open tab has drawn, all tabs' reads started at once (one task
  // each to deserialise, never one for every cell); the badges are counted from them, so once the counts show a switch
  // finds its tab in memory. A switch before then reads its own tab at once (below).
  const byTab = shallowRef<Map<DomainTab, CellRow[]> | null>(null);
  let stopEvery: (() => void) | null = null;
  const readEvery = () => {
    if (!stopEvery) stopEvery = followRead(readCellsChanged, readCellsByTab, (tabs) => (byTab.value = tabs), live);
  };
  watch(wantKeys, (want) => want && readEvery());
  onScopeDispose(() => stopEvery?.());
  const cellKeys = computed(() => (byTab.value ? tabKeys(byTab.value) : null));
  // Every cell and every target only when something asks for them (requestAll): the all-domain matrix, a jump from a
  // note, the table and report exports. A thousand regions hold ~60,000 targets; reading them on every open would
  // hold the first chart and the tab switches back.
  const wantAll = ref(false);
  watch(wantAll, (want) => want && readEvery());
  const allCells = computed(() => (wantAll.value && byTab.value ? [...byTab.value.values()].flat() : null));
  // Full target rows only for what needs them: the exports' review sheet.
  const { value: allTargets } = useKeyedLiveQuery(() => wantAll.value, async (want) => (want ? readAllTargets() : null), null, live);
  // Until every cell is in, the open tab's cells are read on their own (one live query per tab opened): the first chart
  // waits for its tab only, and a switch before the whole read is in reads its tab at once. A tab read this way keeps
  // its own rows (the same cells) once every cell is in, so the chart already drawn is not drawn again.
  const tabCells = shallowReactive(new Map<DomainTab, CellRow[]>());
  const stops = new Map<DomainTab, () => void>();
  const follow = (key: DomainTab) => {
    if (stops.has(key)) return;
    stops.set(
      key,
      followRead(
        readCellsChanged,
        () => readTabCells(key),
        (rows) => tabCells.set(key, rows),
      ),
    );
  };
  watch(
    (): DomainTab | null => (byTab.value ? null : tab.value),
    (key) => key !== null && follow(key),
    { immediate: true },
  );
  onScopeDispose(() => {
    for (const stop of stops.values()) stop();
  });
  watch(
    () => tabCells.size,
    (n) => {
      if (n > 0) tabReady.value = true;
    },
  );
  const targets = allTargets;
  const benchmarks = useLiveQuery(readBenchmarks, []);
  const annotations = useLiveQuery(readAnnotations, [] as AnnotationRow[]);

  /** The open tab's cells: from the whole set once it is read (a tab switch then reads nothing), else its own query. */
  const shownCells = computed((): CellRow[] | null => {
    const own = tabCells.get(tab.value);
    if (own) return own;
    const tabs = byTab.value;
    return tabs ? (tabs.get(tab.value) ?? NO_CELLS) : null;
  });
  // Once the page has drawn, a later tab switch shows its own spinner instead of emptying the whole view.
  const everShown = ref(false);
  watch(
    shownCells,
    (rows) => {
      if (rows !== null) everShown.value = true;
    },
    { immediate: true },
  );
  /** Until the page can first draw. */
  const loading = computed(() => regionRows.value === null || summaries.value === null || !everShown.value);
  /** The open tab's cells are still being read (after a tab switch before every cell is in). */
  const tabLoading = computed(() => shownCells.value === null);
  /** Until every cell and target is read (after requestAll): the all-domain matrix, jumps from notes and exports wait for them. */
  const allLoading = computed(() => loading.value || allCells.value === null || allTargets.value === null);

  /** Reads every cell and target (once; they are then followed live) and resolves when both are in. */
  function requestAll(): Promise<void> {
    wantAll.value = true;
    if (!allLoading.value) return Promise.resolve();
    return new Promise((resolve) => {
      const stop = watch(allLoading, (waiting) => {
        if (waiting) return;
        stop();
        resolve();
      });
    });
  }
  /** Until the tab badges can be counted. */
  const countsLoading = computed(() => loading.value || cellKeys.value === null);
  /** Every tab's cells are in memory (read at the first idle moment after the first chart): a tab switch reads nothing. */
  const prefetched = computed(() => !loading.value && byTab.value !== null);

  const documentsById = computed(() => new Map<string, CompareDocument>((documents.value ?? []).map((d) => [d.id, d])));

  /** Effective targets of the open tab (stored cells: nothing is reduced on opening). */
  const tabEffective = computed(() => shownCells.value ?? []);
  /** Effective targets of every region × indicator; empty until they are read. */
  const effective = computed(() => allCells.value ?? NO_CELLS);

  /** Regions with at least one document, in the collation order of the current language. */
  const regions = computed(() => comparisonRegions(regionRows.value ?? [], summaries.value ?? [], locale.value));

  const notes = computed(() => noteCounts(annotations.value));
  /** Documents whose region is unknown: listed apart, never charted. */
  const unplaced = computed(() => (documents.value ?? []).filter((d) => d.regionId === UNKNOWN_REGION_ID));

  return {
    /** Every document with its whole metadata, read now: what the exports cite (Compare itself never reads them). */
    loadDocuments: readDocumentSummaries,
    unplaced,
    loading,
    tabLoading,
    allLoading,
    requestAll,
    countsLoading,
    prefetched,
    documents,
    documentsById,
    targets,
    effective,
    tabEffective,
    cellKeys,
    regions,
    benchmarks,
    annotations,
    notes,
  };
}

export type CompareData = ReturnType<typeof useCompareData>;
