// Damaged runs in decoded text (mojibake where a GBK stream lost a byte, U+FFFD, box-drawing and bopomofo debris),
// found generically so that extraction treats them as boundaries and keeps the numbers around them.
import data from '../../data/text-tables.json';
import { decodeBig5 } from './big5';
import { decodeUnits } from './unit-list';
import type { Span } from '../types';

/** Ordinary characters allowed between two odd ones inside one run. */
const MAX_GAP = 4;

const Kind = { Boundary: 0, Normal: 1, Odd: 2, Seed: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

let commonIdeographs: Uint8Array | null = null;

/**
 * GB2312 hanzi ∪ Big5 level-1 hanzi: everyday characters of either script. Read from the list written ahead of time
 * (build/gen-text-tables.mjs): decoding the two charsets' hanzi costs ~100 ms per thread (the GB18030 decoder's
 * start, the Big5 index), and damage.test.ts checks the list against them.
 */
function getCommonIdeographs(): Uint8Array {
  if (commonIdeographs) return commonIdeographs;
  const table = new Uint8Array(0x10000);
  for (const c of decodeUnits(data.common)) table[c] = 1;
  commonIdeographs = table;
  return table;
}

/** The everyday ideographs, decoded from GB2312's and Big5 level 1's byte ranges (slow: the generator and the test). */
export function computeCommonIdeographs(): number[] {
  const seen = new Set<number>();
  const gb: number[] = [];
  for (let a = 0xb0; a <= 0xf7; a++) for (let b = 0xa1; b <= 0xfe; b++) gb.push(a, b);
  const big5: number[] = [];
  for (let a = 0xa4; a <= 0xc6; a++) {
    for (let b = 0x40; b <= 0x7e; b++) big5.push(a, b);
    for (let b = 0xa1; b <= 0xfe; b++) big5.push(a, b);
  }
  for (const text of [new TextDecoder('gb18030').decode(new Uint8Array(gb)), decodeBig5(new Uint8Array(big5))]) {
    for (let i = 0; i < text.length; i++) seen.add(text.charCodeAt(i));
  }
  return [...seen].sort((a, b) => a - b);
}

export function findDamage(s: string): Span[] {
  const spans: Span[] = [];
  for (let from = 0; from < s.length; ) {
    const nl = s.indexOf('\n', from);
    const to = nl === -1 ? s.length : nl;
    if (lineHasSeedCandidate(s, from, to)) damageInLine(s, from, to, spans);
    from = to + 1;
  }
  return spans;
}

/**
 * Units a damaged run may start from: ? ？ U+FFFD, enclosed numbers and box drawing, bopomofo, circled numbers, private
 * use (a supplementary one by its lead surrogate). A table read per unit: this scan covers every line of every text.
 */
const SEED_CANDIDATE = (() => {
  const t = new Uint8Array(0x10000);
  t[0x3f] = 1;
  t[0xff1f] = 1;
  t[0xfffd] = 1;
  t.fill(1, 0x2460, 0x2580); // enclosed numbers, box drawing
  t.fill(1, 0x3100, 0x3130);
  t.fill(1, 0x31a0, 0x31c0);
  t.fill(1, 0x3251, 0x32c0);
  t.fill(1, 0xe000, 0xf900);
  t.fill(1, 0xdb80, 0xdc00); // supplementary private use
  return t;
})();

function lineHasSeedCandidate(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SEED_CANDIDATE[s.charCodeAt(i)] === 1) return true;
  return false;
}

