// Numbers, units and comparison words as plans write them: "95%以上", "不低于359场", "1~2所", "一所".
import { opOf, PREFIX_WORDS, SUFFIX_WORDS } from './comparators';
import type { Op } from '../types';
import { hasDigit } from './scan';

export { opOf };

/** Units of counts, rates and measures that targets use. Money units are left out on purpose: money standards are not targets. */
const UNITS = [
  '人次', '场次', '台次', '批次', '课时', '平方米', '平方公里', '公里', '千米', '公顷', '亩', '吨',
  '%', '‰', '个百分点', '百分点', '/10万', '/十万', '/万',
  '个', '所', '家', '张', '套', '户', '座', '处', '场', '件', '名', '人', '片', '轮', '次', '岁', '年', '例', '册', '栋', '部',
  '条', '支', '间', '台', '辆', '批', '期', '班', '园', '站', '床', '类', '种', '位', '块', '只',
].sort((a, b) => b.length - a.length);

/** A rate or share, not a count: 95%, 5‰, 3个百分点, 15/10万 (per 100,000, as mortality rates are written). */
export function isRateUnit(unit: string): boolean {
  return /^(?:%|‰|\/(?:10万|十万|万))$|百分点$/u.test(unit);
}

/** Units that stand for a count of things; a bare Chinese numeral is only a value before one of these. */
const COUNT_UNITS = new Set(['个', '所', '家', '张', '套', '户', '座', '处', '场', '件', '名', '片', '轮', '次', '支', '间', '台', '辆', '条', '块', '只']);

const CN_DIGITS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export interface Quantity {
  /** Offsets in the text the regex ran over. */
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  /** The number as written ("1~2", "5.0"); a magnitude (万) stays in `unit`. */
  written: string;
  unit: string;
  op: Op;
  /** Where the comparison came from: a word before the number or after the unit. */
  opStart: number;
  opEnd: number;
  chinese: boolean;
}

const NUM = String.raw`\d+(?:\.\d+)?`;
const PREFIX_OPS = PREFIX_WORDS;
const SUFFIX_OPS = SUFFIX_WORDS;
const UNIT_RE = UNITS.join('|');

// 万/亿 scale any unit (1.8万个, 2万场次); 余/多 between number and unit mean "more than" (3万余户).
// Linear time on any text: a match never starts inside a run of spaces or digits (`(?<!\s)`, `(?<!\d)`;
// the run's first character finds every match a later one would).
const ARABIC = new RegExp(
  String.raw`(${PREFIX_OPS})?(?<!\s)\s*(?<!\d)(${NUM})(?:\s*(?:~|～|-|—|–|至)\s*(${NUM}))?\s*(万|亿)?(余|多)?(${UNIT_RE})(${SUFFIX_OPS})?`,
  'gu',
);
const CHINESE = new RegExp(String.raw`(${PREFIX_OPS})?([一两二三四五六七八九十])(${[...COUNT_UNITS].join('|')})(${SUFFIX_OPS})?`, 'gu');
// What every CHINESE match holds — a numeral right before a count unit — per UTF-16 unit, so a clause is checked with
// one table read per character before the expression's prefix alternation is tried at each of them.
const CN_NUMERAL = 1;
const COUNT_UNIT = 2;
const CHINESE_CORE = (() => {
  const t = new Uint8Array(0x10000);
  for (const ch of Object.keys(CN_DIGITS)) t[ch.charCodeAt(0)] = CN_NUMERAL;
  for (const ch of COUNT_UNITS) t[ch.charCodeAt(0)] = COUNT_UNIT;
  return t;
})();

/** `/[一两二三四五六七八九十](?:个|所|…)/.test(text)` (COUNT_UNITS, all one unit long). */
function hasChineseCount(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    if (CHINESE_CORE[text.charCodeAt(i)] === CN_NUMERAL && CHINESE_CORE[text.charCodeAt(i + 1)] === COUNT_UNIT) return true;
  }
  return false;
}

/** A rate per population written after the unit ("4批次/千人"): part of the unit. */
const PER_POPULATION = /^\/(?:千人|万人|百人|十万人|10万人|千户|百户|千名老年人)/u;

// A scale with no measure word (保持在5万左右) and a count after a comparison with none (不少于50社区食堂):
// only where the number cannot be money or a date.
const BARE_SCALE = new RegExp(String.raw`(${PREFIX_OPS})?\s*(${NUM})(万|亿)(${SUFFIX_OPS})?(?![元])`, 'gu');
/** People a work is done for (为200万中小学生开展…): a bare 万 before them is their number. */
const FOR_PEOPLE = /(?:为|惠及|覆盖|帮助|服务)\s*$/u;
const BARE_COUNT = new RegExp(String.raw`(不少于|不低于|不超过|至少|超过|多于)\s*(\d+)(?=[\u4e00-\u9fff,;。]|$)(?![年月日万亿元%])`, 'gu');
/** Before a bare 万: a predicate says it is an amount to reach; money words say it is not a target. */
const SCALE_PREDICATE = /(?:达到|达|保持在|稳定在|控制在|提高到|提升到|增加到|增至|突破|超过|新增)\s*$/u;
const MONEY_BEFORE = /(?:投资|资金|补助|补贴|经费|奖励|预算|收入|工资|金额|资助|奖补|拨付)[^,;。]{0,6}$/u;

