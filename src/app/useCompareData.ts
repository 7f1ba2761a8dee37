// Compare's data: a few live queries over the whole store (never one per region). The effective targets are stored
// (schema 6, src/db/cells.ts) and kept current by every write, so Compare reduces nothing when it opens: the open
// domain tab's cells are read first, through the tab index, and drawn; every tab's cells are then read from the first
// idle moment, a tab at a time, and each tab's badge is counted as its cells land, so a switch to a tab whose count
// shows reads nothing. Every target is read
// only when asked for (requestAll: the all-domain matrix, jumps from notes, the table and report exports). The documents
// are known from the region summaries (schema 8, src/db/summaries.ts), one small row per region; the document rows
// themselves are read only by the exports (loadDocuments).
import { computed, onScopeDispose, ref, shallowReactive, shallowRef, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { noteKey } from '../core/review/effective';
import { DOMAIN_IDS, type DomainId } from '../core/types';
import type { AnnotationRow, BenchmarkRow } from '../workspace/rows';
import type { CellRow } from '../db/repository';
import { comparisonRegions, summaryDocuments, type CompareDocument } from './comparison';
import {
  readAllTargets,
  readAnnotations,
  readBenchmarks,
  readCellsByTab,
  readCellsChanged,
  readDocumentSummaries,
  readIndicatorCells,
  readRegions,
  readRegionSummaries,
  readTabCells,
  readTableChanged,
} from './reads';
import { followRead, useKeyedLiveQuery, useRead } from './useLiveQuery';
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

/** Indicators with a target among the regions in view, in one tab's cells: what its badge shows. */
export function tabCount(cells: readonly Pick<CellRow, 'regionId' | 'indicator'>[], inView: (regionId: string) => boolean): number {
  const indicators = new Set<string>();
  for (const { regionId, indicator } of cells) if (inView(regionId)) indicators.add(indicator);
  return indicators.size;
}

const NO_CELLS: CellRow[] = [];

/** Resolves at the browser's next idle moment (within a second): the prefetch reads its next tab then. */
const idleMoment = (): Promise<void> =>
  new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 0)));

/** The tab strip's order, which the prefetch reads in (the tabs already read on their own last). */
const TAB_ORDER: readonly DomainTab[] = [...DOMAIN_IDS, 'unclassified'];

/** How the view paces the reads of the tabs not shown (both optional; the tests and the exports pass neither). */
export interface ComparePacing {
  /** Resolves once the page has nothing left to draw (a tab switch's cards): each background read waits for it. */
  settled?: () => Promise<void>;
  /** Work on a tab's cells before its count shows (Compare builds its panels), run in a task of its own at an idle moment. */
  prepare?: (tab: DomainTab, cells: CellRow[]) => void;
  /**
   * The indicators whose cells are read before the rest of the tab shown first, in order until one has a cell (Compare's
   * overview draws its first card from them: src/core/compare/first-card.ts); none, or an empty list: the tab at once.
   */
  first?: (tab: DomainTab) => readonly string[];
}

/** The most indicators read one by one before the first tab's cells (the ones read had no cell). */
const FIRST_READS = 4;

/** The cells of the first indicators of the tab shown first, every region: what its overview's first card is drawn from. */
export interface FirstCells {
  tab: DomainTab;
  /** The indicators read, every cell of each. */
  indicators: readonly string[];
  cells: CellRow[];
}

