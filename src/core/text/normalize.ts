// Original text → normalised text (invisible characters dropped, radicals unified, simplified, width-folded, unified
// punctuation) with an exact offset map back, plus mojibake runs.
import data from '../../data/text-tables.json';
import { CLAUSE_PUNCT, findDamage, isSpace } from './damage';
import { cjkFoldTable } from './cjk-fold';
import { hkToSimplified } from './opencc-hk2s';
import { CHANGES_ALONE, scriptTable } from './script-table';
import { decodeUnits } from './unit-list';
import { isDigitUnit, type OffsetMap, unwrap } from './unwrap';
import type { Script, Span } from '../types';

export interface Normalized {
  original: string;
  /**
   * Format characters (zero-width space, soft hyphen, bidi controls, BOM, …) dropped; radicals and compatibility
   * ideographs unified; simplified, width-folded, unified punctuation; \r\n and \r become \n.
   */
  text: string;
  /** 'traditional' when conversion changed a meaningful share of the CJK characters. */
  script: Script;
  /** Damaged runs (mojibake) in NORMALIZED coordinates, in order, not overlapping. */
  damage: Span[];
  /** Maps a half-open span of `text` to the half-open span of `original` it came from. */
  toOriginal(span: Span): Span;
}

export function normalize(original: string): Normalized {
  const folded = foldChars(original);
  const converted = toSimplified(folded.text);
  // Hard-wrapped lines joined (unwrap.ts), the map composed so spans still point at the original.
  const unwrapped = unwrap(converted.text, composeMaps(original, folded, converted));
  const { map } = unwrapped;
  // (One character for one: the map still holds.)
  const text = minguoYears(ocrYears(unwrapped.text));
  const toOriginal = (span: Span): Span => mapSpan(map, text.length, original, span);
  const damage = findDamage(original)
    .map((span) => toNormalizedSpan(map, text.length, span))
    .filter((span) => span.end > span.start);
  const script =
    converted.changed > 0 && converted.changed >= converted.cjk * TRADITIONAL_SHARE ? 'traditional' : 'simplified';
  return { original, text, script, damage, toOriginal };
}

/** A year a scan misread (2O30年, 2O3l年, 2o25年): O or o for 0, l or I for 1, the first digit read, before 年. */
const OCR_YEAR = /(?<![A-Za-z0-9])(?=[0-9OolI]{4}年)([12])([0-9OolI]{3})(?=年)/gu;

/**
 * A scan's year with a letter for a digit is the year (到2O30年 → 到2030年), so it dates what follows it and stays out
 * of a name; only 19xx and 20xx, a digit first, 年 right after. A misread value elsewhere (l00%) stays unread.
 */
function ocrYears(text: string): string {
  // Only a digit before a letter can start a change: the year's first digit and its first letter have digits (or
  // nothing) between them. O/o/l/I alone are in most Latin words, a digit then one of them in few texts.
  if (!/[0-9][OolI]/u.test(text)) return text;
  return text.replace(OCR_YEAR, (all: string, first: string, rest: string) => {
    if (!/[OolI]/u.test(rest)) return all;
    const year = first + rest.replace(/[Oo]/gu, '0').replace(/[lI]/gu, '1');
    return /^(?:19|20)\d\d$/u.test(year) ? year : all;
  });
}

/** A year of the 民国 (Republic of China) calendar, 10–199, as Taiwan writes it: 民国115年 (民國, simplified already). */
const MINGUO_YEAR = /民国(\d{2,3})(?=年)/gu;
/** A span of 民国 years, the second without 民国 (民国115年至119年). */
const MINGUO_SPAN = /民国(\d{3})年(?:至|到|—|-|~)(\d{3})(?=年)/gu;

/**
 * A 民国 year is the year 1911 after its number (民国115年 is 2026): written as that year, one character for one
 * (民国115 → " 2026", 民国99 → "2010", 民国115年至119年 → " 2026—2030年"), so it dates, frames and ends a period like any year and stays out of a name.
 */
function minguoYears(text: string): string {
  if (!text.includes('民国')) return text;
  // (民国115年至119年 → " 2026—2030年": the span keeps its length with 年至 written as a dash.)
  const spans = text.replace(MINGUO_SPAN, (_: string, a: string, b: string) => ` ${Number(a) + 1911}—${Number(b) + 1911}`);
  return spans.replace(MINGUO_YEAR, (all: string, n: string) => {
    const year = String(Number(n) + 1911);
    return n.length === 3 ? ` ${year}` : n.length === 2 && Number(n) >= 10 ? year : all;
  });
}

