// A domain's summary on one page: how many regions set targets, and per chart of the domain who set it and who stands above,
// at or below the benchmark of their target's period (the reference Compare's gap view measures against: the region's
// province, else the nation). Pure: panels in, counts and names out.
import type { Panel } from '../core/compare/compare';
import { setCount } from '../core/compare/folding';

export interface IndicatorSummary {
  /** The panel's id. */
  key: string;
  /** Regions with a target: a number or words. */
  set: number;
  /** Regions whose target is words only (应保尽保). */
  qualitative: number;
  /** Names of regions whose target is more ambitious than their benchmark, as ambitious, less ambitious. */
  above: string[];
  meets: string[];
  below: string[];
  /** Regions with a number and no benchmark of their period to hold it against. */
  noBenchmark: number;
}

export interface DomainSummary {
  regionCount: number;
  /** Regions with at least one target in the domain. */
  regionsSetting: number;
  indicators: IndicatorSummary[];
}

export function summarizeIndicator(panel: Panel): IndicatorSummary {
  const summary: IndicatorSummary = { key: panel.id, set: setCount(panel), qualitative: 0, above: [], meets: [], below: [], noBenchmark: 0 };
  for (const row of panel.rows) {
    if (row.status === 'qualitative') summary.qualitative++;
    if (row.status !== 'set') continue;
    const gap = row.reference?.gap ?? null;
    if (gap === null) summary.noBenchmark++;
    else if (gap > 0) summary.above.push(row.regionName);
    else if (gap < 0) summary.below.push(row.regionName);
    else summary.meets.push(row.regionName);
  }
  return summary;
}

/** The summary of one domain's panels over the regions in view. */
export function summarizeDomain(panels: readonly Panel[], regionCount: number): DomainSummary {
  const setting = new Set<string>();
  for (const panel of panels) for (const row of panel.rows) if (row.status === 'set' || row.status === 'qualitative') setting.add(row.regionId);
  return { regionCount, regionsSetting: setting.size, indicators: panels.map(summarizeIndicator) };
}

/** Names for a table cell: all of them up to `max`, else the first `max` and how many more (said by `more`). */
export function nameList(names: readonly string[], max: number, separator: string, more: (n: number) => string): string {
  if (names.length <= max) return names.join(separator);
  return `${names.slice(0, max).join(separator)}${more(names.length - max)}`;
}
