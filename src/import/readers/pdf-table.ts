// Indicator tables on a PDF page as a grid: a header row the core's table reader knows fixes the columns, the lines
// below are cut into cells by their x-extent and into rows by their value cells, and the table goes out as pipe rows.
import { headerRole } from '../../core/extract/tables';
import type { Line, Piece } from './pdf-layout';
import type { Rule } from './pdf-rules';

type Role = NonNullable<ReturnType<typeof headerRole>>;

export interface Column {
  role: Role | null;
  /** The header's words, as the table's first pipe row gives them. */
  header: string;
  /** x-extent of the column's text: the header's, grown by the body cells found under it. */
  left: number;
  right: number;
}

/** How a table aligns its cells vertically (see alignment()). */
export type Align = 'top' | 'bottom' | 'nearest';

/** The columns of a table, kept while the table may continue on the next page. */
export interface Grid {
  columns: Column[];
  /** Font size of the header row. */
  size: number;
  /** How the table's body aligns its cells, once rows have been read. */
  align?: Align;
  /** The pieces of each cell of the table's last row: a row broken across the page goes on in them. */
  last?: Piece[][];
}

export interface TableBlock {
  grid: Grid;
  /** Pipe rows: the header (unless the table continues one already emitted), then one row per table row. */
  rows: string[];
  /** Index of the first line after the table. */
  end: number;
  /** The last row of the table continued, again: a row broken across the page went on at the top of this one. */
  amend?: string;
}

/** Lines further below the previous table line than this many font sizes are not part of the table. */
const TABLE_GAP = 3.5;
/** Pieces overlapping two columns by more than this share of an em each cross the grid. */
const OVERLAP = 0.3;
/** Gaps between pieces below this share of an em keep them in one x-interval of the projection. */
const TOUCH = 0.1;
/** Text below a table that is not a row of it. */
const TABLE_END = /^(注|备注|说明|资料来源|数据来源)\s*[:：]|^(第[一二三四五六七八九十\d]+[章节]|表\s*\d+)/u;
/** A line of at most this many characters across several columns is a group row (一、幼有所育), not prose. */
const GROUP_ROW_CHARS = 16;
/** Words a wrapped value cell puts on its second line; they never start a row. */
const VALUE_TAIL = /^(以上|以下|左右|以内|及以上|及以下|\)|）|%|‰)+$/u;
const NATURE = /^(约束|预期)/u;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/** A header row: every cell has a role the core's table reader knows, among them the indicator and a year. */
export function headerGrid(line: Line): Grid | null {
  // Narrow columns sit closer than the one-em gap that makes a line a row: try finer cells first.
  for (const gap of [0.4, 1.0]) {
    const cells = splitCells(line.pieces, gap);
    if (cells.length < 2) continue;
    const roles = cells.map((c) => headerRole(c.text));
    if (!roles.every((r) => r !== null)) continue;
    if (!roles.includes('name') || !roles.includes('year')) continue;
    return {
      size: line.size,
      columns: cells.map((c, i) => ({ role: roles[i] ?? null, header: c.text, left: c.left, right: c.right })),
    };
  }
  return null;
}

/**
 * A header whose cells wrap (2025年 over 目标值, 指标 over 属性) spreads over two or three lines, set to the top or the
 * middle of its cells: the lines' pieces stacked by column, as one header row. Returns how many lines it takes.
 */
