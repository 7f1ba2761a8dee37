// The overview matrix (who set what, how ambitious against the benchmark) and the gap table (each region against a reference), from panels.
import type { ReferenceLine, ReferenceScope } from './compare-benchmarks';
import { relativeGap, signedGap, type CompareRegion, type Panel, type PanelRow, type RowStatus } from './compare';
import type { Polarity, TargetKind } from '../types';

export interface MatrixColumn {
  indicator: string;
  /** id of the indicator's primary panel: the chart a click on the column's cells focuses. */
  panelId: string;
  panel: Panel;
}

export interface MatrixCell {
  regionId: string;
  indicator: string;
  status: RowStatus;
  label: string;
  kind: TargetKind | null;
  year: number | null;
  /** Against the region's benchmark (provincial, else national), signed by polarity; null when there is none. */
  relative: number | null;
  gap: number | null;
  scope: ReferenceScope | null;
  polarity: Polarity;
  /** id of the panel the cell's target is drawn in. */
  panelId: string;
  row: PanelRow;
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: { region: CompareRegion; cells: MatrixCell[] }[];
}

/** Regions × indicators: one column per indicator (its primary panel); a target drawn in a secondary panel still fills its cell. */
export function buildMatrix(panels: readonly Panel[], regions: readonly CompareRegion[]): Matrix {
  const byId = new Map(panels.map((p) => [p.id, p]));
  const rowsOf = new Map(panels.map((p) => [p, new Map(p.rows.map((r) => [r.regionId, r]))]));
  const columns = panels.filter((p) => p.primary).map((panel) => ({ indicator: panel.indicator, panelId: panel.id, panel }));
  const rows = regions.map((region) => ({
    region,
    cells: columns.map(({ panel }) => {
      let row = rowsOf.get(panel)?.get(region.id) as PanelRow;
      let home = panel;
      if (row.status === 'elsewhere' && row.elsewhere) {
        const other = byId.get(row.elsewhere);
        const found = other && rowsOf.get(other)?.get(region.id);
        if (other && found) {
          row = found;
          home = other;
        }
      }
      return {
        regionId: region.id,
        indicator: panel.indicator,
        status: row.status,
        label: row.label,
        kind: row.kind,
        year: row.year,
        relative: row.reference?.relative ?? null,
        gap: row.reference?.gap ?? null,
        scope: row.reference?.scope ?? null,
        polarity: home.polarity,
        panelId: home.id,
        row,
      };
    }),
  }));
  return { columns, rows };
}

export type GapReference = { type: 'benchmark' } | { type: 'median' } | { type: 'region'; regionId: string };

export interface GapRow {
  /** Panel key + region id: stable across re-renders. */
  id: string;
  panel: Panel;
  row: PanelRow;
  /** The number compared against, in the panel's unit; null when there is none. */
  referenceValue: number | null;
  /** For a benchmark reference: the line and whose it is. */
  line: ReferenceLine | null;
  scope: ReferenceScope | null;
  /** Signed so that positive = more ambitious than the reference. */
  gap: number | null;
  relative: number | null;
  /** 1 = most ambitious among the regions with a number in this panel. */
  rank: number;
  of: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

// 1 + the number of rows strictly more ambitious: ties share a rank. O(n log n), for panels of a thousand regions.
function ranks(rows: readonly PanelRow[], polarity: Polarity): Map<PanelRow, number> {
  const sign = polarity === 'lower' ? -1 : 1;
  const numeric = rows.filter((r) => r.value !== null).sort((a, b) => sign * ((b.value as number) - (a.value as number)));
  const result = new Map<PanelRow, number>();
  numeric.forEach((row, i) => {
    const previous = numeric[i - 1];
    result.set(row, previous && previous.value === row.value ? (result.get(previous) as number) : i + 1);
  });
  return result;
}

/** The median of `sorted` without one occurrence of `value` (which it holds). */
export function medianWithout(sorted: readonly number[], value: number): number | null {
  const n = sorted.length - 1;
  if (n <= 0) return null;
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  const at = (k: number): number => sorted[k < lo ? k : k + 1] as number;
  const mid = n >> 1;
  return n % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

function compared(panel: Panel, row: PanelRow, reference: GapReference, sorted: () => number[]): Pick<GapRow, 'referenceValue' | 'line' | 'scope'> | null {
  if (reference.type === 'benchmark') {
    return row.reference ? { referenceValue: row.reference.line.value, line: row.reference.line, scope: row.reference.scope } : { referenceValue: null, line: null, scope: null };
  }
  if (reference.type === 'median') return { referenceValue: medianWithout(sorted(), row.value as number), line: null, scope: null };
  if (reference.regionId === row.regionId) return null;
  const other = panel.rows.find((r) => r.regionId === reference.regionId);
  return { referenceValue: other?.value ?? null, line: null, scope: null };
}

/**
 * Each region with a number, in each panel, against the reference: the benchmark that applies to
 * it, the median of the other regions, or one chosen region (whose own rows are left out).
 * Differences are only taken inside a panel, so never across units or kinds.
 */
export function gapRows(panels: readonly Panel[], reference: GapReference): GapRow[] {
  const result: GapRow[] = [];
  for (const panel of panels) {
    const rank = ranks(panel.rows, panel.polarity);
    const of = rank.size;
    let values: number[] | null = null;
    const sorted = () => (values ??= [...rank.keys()].map((r) => r.value as number).sort((a, b) => a - b));
    for (const row of panel.rows) {
      if (row.value === null) continue;
      const against = compared(panel, row, reference, sorted);
      if (!against) continue;
      const gap = against.referenceValue === null ? null : signedGap(row.value, against.referenceValue, panel.polarity);
      result.push({
        id: `${panel.id}|${row.regionId}`,
        panel,
        row,
        ...against,
        gap,
        relative: gap === null || against.referenceValue === null ? null : relativeGap(gap, against.referenceValue),
        rank: rank.get(row) ?? of,
        of,
      });
    }
  }
  return result;
}

export type GapSortKey = 'indicator' | 'region' | 'value' | 'reference' | 'gap' | 'relative' | 'rank';
export type SortDirection = 'asc' | 'desc';

function sortValue(row: GapRow, key: GapSortKey, indicatorOrder: Map<Panel, number>): number | string | null {
  switch (key) {
    case 'indicator':
      return indicatorOrder.get(row.panel) ?? 0;
    case 'region':
      return row.row.regionName;
    case 'value':
      return row.row.value;
    case 'reference':
      return row.referenceValue;
    case 'gap':
      return row.gap;
    case 'relative':
      return row.relative;
    case 'rank':
      return row.rank;
  }
}

/** Rows sorted by one column; rows without a value for it stay last whichever the direction. */
export function sortGapRows(rows: readonly GapRow[], key: GapSortKey, direction: SortDirection): GapRow[] {
  const panelOrder = new Map<Panel, number>();
  for (const row of rows) if (!panelOrder.has(row.panel)) panelOrder.set(row.panel, panelOrder.size);
  const sign = direction === 'asc' ? 1 : -1;
  const indexed = rows.map((row, i) => ({ row, i, v: sortValue(row, key, panelOrder) }));
  indexed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === null && b.v === null ? a.i - b.i : a.v === null ? 1 : -1;
    const order = typeof a.v === 'string' ? a.v.localeCompare(b.v as string, 'zh-CN') : a.v - (b.v as number);
    return sign * order || a.i - b.i;
  });
  return indexed.map((x) => x.row);
}
