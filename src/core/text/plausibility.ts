// How much a decoded text looks like real Chinese (or any) writing: the share of its letters that are everyday
// ideographs. The right decoding of a plan scores near 1; the same bytes through the wrong legacy decoder (Big5 read
// as GBK, or GBK as Big5) land on rare ideographs, kana, private-use and unmapped codes and score about 0.3–0.55,
// and random bytes about 0.2–0.4 (measured on the seeds and on random bytes; see decode.test.ts).

import { decodeBig5 } from './big5';

export interface Plausibility {
  /** Characters that count: every non-ASCII character except punctuation, symbols and full-width forms. */
  judged: number;
  /** Everyday ideographs among them: GB2312 level 1 ∪ Big5 level 1, the two standards' 常用字. */
  common: number;
  /** common / judged, or 1 when nothing was judged (ASCII text is what it is). */
  score: number;
}

/**
 * Below this score a decoding is not text: real plans score above 0.95 (0.6 for a short line that lost a byte and
 * decoded out of step), random bytes about 0.35.
 */
export const PLAUSIBLE_SCORE = 0.55;
/** Fewer judged characters than this are too few to call a text implausible. */
export const MIN_JUDGED = 16;

let everydayTable: Uint8Array | null = null;

/** GB2312 level-1 hanzi (3,755, rows B0–D7) ∪ Big5 level-1 hanzi (5,401, A440–C67E), from the platform's decoders. */
export function getEveryday(): Uint8Array {
  if (everydayTable) return everydayTable;
  const table = new Uint8Array(0x10000);
  const gb: number[] = [];
  for (let a = 0xb0; a <= 0xd7; a++) for (let b = 0xa1; b <= 0xfe; b++) gb.push(a, b);
  const big5: number[] = [];
  for (let a = 0xa4; a <= 0xc6; a++) {
    for (let b = 0x40; b <= 0x7e; b++) big5.push(a, b);
    if (a < 0xc6) for (let b = 0xa1; b <= 0xfe; b++) big5.push(a, b); // level 1 ends at C67E
  }
  for (const [label, bytes] of [['gb18030', gb], ['big5', big5]] as const) {
    const text = label === 'big5' ? decodeBig5(new Uint8Array(bytes)) : new TextDecoder(label).decode(new Uint8Array(bytes));
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x3400) table[c] = 1; // ideographs only, not the replacement character of an empty cell
    }
  }
  table[0xfffd] = 0;
  everydayTable = table;
  return table;
}

export function plausibility(text: string): Plausibility {
  const common = getEveryday();
  let judged = 0;
  let everyday = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || isNeutral(c)) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue; // counted with its lead surrogate
    judged++;
    if (common[c] === 1) everyday++;
  }
  return { judged, common: everyday, score: judged === 0 ? 1 : everyday / judged };
}

/** Whether a text with this plausibility should be refused rather than stored. */
export function isImplausible(p: Plausibility): boolean {
  return p.judged >= MIN_JUDGED && p.score < PLAUSIBLE_SCORE;
}

/** Punctuation, symbols and forms that any decoding of a plan may contain: neither evidence for nor against. */
export function isNeutral(c: number): boolean {
  return (
    (c >= 0xa0 && c <= 0xbf) || // Latin-1 punctuation: no-break space, ·, °, §
    c === 0xd7 ||
    c === 0xf7 ||
    (c >= 0x2000 && c <= 0x2bff) || // general punctuation, letterlike, number forms, arrows, maths, box drawing, shapes
    (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
    (c >= 0x3200 && c <= 0x33ff) || // enclosed CJK, ㎡ and other squared units
    (c >= 0xfe30 && c <= 0xfe6f) || // vertical and small forms
    (c >= 0xff00 && c <= 0xffef) // full-width and half-width forms
  );
}