/** A name or title without the invisible characters normalisation drops (bidi controls, zero-width spaces, …). */
export function visibleText(s: string): string {
  return s.replace(IGNORABLE_ALL, '');
}

/** The original text a span of the normalised text came from. */
export function originalSlice(n: Normalized, span: Span): string {
  const o = n.toOriginal(span);
  return n.original.slice(o.start, o.end);
}

// ---------------------------------------------------------------------------
// Offset maps (OffsetMap, unwrap.ts). `null` means identity; otherwise unit i of the output came from [start[i], end[i]).

function mapSpan(map: OffsetMap | null, length: number, original: string, span: Span): Span {
  const s = clamp(span.start, 0, length);
  const e = clamp(span.end, s, length);
  if (s === e) {
    const at = s < length ? (map ? (map.start[s] ?? 0) : s) : original.length;
    const snapped = isPairTail(original, at) ? at - 1 : at;
    return { start: snapped, end: snapped };
  }
  let os = map ? (map.start[s] ?? 0) : s;
  let oe = map ? (map.end[e - 1] ?? original.length) : e;
  // A span never splits a supplementary character of the original.
  if (isPairTail(original, os)) os--;
  if (isPairTail(original, oe)) oe++;
  return { start: os, end: oe };
}

/** Smallest span of the normalised text covering an original span. */
function toNormalizedSpan(map: OffsetMap | null, length: number, span: Span): Span {
  if (!map) return { start: span.start, end: span.end };
  const { start, end } = map;
  // First unit whose source ends after span.start; first unit whose source starts at or after span.end.
  const s = lowerBound(length, (i) => (end[i] ?? 0) > span.start);
  const e = lowerBound(length, (i) => (start[i] ?? 0) >= span.end);
  return { start: s, end: Math.max(s, e) };
}

function lowerBound(length: number, ok: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function clamp(v: number, lo: number, hi: number): number {
  if (!(v >= lo)) return lo;
  return v > hi ? hi : Math.floor(v);
}

function isPairTail(s: string, i: number): boolean {
  return i > 0 && i < s.length && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1));
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function composeMaps(original: string, first: Folded, second: Converted): OffsetMap | null {
  const a = first.sourceIndex;
  const b = second.map;
  if (!a) return b;
  const n = second.text.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const from = b ? (b.start[i] ?? 0) : i;
    const to = b ? (b.end[i] ?? 0) : i + 1;
    start[i] = a[from] ?? 0;
    end[i] = foldedSourceEnd(original, first.text, a, to - 1);
  }
  return { start, end };
}

// ---------------------------------------------------------------------------
// Traditional → simplified, keeping the map exact.

/** Below this share of changed CJK characters a text is simplified with a few stray forms. */
const TRADITIONAL_SHARE = 0.1;
/** Text is converted in chunks of about this many units; a chunk whose length changes is redone clause by clause. */
const MAX_CHUNK = 4096;

interface Converted {
  text: string;
  map: OffsetMap | null;
  changed: number;
  /** CJK characters of the text, counted only when it has one the conversion could change (else 0: nothing changed). */
  cjk: number;
}

/** A piece of converted output and the original units it came from. */
interface Piece {
  out: string;
  from: number;
  to: number;
  /** Same length and surrogate layout as the source, so units map one to one. */
  aligned: boolean;
}

/**
 * OpenCC 'hk' → 'cn' converts HK and standard forms (衞, 綫) and leaves 著 alone, which 'tw' turns into 着 even
 * in 显著. opencc-hk2s.ts gives opencc-js's output for it without opencc-js's per-character cost.
 */
function getConverter(): (s: string) => string {
  return hkToSimplified;
}

