// An indicator table as `pdftotext -layout` writes it: columns of spaces, a long name wrapped onto the lines under its
// row, a page's running title and number between the rows of a table that runs on:
//
//   序号 指标                  2020 年     2025 年   属性
//   1     学前教育毛入园率(%)      88.6       90 以上    预期性
//   4     每千人口拥有 3 岁以下婴幼儿托 1.6        4.5      预期性
//         位数(个)
//
// A cell may hold a space (2020 年, 90 以上, 3 岁) and the name may touch the first value with one space, so the columns
// are not cut at spaces: a row is read from its ends — the sequence number first, the nature (约束性/预期性), the values
// and the unit from the right, each value a whole number cell — and what is left between is the name (with a 领域
// column, the first of two runs set apart by two spaces). A row of another shape (a value cell empty, a value the
// number pattern does not take, no nature) is left out and a row numbered out of turn ends the table: no value is ever
// moved into another column. Only top-aligned tables are read (Word's and LibreOffice's default, where a wrapped name
// runs on below its row): a table whose names wrap above their row or around it (cells centred: a row line without its
// name, name lines before the first row, a line of name under a name that did not fill its line) gives nothing, since
// which row a line of name belongs to cannot be told from the text. A header may run over two lines when the second
// holds the years under a 目标值 heading, or finishes a heading (序 over 号).
import type { Span } from '../types';

export interface LayoutCell {
  text: string;
  start: number;
  end: number;
}

interface Line {
  text: string;
  start: number;
}

export type LayoutItem = { row: LayoutCell[] } | { group: LayoutCell };

export interface SpacedTable {
  /** The header's cells, one a column, in the roles the table reader gives them. */
  header: LayoutCell[];
  items: LayoutItem[];
  region: Span;
  /** The first line after the table. */
  next: number;
}

export interface SpacedRoles {
  roleOf: (text: string) => string | null;
  isNature: (text: string) => boolean;
  isUnit: (text: string) => boolean;
}

interface Token {
  text: string;
  /** Column in the line (characters, as pdftotext places them). */
  col: number;
  start: number;
  end: number;
}

/** A value cell of the layout: a number with its own mark or comparator (90以上, <5.5, [12.4], 6*), or a dash. */
const VALUE = /^(?:[<>≤≥~]|不低于|不高于|不超过|不少于)?\[?\d+(?:\.\d+)?\]?\*?%?(?:以上|以下|以内|左右|及以上|及以下)?$|^[-—–]+$/u;
/** A value cell with its unit inside it (80.5岁, 95%, 3.0平方米, 90%以上): the number, the unit, a comparator after it. */
const VALUE_UNIT = /^((?:[<>≤≥~]|不低于|不高于|不超过|不少于)?\[?\d+(?:\.\d+)?\]?\*?)([^\d\s[\]*<>≤≥~]+?)(以上|以下|以内|左右|及以上|及以下)?$/u;

/** The unit written inside a value cell, or null when the cell holds no unit (90以上) or is no value. */
function unitInCell(text: string, roles: SpacedRoles): string | null {
  const m = VALUE_UNIT.exec(text);
  return m?.[1] && m[2] && roles.isUnit(m[2]) ? m[2] : null;
}
/** A comparator written apart from its number by pdftotext (90 以上). */
const SUFFIX = /^(?:以上|以下|以内|左右|及以上|及以下)$/u;
const PREFIX = /^(?:[<>≤≥~]|不低于|不高于|不超过|不少于)$/u;
/** A page's number between dashes or alone (—1—, - 3 -, 第 3 页), as pdftotext writes a footer. */
const PAGE_NUMBER = /^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})\s*$/u;
/** A group row's heading (一、幼有所育, (二)病有所医). */
const GROUP = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))\s*[\u4e00-\u9fff]/u;
const ROLES = new Set(['seq', 'group', 'name', 'unit', 'year', 'nature']);
/** A line after a table: a note, a chapter heading, a table's caption. */
const TABLE_END = /^(?:(?:注|备注|说明|资料来源|数据来源)\s*[:：]|第[一二三四五六七八九十\d]+[章节]|(?:表|专栏)\s*\d)/u;
/** Blank lines a table may run on across: a page's foot and the next page's head. */
const MAX_BLANKS = 8;

function tokens(line: Line, from = 0): Token[] {
  const out: Token[] = [];
  for (const m of line.text.slice(from).matchAll(/\S+/gu)) {
    const col = from + m.index;
    out.push({ text: m[0], col, start: line.start + col, end: line.start + col + m[0].length });
  }
  return out;
}