/** Only for text with a digit: both expressions need one. */
function unitlessQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  // exec loops over the shared expressions, not matchAll: that copies the expression on every call, clause after clause.
  BARE_SCALE.lastIndex = 0;
  if (text.includes('万') || text.includes('亿')) for (let m = BARE_SCALE.exec(text); m !== null; m = BARE_SCALE.exec(text)) {
    const [all, pre, a, scale, suf] = m;
    if (a === undefined || scale === undefined) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const next = text.charAt(m.index + all.length);
    const closed = next === '' || /[,;。、)\s]/u.test(next);
    if (MONEY_BEFORE.test(before)) continue;
    if (!(closed && (pre || suf || SCALE_PREDICATE.test(before))) && !(FOR_PEOPLE.test(before) && /[\u4e00-\u9fff]/u.test(next))) continue;
    const start = m.index + all.indexOf(a, pre?.length ?? 0);
    out.push({
      start, end: start + a.length + scale.length, value: Number(a), valueMax: null, written: a, unit: scale,
      op: opOf(pre, suf), opStart: m.index, opEnd: m.index + all.length, chinese: false,
    });
  }
  BARE_COUNT.lastIndex = 0;
  for (let m = BARE_COUNT.exec(text); m !== null; m = BARE_COUNT.exec(text)) {
    const [all, pre, a] = m;
    if (a === undefined) continue;
    const start = m.index + all.length - a.length;
    out.push({
      start, end: start + a.length, value: Number(a), valueMax: null, written: a, unit: '',
      op: opOf(pre, undefined), opStart: m.index, opEnd: m.index + all.length, chinese: false,
    });
  }
  return out;
}

/** Every number-with-unit in a piece of text. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  // Most clauses hold no number at all: every expression below needs a digit, or a numeral before a count unit.
  const digits = hasDigit(text);
  // exec loops over the shared expressions, not matchAll: that copies the expression on every call, clause after clause.
  ARABIC.lastIndex = 0;
  if (digits) for (let m = ARABIC.exec(text); m !== null; m = ARABIC.exec(text)) {
    const [all, pre, a, b, scale, more, base, suf] = m;
    if (a === undefined || base === undefined) continue;
    const per = PER_POPULATION.exec(text.slice(m.index + all.length - (suf?.length ?? 0)))?.[0] ?? '';
    const unit = (scale ?? '') + base + (suf ? '' : per);
    const start = m.index + (pre ? all.indexOf(a, pre.length) : all.indexOf(a));
    const end = m.index + all.length - (suf?.length ?? 0) + per.length;
    const ranged = b !== undefined;
    found.push({
      start,
      end,
      value: Number(a),
      valueMax: ranged ? Number(b) : null,
      written: ranged ? all.slice(start - m.index, all.indexOf(b, start - m.index + a.length) + b.length).replace(/\s+/gu, '') : a,
      unit,
      op: ranged ? '>=' : more && !pre && !suf ? '>' : opOf(pre, suf),
      opStart: m.index,
      opEnd: m.index + all.length + per.length,
      chinese: false,
    });
  }
  if (digits) for (const q of unitlessQuantities(text)) if (!found.some((f) => f.opStart < q.opEnd && q.opStart < f.opEnd)) found.push(q);
  CHINESE.lastIndex = 0;
  if (hasChineseCount(text)) for (let m = CHINESE.exec(text); m !== null; m = CHINESE.exec(text)) {
    const [all, pre, digit, unit, suf] = m;
    if (digit === undefined || unit === undefined) continue;
    const start = m.index + (pre?.length ?? 0);
    found.push({
      start,
      end: start + digit.length + unit.length,
      value: CN_DIGITS[digit] ?? 0,
      valueMax: null,
      written: digit,
      unit,
      op: opOf(pre, suf),
      opStart: m.index,
      opEnd: m.index + all.length,
      chinese: true,
    });
  }
  return found.sort((x, y) => x.start - y.start);
}

/** Parses a table cell: "[5.4]", "4*", "<6", "≥80", "5.0", "-", "应保尽保". */
export interface CellValue {
  value: number | null;
  valueMax: number | null;
  op: Op | null;
  kind: 'level' | 'cumulative' | 'annual_growth';
  text: string | null;
  /** A unit written in the cell itself ("12.3年以上" → 年). */
  unit: string | null;
}

// A cell may carry its comparator and unit as prose does ("12.3年以上", "99%以上", "不低于95%").
const CELL = new RegExp(
  String.raw`^(${PREFIX_OPS})?\s*([\[【(])?\s*(${NUM})\s*(?:(?:~|～|-|—|–|至)\s*(${NUM}))?\s*([\]】)])?\s*(\*)?\s*(%|‰|(?!以|及|或|之|左右|上下)[万亿千]?[\u4e00-\u9fff]{1,3}?)?\s*(${SUFFIX_OPS})?$`,
  'u',
);

export function parseCell(raw: string): CellValue | null {
  const cell = raw.replace(/\s+/g, '');
  if (cell === '' || /^[-—–/\\无]+$/u.test(cell)) return null;
  const m = CELL.exec(cell);
  if (!m) {
    if (/\d/.test(cell) || cell.length > 12) return null;
    return { value: null, valueMax: null, op: null, kind: 'level', text: cell, unit: null };
  }
  const [, pre, open, a, b, close, star, unit, suf] = m;
  const bracketed = open !== undefined && close !== undefined && open !== '(';
  return {
    value: Number(a),
    valueMax: b !== undefined ? Number(b) : null,
    op: b !== undefined ? '>=' : opOf(pre, suf),
    kind: star ? 'annual_growth' : bracketed ? 'cumulative' : 'level',
    text: b !== undefined ? `${a}~${b}` : null,
    unit: unit ?? null,
  };
}
