import { describe, expect, it } from 'vitest';
import type { CellRow } from '../db/repository';
import { tabCounts, tabKeys, type DomainTab } from './useCompareData';

describe('tabCounts', () => {
  const keys = new Map<DomainTab, [string, string][]>([
    ['childcare', [['r1', 'childcare_places_per_1000'], ['r2', 'childcare_places_per_1000'], ['r2', 'name:普惠托位']]],
    ['elderly', [['r1', 'nursing_bed_ratio']]],
    ['unclassified', [['r3', 'name:城乡居民人均可支配收入增速']]],
  ]);

  it('counts the indicators of each tab once, however many regions set them', () => {
    expect(tabCounts(keys, () => true)).toEqual(new Map([['childcare', 2], ['elderly', 1], ['unclassified', 1]]));
  });

  it('counts only the regions in view, and leaves out a tab none of them has a target in', () => {
    expect(tabCounts(keys, (id) => id === 'r1')).toEqual(new Map([['childcare', 1], ['elderly', 1]]));
  });
});

describe('tabKeys', () => {
  const cell = (regionId: string, indicator: string, tab: DomainTab) => ({ regionId, indicator, tab }) as unknown as CellRow;
  const tabs = new Map<DomainTab, CellRow[]>([
    ['childcare', [cell('r1', 'childcare_places_per_1000', 'childcare'), cell('r2', 'childcare_places_per_1000', 'childcare')]],
    ['elderly', [cell('r1', 'nursing_bed_ratio', 'elderly')]],
  ]);

  it('gives the badges the same keys as a read of the tab index would', () => {
    expect(tabKeys(tabs)).toEqual(
      new Map([
        ['childcare', [['r1', 'childcare_places_per_1000'], ['r2', 'childcare_places_per_1000']]],
        ['elderly', [['r1', 'nursing_bed_ratio']]],
      ]),
    );
    expect(tabCounts(tabKeys(tabs), (id) => id === 'r2')).toEqual(new Map([['childcare', 1]]));
  });
});
