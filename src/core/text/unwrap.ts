// Hard-wrapped plain text (pdftotext, a copy from a PDF viewer, some TXT downloads) breaks a sentence over lines at a
// fixed width, or over a page number. Such a break is read as no break: dropped between CJK characters, a space between
// Latin ones, with the offset map kept exact so quotes and spans still point at what was written. Conservative: a false
// join glues a heading or a table cell to prose, which is worse than a missed one.

/** Offset maps (normalize.ts composes them; `null` means identity): unit i of a text came from [start[i], end[i]) of the original. */
export interface OffsetMap {
  start: Int32Array;
  end: Int32Array;
}

export interface Unwrapped {
  text: string;
  map: OffsetMap | null;
}

/** One replacement of `text` units [start, end) by `by` ('' drops them; ' ' keeps the first as a space). */
export interface Join {
  start: number;
  end: number;
  by: '' | ' ';
}

/** The smallest width (display columns, CJK = 2) a document's wrap width can have. */
const MIN_WRAP = 40;
/** Lines at least this many within a couple of columns of each other make a wrap width. */
const MIN_AT_WRAP = 3;
/** A narrower wrap width than the widest needs this many lines: short lines end paragraphs at any width. */
const MIN_AT_NARROWER = 10;
/** The smallest a narrower wrap width can be: a column of a two-column page, 20 ideographs with their punctuation. */
const MIN_NARROWER = 30;

/**
 * Per UTF-16 unit, one table read in readLines' scan of every line: its display width in the low two bits (CJK and
 * full-width forms take two columns, a low surrogate none, a high surrogate two), SPACE for a space, COLUMN_MARK for a
 * tab, | or ｜ (a table row or aligned columns).
 */
const WIDTH = 3;
const SPACE = 4;
const COLUMN_MARK = 8;
const UNIT_CLASS = (() => {
  const t = new Uint8Array(0x10000).fill(1);
  for (const [from, to] of [
    [0x2e80, 0xa4cf],
    [0xac00, 0xd7a3],
    [0xd800, 0xdbff],
    [0xf900, 0xfaff],
    [0xfe30, 0xfe4f],
    [0xff00, 0xff60],
    [0xffe0, 0xffe6],
  ] as const) {
    t.fill(2, from, to + 1);
  }
  t.fill(0, 0xdc00, 0xe000);
  for (const c of [0x20, 0x09, 0x3000, 0xa0]) t[c] = (t[c] ?? 0) | SPACE;
  for (const c of [0x09, 0x7c, 0xff5c]) t[c] = (t[c] ?? 0) | COLUMN_MARK;
  return t;
})();

const isSpaceUnit = (c: number): boolean => ((UNIT_CLASS[c] ?? 0) & SPACE) !== 0;
/** An ASCII or full-width digit. */
export const isDigitUnit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isLatin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isCjk = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff);

/** Sentence-closing (or list-opening) punctuation at a line end: the break after it is a real one. */
const CLOSING = new Set([...'。；！？：…;!?:.．'].map((ch) => ch.charCodeAt(0)));
/** Units a new item, heading, quote block or table row may start with. */
const ITEM_START = new Set([...'|#*>•·●■□◆◇★☆▲△►※-—–－+=/\\「『【〔［[(（<《'].map((ch) => ch.charCodeAt(0)));
const CJK_NUMERAL = new Set([...'一二三四五六七八九十百零〇'].map((ch) => ch.charCodeAt(0)));
const ITEM_AFTER_NUMBER = new Set([...'、.．)）:：'].map((ch) => ch.charCodeAt(0)));

interface Line {
  /** First unit, and the unit after its last (the \n, or text.length). */
  start: number;
  end: number;
  /** First and after-last non-space units; first === last when the line is blank. */
  first: number;
  last: number;
  width: number;
  /** Holds a tab or |, or a run of two spaces inside: a table row or aligned columns. */
  columns: boolean;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let first = start;
    while (first < end && isSpaceUnit(text.charCodeAt(first))) first++;
    let last = end;
    while (last > first && isSpaceUnit(text.charCodeAt(last - 1))) last--;
    let width = 0;
    let columns = false;
    for (let i = start; i < end; i++) {
      const f = UNIT_CLASS[text.charCodeAt(i)] ?? 0;
      width += f & WIDTH;
      if (f < SPACE) continue;
      if ((f & COLUMN_MARK) !== 0) columns = true;
      // A space inside the line after another: a run of two.
      else if (i > first && i < last && ((UNIT_CLASS[text.charCodeAt(i - 1)] ?? 0) & SPACE) !== 0) columns = true;
    }
    lines.push({ start, end, first, last, width, columns });
    start = end + 1;
  }
  return lines;
}