function toSimplified(original: string): Converted {
  // Per BMP unit: an ideograph, and whether OpenCC changes it on its own (script-table.ts). A text without any such
  // character needs no conversion at all, and never builds the converter's dictionaries.
  // The scans over the whole text are leaf functions of their own: V8 compiles a long loop while it runs (on-stack
  // replacement), and code compiled here before this function's returns had ever run was thrown away at them.
  const table = scriptTable();
  // Nothing to convert: no change, so the script is simplified whatever the count of CJK characters (not counted).
  if (!hasCandidate(original, 0, original.length, table)) return { text: original, map: null, changed: 0, cjk: 0 };
  const cjk = countCjk(original, table);

  const convert = getConverter();
  const pieces: Piece[] = [];
  let changed = 0;
  for (let from = 0; from < original.length; ) {
    const to = chunkEnd(original, from);
    if (hasCandidate(original, from, to, table)) {
      changed += convertChunk(original, from, to, convert, pieces, 0);
    } else {
      pieces.push({ out: original.slice(from, to), from, to, aligned: true });
    }
    from = to;
  }
  const text = joinPieces(pieces);
  return { text, map: allAligned(pieces) ? null : piecesToMap(pieces, text.length), changed, cjk };
}

/** CJK characters of s (BMP units the script table knows). */
function countCjk(s: string, table: Uint8Array): number {
  let cjk = 0;
  for (let i = 0; i < s.length; i++) if ((table[s.charCodeAt(i)] ?? 0) !== 0) cjk++;
  return cjk;
}

function joinPieces(pieces: readonly Piece[]): string {
  const parts: string[] = [];
  for (const p of pieces) parts.push(p.out);
  return parts.join('');
}

function allAligned(pieces: readonly Piece[]): boolean {
  for (const p of pieces) if (!p.aligned) return false;
  return true;
}

/** Chunks end at a line break when one is near, so phrases stay whole and calls stay few. */
function chunkEnd(s: string, from: number): number {
  if (s.length - from <= MAX_CHUNK) return s.length;
  const nl = s.lastIndexOf('\n', from + MAX_CHUNK - 1);
  if (nl >= from) return nl + 1;
  let cut = from + MAX_CHUNK;
  if (isLow(s.charCodeAt(cut)) && isHigh(s.charCodeAt(cut - 1))) cut--;
  return cut;
}

function hasCandidate(s: string, from: number, to: number, table: Uint8Array): boolean {
  for (let i = from; i < to; i++) if (((table[s.charCodeAt(i)] ?? 0) & CHANGES_ALONE) !== 0) return true;
  return false;
}

/** Where to split a chunk whose conversion changed length: first lines, then clauses. */
const SPLIT_LEVELS: ReadonlyArray<(c: number) => boolean> = [
  (c) => c === 0x0a,
  (c) => CLAUSE_PUNCT.has(c) || isSpace(c),
];

/**
 * Converts original[from, to) and appends pieces. Phrase conversion may change the length;
 * then the chunk is retried line by line, clause by clause and finally code point by code point.
 * Returns the number of changed characters.
 */
function convertChunk(
  s: string,
  from: number,
  to: number,
  convert: (s: string) => string,
  pieces: Piece[],
  level: number,
): number {
  const src = s.slice(from, to);
  const out = convert(src);
  const diffs = alignedDiffs(src, out);
  if (diffs >= 0) {
    pieces.push({ out, from, to, aligned: true });
    return diffs;
  }
  const splitAfter = level < SPLIT_LEVELS.length ? SPLIT_LEVELS[level] : undefined;
  if (!splitAfter) return convertByCodePoint(src, from, convert, pieces);
  let changed = 0;
  let partStart = from;
  for (let i = from; i < to; i++) {
    if (i + 1 < to && !splitAfter(s.charCodeAt(i))) continue;
    changed += convertChunk(s, partStart, i + 1, convert, pieces, level + 1);
    partStart = i + 1;
  }
  return changed;
}

function convertByCodePoint(src: string, offset: number, convert: (s: string) => string, pieces: Piece[]): number {
  let changed = 0;
  for (let i = 0; i < src.length; ) {
    const width = isHigh(src.charCodeAt(i)) && isLow(src.charCodeAt(i + 1)) ? 2 : 1;
    const ch = src.slice(i, i + width);
    const converted = convert(ch) || ch;
    if (converted !== ch) changed++;
    pieces.push({ out: converted, from: offset + i, to: offset + i + width, aligned: alignedDiffs(ch, converted) >= 0 });
    i += width;
  }
  return changed;
}

/** Changed characters when b has a's length and surrogate layout (units map one to one), else -1. */
function alignedDiffs(a: string, b: string): number {
  if (a.length !== b.length) return -1;
  let diffs = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (isHigh(x) !== isHigh(y) || isLow(x) !== isLow(y)) return -1;
    if (!isLow(x)) diffs++;
  }
  return diffs;
}