export function stackedHeader(lines: readonly Line[], start: number): { grid: Grid; lines: number } | null {
  const first = lines[start];
  if (!first) return null;
  for (const count of [6, 5, 4, 3, 2]) {
    const group = lines.slice(start, start + count);
    if (group.length < count || group.some((l, k) => k > 0 && l.y - (group[k - 1]?.y ?? 0) > 1.6 * l.size)) continue;
    const em = first.size;
    const columns: Span[] = [];
    for (const piece of group.flatMap((l) => l.pieces).sort((a, b) => a.x - b.x)) {
      const last = columns[columns.length - 1];
      if (last && piece.x <= last.right + 0.4 * em) {
        last.right = Math.max(last.right, piece.x + piece.width);
        last.pieces.push(piece);
      } else {
        columns.push({ text: '', left: piece.x, right: piece.x + piece.width, pieces: [piece] });
      }
    }
    const cells = columns.map((c) => ({ ...c, text: cellText([...c.pieces].sort((a, b) => a.y - b.y || a.x - b.x)) }));
    const roles = cells.map((c) => headerRole(c.text));
    if (cells.length < 2 || !roles.every((r) => r !== null) || !roles.includes('name') || !roles.includes('year')) continue;
    // Every line holds a header word: a table's first row under a one-line header is not part of it.
    if (!group.every((l) => l.pieces.every((p) => headerRole(p.text) !== null || !/\d/u.test(p.text) || /20\d\d/u.test(p.text)))) continue;
    return { lines: count, grid: { size: em, columns: cells.map((c, i) => ({ role: roles[i] ?? null, header: c.text, left: c.left, right: c.right })) } };
  }
  return null;
}

interface Span {
  text: string;
  left: number;
  right: number;
  pieces: Piece[];
}

function splitCells(pieces: readonly Piece[], gapEms: number): Span[] {
  const cells: Span[] = [];
  for (const piece of pieces) {
    const last = cells[cells.length - 1];
    const em = Math.max(piece.size, last?.pieces[last.pieces.length - 1]?.size ?? 0);
    if (last && piece.x - last.right <= gapEms * em) {
      last.text += joinGap(last.text, piece.text, piece.x - last.right, em);
      last.right = Math.max(last.right, piece.x + piece.width);
      last.pieces.push(piece);
    } else {
      cells.push({ text: piece.text, left: piece.x, right: piece.x + piece.width, pieces: [piece] });
    }
  }
  for (const c of cells) c.text = c.text.replace(/\s+/gu, ' ').trim();
  return cells.filter((c) => c.text !== '');
}

function joinGap(before: string, after: string, gap: number, em: number): string {
  if (gap <= 0.1 * em) return after;
  const a = before.charAt(before.length - 1);
  const b = after.charAt(0);
  if (a === '' || /\s/u.test(a) || /\s/u.test(b) || CJK.test(a) || CJK.test(b)) return after;
  return ` ${after}`;
}

/** Columns a piece overlaps by more than a sliver. */
function overlapped(piece: Piece, columns: readonly Column[], em: number): number[] {
  const out: number[] = [];
  columns.forEach((c, i) => {
    const overlap = Math.min(piece.x + piece.width, c.right) - Math.max(piece.x, c.left);
    if (overlap > OVERLAP * em || (overlap > 0 && piece.width <= OVERLAP * em)) out.push(i);
  });
  return out;
}

function crosses(line: Line, columns: readonly Column[], em: number): boolean {
  return line.pieces.some((p) => overlapped(p, columns, em).length >= 2);
}

/**
 * The table whose body starts at lines[start], under `grid` (a header just read, or the columns of a table the previous
 * page left open). Returns null when not even one row fits.
 */