function damageInLine(s: string, from: number, to: number, spans: Span[]): void {
  const cps: number[] = [];
  const offs: number[] = [];
  for (let i = from; i < to; ) {
    const cp = s.codePointAt(i) ?? 0;
    cps.push(cp);
    offs.push(i);
    i += cp > 0xffff ? 2 : 1;
  }
  const kinds = classify(cps);

  let first = -1;
  let last = -1;
  let seeded = false;
  const close = (): void => {
    if (first !== -1 && seeded) {
      const lastCp = cps[last] ?? 0;
      spans.push({ start: offs[first] ?? 0, end: (offs[last] ?? 0) + (lastCp > 0xffff ? 2 : 1) });
    }
    first = -1;
    seeded = false;
  };
  for (let i = 0; i < cps.length; i++) {
    const kind = kinds[i];
    if (kind === Kind.Boundary) {
      close();
    } else if (kind === Kind.Normal) {
      if (first !== -1 && i - last > MAX_GAP) close();
    } else {
      if (first !== -1 && i - last - 1 > MAX_GAP) close();
      if (first === -1) first = i;
      last = i;
      if (kind === Kind.Seed) seeded = true;
    }
  }
  close();
}

function classify(cps: number[]): Kind[] {
  const n = cps.length;
  const kinds: Kind[] = new Array<Kind>(n).fill(Kind.Normal);
  const boxArt = isBoxArt(cps);
  const common = getCommonIdeographs();
  for (let i = 0; i < n; i++) {
    const c = cps[i] ?? 0;
    if (c === 0xfffd || isBopomofo(c) || isPrivateUse(c)) kinds[i] = Kind.Seed;
    else if (c >= 0x2500 && c <= 0x259f) kinds[i] = boxArt ? Kind.Boundary : c <= 0x257f ? Kind.Seed : Kind.Odd;
    else if (c === 0x3f || c === 0xff1f) {
      kinds[i] = questionMarkKind(cps, i, common);
      if (kinds[i] === Kind.Seed && cps[i + 1] === 0x3002) kinds[++i] = Kind.Seed;
    } else if (isEnclosedNumber(c)) kinds[i] = gluedToLoneLetter(cps, i) ? Kind.Seed : Kind.Normal;
    else if (isBoundary(c)) kinds[i] = Kind.Boundary;
    else if (isIdeograph(c)) kinds[i] = c <= 0xffff && common[c] === 1 ? Kind.Normal : Kind.Odd;
    else if (isOddScript(c)) kinds[i] = Kind.Odd;
    else if (isLatinOdd(c)) kinds[i] = isLoneLatinRun(cps, i) ? Kind.Odd : Kind.Normal;
  }
  return kinds;
}

/** A drawn table: the line starts or ends with a box-drawing character. */
function isBoxArt(cps: number[]): boolean {
  const isBox = (c: number | undefined): boolean => c !== undefined && c >= 0x2500 && c <= 0x259f;
  let a = 0;
  let b = cps.length - 1;
  while (a <= b && isSpace(cps[a] ?? 0)) a++;
  while (b >= a && isSpace(cps[b] ?? 0)) b--;
  return a <= b && (isBox(cps[a]) || isBox(cps[b]));
}

/**
 * A question mark opening a line or clause and glued to 。 or an ideograph is a byte the
 * decoder could not map; so are runs of ?? inside Chinese. Elsewhere it is punctuation.
 */
function questionMarkKind(cps: number[], i: number, common: Uint8Array): Kind {
  const next = cps[i + 1];
  const prev = cps[i - 1];
  let j = i - 1;
  while (j >= 0 && isSpace(cps[j] ?? 0)) j--;
  const atClauseStart = j < 0 || CLAUSE_PUNCT.has(cps[j] ?? 0);
  if (atClauseStart && next !== undefined && (next === 0x3002 || isIdeograph(next) || isOddScript(next))) {
    return Kind.Seed;
  }
  const isQ = (c: number | undefined): boolean => c === 0x3f || c === 0xff1f;
  if ((isQ(next) && prev !== undefined && isIdeograph(prev)) || (isQ(prev) && next !== undefined && isIdeograph(next))) {
    return Kind.Seed;
  }
  const between = prev !== undefined && next !== undefined && isIdeograph(prev) && isIdeograph(next);
  if (between && cps[i] === 0x3f && (!isCommon(prev, common) || !isCommon(next, common))) return Kind.Odd;
  return Kind.Boundary;
}

function isCommon(c: number, common: Uint8Array): boolean {
  return c <= 0xffff && common[c] === 1;
}