/** Display columns: an ideograph takes two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

/** Tokens as one cell, the spaces pdftotext put between an ideograph and a digit left out (3 岁 → 3岁). */
function cellOf(ts: readonly Token[]): LayoutCell {
  let text = '';
  let prev: Token | undefined;
  for (const t of ts) {
    if (prev && /[A-Za-z0-9]$/u.test(prev.text) && /^[A-Za-z0-9]/u.test(t.text)) text += ' ';
    text += t.text;
    prev = t;
  }
  const first = ts[0];
  const last = ts[ts.length - 1];
  return { text, start: first?.start ?? 0, end: last?.end ?? 0 };
}

/** The header's cells: tokens joined where a piece alone is no heading (2020 + 年 → 2020年, 指标 + 名称 → 指标名称). */
function headerCells(line: Line, roles: SpacedRoles): { cells: LayoutCell[]; cols: number[] } | null {
  if (!/\S {2,}\S/u.test(line.text)) return null;
  const ts = tokens(line);
  if (ts.length < 3 || ts.length > 24) return null;
  const groups: Token[][] = [];
  for (const t of ts) {
    const last = groups[groups.length - 1];
    const year = last?.length === 1 && /^20\d\d$/u.test(last[0]?.text ?? '') && t.text.startsWith('年');
    if (last && (year || (roles.roleOf(t.text) === null && roles.roleOf(cellOf([...last, t]).text) !== null))) last.push(t);
    else groups.push([t]);
  }
  const cells = groups.map(cellOf);
  const kinds = cells.map((c) => roles.roleOf(c.text));
  if (kinds.some((k) => k === null || !ROLES.has(k))) return null;
  if (kinds.filter((k) => k === 'name').length !== 1 || !kinds.includes('year')) return null;
  // The sequence number and the nature are what a row is known by: a table with neither is not read.
  if (!kinds.includes('seq') && !kinds.includes('nature')) return null;
  // Columns in the header's order: 序号 first, the name before the values, the unit beside the name, the nature last.
  const order = kinds.map((k) => ['seq', 'group', 'name', 'unit', 'year', 'nature'].indexOf(k ?? ''));
  if (order.some((o, i) => i > 0 && o < (order[i - 1] ?? 0))) return null;
  if (kinds.filter((k) => k !== 'year').length !== new Set(kinds.filter((k) => k !== 'year')).size) return null;
  return { cells, cols: groups.map((g) => g[0]?.col ?? 0) };
}

/**
 * A header over two lines: one heading over the value columns (目标值, 规划目标) and the years under it on the next line
 * (2025 年 2030 年), each standing under it — from where it starts to where the next heading starts. The years replace
 * the heading, as the pipe tables' two-row headers are read (tables-header.ts).
 */
function yearsUnder(line: Line | undefined, head: { cells: LayoutCell[]; cols: number[] }, roles: SpacedRoles): { at: number; cells: LayoutCell[]; cols: number[] } | null {
  if (!line || !/\S {2,}\S|^ +\S/u.test(line.text)) return null;
  const spreading = head.cells.flatMap((c, k) => (roles.roleOf(c.text) === 'year' && !/20\d\d/u.test(c.text) ? [k] : []));
  const at = spreading[0];
  if (at === undefined || spreading.length !== 1) return null;
  const groups: Token[][] = [];
  for (const t of tokens(line)) {
    const last = groups[groups.length - 1];
    if (last && roles.roleOf(t.text) === null) last.push(t);
    else groups.push([t]);
  }
  const cells = groups.map(cellOf);
  const cols = groups.map((g) => g[0]?.col ?? 0);
  const from = head.cols[at] ?? 0;
  const to = head.cols[at + 1] ?? Infinity;
  const fits = cells.length >= 2 && cells.every((c, k) => /^20\d\d年/u.test(c.text) && roles.roleOf(c.text) === 'year' && (cols[k] ?? -1) >= from - 1 && (cols[k] ?? Infinity) < to);
  return fits ? { at, cells, cols } : null;
}

