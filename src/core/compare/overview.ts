// The overview of a domain: which rows each indicator's dot plot holds (filtered by province and plan kind) and in what order.
/*
 * Pure: the overview component and its tests share it. A row is kept when its region's province and
 * the kind of the plan its target came from are among those chosen (an empty choice keeps all).
 * Orders: by value (high to low, low to high), by ambition against the benchmark (the signed
 * relative gap the panel already holds, so a lower unemployment rate counts as more ambitious), and
 * by region name (the regions' own order, which the view collates in the current language).
 */
import type { DocumentKind, Polarity } from '../types';
import type { CompareRegion, Panel, PanelRow } from './compare';

export type OverviewOrder = 'value-desc' | 'value-asc' | 'ambition' | 'region';
export const OVERVIEW_ORDERS: readonly OverviewOrder[] = ['value-desc', 'value-asc', 'ambition', 'region'];

/** The province key of a region whose province is not known. */
export const NO_PROVINCE = '';

export interface OverviewFilter {
  /** Short province names (河南), NO_PROVINCE for regions without one; empty: every province. */
  provinces: readonly string[];
  /** Plan kinds; empty: every kind. */
  kinds: readonly DocumentKind[];
}

export const NO_FILTER: OverviewFilter = { provinces: [], kinds: [] };

/** Looks up the kind of the plan a document id names (null when unknown). */
export type KindOf = (documentId: string) => DocumentKind | null;

export function isFiltered(filter: OverviewFilter): boolean {
  return filter.provinces.length > 0 || filter.kinds.length > 0;
}

/** Whether a row passes the filter: its region's province and its plan's kind. Rows without a target pass the kind test. */
export function keepRow(row: PanelRow, filter: OverviewFilter, kindOf: KindOf): boolean {
  if (filter.provinces.length > 0 && !filter.provinces.includes(row.province ?? NO_PROVINCE)) return false;
  if (filter.kinds.length > 0 && row.documentId !== null) {
    const kind = kindOf(row.documentId);
    if (kind === null || !filter.kinds.includes(kind)) return false;
  }
  return true;
}

/** Whether a row carries a target (a number or words) rather than standing for a region without one. */
export function isSet(row: PanelRow): boolean {
  return row.status === 'set' || row.status === 'qualitative';
}

/**
 * The panels with only the rows the filter keeps, in the same order; a region kept by the province
 * filter whose target comes from a plan of another kind no longer counts as setting it.
 */
export function filterPanels(panels: readonly Panel[], filter: OverviewFilter, kindOf: KindOf): Panel[] {
  if (!isFiltered(filter)) return [...panels];
  return panels.map((p) => ({ ...p, rows: p.rows.filter((r) => isSet(r) ? keepRow(r, filter, kindOf) : filter.provinces.length === 0 || filter.provinces.includes(r.province ?? NO_PROVINCE)) }));
}

/** The regions the province filter keeps. */
export function filterRegions<R extends Pick<CompareRegion, 'province'>>(regions: readonly R[], filter: OverviewFilter): R[] {
  if (filter.provinces.length === 0) return [...regions];
  return regions.filter((r) => filter.provinces.includes(r.province ?? NO_PROVINCE));
}

function byValue(sign: 1 | -1) {
  return (a: PanelRow, b: PanelRow): number => sign * ((a.value as number) - (b.value as number));
}

/**
 * The rows of one indicator that are dots (a number), in the chosen order; ties keep the regions'
 * order, so a sort is stable across redraws.
 * 'ambition': rows measured against a benchmark first, the most ambitious (largest signed relative
 * gap) first; then rows without a benchmark, the more ambitious value by the indicator's polarity first.
 */
export function overviewRows(rows: readonly PanelRow[], order: OverviewOrder, polarity: Polarity): PanelRow[] {
  const numeric = rows.filter((r) => r.status === 'set' && r.value !== null);
  if (order === 'region') return numeric;
  const index = new Map(numeric.map((r, i) => [r, i]));
  const stable = (a: PanelRow, b: PanelRow) => (index.get(a) ?? 0) - (index.get(b) ?? 0);
  if (order === 'value-desc') return numeric.sort((a, b) => byValue(-1)(a, b) || stable(a, b));
  if (order === 'value-asc') return numeric.sort((a, b) => byValue(1)(a, b) || stable(a, b));
  const measured = numeric.filter((r) => r.reference?.relative !== null && r.reference?.relative !== undefined);
  const rest = numeric.filter((r) => !measured.includes(r));
  measured.sort((a, b) => (b.reference?.relative as number) - (a.reference?.relative as number) || stable(a, b));
  rest.sort((a, b) => byValue(polarity === 'lower' ? 1 : -1)(a, b) || stable(a, b));
  return [...measured, ...rest];
}

export interface Choice<K> {
  key: K;
  /** Regions (provinces) or targets (kinds) it holds. */
  count: number;
}

/** The provinces of the regions, most regions first then by name; regions without one under NO_PROVINCE, last. */
export function provinceChoices(regions: readonly Pick<CompareRegion, 'province'>[]): Choice<string>[] {
  const counts = new Map<string, number>();
  for (const r of regions) counts.set(r.province ?? NO_PROVINCE, (counts.get(r.province ?? NO_PROVINCE) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => Number(a.key === NO_PROVINCE) - Number(b.key === NO_PROVINCE) || b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const KIND_ORDER: readonly DocumentKind[] = ['five_year_plan', 'action_plan', 'annual_programme', 'news_report', 'other'];

/** The plan kinds the panels' targets come from, in a fixed order, with how many targets each gave. */
export function kindChoices(panels: readonly Panel[], kindOf: KindOf): Choice<DocumentKind>[] {
  const counts = new Map<DocumentKind, number>();
  for (const p of panels) {
    for (const r of p.rows) {
      if (!isSet(r) || r.documentId === null) continue;
      const kind = kindOf(r.documentId);
      if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  return KIND_ORDER.filter((k) => counts.has(k)).map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

/** The most frequent target year of the rows (the earlier on a tie), with how many rows name another year. */
export function mainYear(rows: readonly PanelRow[]): { year: number | null; others: number } {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.year !== null) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  let year: number | null = null;
  let best = 0;
  for (const [y, n] of counts) if (n > best || (n === best && year !== null && y < year)) [year, best] = [y, n];
  return { year, others: rows.length - best };
}
