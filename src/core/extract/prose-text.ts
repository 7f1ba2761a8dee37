// Sentences and clauses of a plan's prose, and the facts about a sentence that every value in it shares:
// quotation depth, year markers, words that make a past year forward-looking.
import type { Span } from '../types';
import { NUMERAL_CHARS } from './cn-numerals';

export interface Clause {
  text: string;
  start: number;
}

// Per UTF-16 unit, what the sentence cutter needs to know of it, so most characters cost one table read.
/** 。 ; ! ? and line ends close a sentence (the text is width-folded, so ；！？ are already ASCII). */
const SENTENCE_END = 1;
const DIGIT = 2;
/** A numeral that counts things before a unit: 三个, 一所. */
const CN_NUMERAL = 4;
const CN_COUNT_UNIT = 8;
/** The four kinds above, in the low four bits; a character of KEY_CHARS has its group's number (1–13) above them. */
const KIND = 15;
const KEYED = 16;

/**
 * Characters whose presence the readers of a sentence ask about before running an expression (a year needs 年, a
 * period 十, a frame 到/至/前 …): the cutter notes them per sentence in the same pass, as bits of one number, so
 * `sentence.includes(…)` is a bit test instead of another scan of the sentence. Absent in a sentence's mask means
 * absent in its text, and a bit set means one of its characters is there (the mask is of the text before 二〇三〇年
 * and "十四五" are rewritten; those rewrites only turn 〇零○九 into digits and " into curly quotes, so the 〇 and
 * quote bits are read as "maybe").
 */
export const KEY = {
  nian: 1, // 年
  shi: 2, // 十
  mo: 4, // 末
  dao: 8, // 到
  zhi: 16, // 至
  qian: 32, // 前
  cnYear: 64, // 〇 零 ○ 九: a year written digit by digit
  straightQuote: 128, // "
  quote: 256, // “ 《 (and ")
  qi: 512, // 期
  ri: 1024, // 日
  wan: 2048, // 完
  you: 4096, // 由 从
} as const;
const KEY_CHARS: [string, number][] = [
  ['年', KEY.nian],
  ['十', KEY.shi],
  ['末', KEY.mo],
  ['到', KEY.dao],
  ['至', KEY.zhi],
  ['前', KEY.qian],
  ['〇零○九', KEY.cnYear],
  ['"', KEY.straightQuote | KEY.quote],
  ['“《', KEY.quote],
  ['期', KEY.qi],
  ['日', KEY.ri],
  ['完', KEY.wan],
  ['由从', KEY.you],
];
/** Per group number (CHAR_FLAGS >> 4), its KEY bits: a table of 14, not one of 64K entries beside CHAR_FLAGS. */
const KEY_OF_GROUP = [0, ...KEY_CHARS.map(([, bit]) => bit)];

/** The KEY bits of a string's characters: what `sentences` notes per sentence, for a sentence read without it. */
export function keyMask(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    mask |= KEY_OF_GROUP[(CHAR_FLAGS[c] ?? 0) >> 4] ?? 0;
  }
  return mask;
}

const CHAR_FLAGS = (() => {
  const t = new Uint8Array(0x10000);
  // (| too: a pipe row no table reader took, a project list's 1 | 市康养中心 | 新增床位800张, is read cell by cell, and no
  // name runs across cells — it was named 1 | 市康养中心 | 新增床位, a level.)
  for (const c of [0x3002, 0x3b, 0x21, 0x3f, 0x0a, 0x7c]) t[c] = SENTENCE_END;
  for (let c = 0x30; c <= 0x39; c++) t[c] = DIGIT;
  for (const ch of NUMERAL_CHARS) t[ch.charCodeAt(0)] = CN_NUMERAL;
  for (const ch of '个所家名座处张套户件条台间岁年') t[ch.charCodeAt(0)] = CN_COUNT_UNIT;
  KEY_CHARS.forEach(([chars], g) => {
    for (const ch of chars) t[ch.charCodeAt(0)] = (t[ch.charCodeAt(0)] ?? 0) | ((g + 1) << 4);
  });
  return t;
})();
const YEAR_MARK = /(到|至|在)?(20\d\d)年(底|末)?(前)?(的)?/gu;
const PERIOD_MARK = /“?十([三四五六])五”?(末|期间|时期)/gu;
/** The last year of the plan a PERIOD_MARK names by its digit (四: 十四五 → 2025). */
const periodEnd = (digit: string | undefined): number => 2005 + ('三四五六'.indexOf(digit ?? '') + 3) * 5;
/** A year that frames what follows it in a paragraph: 到2027年, 2027年底前, “十五五”末. */
const FRAME_MARK = /(?<!截)(?:到|至)(20\d\d)年|(20\d\d)年(?:底|末)前/gu;

