// Which panels of a domain are charted and which fold into one compact table: an indicator set by too few regions is a row, not a tall chart of empty bars.
import type { Panel, PanelRow } from '../../core/compare/compare';
import { isHorizontal } from '../../charts/indicator-chart';

/** From this many regions in view an indicator set by a single region folds into the table by default. */
export const FOLD_FROM_REGIONS = 4;

export function defaultMinRegions(regionCount: number): number {
  return regionCount >= FOLD_FROM_REGIONS ? 2 : 1;
}

/** Regions with a target in this panel: a number or words (应保尽保). */
export function setCount(panel: Panel): number {
  return panel.rows.reduce((n, r) => n + (r.status === 'set' || r.status === 'qualitative' ? 1 : 0), 0);
}

export interface Folding {
  charted: Panel[];
  folded: Panel[];
}

/** Splits panels, keeping their order; `open` holds keys of folded panels the user opened as charts. */
export function foldPanels(panels: readonly Panel[], minRegions: number, chartAll: boolean, open: ReadonlySet<string>): Folding {
  const charted: Panel[] = [];
  const folded: Panel[] = [];
  for (const panel of panels) (chartAll || open.has(panel.id) || setCount(panel) >= minRegions ? charted : folded).push(panel);
  return { charted, folded };
}

/**
 * The rows a chart draws. With few regions every region is a row (未设定 says who set nothing); with
 * many, regions without a target leave the chart, which then holds only what was set.
 */
export function chartRows(rows: readonly PanelRow[], regionCount: number): PanelRow[] {
  if (!isHorizontal(regionCount)) return [...rows];
  return rows.filter((r) => r.status !== 'unset');
}
