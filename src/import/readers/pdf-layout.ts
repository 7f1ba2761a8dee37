// Positioned PDF text pieces → lines in reading order: rows by baseline, " | " across wide gaps, wrapped paragraph lines
// rejoined, indicator tables read as a grid (pdf-table.ts), running headers and columns found (pdf-page.ts).
import { readingOrder, runningLines } from './pdf-page';
import type { Rule } from './pdf-rules';
import { headerGrid, readTable, stackedHeader, type Grid } from './pdf-table';
import { superscriptText } from './superscript';

/** A text piece in display space (y grows downwards), as pdfjs reports it after the page's viewport transform. */
export interface Piece {
  text: string;
  /** Left end of the baseline. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size in display units. */
  size: number;
}

export interface Line {
  pieces: Piece[];
  y: number;
  left: number;
  right: number;
  size: number;
  /** Pieces stood apart like table cells. */
  row: boolean;
  text: string;
}

/** Pieces whose baselines differ by less than this share of the font size share a line (sub/superscripts drift). */
const SAME_LINE = 0.5;
/**
 * A gap of more than one em between pieces is a column boundary: pdfjs already turns gaps of up to
 * 0.6 em into spaces inside a piece, and Word's cell margins alone put about one em between cells.
 */
const COLUMN_GAP = 1.0;
/** A gap above this share of the font size is a word space in Latin text. */
const SPACE_GAP = 0.1;
/** Fake bold draws a run two or three times, shifted by a fraction of an em. */
const OVERPRINT = 0.5;
/** A line ending within this many ems of the text block's right edge was wrapped, not ended. */
const FULL_LINE = 1.5;
/** A line ending so is a paragraph's last line, whatever room it leaves. */
const SENTENCE_END = /[。！？!?；;：:]$/u;

/**
 * How far short of the right edge a wrapped line may end: a number or Latin word (with the punctuation that may not
 * start a line) moves to the next line whole, so the line before it ends short by that word's width.
 */
function wrapRoom(next: Line, em: number): number {
  const word = /^[\x21-\x7e\u00b0\u2030\u2103]*[，。、；：,.;:%）)]?/u.exec(next.text)?.[0] ?? '';
  let ems = 0;
  for (const ch of word) ems += ch.charCodeAt(0) < 0x80 || ch === '‰' ? 0.55 : 1;
  return Math.max(FULL_LINE, ems + 0.5) * em;
}

/** A line starting more than this many ems right of the block's left edge starts a paragraph. */
const INDENT = 0.5;
/** Lines further apart than this many font sizes belong to different paragraphs. */
const PARAGRAPH_GAP = 2.2;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
/** Starts of headings and list items, which begin a new line even without an indent. */
const ITEM_START = /^(第[一二三四五六七八九十百零〇\d]+[章节条部分]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|[①-⑳])/u;

/** A piece at most this share of the font size of the text beside it, set above that text's baseline, is raised. */
const SUPERSCRIPT_SIZE = 0.8;
/** How far above the baseline beside it a superscript sits, at most, in that text's font sizes. */
const SUPERSCRIPT_RISE = 0.75;

/** Pieces after a small one looked at for the text it is raised beside. */
const HOST_SEARCH = 256;