/** ⑤o: an enclosed number stuck to a single Latin letter, as when a GBK lead byte swallowed its neighbour. */
function gluedToLoneLetter(cps: number[], i: number): boolean {
  const next = cps[i + 1];
  const prev = cps[i - 1];
  const loneAfter = next !== undefined && isLetter(next) && !isAsciiWord(cps[i + 2]);
  const loneBefore = prev !== undefined && isLetter(prev) && !isAsciiWord(cps[i - 2]);
  return loneAfter || loneBefore;
}

/**
 * One or two stray Latin letters or symbols squeezed between non-ASCII characters (H隇, ^改,
 * =M織); a line edge may stand in for one side.
 */
function isLoneLatinRun(cps: number[], i: number): boolean {
  let a = i;
  let b = i;
  while (a > 0 && isLatinOdd(cps[a - 1] ?? 0)) a--;
  while (b + 1 < cps.length && isLatinOdd(cps[b + 1] ?? 0)) b++;
  if (b - a + 1 > 2) return false;
  const before = cps[a - 1];
  const after = cps[b + 1];
  const wedge = (c: number): boolean => c >= 0x80 && !isSpace(c) && !isBoundary(c) && !isLatinOdd(c);
  if (before === undefined) return after !== undefined && wedge(after);
  if (after === undefined) return wedge(before);
  return wedge(before) && wedge(after);
}

export const CLAUSE_PUNCT = new Set([...'。，、；：！？,;:!'].map((ch) => ch.codePointAt(0) ?? 0));
const BOUNDARY_PUNCT = new Set(
  [...'。，、；：！？,;:!.()（）“”‘’"\'《》〈〉【】〔〕「」『』%％+-/／·・…—～~<>＜＞≤≥＝'].map((ch) => ch.codePointAt(0) ?? 0),
);

function isBoundary(c: number): boolean {
  return isSpace(c) || isDigit(c) || BOUNDARY_PUNCT.has(c);
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x0b || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiWord(c: number | undefined): boolean {
  return c !== undefined && (isLetter(c) || (c >= 0x30 && c <= 0x39));
}

/** Latin letters (ASCII or full-width) and the ASCII symbols a misaligned GBK trail byte turns into. */
function isLatinOdd(c: number): boolean {
  if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return true;
  return isLetter(c) || c === 0x5e || c === 0x5f || c === 0x40 || c === 0x7b || c === 0x7d || c === 0x7c || c === 0x60 || c === 0x5c || c === 0x3d || c === 0x23 || c === 0x26 || c === 0x24 || c === 0x2a || c === 0x5b || c === 0x5d;
}

export function isBmpIdeograph(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function isIdeograph(c: number): boolean {
  return isBmpIdeograph(c) || (c >= 0x20000 && c <= 0x3ffff);
}

function isBopomofo(c: number): boolean {
  return (c >= 0x3100 && c <= 0x312f) || (c >= 0x31a0 && c <= 0x31bf);
}

function isPrivateUse(c: number): boolean {
  return (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000;
}

function isEnclosedNumber(c: number): boolean {
  return (c >= 0x2460 && c <= 0x24ff) || (c >= 0x2776 && c <= 0x2793) || (c >= 0x3251 && c <= 0x32bf);
}

/** Scripts that appear in a Chinese plan only by accident: kana, Greek, Cyrillic, accented Latin, GBK odds and ends. */
function isOddScript(c: number): boolean {
  if (c >= 0x3041 && c <= 0x30ff) return c !== 0x30fb && c !== 0x30fc; // kana, minus the middle dot and long vowel
  if (c >= 0x31f0 && c <= 0x31ff) return true;
  if (c >= 0xff66 && c <= 0xff9d) return true;
  if (c >= 0x0370 && c <= 0x04ff) return true;
  if (c >= 0x00c0 && c <= 0x02ff) return c !== 0xd7 && c !== 0xf7; // × ÷ are arithmetic
  return c === 0xa4 || c === 0xa8 || c === 0x2016 || c === 0x3013;
}