/**
 * A run of two or more spaces (or a tab) between two ideographs inside a line: the gap between the columns of a page
 * laid out in two (a PDF's text, each line a left half and a right half). No sentence runs across it, so the end of
 * one column's sentence never takes the value that opens the other's (城镇调查失业率控制        达到65%).
 */
const COLUMN_GAP = /(?<=[\u3400-\u9fff])[ \t\u3000\u00a0]{2,}(?=[\u3400-\u9fff])/gu;

/** The column gaps of a text (see COLUMN_GAP), as cuts for `sentences`. */
export function columnGaps(text: string): Span[] {
  if (!text.includes('  ') && !text.includes('\t') && !text.includes('\u3000')) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(COLUMN_GAP)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** One column of a block laid out in two: its half-lines joined, and where each of its characters is in the text. */
export interface ColumnText {
  text: string;
  /** map[i]: the text offset of the column's character i; map[text.length] is where its last half-line ends. */
  map: number[];
}
/** Lines of a page laid out in two columns: the span they cover, and each column's text. */
export interface ColumnBlock {
  start: number;
  end: number;
  columns: ColumnText[];
}

/** One run of two or more spaces inside a line, text on both sides. */
const INNER_GAP = /(?<=\S) {2,}(?=\S)/gu;
const IDEOGRAPH_START = /^[\u3400-\u9fff“(]/u;
const HALF_END = /[。;!?:！？；：]$/u;

/**
 * How wide a character is drawn in a monospaced layout (pdftotext -layout): 2 for CJK and full-width forms, and for
 * the punctuation normalising folds to ASCII (，；：（）！？ were full-width in the line as laid out).
 */
function cellWidth(c: number): number {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x21 || c === 0x3f || (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
    ? 2
    : 1;
}

interface HalfLine { start: number; end: number; width: number }

/**
 * Blocks of two or more consecutive lines that each hold one wide gap, the second half starting at the same column
 * (±2 cells, or ±2 characters from the line's indent), the first line's with an ideograph: a page laid out in two columns, extracted line by line. Each column is read on its own:
 * its half-lines joined where a sentence runs on (the half-line has no sentence end and fills most of its column's
 * width), else kept apart by a line break. No text of one column ever joins the other's. Lines with two gaps or more
 * (a table laid out with spaces) or a right half opening with a digit (a value after wide spacing) make no block.
 */
export function columnBlocks(text: string): ColumnBlock[] {
  const blocks: ColumnBlock[] = [];
  if (!text.includes('   ')) return blocks;
  let run: { col: number; at: number; left: HalfLine; right: HalfLine; lineStart: number; lineEnd: number }[] = [];
  const close = () => {
    if (run.length >= 2 && run.some((r) => !HALF_END.test(text.slice(r.left.start, r.left.end)) || !HALF_END.test(text.slice(r.right.start, r.right.end)))) {
      const first = run[0];
      const last = run[run.length - 1];
      if (first && last) {
        blocks.push({ start: first.lineStart, end: last.lineEnd, columns: [joinHalves(text, run.map((r) => r.left)), joinHalves(text, run.map((r) => r.right))] });
      }
    }
    run = [];
  };
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const gaps = line.includes('  ') ? [...line.matchAll(INNER_GAP)] : [];
    const gap = gaps.length === 1 ? gaps[0] : undefined;
    let row = null;
    if (gap) {
      const lead = line.length - line.trimStart().length;
      const rightStart = gap.index + gap[0].length;
      const rightEnd = line.trimEnd().length;
      let col = 0;
      for (let i = 0; i < rightStart; i++) col += cellWidth(line.charCodeAt(i));
      let leftWidth = 0;
      for (let i = lead; i < gap.index; i++) leftWidth += cellWidth(line.charCodeAt(i));
      let rightWidth = 0;
      for (let i = rightStart; i < rightEnd; i++) rightWidth += cellWidth(line.charCodeAt(i));
      // (A block opens with an ideograph on the right; a later line's half may open with the value its sentence ends with.)
      if ((run.length > 0 || IDEOGRAPH_START.test(line.slice(rightStart))) && /[\u3400-\u9fff]/u.test(line.slice(lead, rightEnd))) {
        row = {
          col,
          at: rightStart - lead,
          left: { start: lineStart + lead, end: lineStart + gap.index, width: leftWidth },
          right: { start: lineStart + rightStart, end: lineStart + rightEnd, width: rightWidth },
          lineStart,
          lineEnd,
        };
      }
    }
    const first = run[0];
    // (pdftotext -layout places a character a column whatever its width; a page typed out aligns by width: either.)
    if (row && (!first || Math.abs(row.col - first.col) <= 2 || Math.abs(row.at - first.at) <= 2)) run.push(row);
    else {
      close();
      if (row) run.push(row);
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  close();
  return blocks;
}

/** A column's half-lines as one text: joined where a sentence runs on, a line break between them elsewhere. */
function joinHalves(text: string, halves: HalfLine[]): ColumnText {
  // (A loop, not Math.max(...): a block of 200,000 lines would overflow the call stack.)
  let widest = 0;
  for (const h of halves) widest = Math.max(widest, h.width);
  let out = '';
  const map: number[] = [];
  halves.forEach((h, k) => {
    for (let i = h.start; i < h.end; i++) {
      out += text[i];
      map.push(i);
    }
    const piece = text.slice(h.start, h.end);
    if (k + 1 < halves.length && (HALF_END.test(piece) || h.width < widest * 0.6)) {
      out += '\n';
      map.push(h.end);
    }
  });
  map.push(halves[halves.length - 1]?.end ?? 0);
  return { text: out, map };
}

/**
 * Sentences of the text, cut at sentence punctuation, table regions and damaged runs. `valued`, when given, gets
 * per sentence whether it may hold a value at all — a digit, or a Chinese numeral before a count unit, before another
 * numeral, in 百分之/千分之/万分之 or before 成 (tenths) —
 * found in the same pass over the text.
 */
export function sentences(text: string, cuts: Span[], valued?: boolean[], masks?: number[]): Clause[] {
  const out: Clause[] = [];
  // No closure over the loop's state and no read past an array's end: this function holds the cutter's long loop, so
  // V8 compiles it while its first plan is read (on-stack replacement), and a closure made per call (a new call
  // target each plan) or an index past the end threw that code away and compiled it again, in every worker.
  const sorted = cuts.length > 1 ? cuts.slice().sort(byStart) : cuts;
  let start = 0;
  let cut = 0;
  let value = false;
  let mask = 0;
  // The start of the next cut, or -1 when none is left (a cut the cutter has passed over is never reached again).
  let nextStart = sorted.length > 0 ? (sorted[0] as Span).start : -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (i === nextStart) {
      pushSentence(out, text, start, i, mask, value, valued, masks);
      value = false;
      mask = 0;
      // The cut and every cut that starts inside it or where it ends are one region: a cut starting inside an
      // earlier one but ending after it (a damaged run across a running table's cell edge) starts before the
      // cutter's position, so it and every later cut would be passed over.
      let end = (sorted[cut] as Span).end;
      cut++;
      while (cut < sorted.length && (sorted[cut] as Span).start <= end) {
        end = Math.max(end, (sorted[cut] as Span).end);
        cut++;
      }
      nextStart = cut < sorted.length ? (sorted[cut] as Span).start : -1;
      start = Math.max(i, end);
      // An empty cut only ends the sentence: the character at it is read like any other.
      if (end <= i) i--;
      else i = end - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    let f = CHAR_FLAGS[c] ?? 0;
    if (f === 0) continue;
    if (f >= KEYED) {
      mask |= KEY_OF_GROUP[f >> 4] ?? 0;
      f &= KIND;
      if (f === 0) continue;
    }
    if (f === SENTENCE_END) {
      pushSentence(out, text, start, i, mask, value, valued, masks);
      value = false;
      mask = 0;
      start = i + 1;
    } else if (!value) {
      // A numeral's unit must be in the same sentence: not past the start of the next cut (a sentence end is no unit).
      // A Chinese numeral: before a count unit (三所), before another numeral (一千二百), or 百分之 (千分之, 万分之), or
      // tenths (留任率维持在八成以上: a sentence whose one value is 八成 was never read).
      // (charCodeAt past the end is NaN, which no table holds: 0.)
      const after = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      const next = (CHAR_FLAGS[after] ?? 0) & KIND;
      value =
        f === DIGIT ||
        (f === CN_NUMERAL && nextStart !== i + 1 && (next === CN_COUNT_UNIT || next === CN_NUMERAL || after === 0x5206 || after === 0x6210));
    }
  }
  pushSentence(out, text, start, n, mask, value, valued, masks);
  return out;
}

const byStart = (a: Span, b: Span): number => a.start - b.start;

/** The sentence text[start, end), when not empty, with what the cutter noted of it. */
function pushSentence(
  out: Clause[],
  text: string,
  start: number,
  end: number,
  mask: number,
  value: boolean,
  valued: boolean[] | undefined,
  masks: number[] | undefined,
): void {
  if (end <= start) return;
  out.push({ text: withPlanQuotes(withArabicYears(text.slice(start, end), mask), mask), start });
  valued?.push(value);
  masks?.push(mask);
}

const CN_YEAR_DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** A year written digit by digit (二〇三〇年, 一九九九年). */
const CN_YEAR = /(?<![〇零○一二三四五六七八九十百千万])[一二][〇零○九][〇零○一二三四五六七八九]{2}(?=年)/gu;

/**
 * A sentence with its years written digit by digit in Arabic digits (二〇三〇年 → 2030年), one character for one, so every
 * offset stays where it was: the year readers date its values as they date 2030年, and no such year is a value.
 */
export function withArabicYears(s: string, mask: number = keyMask(s)): string {
  if ((mask & (KEY.nian | KEY.cnYear)) !== (KEY.nian | KEY.cnYear)) return s;
  return s.replace(CN_YEAR, (y) => [...y].map((ch) => CN_YEAR_DIGIT[ch] ?? ch).join(''));
}

/** A five-year plan named in straight quotes, as text pasted from a web page writes it: "十四五". */
const PLAN_IN_STRAIGHT_QUOTES = /"(十[一二三四五六七八九]五)"/gu;

/**
 * A sentence with "十四五" written “十四五”, one character for one: the readers of a period compared with (比“十四五”末)
 * and of a period's end (“十五五”末) know the plan by its curly quotes.
 */
export function withPlanQuotes(s: string, mask: number = keyMask(s)): string {
  return (mask & KEY.straightQuote) !== 0 ? s.replace(PLAN_IN_STRAIGHT_QUOTES, '“$1”') : s;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Clauses of a sentence, cut at commas and colons outside brackets and quotation marks. */
export function clauses(sentence: Clause): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  const t = sentence.text;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x28 || c === 0x201c || c === 0x300a) depth++; // ( “ 《
    else if (c === 0x29 || c === 0x201d || c === 0x300b) depth = Math.max(0, depth - 1); // ) ” 》
    // (A colon between digits is a ratio's, 17:1, or a time's: no cut.)
    else if (depth === 0 && (c === 0x2c || (c === 0x3a && !(isDigit(t.charCodeAt(i - 1)) && isDigit(t.charCodeAt(i + 1)))))) {
      if (i > start) out.push({ text: t.slice(start, i), start: sentence.start + start });
      start = i + 1;
    }
  }
  if (t.length > start) out.push({ text: t.slice(start), start: sentence.start + start });
  return out;
}

const NO_QUOTES: readonly number[] = [];

/**
 * Where a sentence is inside “” or 《》 (at any depth): the ranges [from, to) of indexes whose nesting depth before them
 * is above 0, flat and in order, computed once so long sentences stay linear. A sentence that opens no quotation (most)
 * gets none; a plain array, not a typed one per sentence (an ArrayBuffer each is far dearer to make).
 */
function quotedRanges(text: string, mask: number): readonly number[] {
  if ((mask & KEY.quote) === 0 || (!text.includes('“') && !text.includes('《'))) return NO_QUOTES;
  const out: number[] = [];
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x300a) {
      // “ 《: the depth is above 0 from the next index on.
      if (d === 0) out.push(i + 1);
      d++;
    } else if ((c === 0x201d || c === 0x300b) && d > 0) {
      // ” 》: the depth before this index is still above 0; after it, back to 0 when this closes the outermost.
      d--;
      if (d === 0) out.push(i + 1);
    }
  }
  if (d > 0) out.push(text.length + 1);
  return out;
}