export function readTable(lines: readonly Line[], start: number, grid: Grid, withHeader: boolean, rules: readonly Rule[] = []): TableBlock | null {
  const em = grid.size;
  const columns = grid.columns.map((c) => ({ ...c }));
  // The body: lines under the header until a gap, a note, a heading or prose across the columns.
  const body: Line[] = [];
  let end = start;
  let prevY = start > 0 ? (lines[start - 1]?.y ?? -Infinity) : -Infinity;
  for (; end < lines.length; end++) {
    const line = lines[end];
    if (!line) break;
    if (prevY !== -Infinity && line.y - prevY > TABLE_GAP * em) break;
    if (TABLE_END.test(line.text)) break;
    if (outside(line, columns, em)) break;
    if (crosses(line, columns, em)) {
      const next = lines[end + 1];
      const short = [...line.text].length <= GROUP_ROW_CHARS && !line.row;
      if (!short || !next || crosses(next, columns, em) || next.y - line.y > TABLE_GAP * em) break;
    }
    body.push(line);
    prevY = line.y;
  }
  const assigned = assignColumns(body, columns, em);
  const carry = withHeader ? null : (grid.last?.map((c) => [...c]) ?? null);
  const { rows, align, carried } = groupRows(assigned, columns, rowRules(rules, columns), carry, withHeader ? undefined : grid.align);
  if (!rows.some((r) => r.anchor)) return null;
  const out: string[] = [];
  if (withHeader) out.push(pipeRow(columns.map((c) => c.header)));
  for (const row of rows) out.push(row.group ?? pipeRow(row.cells.map((pieces) => cellText(pieces))));
  const lastRow = rows[rows.length - 1];
  const block: TableBlock = { grid: { size: grid.size, columns, align, ...(lastRow && !lastRow.group ? { last: lastRow.cells } : {}) }, rows: out, end };
  if (carried && carry) block.amend = pipeRow(carry.map((pieces) => cellText(pieces)));
  return block;
}

/**
 * Heights of the ruling lines across the table (at least half its width: a rule beside a cell merged down its rows
 * still counts), top to bottom.
 */
function rowRules(rules: readonly Rule[], columns: readonly Column[]): number[] {
  if (rules.length === 0 || columns.length === 0) return [];
  const left = columns.reduce((min, c) => Math.min(min, c.left), Infinity);
  const right = columns.reduce((max, c) => Math.max(max, c.right), -Infinity);
  return rules.filter((r) => Math.min(r.right, right) - Math.max(r.left, left) >= 0.5 * (right - left)).map((r) => r.y);
}

/** Middle height of a line's text (its baseline is below it). */
function middle(line: Line): number {
  return line.y - 0.35 * line.size;
}

/** The ruling lines just above and just below a line of text, if it sits between two. */
function bandOf(rules: readonly number[], line: Line): [number, number] | null {
  const mid = middle(line);
  let above = -Infinity;
  let below = Infinity;
  for (const y of rules) {
    if (y < mid) above = Math.max(above, y);
    else below = Math.min(below, y);
  }
  return above > -Infinity && below < Infinity ? [above, below] : null;
}

/**
 * A line wholly right of the table: text beside it. (Nothing is decided by the left edge: names are often set
 * flush left in a wide column whose header is centred, far left of the header's words.)
 */
function outside(line: Line, columns: readonly Column[], em: number): boolean {
  const last = columns[columns.length - 1];
  return !last || line.left > last.right + 3 * em;
}

interface Placed {
  line: Line;
  /** For each piece, its column, or -1 for the pieces of a group row across columns. */
  columnOf: number[];
  group: boolean;
}

/**
 * Column of each piece: the x-projection of all body pieces falls into intervals separated by the gaps between
 * columns; an interval belongs to the header it overlaps (or the nearest one), and the column grows to hold it.
 */
function assignColumns(body: readonly Line[], columns: Column[], em: number): Placed[] {
  const pieces = body.filter((l) => !crosses(l, columns, em)).flatMap((l) => l.pieces);
  const intervals: Array<{ left: number; right: number }> = [];
  for (const p of [...pieces].sort((a, b) => a.x - b.x)) {
    const last = intervals[intervals.length - 1];
    if (last && p.x <= last.right + TOUCH * em) last.right = Math.max(last.right, p.x + p.width);
    else intervals.push({ left: p.x, right: p.x + p.width });
  }
  const headers = columns.map((c) => ({ left: c.left, right: c.right }));
  const owner = intervals.map((iv) => {
    const hits = headers.flatMap((h, i) => (Math.min(iv.right, h.right) - Math.max(iv.left, h.left) > 0 ? [i] : []));
    if (hits.length === 1) return hits[0] ?? -1;
    if (hits.length > 1) return -1; // touches two headers: decide piece by piece
    return nearest(headers, (iv.left + iv.right) / 2, iv.left, iv.right);
  });
  intervals.forEach((iv, i) => {
    const c = columns[owner[i] ?? -1];
    if (!c) return;
    c.left = Math.min(c.left, iv.left);
    c.right = Math.max(c.right, iv.right);
  });
  return body.map((line) => {
    const group = crosses(line, columns, em);
    const columnOf = line.pieces.map((p) => {
      if (group) return -1;
      const iv = intervals.findIndex((v) => p.x >= v.left - 0.01 && p.x + p.width <= v.right + 0.01);
      const o = owner[iv];
      if (o !== undefined && o >= 0) return o;
      const hits = overlapped(p, columns, em);
      return hits.length === 1 ? (hits[0] ?? 0) : nearest(headers, p.x + p.width / 2, p.x, p.x + p.width);
    });
    return { line, columnOf, group };
  });
}

