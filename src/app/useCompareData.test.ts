import { describe, expect, it } from 'vitest';
import type { TargetRow } from '../workspace/rows';
import { tabRows } from './useCompareData';

function row(id: string, indicator: string | null, domain: TargetRow['domain']): TargetRow {
  return { id, indicator, domain } as TargetRow;
}

describe('tabRows', () => {
  const rows = [
    row('a', 'childcare_places_per_1000', 'childcare'),
    // Edited to a childcare indicator, its stored domain left behind: it still belongs to the childcare tab.
    row('b', 'childcare_places_per_1000', 'elderly'),
    row('c', 'nursing_bed_ratio', 'elderly'),
    row('d', null, 'childcare'),
    row('e', null, null),
  ];

  it('takes a domain tab\'s catalog indicators and the rows stored under the domain', () => {
    expect(tabRows(rows, 'childcare').map((r) => r.id)).toEqual(['a', 'b', 'd']);
    expect(tabRows(rows, 'elderly').map((r) => r.id)).toEqual(['b', 'c']);
  });

  it('gives the unclassified tab only rows with neither a domain nor a catalog indicator', () => {
    expect(tabRows(rows, 'unclassified').map((r) => r.id)).toEqual(['e']);
  });
});
