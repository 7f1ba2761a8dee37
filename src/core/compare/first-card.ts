// The overview's first card from the cells of a domain's first catalogue indicators alone, before the rest of the tab is read.
/*
 * planPanels orders panels by section (levels first), then catalogue rank, and the overview charts those set by at least
 * `minRegions` regions. Every panel of a catalogue indicator comes from that indicator's cells only (its drafts, rows,
 * name and the regions placed elsewhere are all per indicator). So when the cells read are every cell of the domain's
 * first k catalogue indicators (in catalogue order), a charted level panel among their panels is the tab's first charted
 * panel whatever the other cells are: every other panel of the tab is of a later catalogue indicator or a name outside
 * the catalogue (ranked after) in the same or a later section. Compare reads one indicator (668 cells at 1,002 regions)
 * instead of its tab (7,014) before the first chart.
 */
import { INDICATORS } from '../catalog/catalog';
import type { DomainId } from '../types';
import type { Panel } from './compare';
import { setCount } from './folding';

/** A domain's catalogue indicators in catalogue order: the order its panels come in within a section. */
export function catalogIndicatorsOf(domain: DomainId): string[] {
  return INDICATORS.filter((indicator) => indicator.domain === domain).map((indicator) => indicator.id);
}

/**
 * The tab's first charted panel, from `panels` planned (planPanels, the tab's domain) over every cell of the domain's first
 * catalogue indicators only; null when those cells cannot tell (their first charted panel is not a level, or none is charted).
 */
export function firstChartedPanel(panels: readonly Panel[], minRegions: number): Panel | null {
  const first = panels.find((panel) => setCount(panel) >= minRegions);
  return first && first.section === 'level' && first.catalog !== null ? first : null;
}