/** A line under the header that only finishes its headings (序 over 号): each piece joins the heading above it in its role. */
function headerWrap(line: Line | undefined, head: { cells: LayoutCell[]; cols: number[] }, roles: SpacedRoles): boolean {
  const ts = line ? tokens(line) : [];
  return (
    ts.length > 0 &&
    ts.length < head.cells.length &&
    ts.every((t) => {
      let k = 0;
      for (let c = 1; c < head.cols.length; c++) if (Math.abs((head.cols[c] ?? 0) - t.col) < Math.abs((head.cols[k] ?? 0) - t.col)) k = c;
      const cell = head.cells[k];
      const role = cell ? roles.roleOf(cell.text) : null;
      return cell !== undefined && Math.abs((head.cols[k] ?? 0) - t.col) <= 3 && role !== null && roles.roleOf(cell.text + t.text) === role;
    })
  );
}

/**
 * A line's tokens with a comparator written apart joined to its number (90 以上, ≥ 92), and a unit pdftotext wrote one
 * space after the number inside its cell (81.2 岁, 3.2 平方米 → 81.2岁).
 */
function valueTokens(ts: Token[], roles: SpacedRoles): Token[] {
  const out: Token[] = [];
  for (const t of ts) {
    const last = out[out.length - 1];
    if (last && SUFFIX.test(t.text) && (/\d\]?%?$/u.test(last.text) || unitInCell(last.text, roles) !== null)) out[out.length - 1] = { ...last, text: last.text + t.text, end: t.end };
    else if (last && PREFIX.test(last.text) && /^\[?\d/u.test(t.text)) out[out.length - 1] = { ...last, text: last.text + t.text, end: t.end };
    else if (last && NUMBER.test(last.text) && t.col === last.col + last.text.length + 1 && roles.isUnit(t.text)) out[out.length - 1] = { ...last, text: last.text + t.text, end: t.end };
    else out.push(t);
  }
  return out;
}
/** A number alone, with its own marks (<5.5, [12.4], 6*). */
const NUMBER = /^(?:[<>≤≥~]|不低于|不高于|不超过|不少于)?\[?\d+(?:\.\d+)?\]?\*?$/u;

interface Row {
  cells: LayoutCell[];
  seq: number | null;
  /** Column where the 领域 cell starts (-1: the row has none, or it is empty: merged with the row above). */
  groupCol: number;
  /** Column where the name starts, and its display width on the row's line. */
  nameCol: number;
  nameWidth: number;
}

/** Tokens in runs set apart by two spaces or more: the cells of a line where no cell holds such a gap. */
function segments(ts: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let prev: Token | undefined;
  for (const t of ts) {
    const last = out[out.length - 1];
    if (last && prev && t.col - (prev.col + prev.text.length) < 2) last.push(t);
    else out.push([t]);
    prev = t;
  }
  return out;
}

/** Where a table's 领域 and name columns start, as its last row or its header set them. */
interface Columns {
  group: number;
  name: number;
}