function piecesToMap(pieces: Piece[], length: number): OffsetMap {
  const start = new Int32Array(length);
  const end = new Int32Array(length);
  let k = 0;
  for (const p of pieces) {
    for (let j = 0; j < p.out.length; j++, k++) {
      if (p.aligned) {
        start[k] = p.from + j;
        end[k] = p.from + j + 1;
      } else {
        // Every unit of an expansion stands for the whole source character.
        start[k] = p.from;
        end[k] = p.to;
      }
    }
  }
  return { start, end };
}

// ---------------------------------------------------------------------------
// Character folding, before script conversion: invisible format characters dropped, radicals and compatibility
// ideographs → unified ideographs, full-width forms → ASCII, one set of punctuation, \r\n and \r → \n.

interface Folded {
  text: string;
  /**
   * Index in the input of each output unit; null when every unit kept its position. A unit's source is one unit
   * long, except \r\n → \n and a supplementary character folded to a BMP one (two units); see foldedSourceEnd.
   */
  sourceIndex: Int32Array | null;
}

// Table values: 0 = keep, a BMP unit = replace by it, or one of these markers (surrogate values, never a target).
const CR = 0xd800;
const STRIP = 0xd801;
const SURROGATE = 0xd802;
const EXPAND = 0xd803;
/** An ASCII comma: dropped when it separates thousands (1,200人次 → 1200人次), kept otherwise. */
const COMMA = 0xd804;
/**
 * A space or no-break space: dropped when it separates thousands as Hong Kong and PDF copies write them
 * (約32 000個 → 32000個), kept (a no-break space as a space) otherwise.
 */
const SPACE = 0xd805;

/** Invisible characters a reader never sees: format controls (Cf) and default-ignorables (variation selectors, …). */
const IGNORABLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const IGNORABLE_ALL = new RegExp(IGNORABLE.source, 'gu');

let foldTable: Uint16Array | null = null;
let foldSupplementary: ReadonlyMap<number, number> | null = null;

/** The BMP units IGNORABLE matches, asked of the regular expression (slow: the generator and the test). */
export function computeIgnorableUnits(): number[] {
  const units = new Uint16Array(0x10000 - 0x800);
  for (let i = 0; i < units.length; i++) units[i] = i < 0xd800 ? i : i + 0x800;
  const bmp = new TextDecoder(LITTLE_ENDIAN ? 'utf-16le' : 'utf-16be').decode(units);
  return [...bmp.matchAll(new RegExp(IGNORABLE.source, 'gu'))].map((m) => m[0].charCodeAt(0));
}

function getFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  const t = new Uint16Array(0x10000);
  // Full-width ASCII forms: digits, letters, ％ ＋ － ＜ ＞ ＝ （ ） ， ： ； ？ ！ ［ ］ ～ …
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20; // ideographic space
  t[0x00a0] = 0x20; // no-break space
  t[0x301c] = 0x7e; // 〜 wave dash, used for ranges
  t[0x223c] = 0x7e; // ∼ tilde operator, same use
  t[0x2212] = 0x2d; // − minus sign
  // Small form variants (﹐ ﹔ ﹙ …) through NFKC, only these: NFKC on the whole text would
  // turn ① ² ㎡ into digits that read like values.
  for (let c = 0xfe50; c <= 0xfe6b; c++) {
    const folded = String.fromCharCode(c).normalize('NFKC');
    if (folded.length === 1 && folded.charCodeAt(0) !== c) t[c] = folded.charCodeAt(0);
  }
  for (const [from, to] of cjkFoldTable()) {
    if (from <= 0xffff) t[from] = to <= 0xffff ? to : EXPAND;
  }
  for (let c = 0xd800; c <= 0xdfff; c++) t[c] = SURROGATE;
  // The BMP's invisible characters, listed ahead of time (build/gen-text-tables.mjs): a scan of the BMP with the
  // regular expression cost ~100 ms per thread. normalize.test.ts checks the list against IGNORABLE.
  for (const c of decodeUnits(data.ignorable)) t[c] = STRIP;
  t[0x0d] = CR;
  t[0x2c] = COMMA;
  t[0x20] = SPACE;
  t[0xa0] = SPACE;
  foldTable = t;
  foldSupplementary = cjkFoldTable();
  return t;
}