/**
 * The wrap widths, widest first: the widest width that at least MIN_AT_WRAP lines reach within two columns, then any
 * narrower one at which at least MIN_AT_NARROWER lines run on into the next (the columns of a two-column page in a
 * document whose other pages run the full width, as pdftotext writes them; a list of short items ending in 。 makes
 * none). Empty when the text is not hard-wrapped.
 */
function wrapWidths(text: string, lines: Line[]): number[] {
  let max = 0;
  for (const l of lines) if (!l.columns && l.width > max) max = l.width;
  if (max < MIN_WRAP) return [];
  const count = new Int32Array(max + 1);
  const running = new Int32Array(max + 1);
  for (const l of lines) {
    if (l.columns || l.width < MIN_NARROWER) continue;
    if (l.width >= MIN_WRAP) count[l.width] = (count[l.width] ?? 0) + 1;
    if (runsOn(text, l)) running[l.width] = (running[l.width] ?? 0) + 1;
  }
  const widths: number[] = [];
  // Sliding window of three widths [w - 2, w], from the top; a width found covers its slack below it.
  for (let w = max; w >= (widths.length === 0 ? MIN_WRAP : MIN_NARROWER); w--) {
    const at = widths.length === 0 ? count : running;
    const near = (at[w] ?? 0) + (at[w - 1] ?? 0) + (at[w - 2] ?? 0);
    if (near >= (widths.length === 0 ? MIN_AT_WRAP : MIN_AT_NARROWER)) {
      widths.push(w);
      w -= Math.max(4, Math.round(w / 8));
    }
  }
  return widths;
}

/** The wrap width `width` is at (within its slack below, two columns above), or 0. */
function wrapAt(widths: readonly number[], width: number): number {
  for (const w of widths) if (width >= w - Math.max(4, Math.round(w / 8)) && width <= w + 2) return w;
  return 0;
}