function nearest(headers: ReadonlyArray<{ left: number; right: number }>, _centre: number, left: number, right: number): number {
  let best = 0;
  let bestDistance = Infinity;
  headers.forEach((h, i) => {
    const d = Math.max(0, h.left - right, left - h.right);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

interface Row {
  y: number;
  /** Middle heights of the lines that made it a row. */
  mids: number[];
  anchor: boolean;
  /** Pieces of each column, top to bottom, left to right. */
  cells: Piece[][];
  /** A group row across the columns (一、幼有所育), emitted as one cell. */
  group?: string;
}

/**
 * Rows: a line holding a value, a nature or a sequence number starts one (the "anchor"); lines with only wrapped
 * text (the second line of a long indicator name, 以上 under a number) join the row ruled off with them — between the
 * same two ruling lines as its anchor — or, in a table without rules between its rows, the nearest anchor line above
 * or below, which is right whether the table's cells are aligned to the top, the middle or the bottom. On a page a
 * table goes on to, wrapped lines above its first row finish the previous page's last row (`carry`) when that row was
 * broken across the page: ruled off with no row of their own, or in a table aligned to the top.
 */
function groupRows(
  placed: readonly Placed[],
  columns: readonly Column[],
  rules: readonly number[],
  carry: Piece[][] | null,
  carriedAlign: Align | undefined,
): { rows: Row[]; align: Align; carried: boolean } {
  const isAnchor = (p: Placed): boolean =>
    !p.group &&
    p.line.pieces.some((piece, i) => {
      const role = columns[p.columnOf[i] ?? -1]?.role;
      const text = piece.text.trim();
      if (role === 'year') return !VALUE_TAIL.test(text) && text !== '';
      if (role === 'nature') return NATURE.test(text);
      if (role === 'seq') return /\d/u.test(text);
      return false;
    });
  const rows: Row[] = [];
  const anchorRow: Array<Row | null> = placed.map(() => null);
  const used = new Map<Row, Set<number>>();
  placed.forEach((p, i) => {
    if (p.group) {
      rows.push({ y: p.line.y, mids: [], anchor: false, cells: [], group: pipeRow([p.line.text]) });
      return;
    }
    if (!isAnchor(p)) return;
    const prev = rows[rows.length - 1];
    const prevPlaced = placed[i - 1];
    // Cells of one row centred on different baselines: two anchors a line apart that fill different columns.
    const prevUsed = prev ? used.get(prev) : undefined;
    if (prev && prevUsed && prevPlaced && anchorRow[i - 1] === prev && p.line.y - prevPlaced.line.y < 1.2 * p.line.size && p.columnOf.every((c) => !prevUsed.has(c))) {
      anchorRow[i] = prev;
      prev.mids.push(middle(p.line));
      for (const c of p.columnOf) prevUsed.add(c);
      return;
    }
    const row: Row = { y: p.line.y, mids: [middle(p.line)], anchor: true, cells: columns.map(() => []) };
    rows.push(row);
    used.set(row, new Set(p.columnOf));
    anchorRow[i] = row;
  });
  const anchors = rows.filter((r) => r.anchor);
  const align = carriedAlign ?? alignment(placed, anchorRow);
  const firstAnchor = anchorRow.findIndex((r) => r !== null);
  let carried = false;
  placed.forEach((p, i) => {
    if (p.group) return;
    let row = anchorRow[i] ?? null;
    let cells: Piece[][] | null = row?.cells ?? null;
    if (!cells) {
      const band = bandOf(rules, p.line);
      const ruled = band ? anchors.filter((a) => a.mids.some((m) => m > band[0] && m < band[1])) : null;
      if (ruled?.length === 1) row = ruled[0] ?? null;
      else if (carry && (firstAnchor < 0 || i < firstAnchor) && (ruled?.length === 0 || (!ruled && align === 'top'))) {
        cells = carry;
        carried = true;
      } else row = align === 'nearest' ? nearestRow(anchors, p.line.y) : adjacentRow(anchorRow, i, align === 'top' ? -1 : 1);
      cells ??= row?.cells ?? null;
    }
    if (!cells) return;
    const target = cells;
    p.line.pieces.forEach((piece, k) => target[p.columnOf[k] ?? 0]?.push(piece));
  });
  return { rows, align, carried };
}

/**
 * How the table aligns its cells vertically. Aligned to the top, every row starts with a line holding its wrapped
 * cells' first words beside its values (a wrapped line then belongs to the row above, however the font's line height
 * sets it); aligned to the bottom, the same with the last words (the row below); centred, a two-line name sits
 * above and below its values (the nearest row).
 */
function alignment(placed: readonly Placed[], anchorRow: ReadonlyArray<Row | null>): 'top' | 'bottom' | 'nearest' {
  const wrapped = new Map<number, number>();
  placed.forEach((p, i) => {
    if (p.group || anchorRow[i]) return;
    for (const c of p.columnOf) wrapped.set(c, (wrapped.get(c) ?? 0) + 1);
  });
  const main = [...wrapped.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (main === undefined) return 'nearest';
  const anchorLines = placed.filter((p, i) => anchorRow[i] && (i === 0 || anchorRow[i - 1] !== anchorRow[i]));
  const withText = anchorLines.filter((p) => p.columnOf.includes(main)).length;
  if (withText < 0.9 * anchorLines.length) return 'nearest';
  const firstBody = placed.findIndex((p) => !p.group);
  return anchorRow[firstBody] ? 'top' : 'bottom';
}

function nearestRow(anchors: readonly Row[], y: number): Row | null {
  let row: Row | null = null;
  let best = Infinity;
  for (const a of anchors) {
    const d = Math.abs(a.y - y);
    // Ties go to the row above: cells wrap downwards when aligned to the top, the usual default.
    if (d < best - 0.01 || (Math.abs(d - best) <= 0.01 && a.y < y)) {
      best = d;
      row = a;
    }
  }
  return row;
}

function adjacentRow(anchorRow: ReadonlyArray<Row | null>, i: number, step: -1 | 1): Row | null {
  for (let k = i + step; k >= 0 && k < anchorRow.length; k += step) {
    const row = anchorRow[k];
    if (row) return row;
  }
  // Lines before the first row (or after the last) have only one row to go to.
  for (let k = i - step; k >= 0 && k < anchorRow.length; k -= step) {
    const row = anchorRow[k];
    if (row) return row;
  }
  return null;
}

/** The words of one cell: pieces on one line joined by their gaps, wrapped lines joined without a break. */
function cellText(pieces: readonly Piece[]): string {
  let out = '';
  let prev: Piece | null = null;
  for (const piece of pieces) {
    if (!prev) out = piece.text;
    else if (Math.abs(piece.y - prev.y) < 0.5 * piece.size) out += joinGap(out, piece.text, piece.x - (prev.x + prev.width), piece.size);
    else out += joinGap(out, piece.text, piece.size, piece.size);
    prev = piece;
  }
  return out.replace(/\s+/gu, ' ').trim();
}

export function pipeRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '¦')).join(' | ')} |`;
}