/** Lead surrogates of the planes' ignorable characters (U+110BD, U+13430…, U+1BCA0…, U+1D173…, U+E0000–E0FFF). */
function mayBeIgnorable(lead: number): boolean {
  return lead === 0xd804 || lead === 0xd80d || lead === 0xd82f || lead === 0xd834 || (lead >= 0xdb40 && lead <= 0xdb43);
}

/**
 * Whether the ASCII comma at `i` separates thousands: 1–3 digits before it (not a number's decimals; after a comma that
 * follows a digit, only when that one separated thousands too: 1,2,345 is a list), exactly three digits after it, and no percent sign after those
 * (no plan writes 1,000%: "达到95,100%的社区" is two clauses). A full-width ， is always punctuation: Chinese text
 * separates clauses with it, never thousands.
 */
function separatesThousands(s: string, i: number, lastDropped: number): boolean {
  if (!isDigitUnit(s.charCodeAt(i + 1)) || !isDigitUnit(s.charCodeAt(i + 2)) || !isDigitUnit(s.charCodeAt(i + 3))) return false;
  const after = s.charCodeAt(i + 4);
  if (isDigitUnit(after) || after === 0x25 /* % */ || after === 0xff05 /* ％ */ || after === 0x2030 /* ‰ */) return false;
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && isDigitUnit(s.charCodeAt(j))) j--;
  const run = i - 1 - j;
  if (run < 1 || run > 3) return false;
  const before = j >= 0 ? s.charCodeAt(j) : -1;
  // After a comma: a chain's next group only if that comma separated thousands; a fresh number if it was punctuation.
  if (before === 0x2c) return j === lastDropped || !isDigitUnit(s.charCodeAt(j - 1));
  return before !== 0x2e && before !== 0xff0e; // . ．: the digits are a number's decimals
}

/**
 * Whether the space at `i` separates thousands: exactly three digits after it, then no digit, decimal point, percent sign
 * or another spaced number; 1–3 digits before it right after a letter, a sign or the text's start (not after a space: a
 * table's columns are spaced numbers, 6 100; unless that space separated thousands too, 1 200 000), never a year's four.
 */
function spaceSeparatesThousands(s: string, i: number, lastDropped: number): boolean {
  if (!isDigitUnit(s.charCodeAt(i + 1)) || !isDigitUnit(s.charCodeAt(i + 2)) || !isDigitUnit(s.charCodeAt(i + 3))) return false;
  const after = s.charCodeAt(i + 4);
  if (isDigitUnit(after) || after === 0x2e || after === 0xff0e || after === 0x25 || after === 0xff05 || after === 0x2030 || after === 0x2c) return false;
  if ((after === 0x20 || after === 0xa0) && isDigitUnit(s.charCodeAt(i + 5)) && !spaceSeparatesThousands(s, i + 4, i)) return false;
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && isDigitUnit(s.charCodeAt(j))) j--;
  const run = i - 1 - j;
  if (run < 1 || run > 3) return false;
  const before = j >= 0 ? s.charCodeAt(j) : -1;
  if (before === 0x20 || before === 0xa0) return j === lastDropped;
  return before !== 0x2e && before !== 0xff0e && before !== 0x2c && before !== 0x0a && before !== 0x09 && !(before >= 0x30 && before <= 0x39);
}

/**
 * Whether folding changes s at all. A leaf function of its own: V8 compiles a long loop while it runs (on-stack
 * replacement), and foldChars compiled in this scan, before its returns had ever run, was thrown away at them.
 */
function needsFolding(s: string, table: Uint16Array, supplementary: ReadonlyMap<number, number>): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const v = table[c] ?? 0;
    // Surrogates alone change nothing unless a pair folds or is dropped; checked below. So does a comma, unless it
    // separates thousands (the first of a chain does).
    if (v !== 0 && v !== SURROGATE && (v !== COMMA || separatesThousands(s, i, -1)) && (v !== SPACE || c !== 0x20 || spaceSeparatesThousands(s, i, -1))) return true;
    if (v === SURROGATE) {
      const cp = s.codePointAt(i) ?? 0;
      if (cp > 0xffff && (supplementary.has(cp) || (mayBeIgnorable(s.charCodeAt(i)) && IGNORABLE.test(String.fromCodePoint(cp))))) {
        return true;
      }
    }
  }
  return false;
}

