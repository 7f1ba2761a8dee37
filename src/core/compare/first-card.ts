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

/**
 * The tab's panels once its own cells are read, with the first card's panel kept in place of its new copy: `planned` is
 * planPanels over the whole tab, `first` the first card's panel planned (with the same regions, benchmarks and documents)
 * from `firstCells`, the cells of the first indicators read before the tab. A panel is built from its indicator's cells
 * alone, so when the tab's cells of `first`'s indicator are those same cells (the same rows, read twice), the new panel of
 * its id is the same panel: keeping `first` means its rows are not built, sorted, laid out and drawn a second time. Any
 * difference (a write between the two reads, another id) keeps `planned` as it is.
 */
export function keepFirstPanel<C extends { indicator: string }>(planned: readonly Panel[], first: Panel, firstCells: readonly C[], tabCells: readonly C[]): Panel[] {
  const at = planned.findIndex((panel) => panel.id === first.id);
  const copy = planned[at];
  if (!copy || copy.indicator !== first.indicator || copy.primary !== first.primary || copy.section !== first.section || copy.kind !== first.kind) return [...planned];
  const before = firstCells.filter((cell) => cell.indicator === first.indicator);
  const now = tabCells.filter((cell) => cell.indicator === first.indicator);
  if (before.length !== now.length || before.some((cell, i) => cell !== now[i] && JSON.stringify(cell) !== JSON.stringify(now[i]))) return [...planned];
  const kept = [...planned];
  kept[at] = first;
  return kept;
}