/** Whether the index of a sentence is inside a quotation (its facts' `quoted` ranges). */
export function isQuotedAt(facts: SentenceFacts, index: number): boolean {
  const r = facts.quoted;
  if (r.length === 0) return false;
  // The last range start at or before index: inside when its end is after index.
  let lo = 0;
  let hi = r.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((r[2 * mid] as number) <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && index < (r[2 * lo - 1] as number);
}

interface YearMark {
  index: number;
  year: number;
  /** 由2019年的: dates the start values of a move, not those after 提高到. */
  start?: boolean;
  /** “十四五”期间/时期: the first year of the five the mark spans (its `year` is the last); absent for a year or 末. */
  from?: number;
  /** "达到95%(2025年为93%)": where the bracketed aside the year dates closes; it dates nothing after that. */
  closes?: number;
  /** 截至2023年底: a date things are counted up to, from a start the sentence leaves to its text. */
  upTo?: boolean;
}

/** A bracketed aside giving a year's level: "(2025年为93%)", "(2025年底90%)". */
const YEAR_ASIDE_AT = /\(\s*20\d\d年(?:底|末)?(?:为|是|达到|达)?\s*\d[^()]{0,16}\)/uy;

/** "比“十三五”末", "较2020年": a year a value is compared with, which neither dates it nor frames what follows. */
function isComparison(sentence: string, index: number): boolean {
  return COMPARED_WITH.test(sentence.slice(Math.max(0, index - 3), index));
}
const COMPARED_WITH = /(?:比|较|与|同|相比|相较)“?$/u;

/** "由2019年的86%提高到95%": the year of the start values only, which the values after 提高到 do not take. */
function isStartYear(sentence: string, index: number): boolean {
  const c = index > 0 ? sentence.charCodeAt(index - 1) : 0;
  return c === 0x7531 /* 由 */ || c === 0x4ece /* 从 */;
}
/** What follows a year that dates the things counted (2000年前建成的), not the value; 2027年底前把…的 (Hong Kong: by the end of 2027, X's …) dates the work. */
const DATES_THINGS = /^(?:以)?前(?![把将])[^,]{0,8}的/u;

// The matches below are read with exec loops, not eachMatch and a closure: a closure over a function's variables makes
// V8 allocate them in a context object at every call, and these run for every sentence of a text.

/** The first year of a span right before its last (2021— of 2021—2022年, 2021至 of 2021至2022年). */
const SPAN_BEFORE = /^(20\d\d)[—–\-~～至到]$/u;

/** Year markers of a sentence in order, leaving out those that date the things counted ("2000年前建成的"). */
function yearMarks(sentence: string, mask: number): YearMark[] {
  const marks: YearMark[] = [];
  // Most sentences name no year: skip the regular expressions.
  if ((mask & KEY.nian) !== 0) {
    YEAR_MARK.lastIndex = 0;
    for (let m = YEAR_MARK.exec(sentence); m !== null; m = YEAR_MARK.exec(sentence)) {
      if (DATES_THINGS.test(sentence.slice(m.index + m[0].length - (m[4] ? 1 : 0), m.index + m[0].length + 12))) continue;
      if (isComparison(sentence, m.index)) continue;
      const mark: YearMark = isStartYear(sentence, m.index) ? { index: m.index, year: Number(m[2]), start: true } : { index: m.index, year: Number(m[2]) };
      if ((m[1] === '至' && sentence.charCodeAt(m.index - 1) === 0x622a) || sentence.startsWith('截止', m.index - 2)) mark.upTo = true;
      // "2021—2022年累计完成8.6万人": the end of a span of years, which a total reported over it starts with.
      const digitsAt = m.index + (m[1]?.length ?? 0);
      if (digitsAt >= 5 && m[1] !== '在') {
        const span = SPAN_BEFORE.exec(sentence.slice(digitsAt - 5, digitsAt));
        if (span?.[1] && Number(span[1]) < mark.year) mark.from = Number(span[1]);
      }
      // (Only the character before the mark is read: a search back for the bracket was quadratic in a sentence's years.)
      if (sentence.charCodeAt(m.index - 1) === 0x28) {
        YEAR_ASIDE_AT.lastIndex = m.index - 1;
        if (YEAR_ASIDE_AT.test(sentence)) mark.closes = YEAR_ASIDE_AT.lastIndex;
      }
      marks.push(mark);
    }
  }
  if ((mask & KEY.shi) !== 0) {
    PERIOD_MARK.lastIndex = 0;
    for (let m = PERIOD_MARK.exec(sentence); m !== null; m = PERIOD_MARK.exec(sentence)) {
      if (isComparison(sentence, m.index)) continue;
      const year = periodEnd(m[1]);
      marks.push(m[2] === '末' ? { index: m.index, year } : { index: m.index, year, from: year - 4 });
    }
  }
  return marks.length > 1 ? marks.sort((a, b) => a.index - b.index) : marks;
}

/** The last forward year frame a sentence sets, for the sentences after it in the same paragraph. */
export function frameYear(sentence: string, mask: number = keyMask(sentence)): number | null {
  let year: number | null = null;
  // FRAME_MARK needs 年 and 到, 至 or 前; PERIOD_MARK needs 十 (and 末 to count here).
  const framed = (mask & KEY.nian) !== 0 && (mask & (KEY.dao | KEY.zhi | KEY.qian)) !== 0;
  if (framed) {
    FRAME_MARK.lastIndex = 0;
    for (let m = FRAME_MARK.exec(sentence); m !== null; m = FRAME_MARK.exec(sentence)) {
      // "由2020年的12.5/10万下降到2025年的8.1/10万": the year of a move's second end dates that value, and frames
      // nothing after it (a news report's 今年,…将新增… was read as 2025's).
      if (m[1] && sentence.charCodeAt(m.index + m[0].length) === 0x7684 && MOVE_END.test(sentence.slice(Math.max(0, m.index - 2), m.index))) continue;
      if (!isComparison(sentence, m.index)) year = Number(m[1] ?? m[2]);
    }
  }
  if ((mask & (KEY.shi | KEY.mo)) === (KEY.shi | KEY.mo)) {
    PERIOD_MARK.lastIndex = 0;
    for (let m = PERIOD_MARK.exec(sentence); m !== null; m = PERIOD_MARK.exec(sentence)) {
      if (m[2] === '末' && !isComparison(sentence, m.index)) year = periodEnd(m[1]);
    }
  }
  return year;
}

/** The verb of a move (提高到, 下降至) right before its 到/至. */
const MOVE_END = /^(?:提高|提升|增加|增长|上升|下降|降低|减少|缩短)$/u;

const MOVE_TO = /(?:提高|提升|增加|增长|上升|下降|降低|减少|缩短)(?:到|至)/gu;
const FUTURE_AT = /将|力争|争取|计划/gu;

function indexes(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
  return out;
}

export interface SentenceFacts {
  /** Ranges [from, to) of the sentence inside quotations, flat (read with isQuotedAt). */
  quoted: readonly number[];
  years: YearMark[];
  /** Positions of words that turn a past year into a plan (2022年将…). */
  future: number[];
  /** Positions of the second end of a move (提高到, 增长至), after which a 由2019年的 year no longer holds. */
  moves: number[];
}

export function factsOf(sentence: string, mask: number = keyMask(sentence)): SentenceFacts {
  return {
    quoted: quotedRanges(sentence, mask),
    years: yearMarks(sentence, mask),
    future: indexes(FUTURE_AT, sentence),
    moves: (mask & KEY.you) !== 0 ? indexes(MOVE_TO, sentence) : [],
  };
}

export interface YearInfo {
  year: number | null;
  past: boolean;
  /** The year is stated in the sentence (a marker before the value), not taken from the paragraph or the plan. */
  stated: boolean;
  /** The first year of the five-year period the stated marker spans (“十四五”期间 → 2021), else null. */
  from: number | null;
  /** The stated marker is a date things are counted up to (截至2023年底). */
  upTo?: boolean;
}

/**
 * The year a value belongs to: the nearest year marker before it in the sentence, else the year a
 * previous sentence of the paragraph set (`frame`), else the plan's end year.
 */
export function yearOf(
  facts: SentenceFacts,
  at: number,
  period: { start: number; end: number } | null,
  frame: number | null,
): YearInfo {
  // Binary searches over the sorted marks: a sentence of 100,000 dated values would be quadratic with a scan.
  let below = yearsBelow(facts.years, at);
  // "医保参保率达到95%(2025年为93%),养老保险参保率达到96%": the aside's year dates its own value only.
  while (below > 0 && (facts.years[below - 1]?.closes ?? Infinity) <= at) below--;
  let best = facts.years[below - 1] ?? null;
  if (best?.start) {
    // A 提高到 between the start year and the value: the value is the move's second end, not dated by it.
    const from = best.index;
    const move = facts.moves[countBelow(facts.moves, from + 1)];
    if (move !== undefined && move < at) best = facts.years[below - 2] ?? null;
  }
  if (!best) return { year: frame ?? period?.end ?? null, past: false, stated: false, from: null };
  const from = best.index;
  const next = facts.future[countBelow(facts.future, from + 1)];
  const future = next !== undefined && next < at;
  const start = period?.start ?? null;
  return { year: best.year, past: start !== null && best.year < start && !future, stated: true, from: best.from ?? null, upTo: best.upTo === true };
}

/** Where the last year marker before `at` in the sentence stands, else -1. */
export function lastYearMarkBefore(facts: SentenceFacts, at: number): number {
  return facts.years[yearsBelow(facts.years, at) - 1]?.index ?? -1;
}

/** How many of the marks (ascending by index) are below `limit`. */
function yearsBelow(marks: readonly YearMark[], limit: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((marks[mid] as YearMark).index < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the ascending keys are below `limit`. */
function countBelow(keys: readonly number[], limit: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
