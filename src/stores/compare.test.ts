import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { OVERVIEW_FROM_REGIONS, useCompare } from './compare';

describe('useCompare', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('starts with every region, the childcare tab and the charts', () => {
    const store = useCompare();
    expect(store.allRegions).toBe(true);
    expect(store.isSelected('any')).toBe(true);
    expect(store.domain).toBe('childcare');
    expect(store.mode).toBe('charts');
  });

  it('opens the overview once many regions are in view, until a view is chosen or a chart is opened', () => {
    const store = useCompare();
    store.suggestMode(3);
    expect(store.mode).toBe('charts');
    store.suggestMode(OVERVIEW_FROM_REGIONS);
    expect(store.mode).toBe('overview');
    store.focusChart('chart-childcare_places_per_1000', 'childcare', 'r1');
    expect(store.mode).toBe('charts');
    store.suggestMode(200);
    expect(store.mode).toBe('charts');
    store.setMode('overview');
    store.suggestMode(3);
    expect(store.mode).toBe('overview');
  });

  it('keeps "all regions" open to regions imported later', () => {
    const store = useCompare();
    store.selectRegions(['a'], ['a', 'b']);
    expect(store.selectedRegionIds).toEqual(['a']);
    expect(store.isSelected('b')).toBe(false);
    store.selectRegions(['a', 'b'], ['a', 'b']);
    expect(store.selectedRegionIds).toBeNull();
  });

  it('allows an empty selection', () => {
    const store = useCompare();
    store.selectRegions([], ['a', 'b']);
    expect(store.selectedRegionIds).toEqual([]);
    expect(store.isSelected('a')).toBe(false);
  });

  it('toggles the gap sort direction on the same column, gaps largest first', () => {
    const store = useCompare();
    store.sortGaps('gap');
    expect(store.gapSort).toEqual({ key: 'gap', direction: 'desc' });
    store.sortGaps('gap');
    expect(store.gapSort).toEqual({ key: 'gap', direction: 'asc' });
    store.sortGaps('region');
    expect(store.gapSort).toEqual({ key: 'region', direction: 'asc' });
  });

  it('focuses a chart by switching to its tab and to the charts', () => {
    const store = useCompare();
    store.setMode('matrix');
    store.focusChart('nursing_bed_ratio|level|ratio', 'elderly', 'r1');
    expect(store.mode).toBe('charts');
    expect(store.domain).toBe('elderly');
    expect(store.focus).toEqual({ panelId: 'nursing_bed_ratio|level|ratio', regionId: 'r1' });
  });
});