/** A row line: exactly the header's columns, read from both ends; null for any other line. */
function parseRow(line: Line, from: number, kinds: readonly string[], roles: SpacedRoles, cols: Columns): Row | null {
  const ts = valueTokens(tokens(line, from), roles);
  let lo = 0;
  let hi = ts.length;
  const cells: (LayoutCell | null)[] = kinds.map(() => null);
  const nameAt = kinds.indexOf('name');
  let seq: number | null = null;
  const groupAt = kinds.indexOf('group');
  /** Units written inside value cells (80.5岁, 95%), to be checked against the row's unit. */
  const inCell: string[] = [];
  for (let k = 0; k < nameAt; k++) {
    if (k === groupAt) continue;
    // Before the name: the sequence number only (the 领域 cell is read with the name, below).
    const t = ts[lo];
    if (!t || !/^\d{1,3}$/u.test(t.text)) return null;
    seq = Number(t.text);
    cells[k] = cellOf([t]);
    lo++;
  }
  for (let k = kinds.length - 1; k > nameAt; k--) {
    const t = hi > lo ? ts[hi - 1] : undefined;
    const kind = kinds[k];
    // A unit pdftotext wrote in two pieces (1/10 万) is one cell.
    const before = hi - 1 > lo ? ts[hi - 2] : undefined;
    if (kind === 'unit' && t && before && /[\d/]/u.test(before.text) && roles.isUnit(before.text + t.text)) {
      cells[k] = { text: before.text + t.text, start: before.start, end: t.end };
      hi -= 2;
      continue;
    }
    const take = t && (kind === 'nature' ? roles.isNature(t.text) : kind === 'unit' ? roles.isUnit(t.text) : VALUE.test(t.text) || unitInCell(t.text, roles) !== null);
    if (take && t && kind === 'year') {
      const unit = unitInCell(t.text, roles);
      if (unit !== null) inCell.push(unit);
    }
    if (take) {
      cells[k] = cellOf([t]);
      hi--;
    } else if (kind === 'unit') {
      // An empty unit cell (the unit is in the name's brackets).
      const at = ts[hi]?.start ?? line.start + line.text.length;
      cells[k] = { text: '', start: at, end: at };
    } else return null;
  }
  let name = ts.slice(lo, hi);
  let groupCol = -1;
  if (groupAt >= 0) {
    // The 领域 cell and the name are two runs apart; a name alone, standing where names stand, is under a 领域 cell
    // merged down from a row above (set at the top: its words are on that row's line).
    const runs = segments(name);
    const lone = runs[0];
    if (runs.length === 2 && lone) {
      cells[groupAt] = cellOf(lone);
      groupCol = lone[0]?.col ?? -1;
      name = runs[1] ?? [];
    } else if (runs.length === 1 && lone && Math.abs((lone[0]?.col ?? 0) - cols.name) < Math.abs((lone[0]?.col ?? 0) - cols.group)) {
      const at = lone[0]?.start ?? line.start;
      cells[groupAt] = { text: '', start: at, end: at };
    } else return null;
  }
  const first = name[0];
  const last = name[name.length - 1];
  // A row line without its name: the table's cells are centred or set at the bottom.
  // A name never ends in a number or a slash: that is a value or a unit cut short (孕产妇死亡率 1/10 | 万).
  if (!first || !last || VALUE.test(last.text) || /[\d/]$/u.test(last.text)) return null;
  cells[nameAt] = cellOf(name);
  // A unit inside a value cell is read when it is the row's unit — the unit column's, else the name's in brackets
  // (人均预期寿命(岁) | 80.5岁), or the table gives none —, never when it is another (岁 | 95%): which of the two the
  // number is in cannot be told.
  const unitAt = kinds.indexOf('unit');
  const rowUnit = (unitAt >= 0 ? cells[unitAt]?.text : '') || (/\(([^()]+)\)$/u.exec(cells[nameAt]?.text ?? '')?.[1] ?? '');
  const own = rowUnit.replace(/\s+/gu, '');
  if (own && roles.isUnit(own) && inCell.some((u) => u !== own)) return null;
  const full = cells.every((c): c is LayoutCell => c !== null);
  return full ? { cells, seq, groupCol, nameCol: first.col, nameWidth: width(line.text.slice(first.col, last.col + last.text.length)) } : null;
}

/** A row line whose name is elsewhere: after the sequence number (if any), a value or a unit; at its end a nature or value. */
function centredRow(ts: Token[], hasSeq: boolean, roles: SpacedRoles): boolean {
  const vs = valueTokens(ts, roles);
  const firstCell = hasSeq && /^\d{1,3}$/u.test(vs[0]?.text ?? '') ? vs[1] : vs[0];
  const lastCell = vs[vs.length - 1];
  if (!firstCell || !lastCell || vs.length < 2) return false;
  return (VALUE.test(firstCell.text) || roles.isUnit(firstCell.text)) && (roles.isNature(lastCell.text) || VALUE.test(lastCell.text));
}

/** A row line of a table without 序号 that is not of the header's shape: name first where names stand, columns apart, a nature or value last. */
function otherRow(ts: Token[], body: string, kinds: readonly string[], roles: SpacedRoles, nameCol: number): boolean {
  const vs = valueTokens(ts, roles);
  const first = vs[0];
  const last = vs[vs.length - 1];
  if (!first || !last || vs.length < 3 || !/\S {2,}\S/u.test(body.trim())) return false;
  if (kinds.includes('group') || Math.abs(first.col - nameCol) > 3 || VALUE.test(first.text) || roles.isUnit(first.text)) return false;
  if (/[。;,:；，：]/u.test(body)) return false;
  const natureLast = kinds[kinds.length - 1] === 'nature';
  const value = (t: Token | undefined) => t !== undefined && (VALUE.test(t.text) || unitInCell(t.text, roles) !== null);
  // A nature cell left empty: two values at the end, which no line of a wrapped name has.
  return (natureLast && roles.isNature(last.text)) || (value(last) && (!natureLast || value(vs[vs.length - 2])));
}

/**
 * The table whose header is lines[i], as rows of cells under the header's columns, or null when lines[i] is no such
 * header or the table is not read (see the top of the file).
 */
