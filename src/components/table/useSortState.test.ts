import { describe, expect, it } from 'vitest';
import { ariaSortOf, useSortState } from './useSortState';

describe('useSortState', () => {
  it('sorts by a new column ascending, and a second click on it turns it round', () => {
    const s = useSortState<'region' | 'delta'>('region');
    expect([s.ariaSort('region'), s.ariaSort('delta')]).toEqual(['ascending', 'none']);
    s.sortBy('region');
    expect(s.ariaSort('region')).toBe('descending');
    expect(s.directed(1)).toBe(-1);
    s.sortBy('delta');
    expect([s.sortKey.value, s.ariaSort('delta'), s.ariaSort('region')]).toEqual(['delta', 'ascending', 'none']);
    expect(s.directed(1)).toBe(1);
  });

  it('names no direction for a column that is not sorted', () => {
    expect(ariaSortOf(false, true)).toBe('none');
    expect(ariaSortOf(true, true)).toBe('descending');
  });
});