/** A page number on a line of its own, between dashes: — 12 —, - 12 -, －12－. */
function isPageNumber(text: string, l: Line): boolean {
  let i = l.first;
  const dash = (c: number) => c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0xff0d || c === 0x2015;
  let dashes = 0;
  while (i < l.last && dash(text.charCodeAt(i))) {
    i++;
    dashes++;
  }
  if (dashes === 0 || dashes > 2) return false;
  while (i < l.last && isSpaceUnit(text.charCodeAt(i))) i++;
  let digits = 0;
  while (i < l.last && isDigitUnit(text.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (digits === 0 || digits > 4) return false;
  while (i < l.last && isSpaceUnit(text.charCodeAt(i))) i++;
  let closing = 0;
  while (i < l.last && dash(text.charCodeAt(i))) {
    i++;
    closing++;
  }
  return closing > 0 && closing <= 2 && i === l.last;
}

/** Whether a line may continue the sentence before it: not blank, not indented, not a new item, heading or row. */
function continues(text: string, l: Line): boolean {
  if (l.first === l.last || l.first !== l.start || l.columns) return false;
  const c = text.charCodeAt(l.first);
  if (ITEM_START.has(c)) return false;
  if (c >= 0x2460 && c <= 0x24ff) return false; // ① ⑴ ⒈ …
  if (c >= 0x2776 && c <= 0x2793) return false; // ❶ …
  if (c === 0x7b2c /* 第 */) return false; // 第X条 / 第X章 / 第X部分
  if (c === 0x9644 /* 附 */ || c === 0x6ce8 /* 注 */) return false; // 附件 / 附表 / 注:
  let i = l.first;
  if (CJK_NUMERAL.has(c)) {
    while (i < l.last && CJK_NUMERAL.has(text.charCodeAt(i))) i++;
    return !ITEM_AFTER_NUMBER.has(text.charCodeAt(i));
  }
  if (isDigitUnit(c)) {
    while (i < l.last && isDigitUnit(text.charCodeAt(i))) i++;
    const after = text.charCodeAt(i);
    // 1. / 1、 / 1) open items; 1.5 is a number.
    if (after === 0x2e || after === 0xff0e) return isDigitUnit(text.charCodeAt(i + 1));
    return !ITEM_AFTER_NUMBER.has(after);
  }
  return isCjk(c) || isLatin(c) || isDigitUnit(c);
}

/** Whether a line may run on into the next: it ends in a letter or digit, not in closing punctuation. */
function runsOn(text: string, l: Line): boolean {
  if (l.first === l.last || l.columns || l.last !== l.end) return false;
  const c = text.charCodeAt(l.last - 1);
  if (CLOSING.has(c)) return false;
  return isCjk(c) || isLatin(c) || isDigitUnit(c) || c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0x25 || c === 0xff05;
}

/** Whether a line continuing a sentence ends the paragraph (closing punctuation) or runs on at a wrap width. */
function endsOrRuns(text: string, l: Line, wraps: readonly number[]): boolean {
  if (CLOSING.has(text.charCodeAt(l.last - 1))) return true;
  return wrapAt(wraps, l.width) > 0;
}

/** The join of the break(s) between `a`'s end and `b`'s start: '' between CJK, ' ' when Latin meets Latin. */
function joinOf(text: string, a: Line, b: Line): Join {
  const before = text.charCodeAt(a.last - 1);
  const after = text.charCodeAt(b.first);
  // Digits meeting digits: a number cut in CJK text (6\n5%), two numbers in Latin text (in 2030\n45 beds).
  let i = a.last - 1;
  while (i > a.first && isDigitUnit(text.charCodeAt(i))) i--;
  const latinLine = isLatin(text.charCodeAt(i)) || isSpaceUnit(text.charCodeAt(i));
  const latin = isDigitUnit(before) && isDigitUnit(after) ? latinLine : (isLatin(before) || isDigitUnit(before) || before === 0x2c) && (isLatin(after) || isDigitUnit(after)) && (isLatin(before) || isLatin(after));
  return { start: a.end, end: b.start, by: latin ? ' ' : '' };
}

/** The line breaks of a hard-wrapped paragraph, and page numbers that interrupt a sentence, in text order. */
export function findJoins(text: string): Join[] {
  if (text.indexOf('\n') < 0) return [];
  const lines = readLines(text);
  const wraps = wrapWidths(text, lines);
  const joins: Join[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k] as Line;
    if (!runsOn(text, a)) continue;
    // A sentence cut by a page number: text, the page number (blank lines around it), text.
    let p = k + 1;
    while (p < lines.length && (lines[p] as Line).first === (lines[p] as Line).last) p++;
    const page = lines[p];
    if (page && a.width >= MIN_WRAP / 2 && isPageNumber(text, page)) {
      let q = p + 1;
      while (q < lines.length && (lines[q] as Line).first === (lines[q] as Line).last) q++;
      const b = lines[q];
      if (b && continues(text, b) && endsOrRuns(text, b, wraps)) {
        joins.push(joinOf(text, a, b));
        k = q - 1;
      }
      continue;
    }
    // A line at one of the document's wrap widths, the next line right below it.
    const b = lines[k + 1] as Line;
    if (wrapAt(wraps, a.width) > 0 && continues(text, b) && endsOrRuns(text, b, wraps)) joins.push(joinOf(text, a, b));
  }
  return joins;
}

/** Applies the joins to `text`, composing `map` (text → original; null: identity) so spans still map back exactly. */
export function unwrap(text: string, map: OffsetMap | null): Unwrapped {
  const joins = findJoins(text);
  if (joins.length === 0) return { text, map };
  const parts: string[] = [];
  const source = new Int32Array(text.length);
  let k = 0;
  let from = 0;
  const keep = (to: number) => {
    parts.push(text.slice(from, to));
    for (let i = from; i < to; i++) source[k++] = i;
  };
  for (const j of joins) {
    keep(j.start);
    if (j.by === ' ') {
      parts.push(' ');
      source[k++] = j.start;
    }
    from = j.end;
  }
  keep(text.length);
  const start = new Int32Array(k);
  const end = new Int32Array(k);
  for (let i = 0; i < k; i++) {
    const s = source[i] ?? 0;
    start[i] = map ? (map.start[s] ?? 0) : s;
    end[i] = map ? (map.end[s] ?? 0) : s + 1;
  }
  return { text: parts.join(''), map: { start, end } };
}