/** Groups pieces into lines, top to bottom, each left to right. */
export function groupLines(pieces: readonly Piece[]): Line[] {
  const sorted = foldSuperscripts(pieces.filter((p) => p.text.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x));
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  let lineY = 0;
  let lineSize = 0;
  for (const piece of sorted) {
    if (current.length > 0 && Math.abs(piece.y - lineY) <= SAME_LINE * Math.min(lineSize, piece.size)) {
      current.push(piece);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [piece];
    lineY = piece.y;
    lineSize = piece.size;
  }
  if (current.length > 0) groups.push(current);
  return groups.map(toLine);
}

/**
 * Superscripts (a footnote mark after 100%, the 2 of m²) sit above the baseline of the text they follow, in a smaller
 * font: by baseline alone they form a line of their own between two lines of the paragraph, cutting its sentence in
 * two. Each goes onto the line of the text it touches, as superscriptText says: a note mark dropped (never glued to
 * the number before it), a unit's power kept as ² or ³. `sorted` is in baseline order.
 */
function foldSuperscripts(sorted: Piece[]): Piece[] {
  const maxSize = sorted.reduce((max, p) => Math.max(max, p.size), 0);
  if (!sorted.some((p) => p.size <= SUPERSCRIPT_SIZE * maxSize)) return sorted;
  const out: Piece[] = [];
  let moved = false;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as Piece;
    const host = s.size <= SUPERSCRIPT_SIZE * maxSize ? hostOf(sorted, i, maxSize) : null;
    if (!host) {
      out.push(s);
      continue;
    }
    moved = true;
    const text = superscriptText(s.text, host.before ? host.piece.text : '');
    if (text.trim() !== '') out.push({ ...s, text, y: host.piece.y });
  }
  return moved ? out.sort((a, b) => a.y - b.y || a.x - b.x) : sorted;
}

/** The larger piece a small one at `i` is raised beside: the one ending where it starts, else the one starting where it ends. */
function hostOf(sorted: readonly Piece[], i: number, maxSize: number): { piece: Piece; before: boolean } | null {
  const s = sorted[i] as Piece;
  let after: Piece | null = null;
  // Bounded: a page of thousands of pieces on one baseline costs each small piece at most HOST_SEARCH looks.
  for (let k = i + 1; k < sorted.length && k <= i + HOST_SEARCH; k++) {
    const p = sorted[k] as Piece;
    const rise = p.y - s.y;
    if (rise > SUPERSCRIPT_RISE * maxSize) break;
    if (rise > SUPERSCRIPT_RISE * p.size || rise <= 0.1 * p.size || s.size > SUPERSCRIPT_SIZE * p.size) continue;
    const near = 0.5 * p.size;
    if (Math.abs(s.x - (p.x + p.width)) <= near) return { piece: p, before: true };
    if (!after && Math.abs(p.x - (s.x + s.width)) <= near) after = p;
  }
  return after ? { piece: after, before: false } : null;
}

function toLine(group: Piece[]): Line {
  const pieces = dropOverprints(group.sort((a, b) => a.x - b.x));
  const size = pieces.reduce((max, p) => Math.max(max, p.size), -Infinity);
  let text = '';
  let row = false;
  const cells: string[] = [];
  let cell = '';
  let prev: Piece | null = null;
  for (const piece of pieces) {
    if (prev) {
      const gap = piece.x - (prev.x + prev.width);
      const em = Math.max(prev.size, piece.size);
      if (gap > COLUMN_GAP * em) {
        row = true;
        cells.push(cell);
        cell = '';
      } else if (gap > SPACE_GAP * em && needsSpace(cell, piece.text)) {
        cell += ' ';
      }
    }
    cell += piece.text;
    prev = piece;
  }
  cells.push(cell);
  const clean = cells.map((c) => c.replace(/\s+/gu, ' ').trim());
  // Outer pipes make two-column rows count too: the core's row reader wants at least two.
  text = row ? `| ${clean.map((c) => c.replace(/\|/g, '¦')).join(' | ')} |` : (clean[0] ?? '');
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  return {
    pieces,
    y: first?.y ?? 0,
    left: first?.x ?? 0,
    right: last ? last.x + last.width : 0,
    size,
    row,
    text,
  };
}

function dropOverprints(pieces: Piece[]): Piece[] {
  const kept: Piece[] = [];
  for (const piece of pieces) {
    const prev = kept[kept.length - 1];
    if (prev && prev.text === piece.text && Math.abs(piece.x - prev.x) < OVERPRINT * piece.size) continue;
    kept.push(piece);
  }
  return kept;
}

function needsSpace(before: string, after: string): boolean {
  const a = before.charAt(before.length - 1);
  const b = after.charAt(0);
  if (a === '' || /\s/u.test(a) || /\s/u.test(b)) return false;
  return !CJK.test(a) && !CJK.test(b);
}

