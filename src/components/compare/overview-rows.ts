// The dots of an overview card in the chosen order, kept per panel: a kept or prepared panel sorts its thousand rows once.
import type { Panel, PanelRow } from '../../core/compare/compare';
import { overviewRows, type OverviewOrder } from '../../core/compare/overview';

const kept = new WeakMap<Panel, { order: OverviewOrder; rows: PanelRow[] }>();

/** overviewRows of the panel's rows, computed once per panel and order (panels are never changed in place). */
export function cardRows(panel: Panel, order: OverviewOrder): PanelRow[] {
  const last = kept.get(panel);
  if (last?.order === order) return last.rows;
  const rows = overviewRows(panel.rows, order, panel.polarity);
  kept.set(panel, { order, rows });
  return rows;
}