export function useCompareData(tab: Ref<DomainTab>, pacing: ComparePacing = {}) {
  const { locale } = useI18n();
  // An import running beside Compare changes these after every file: follow it once a second.
  const live = { throttleMs: 1000 };
  // Each read starts as Compare mounts, beside the first indicator's cells (useRead: a live query's first run would wait
  // for a setTimeout after the click's task), and is read again whenever its table changes.
  const regionRows = useRead(readTableChanged('regions'), readRegions, null, live);
  // Read before the first chart is drawn, so that chart has its reference lines from the start.
  const benchmarkRows = useRead(readTableChanged('benchmarks'), readBenchmarks, null as BenchmarkRow[] | null);
  // What Compare needs of the documents, one summary row per region (not the 1,670 document rows of a thousand regions):
  // which regions have a document, their texts' province mentions, each document's title or file name and plan kind.
  const summaries = useRead(readTableChanged('regionSummaries'), readRegionSummaries, null, live);
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
  // Every tab's cells from the first idle moment after the open tab has drawn, one tab at a time (one task each to
  // deserialise, never one for every cell), each at an idle moment, in the tab strip's order. Each tab is kept as its read lands
  // (`landed`) and its badge is counted then, so a switch to a tab whose count shows finds its cells in memory; a
  // switch to a tab not landed yet reads its own tab at once (below).
  const byTab = shallowRef<Map<DomainTab, CellRow[]> | null>(null);
  const landed = shallowReactive(new Map<DomainTab, CellRow[]>());
  let stopEvery: (() => void) | null = null;
  let reading = 0;
  // Closed (the view left): the tabs not read yet are not read in the background, where they would hold up the next
  // view's reads (IndexedDB answers one request after another) — the next Compare open among them.
  let closed = false;
  onScopeDispose(() => (closed = true));
  // Something asked for every cell (the all-domain matrix, an export): no more waiting for idle moments.
  const urgent = () => wantAll.value;
  /** Waits until the page has drawn what it was drawing (a tab switch) and the browser is idle. */
  const quiet = async () => {
    if (urgent()) return;
    await pacing.settled?.();
    if (!urgent()) await idleMoment();
  };
  const readEvery = () => {
    if (stopEvery) return;
    const readTabs = () => {
      const mine = ++reading;
      const order = [...TAB_ORDER.filter((t) => !tabCells.has(t)), ...TAB_ORDER.filter((t) => tabCells.has(t))];
      // Each tab lands in three tasks, none of them holding up a click for long: its read deserialised, then (at an
      // idle moment once nothing is drawing) its panels prepared, then its count shown; the next read starts after.
      let landing = Promise.resolve();
      const land = (key: DomainTab, rows: CellRow[]) => {
        landing = landing.then(async () => {
          if (mine !== reading) return;
          // A tab read on its own (the one shown first) keeps those rows, and the panels built from them: not prepared again.
          if (pacing.prepare && !tabCells.has(key)) {
            await quiet();
            if (mine !== reading) return;
            try {
              pacing.prepare(key, rows);
            } catch (error) {
              // Preparing is only ahead of time: the tab builds what it needs when shown.
              console.error('preparing a tab failed', error);
            }
          }
          landed.set(key, rows);
        });
      };
      // Each tab is read once the one before has landed, at a quiet moment, unless Compare was closed meanwhile or a
      // newer read of every tab (a write changed the cells) has begun: that one reads them all again.
      const pace = () => landing.then(quiet).then(() => !closed && mine === reading);
      return readCellsByTab(order, land, pace).then(async (tabs) => {
        await landing;
        return tabs;
      });
    };
    stopEvery = followRead(readCellsChanged, readTabs, (tabs) => {
      // Ended before every tab was read (see pace above): a newer read, or none, gives the tabs.
      if (tabs === null) return;
      // A tab whose last cell went since the previous read is gone from the new one.
      for (const key of [...landed.keys()]) if (!tabs.has(key)) landed.delete(key);
      byTab.value = tabs;
    }, live);
  };
  watch(wantKeys, (want) => want && readEvery());
  onScopeDispose(() => stopEvery?.());
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
        { now: true },
      ),
    );
  };
  // The tab shown first: the cells of its first indicators (one index read of a few hundred cells), then the tab's own.
  const firstRead = shallowRef<FirstCells | null>(null);
  let firstAsked = false;
  const readFirst = async (key: DomainTab): Promise<void> => {
    const indicators = pacing.first?.(key).slice(0, FIRST_READS) ?? [];
    const read: string[] = [];
    let cells: CellRow[] = [];
    for (const indicator of indicators) {
      if (tabCells.has(key) || landed.has(key)) return;
      // Only the last read can hold cells (the loop stops at the first that has any): kept as read, not spread into
      // another array (one indicator of a large library is tens of thousands of cells, past a call's argument limit).
      cells = await readIndicatorCells(indicator);
      read.push(indicator);
      if (cells.length > 0) break;
    }
    if (read.length > 0) firstRead.value = { tab: key, indicators: read, cells };
  };
  const open = (key: DomainTab) => {
    if (firstAsked || !pacing.first) return follow(key);
    firstAsked = true;
    readFirst(key)
      .catch((error: unknown) => console.error('reading the first indicators failed', error))
      .finally(() => follow(key));
  };
  watch(
    (): DomainTab | null => (byTab.value || landed.has(tab.value) ? null : tab.value),
    (key) => key !== null && open(key),
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
  const benchmarks = computed(() => benchmarkRows.value ?? []);
  const annotations = useRead(readTableChanged('annotations'), readAnnotations, [] as AnnotationRow[]);

  /** The open tab's cells: its own query's, else the prefetch's once the tab has landed (a tab switch then reads nothing). */
  const shownCells = computed((): CellRow[] | null => tabCells.get(tab.value) ?? landed.get(tab.value) ?? (byTab.value ? NO_CELLS : null));
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
  const loading = computed(() => regionRows.value === null || summaries.value === null || benchmarkRows.value === null || !everShown.value);
  /**
   * The first indicators' cells of the tab shown first, once the regions, summaries and benchmarks are read and until its
   * own cells are: the overview can draw its first card from them (null: not read, or the tab's own cells are in).
   */
  const firstCells = computed((): FirstCells | null => {
    const first = firstRead.value;
    if (!first || everShown.value || regionRows.value === null || summaries.value === null || benchmarkRows.value === null) return null;
    return first.tab === tab.value ? first : null;
  });
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
  /** Each tab's cells in memory (read on its own or landed from the prefetch): the tab badges count these, each as it comes. */
  const tabsInMemory = computed(() => {
    const tabs = new Map<DomainTab, CellRow[]>(loading.value ? [] : landed);
    if (!loading.value) for (const [key, rows] of tabCells) tabs.set(key, rows);
    return tabs;
  });
  /** Every tab has been read: a tab not in memory then has no cell (its badge shows 0). */
  const everyTabRead = computed(() => !loading.value && byTab.value !== null);
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
    firstCells,
    tabLoading,
    allLoading,
    requestAll,
    tabsInMemory,
    everyTabRead,
    prefetched,
    documents,
    documentsById,
    targets,
    effective,
    tabEffective,
    regions,
    benchmarks,
    annotations,
    notes,
  };
}

export type CompareData = ReturnType<typeof useCompareData>;
