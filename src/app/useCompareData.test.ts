import { describe, expect, it } from 'vitest';
import { tabCount } from './useCompareData';

describe('tabCount', () => {
  const cell = (regionId: string, indicator: string) => ({ regionId, indicator });
  const childcare = [cell('r1', 'childcare_places_per_1000'), cell('r2', 'childcare_places_per_1000'), cell('r2', 'name:普惠托位')];

  it('counts the indicators of a tab once, however many regions set them', () => {
    expect(tabCount(childcare, () => true)).toBe(2);
    expect(tabCount([cell('r3', 'name:城乡居民人均可支配收入增速')], () => true)).toBe(1);
  });

  it('counts only the regions in view: 0 for a tab none of them has a target in', () => {
    expect(tabCount(childcare, (id) => id === 'r1')).toBe(1);
    expect(tabCount(childcare, (id) => id === 'r9')).toBe(0);
  });
});
