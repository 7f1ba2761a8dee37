// What the matrix and the gap view show by default: no region without a single target, no indicator nobody set, no row without a comparison.
import type { Matrix } from '../../core/compare/compare-gaps';
import type { GapRow } from '../../core/compare/compare-gaps';
import type { DomainId } from '../../core/types';

/** A cell holds something: a number or words, not 未设定. */
function filled(status: string): boolean {
  return status !== 'unset';
}

/** The matrix without regions whose every cell is empty and without indicators no region in view set. */
export function hideEmpty(matrix: Matrix): Matrix & { hiddenRows: number; hiddenColumns: number } {
  const keep = matrix.columns.map((_, c) => matrix.rows.some((r) => filled(r.cells[c]?.status ?? 'unset')));
  const columns = matrix.columns.filter((_, c) => keep[c]);
  const rows = matrix.rows
    .map((r) => ({ region: r.region, cells: r.cells.filter((_, c) => keep[c]) }))
    .filter((r) => r.cells.some((cell) => filled(cell.status)));
  return { columns, rows, hiddenRows: matrix.rows.length - rows.length, hiddenColumns: matrix.columns.length - columns.length };
}

export interface ColumnGroup {
  domain: DomainId | null;
  span: number;
}

/** Runs of adjacent columns of one domain, for a header row above the indicator names. */
export function domainGroups(matrix: Pick<Matrix, 'columns'>): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  for (const column of matrix.columns) {
    const last = groups.at(-1);
    if (last && last.domain === column.panel.domain) last.span++;
    else groups.push({ domain: column.panel.domain, span: 1 });
  }
  return groups;
}

/** Gap rows with something to compare (a gap); the rest read 无可比值. */
export function comparable(rows: readonly GapRow[]): GapRow[] {
  return rows.filter((r) => r.gap !== null);
}
