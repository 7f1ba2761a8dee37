// The furniture of PDF pages: running headers, footers and page numbers to drop, and the two columns of a
// two-column page to read one after the other.
import { groupLines, type Line, type PageLayout, type Piece } from './pdf-layout';
import { headerGrid } from './pdf-table';

/** Running headers and footers sit in this share of the page height at its top or bottom. */
const MARGIN_BAND = 0.12;
/** Only this many lines at each end of a page are looked at as headers or footers. */
const END_LINES = 3;
/** A line in the band repeated (digits aside) on at least this share of the pages, and on two, is a running header. */
const REPEATED_SHARE = 0.3;
/** Page numbers: 3, - 3 -, — 3 —, 第3页, 第 3 页 共 10 页, 3/10, Page 3 of 10. */
const PAGE_NUMBER =
  /^[-—–_\s·•]*(第\s*)?(\d{1,3}|[一二三四五六七八九十百]+)\s*(页)?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?[-—–_\s·•]*$|^page\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/iu;

/** A running header or footer is further than this many font sizes from the body's first (or last) line. */
const APART = 1.8;
/** A running header or footer repeats at the same distance from the page's edge, within this many font sizes. */
const SAME_PLACE = 0.3;

/**
 * Lines to drop: page numbers in the top or bottom band, and lines there that repeat across pages (digits aside) at the
 * same distance from the top or bottom edge. (The place matters: the last rows of a long table end pages in the band
 * too, and two of them can read alike digits aside — 第11类…覆 beside 第31类…覆 — but not at the same height.)
 */
export function runningLines(lineSets: readonly Line[][], pages: readonly PageLayout[]): Set<Line> {
  const candidates = lineSets.map((lines, n) => {
    const height = pages[n]?.height;
    if (!height) return [];
    const inBand = (k: number) => {
      const l = lines[k];
      return l !== undefined && (k < END_LINES || k >= lines.length - END_LINES) && (l.y < MARGIN_BAND * height || l.y > (1 - MARGIN_BAND) * height);
    };
    // Set apart from the body: a gap to the next line towards the page's middle, or that line set apart itself (the
    // second line of a two-line header). The wrapped end of a table row broken across the page runs on closely.
    const apart = (k: number, step: 1 | -1): boolean => {
      const l = lines[k] as Line;
      const next = lines[k + step];
      if (!next) return true;
      if (Math.abs(next.y - l.y) > APART * Math.max(l.size, next.size)) return true;
      return inBand(k + step) && apart(k + step, step);
    };
    // A table's header repeated at the top of each page is not a running header, nor is a row of it.
    const furniture = (k: number) => inBand(k) && !headerGrid(lines[k] as Line) && !tableRow(lines[k] as Line);
    // Nor a line set closely under (or over) one of those: the wrapped end of a row's name.
    const attached = (k: number, step: 1 | -1) => {
      const l = lines[k] as Line;
      const other = lines[k + step];
      return other !== undefined && Math.abs(other.y - l.y) <= APART * Math.max(l.size, other.size) && !furniture(k + step);
    };
    return lines.filter((l, k) => {
      const inwards = l.y < height / 2 ? 1 : -1;
      return furniture(k) && apart(k, inwards) && !attached(k, inwards === 1 ? -1 : 1);
    });
  });
  /** Distance from the top edge, or (negative) from the bottom one. */
  const place = (l: Line, n: number) => {
    const height = pages[n]?.height ?? 0;
    return l.y < height / 2 ? l.y : l.y - height;
  };
  const key = (l: Line) => l.text.replace(/\d+/gu, '#').replace(/[\s|]+/gu, '');
  const placesOf = new Map<string, Array<{ page: number; at: number }>>();
  candidates.forEach((lines, n) => {
    for (const l of lines) {
      const k = key(l);
      const list = placesOf.get(k) ?? [];
      list.push({ page: n, at: place(l, n) });
      placesOf.set(k, list);
    }
  });
  const dropped = new Set<Line>();
  const needed = Math.max(2, REPEATED_SHARE * lineSets.length);
  candidates.forEach((lines, n) => {
    for (const l of lines) {
      if (PAGE_NUMBER.test(l.text.replace(/[|¦]/gu, ' '))) {
        dropped.add(l);
        continue;
      }
      const at = place(l, n);
      const same = new Set((placesOf.get(key(l)) ?? []).filter((p) => Math.abs(p.at - at) <= SAME_PLACE * l.size).map((p) => p.page));
      if (same.size >= needed) dropped.add(l);
    }
  });
  return dropped;
}