/** One page's positioned text; without a size no running headers or columns are looked for. */
export interface PageLayout {
  pieces: readonly Piece[];
  width?: number;
  height?: number;
  /** Horizontal ruling lines (a table's row borders), when the page has a table. */
  rules?: readonly Rule[];
  /** The pieces grouped into lines (groupLines), when the reader has grouped them already. */
  lines?: Line[];
}

/** The text of one page (see documentText). */
export function pageText(pieces: readonly Piece[], size: { width?: number; height?: number } = {}): string {
  return documentText([{ pieces, ...size }]);
}

/**
 * The text of a document, page after page: running headers, footers and page numbers dropped, the columns of a
 * two-column page one after the other, indicator tables as pipe rows (a table continued on the next page joined to
 * its header), and lines a paragraph wrapped joined again, because the core ends a sentence at every line break
 * and would cut "达到\n4.5个" in two.
 */
export function documentText(pages: readonly PageLayout[]): string {
  const lineSets = pages.map((p) => p.lines ?? groupLines(p.pieces));
  const dropped = runningLines(lineSets, pages);
  let open: Grid | null = null;
  let before: Flow | null = null;
  const texts: string[] = [];
  lineSets.forEach((lines, n) => {
    const kept = lines.filter((l) => !dropped.has(l));
    const out: string[] = [];
    for (const lines of readingOrder(kept, pages[n]?.width)) {
      const flow = flowText(lines, open, pages[n]?.rules ?? []);
      const head = flow.lines[0];
      // A row broken across the page: its cells finished here, the row as emitted before is replaced.
      if (flow.amend !== undefined) replaceLastLine(out.length > 0 ? out : texts, flow.amend);
      // A paragraph that runs on from the previous column or page: join it, or its sentence is cut in two.
      if (before?.last && flow.first && head !== undefined && runsOn(before, flow)) {
        const target = out.length > 0 ? out : texts;
        const joined = target[target.length - 1] ?? '';
        target[target.length - 1] = joined + (needsSpace(joined, head) ? ' ' : '') + head;
        for (let k = 1; k < flow.lines.length; k++) out.push(flow.lines[k] as string);
      } else {
        for (const l of flow.lines) out.push(l);
      }
      open = flow.open;
      if (flow.lines.length > 0) before = flow;
    }
    if (out.length > 0 || texts.length === 0) texts.push(out.join('\n'));
  });
  return texts.join('\n');
}

/** Replaces the last line of the last entry (an entry may hold several lines). */
function replaceLastLine(target: string[], line: string): void {
  const k = target.length - 1;
  const entry = target[k];
  if (entry === undefined) return;
  const cut = entry.lastIndexOf('\n');
  target[k] = cut < 0 ? line : entry.slice(0, cut + 1) + line;
}

interface Flow {
  lines: string[];
  /** The previous flow's last table row, finished in this flow. */
  amend?: string;
  /** A table that reaches the end of the flow and may go on in the next one. */
  open: Grid | null;
  /** The first and last line, when they are prose (not table rows). */
  first: Line | null;
  last: Line | null;
  left: number;
  right: number;
}

