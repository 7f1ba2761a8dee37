// Which panels of a domain are charted and which fold into one compact table: an indicator set by too few regions is a row,
// not a tall chart of empty bars. Compare's chart tab and the report both fold by this rule.
import { panelSetCount, type Panel } from './compare';

/** From this many regions in view an indicator set by a single region folds into the table by default. */
export const FOLD_FROM_REGIONS = 4;

export function defaultMinRegions(regionCount: number): number {
  return regionCount >= FOLD_FROM_REGIONS ? 2 : 1;
}

/** Regions with a target in this panel: a number or words (应保尽保) — known without building a planned panel's rows. */
export function setCount(panel: Panel): number {
  return panelSetCount(panel);
}

export interface Folding {
  charted: Panel[];
  folded: Panel[];
}

/** Splits panels, keeping their order; `open` holds ids of folded panels the user opened as charts. */
export function foldPanels(panels: readonly Panel[], minRegions: number, chartAll: boolean, open: ReadonlySet<string>): Folding {
  const charted: Panel[] = [];
  const folded: Panel[] = [];
  for (const panel of panels) (chartAll || open.has(panel.id) || setCount(panel) >= minRegions ? charted : folded).push(panel);
  return { charted, folded };
}