function foldChars(s: string): Folded {
  const table = getFoldTable();
  const supplementary = foldSupplementary ?? cjkFoldTable();
  const n = s.length;
  if (!needsFolding(s, table, supplementary)) return { text: s, sourceIndex: null };

  let out = new Uint16Array(n);
  // Until the first change of length, output unit k is input unit k and no map is needed.
  let map: Int32Array | null = null;
  let k = 0;
  let wellFormed = true;
  let lastDropped = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const v = table[c] ?? 0;
    if (v < CR || v > SPACE) {
      if (map) map[k] = i;
      out[k++] = v === 0 ? c : v;
      continue;
    }
    if (v === SURROGATE && isHigh(c) && isLow(s.charCodeAt(i + 1))) {
      const cp = s.codePointAt(i) ?? 0;
      const target = supplementary.get(cp);
      if (mayBeIgnorable(c) && IGNORABLE.test(String.fromCodePoint(cp))) {
        map ??= identityMap(out.length, k);
      } else if (target !== undefined && target <= 0xffff) {
        map ??= identityMap(out.length, k);
        map[k] = i;
        out[k++] = target;
      } else {
        const t = target ?? cp;
        if (map) {
          map[k] = i;
          map[k + 1] = i + 1;
        }
        out[k++] = 0xd800 + ((t - 0x10000) >> 10);
        out[k++] = 0xdc00 + ((t - 0x10000) & 0x3ff);
      }
      i++;
    } else if (v === SURROGATE) {
      wellFormed = false;
      if (map) map[k] = i;
      out[k++] = c;
    } else if (v === CR) {
      map ??= identityMap(out.length, k);
      map[k] = i;
      out[k++] = 0x0a;
      if (s.charCodeAt(i + 1) === 0x0a) i++;
    } else if (v === STRIP) {
      map ??= identityMap(out.length, k);
    } else if (v === SPACE) {
      if (spaceSeparatesThousands(s, i, lastDropped)) {
        map ??= identityMap(out.length, k);
        lastDropped = i;
      } else {
        if (map) map[k] = i;
        out[k++] = 0x20;
      }
    } else if (v === COMMA) {
      if (separatesThousands(s, i, lastDropped)) {
        map ??= identityMap(out.length, k);
        lastDropped = i;
      } else {
        if (map) map[k] = i;
        out[k++] = c;
      }
    } else {
      // EXPAND: a BMP compatibility ideograph or radical whose unified form is supplementary.
      const target = supplementary.get(c) ?? c;
      // Room for these two units and one per remaining input unit.
      const need = k + 2 + (n - i - 1);
      if (need > out.length) {
        out = resized(out, need, k);
        if (map) map = resized(map, need, k);
      }
      map ??= identityMap(out.length, k);
      map[k] = i;
      map[k + 1] = i;
      out[k++] = 0xd800 + ((target - 0x10000) >> 10);
      out[k++] = 0xdc00 + ((target - 0x10000) & 0x3ff);
    }
  }
  return { text: unitsToString(out, k, wellFormed), sourceIndex: map ? map.subarray(0, k) : null };
}

function identityMap(capacity: number, length: number): Int32Array {
  const map = new Int32Array(capacity);
  for (let j = 0; j < length; j++) map[j] = j;
  return map;
}

function resized<T extends Uint16Array | Int32Array>(array: T, capacity: number, keep: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(capacity);
  bigger.set(array.subarray(0, keep));
  return bigger;
}

/** End (exclusive) in the input of the source of folded unit k: \r\n and a folded pair span two units. */
function foldedSourceEnd(input: string, folded: string, sourceIndex: Int32Array, k: number): number {
  const at = sourceIndex[k] ?? 0;
  const c = input.charCodeAt(at);
  if (c === 0x0d) return input.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
  return isHigh(c) && !isHigh(folded.charCodeAt(k)) && !isLow(folded.charCodeAt(k)) ? at + 2 : at + 1;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function unitsToString(units: Uint16Array, length: number, wellFormed: boolean): string {
  // TextDecoder is an order of magnitude faster than fromCharCode, but turns lone surrogates into U+FFFD.
  if (wellFormed) return new TextDecoder(LITTLE_ENDIAN ? 'utf-16le' : 'utf-16be').decode(units.subarray(0, length));
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) {
    parts.push(String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192))));
  }
  return parts.join('');
}

// ---------------------------------------------------------------------------
// Mojibake runs: a GBK stream that lost a byte decodes into box-drawing pieces, bopomofo,
// rare ideographs and stray Latin letters until it falls back into step. Strong signals seed
// a run; odd characters nearby extend it; clause punctuation, digits and spaces end it.