/** Lines of one flow of text (a page, or one column of it) → text lines, with the table left open at its end. */
function flowText(lines: readonly Line[], open: Grid | null, rules: readonly Rule[]): Flow {
  const out: string[] = [];
  const proseLines = lines.filter((l) => !l.row);
  // Folded, not spread: a page may hold more lines than a call takes arguments.
  const left = proseLines.reduce((min, l) => Math.min(min, l.left), Infinity);
  const right = proseLines.reduce((max, l) => Math.max(max, textRight(l)), -Infinity);
  let prose: Line[] = [];
  let first: Line | null = null;
  let last: Line | null = null;
  const flush = () => {
    for (const l of proseText(prose, left, right)) out.push(l);
    prose = [];
  };
  let i = 0;
  let table: Grid | null = null;
  let amend: string | undefined;
  const top = lines[0];
  if (open && top) {
    // The table of the previous page goes on: under its repeated header, or straight away.
    const header = headerOf(lines, 0);
    const repeated = header && sameHeader(header.grid, open);
    const rest = header && !repeated ? null : readTable(lines, repeated ? header.lines : 0, open, false, rules);
    if (rest) {
      amend = rest.amend;
      for (const r of rest.rows) out.push(r);
      i = rest.end;
      if (i >= lines.length) table = rest.grid;
    }
  }
  while (i < lines.length) {
    const line = lines[i] as Line;
    const header = headerOf(lines, i);
    const found = header ? readTable(lines, i + header.lines, header.grid, true, rules) : null;
    if (found) {
      flush();
      for (const r of found.rows) out.push(r);
      i = found.end;
      table = i >= lines.length ? found.grid : null;
      last = null;
      continue;
    }
    if (out.length === 0 && prose.length === 0) first = line;
    prose.push(line);
    last = line;
    table = null;
    i++;
  }
  flush();
  return { lines: out, open: table, first, last, left, right, ...(amend === undefined ? {} : { amend }) };
}

/** Punctuation a CJK typesetter lets hang into the right margin (LibreOffice, Word, WPS). */
const HANGING = /[，。、；：！？,.;:!?）)」』”’]$/u;

/**
 * Where a line's text block ends: a mark hung into the margin (…均等化、) is left out, or the block is an em wider than
 * its full lines and a wrapped line ending short by a Latin number (80.5) looks like a paragraph's end.
 */
function textRight(line: Line): number {
  const last = line.pieces[line.pieces.length - 1];
  return HANGING.test(line.text) && last ? line.right - Math.min(last.size, last.width) : line.right;
}

/**
 * The table header starting at line i: over two or three lines when its cells wrap (序 over 号 in a narrow column, whose
 * first line alone already reads as a header and would leave 号 to the first row, shifting every name down a row),
 * else on one line.
 */
function headerOf(lines: readonly Line[], i: number): { grid: Grid; lines: number } | null {
  const line = lines[i];
  const one = line ? headerGrid(line) : null;
  const stacked = stackedHeader(lines, i);
  if (stacked && (!one || stacked.grid.columns.length >= one.columns.length)) return stacked;
  return one ? { grid: one, lines: 1 } : stacked;
}

function runsOn(before: Flow, flow: Flow): boolean {
  const { last } = before;
  const { first } = flow;
  if (!last || !first || last.row || first.row) return false;
  const em = Math.max(last.size, first.size);
  return (
    last.right >= before.right - wrapRoom(first, em) &&
    !SENTENCE_END.test(last.text) &&
    first.left <= flow.left + INDENT * em &&
    Math.abs(last.size - first.size) < 0.2 * em &&
    !ITEM_START.test(first.text)
  );
}

function sameHeader(a: Grid, b: Grid): boolean {
  return a.columns.length === b.columns.length && a.columns.every((c, i) => c.header === b.columns[i]?.header);
}

/** Text lines of lines outside tables: rows of cells stay pipe rows, wrapped paragraph lines are joined. */
function proseText(lines: readonly Line[], blockLeft: number, blockRight: number): string[] {
  const out: string[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    if (prev && out.length > 0 && continues(prev, line, blockLeft, blockRight)) {
      const joined = out[out.length - 1] ?? '';
      out[out.length - 1] = joined + (needsSpace(joined, line.text) ? ' ' : '') + line.text;
    } else {
      out.push(line.text);
    }
    prev = line;
  }
  return out;
}

function continues(prev: Line, line: Line, blockLeft: number, blockRight: number): boolean {
  if (prev.row || line.row) return false;
  const em = Math.max(prev.size, line.size);
  return (
    prev.right >= blockRight - wrapRoom(line, em) &&
    line.left <= blockLeft + INDENT * em &&
    line.y - prev.y <= PARAGRAPH_GAP * em &&
    Math.abs(prev.size - line.size) < 0.2 * em &&
    !ITEM_START.test(line.text)
  );
}