export function spacedTable(lines: readonly Line[], i: number, roles: SpacedRoles): SpacedTable | null {
  const headLine = lines[i];
  if (!headLine) return null;
  const head = headerCells(headLine, roles);
  if (!head) return null;
  const lower = yearsUnder(lines[i + 1], head, roles);
  if (lower) {
    head.cells.splice(lower.at, 1, ...lower.cells);
    head.cols.splice(lower.at, 1, ...lower.cols);
  }
  const kinds = head.cells.map((c) => roles.roleOf(c.text) ?? '');
  const hasSeq = kinds.includes('seq');
  const nameAt = kinds.indexOf('name');
  const groupAt = kinds.indexOf('group');
  const cols: Columns = { group: groupAt >= 0 ? (head.cols[groupAt] ?? -1) : -1, name: head.cols[nameAt] ?? 0 };
  const rows: { row: Row; line: number }[] = [];
  const items: (LayoutItem & { row?: LayoutCell[] })[] = [];
  /** Lines of name (and of 领域) under each row (index into rows), the name's start column and width on the line. */
  const wraps: { to: number; name: LayoutCell | null; group: LayoutCell | null; col: number; width: number }[] = [];
  let end = headLine.start + headLine.text.length;
  let blanks = 0;
  /** A page break passed since the last line of the table. */
  let paged = false;
  let j = lower ? i + 2 : i + 1;
  // A heading wrapped onto the next line (序 over 号).
  if (headerWrap(lines[j], head, roles)) j++;
  let next = j;
  for (; j < lines.length; j++) {
    const line = lines[j];
    if (!line) break;
    // pdftotext begins a page with a form feed on its first line.
    const from = line.text.startsWith('\f') ? 1 : 0;
    if (from === 1) paged = true;
    const body = line.text.slice(from);
    if (body.trim() === '' || PAGE_NUMBER.test(body)) {
      if (++blanks > MAX_BLANKS) break;
      continue;
    }
    const row = parseRow(line, from, kinds, roles, cols);
    const prev = rows[rows.length - 1];
    if (row) {
      if (hasSeq && prev && row.seq !== (prev.row.seq ?? 0) + 1) break;
      // The first row has its 领域 (merged down from it, set at the top); one without it is centred in its cells.
      if (groupAt >= 0 && !prev && row.groupCol < 0) return null;
      if (row.groupCol >= 0) cols.group = row.groupCol;
      cols.name = row.nameCol;
      rows.push({ row, line: j });
      items.push({ row: row.cells });
      blanks = 0;
      paged = false;
      end = line.start + line.text.length;
      next = j + 1;
      continue;
    }
    // A page's running title: the page's first line, with a blank line under it.
    if (from === 1 && lines[j + 1]?.text.trim() === '') continue;
    const ts = tokens(line, from);
    const first = ts[0];
    const last = ts[ts.length - 1];
    if (!first || !last) break;
    // (The first row too: a first row left out, 1 | 人均预期寿命 | 岁 | 95%, lost the whole table to the prose reader.)
    if (hasSeq && first.text === String((prev?.row.seq ?? 0) + 1) && /\S {2,}\S/u.test(body.trim())) {
      // The next row, not of the header's shape. Its values start right after its number when its name is on other
      // lines (cells centred): the table gives nothing. Otherwise (a value cell left empty) the row is left out, and
      // the lines of name under it with it.
      const second = valueTokens(ts, roles)[1];
      if (!second || VALUE.test(second.text) || roles.isUnit(second.text)) return null;
      rows.push({ row: { cells: [], seq: prev && prev.row.seq === null ? null : (prev?.row.seq ?? 0) + 1, groupCol: -1, nameCol: 0, nameWidth: Infinity }, line: j });
      blanks = 0;
      end = line.start + line.text.length;
      next = j + 1;
      continue;
    }
    if (GROUP.test(body.trimStart()) && !/\S {2,}\S/u.test(body.trim())) {
      items.push({ group: cellOf(ts) });
      blanks = 0;
      end = line.start + line.text.length;
      next = j + 1;
      continue;
    }
    // A row line without its name (the values right after the sequence number, or at the line's start): the cells are
    // centred or set at the bottom, and the name lines around it cannot be given to their rows. Nothing is read.
    if (centredRow(ts, hasSeq, roles)) return null;
    // Without 序号, a row of another shape (a value cell left empty, a unit cell against the row's unit) is known by its
    // name standing where names stand and its nature (or a value) at the line's end, columns apart: it is left out and
    // the rows after it are read, where it ended the table (the first row: the whole table was lost to the prose reader).
    if (!hasSeq && otherRow(ts, body, kinds, roles, prev ? prev.row.nameCol : cols.name)) {
      rows.push({ row: { cells: [], seq: null, groupCol: -1, nameCol: 0, nameWidth: Infinity }, line: j });
      blanks = 0;
      paged = false;
      end = line.start + line.text.length;
      next = j + 1;
      continue;
    }
    // A line of a name wrapped under its row: one run of text ending in no value, right under the row (or on the next
    // page), not a note, a heading or a caption.
    if (!prev || (blanks > 0 && !paged) || VALUE.test(last.text) || SUFFIX.test(last.text) || /[。;,:]/u.test(body) || TABLE_END.test(body.trim())) break;
    // One run of text; two when the table has a 领域 column, each under its own column.
    const runs = segments(ts);
    if (runs.length > (groupAt >= 0 ? 2 : 1)) break;
    let nameRun: Token[] | null = null;
    let groupRun: Token[] | null = null;
    for (const run of runs) {
      const col = run[0]?.col ?? 0;
      const toGroup = groupAt >= 0 && Math.abs(col - (prev.row.groupCol >= 0 ? prev.row.groupCol : cols.group)) < Math.abs(col - prev.row.nameCol);
      if (toGroup && !groupRun && !nameRun) groupRun = run;
      else if (!toGroup && !nameRun) nameRun = run;
      else return null;
    }
    // Words of 领域 under a row whose 领域 cell is empty: a merged cell centred on its rows, which cannot be placed.
    if (groupRun && prev.row.cells.length > 0 && prev.row.groupCol < 0) return null;
    const nameFirst = nameRun?.[0];
    const nameLast = nameRun?.[nameRun.length - 1];
    wraps.push({
      to: rows.length - 1,
      name: nameRun ? cellOf(nameRun) : null,
      group: groupRun ? cellOf(groupRun) : null,
      col: nameFirst?.col ?? -1,
      width: nameFirst && nameLast ? width(line.text.slice(nameFirst.col, nameLast.col + nameLast.text.length)) : 0,
    });
    blanks = 0;
    paged = false;
    end = line.start + line.text.length;
    next = j + 1;
  }
  if (items.length === 0) return null;
  let widest = 0;
  for (const r of rows) if (r.row.cells.length > 0) widest = Math.max(widest, r.row.nameWidth);
  /** The last line of name joined to a row so far: the row, and the line's width. */
  let lastName = { to: -1, width: 0 };
  for (const w of wraps) {
    const own = rows[w.to]?.row;
    const after = rows[w.to + 1]?.row;
    if (!w.name) continue;
    // A wrapped line stands under its row's name (under the next row's after a page break moved the columns), and a
    // name wraps only when its row's line is full: a line of name after a short one belongs to the row below it
    // (cells centred), which the text cannot tell.
    if (own && own.cells.length === 0) continue;
    const aligned = own && (Math.abs(w.col - own.nameCol) <= 3 || (after && Math.abs(w.col - after.nameCol) <= 3));
    const full = (lastName.to === w.to ? lastName.width : (own?.nameWidth ?? 0)) >= widest - 4;
    if (!aligned || !full) return null;
    lastName = { to: w.to, width: w.width };
  }
  // A 领域 cell merged down its rows (a row without one) runs its words on over the lines of the rows under it (学有所 on
  // one row's line, 教 on the next row's): which words are a new 领域 cannot be told, so no row takes one (the rows keep
  // their numbers and names; their domain is the catalog's), where 教 alone was taken for a heading.
  if (groupAt >= 0 && rows.some((r) => r.row.cells.length > 0 && r.row.groupCol < 0)) {
    for (const r of rows) {
      const cell = r.row.cells[groupAt];
      if (cell) r.row.cells[groupAt] = { text: '', start: cell.start, end: cell.start };
    }
    for (const w of wraps) w.group = null;
  }
  // Join each row's wrapped lines to its name and its 领域.
  for (const w of wraps) {
    const r = rows[w.to]?.row;
    if (!r || r.cells.length === 0) continue;
    for (const [at, part] of [[nameAt, w.name], [groupAt, w.group]] as const) {
      const cell = at >= 0 ? r.cells[at] : undefined;
      if (cell && part) r.cells[at] = { text: cell.text + part.text, start: cell.start, end: part.end };
    }
  }
  return { header: head.cells, items: items.map((it) => ('row' in it && it.row ? { row: it.row } : it)), region: { start: headLine.start, end }, next };
}