/** A line of three or more cells, one a number: a table's row (a page's first or last), never a running header. */
function tableRow(l: Line): boolean {
  if (!l.row) return false;
  const cells = l.text.split('|').map((c) => c.trim()).filter((c) => c !== '');
  return cells.length >= 3 && cells.some((c) => /^[<>≤≥＜＞]?\[?\d+(\.\d+)?\]?%?$/u.test(c));
}

/** A gutter is looked for in this middle share of the page width. */
const GUTTER_ZONE: [number, number] = [0.3, 0.7];
/** Each side of a two-column run needs this many lines. */
const MIN_COLUMN_LINES = 3;
/** Share of the lines on each side that must look like wrapped prose (one stretch of text filling most of the column). */
const PROSE_SHARE = 0.6;

/**
 * The flows of a page in reading order: a run of lines that a vertical gutter splits into two columns of prose
 * gives its left column, then its right one; lines across the gutter (a title, a table) stay where they are.
 */
export function readingOrder(lines: readonly Line[], width: number | undefined): Line[][] {
  if (!width || lines.length < 2 * MIN_COLUMN_LINES) return [[...lines]];
  const gutter = findGutter(lines, width);
  if (gutter === null) return [[...lines]];
  const flows: Line[][] = [];
  let run: Line[] = [];
  let across: Line[] = [];
  const endRun = () => {
    if (run.length === 0) return;
    const split = splitColumns(run, gutter);
    if (split) {
      if (across.length > 0) flows.push(across);
      across = [];
      flows.push(split[0], split[1]);
    } else {
      for (const l of run) across.push(l);
    }
    run = [];
  };
  for (const line of lines) {
    if (covers(line, gutter)) {
      endRun();
      across.push(line);
    } else {
      run.push(line);
    }
  }
  endRun();
  if (across.length > 0) flows.push(across);
  return flows.length > 0 ? flows : [[...lines]];
}

function covers(line: Line, x: number): boolean {
  return line.pieces.some((p) => p.x - 0.2 * p.size < x && p.x + p.width + 0.2 * p.size > x);
}

/** The x in the middle of the page crossed by the fewest lines, if some lines have text on both sides of it. */
function findGutter(lines: readonly Line[], width: number): number | null {
  let best: number | null = null;
  let bestCount = Infinity;
  const centre = width / 2;
  for (let x = GUTTER_ZONE[0] * width; x <= GUTTER_ZONE[1] * width; x += 2) {
    const count = lines.reduce((n, l) => n + (covers(l, x) ? 1 : 0), 0);
    if (count < bestCount || (count === bestCount && best !== null && Math.abs(x - centre) < Math.abs(best - centre))) {
      bestCount = count;
      best = x;
    }
  }
  if (best === null || bestCount > lines.length / 2) return null;
  return best;
}

/** The two columns of a run, or null when one side is not a column of prose (a table's cells, a stray note). */
function splitColumns(run: readonly Line[], gutter: number): [Line[], Line[]] | null {
  const leftPieces: Piece[] = [];
  const rightPieces: Piece[] = [];
  for (const l of run) for (const p of l.pieces) (p.x + p.width / 2 < gutter ? leftPieces : rightPieces).push(p);
  const left = groupLines(leftPieces);
  const right = groupLines(rightPieces);
  if (!proseColumn(left) || !proseColumn(right)) return null;
  return [left, right];
}

function proseColumn(lines: readonly Line[]): boolean {
  if (lines.length < MIN_COLUMN_LINES) return false;
  const left = lines.reduce((min, l) => Math.min(min, l.left), Infinity);
  const right = lines.reduce((max, l) => Math.max(max, l.right), -Infinity);
  const filled = lines.filter((l) => !l.row && l.right - l.left >= 0.6 * (right - left)).length;
  return filled >= PROSE_SHARE * lines.length;
}
