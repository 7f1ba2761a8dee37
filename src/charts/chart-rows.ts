// The rows a chart draws, for Compare on screen and for every export alike.
import type { PanelRow } from '../core/compare/compare';
import { isHorizontal } from './indicator-chart';

/**
 * With few regions every region is a row (未设定 says who set nothing); with many, regions without a target leave
 * the chart, which then holds only what was set.
 */
export function chartRows(rows: readonly PanelRow[], regionCount: number): PanelRow[] {
  if (!isHorizontal(regionCount)) return [...rows];
  return rows.filter((r) => r.status !== 'unset');
}
