import { describe, expect, it } from 'vitest';
import { perKey } from './per-tab';

describe('perKey', () => {
  it('gives back the value a tab was built with while its inputs are the same objects, so switching back rebuilds nothing', () => {
    const built: string[] = [];
    const panels = perKey((tab: string, cells: readonly number[]) => {
      built.push(tab);
      return { tab, n: cells.length };
    });
    const childcare = [1, 2, 3];
    const elderly = [4];
    const first = panels.get('childcare', childcare);
    expect(panels.get('elderly', elderly)).toEqual({ tab: 'elderly', n: 1 });
    expect(panels.has('childcare', childcare)).toBe(true);
    expect(panels.get('childcare', childcare)).toBe(first);
    expect(built).toEqual(['childcare', 'elderly']);
    expect(panels.has('childcare', [1, 2, 3])).toBe(false);
    expect(panels.has('education', childcare)).toBe(false);
  });

  it('builds again when any input is a new object (a write re-read the cells, another region picked), equal or not', () => {
    const panels = perKey((_tab: string, cells: readonly number[], regions: readonly string[]) => ({ n: cells.length, regions: regions.length }));
    const cells = [1, 2];
    const regions = ['r1'];
    const first = panels.get('childcare', cells, regions);
    const reread = panels.get('childcare', [1, 2], regions);
    expect(reread).not.toBe(first);
    expect(reread).toEqual(first);
    expect(panels.get('childcare', [1, 2], ['r1', 'r2'])).toEqual({ n: 2, regions: 2 });
  });
});
