// Compare's UI state: regions in view, the domain tab, the view mode, orders and filters, and the indicator a click asked to focus.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { RowOrder } from '../core/compare/compare';
import type { GapSortKey, SortDirection } from '../core/compare/compare-gaps';
import type { DomainTab } from '../app/useCompareData';

export type CompareMode = 'overview' | 'charts' | 'matrix' | 'gaps' | 'notes';
export const COMPARE_MODES: readonly CompareMode[] = ['overview', 'charts', 'matrix', 'gaps', 'notes'];
/** From this many regions in view a domain opens on its overview (dot plots) rather than its charts, until a view is chosen. */
export const OVERVIEW_FROM_REGIONS = 9;

export type { DomainTab } from '../app/useCompareData';

/** 'benchmark', 'median', or 'region:' + a region id. */
export type GapReferenceKey = 'benchmark' | 'median' | `region:${string}`;

/** 'all' lets every note through; a tag filter of 'none' keeps notes without a tag. */
export interface NoteFilters {
  tag: 'all' | 'gap' | 'question' | 'verify' | 'none';
  /** 'all' or a region id. */
  regionId: string;
}

export const useCompare = defineStore('compare', () => {
  /** null: every region, including ones imported later. */
  const selectedRegionIds = ref<string[] | null>(null);
  const domain = ref<DomainTab>('childcare');
  const mode = ref<CompareMode>('charts');
  /** The researcher picked a view (or a jump opened a chart): the number of regions no longer chooses it. */
  const modeChosen = ref(false);
  const rowOrder = ref<RowOrder>('region');
  const matrixScope = ref<'domain' | 'all'>('domain');
  const gapReference = ref<GapReferenceKey>('benchmark');
  const gapSort = ref<{ key: GapSortKey; direction: SortDirection }>({ key: 'indicator', direction: 'asc' });
  const noteFilters = ref<NoteFilters>({ tag: 'all', regionId: 'all' });
  /** Chart an indicator only when at least this many regions set it (null: 2 from four regions in view, else 1); the rest fold into a table. */
  const minRegions = ref<number | null>(null);
  /** Show every indicator as a chart, however few regions set it. */
  const chartAll = ref(false);
  /** The matrix and the gap view hide regions, indicators and rows without a value unless this is on. */
  const showEmpty = ref(false);
  /** Set by a matrix click; the charts view scrolls to it and clears it. */
  const focus = ref<{ panelId: string; regionId: string | null } | null>(null);
  /** The chart last clicked or focused (its panel id): "the current chart" the export menu names and exports. */
  const touchedPanelId = ref<string | null>(null);

  const allRegions = computed(() => selectedRegionIds.value === null);

  function isSelected(regionId: string): boolean {
    return selectedRegionIds.value === null || selectedRegionIds.value.includes(regionId);
  }

  /** Keeps "all" as null, so regions imported later are in view too. */
  function selectRegions(ids: readonly string[], every: readonly string[]): void {
    const all = every.length > 0 && every.every((id) => ids.includes(id));
    selectedRegionIds.value = all ? null : [...new Set(ids)];
  }

  function selectAll(): void {
    selectedRegionIds.value = null;
  }

  function setDomain(next: DomainTab): void {
    if (next !== domain.value) focus.value = null;
    domain.value = next;
  }

  function setMode(next: CompareMode): void {
    mode.value = next;
    modeChosen.value = true;
  }

  /** Opens the overview once many regions are in view, unless a view was chosen: a page of tall charts does not read with hundreds. */
  function suggestMode(regionCount: number): void {
    if (modeChosen.value) return;
    mode.value = regionCount >= OVERVIEW_FROM_REGIONS ? 'overview' : 'charts';
  }

  function sortGaps(key: GapSortKey): void {
    if (gapSort.value.key === key) {
      gapSort.value = { key, direction: gapSort.value.direction === 'asc' ? 'desc' : 'asc' };
    } else {
      // Gaps read best largest first; names and ranks from the top.
      gapSort.value = { key, direction: key === 'gap' || key === 'relative' ? 'desc' : 'asc' };
    }
  }

  function focusChart(panelId: string, tab: DomainTab, regionId: string | null = null): void {
    domain.value = tab;
    mode.value = 'charts';
    modeChosen.value = true;
    focus.value = { panelId, regionId };
  }

  function touchPanel(panelId: string): void {
    touchedPanelId.value = panelId;
  }

  function clearFocus(): void {
    focus.value = null;
  }

  return {
    selectedRegionIds,
    domain,
    mode,
    modeChosen,
    rowOrder,
    matrixScope,
    gapReference,
    gapSort,
    noteFilters,
    minRegions,
    chartAll,
    showEmpty,
    focus,
    touchedPanelId,
    allRegions,
    isSelected,
    selectRegions,
    selectAll,
    setDomain,
    setMode,
    suggestMode,
    sortGaps,
    focusChart,
    touchPanel,
    clearFocus,
  };
});
