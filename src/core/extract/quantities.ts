// Numbers, units and comparison words as plans write them: "95%以上", "不低于359场", "1~2所", "一所".
import { opOf, PREFIX_WORDS, SUFFIX_WORDS } from './comparators';
import type { Op } from '../types';
import { NUMERAL_CHARS, parseChineseNumber } from './cn-numerals';

export { opOf };

/** Units of counts, rates and measures that targets use. Money units are left out on purpose: money standards are not targets. */
const UNITS = [
  '人次', '场次', '台次', '批次', '项次', '课时', '平方米', '平方公里', '公里', '千米', '公顷', '亩', '吨', '㎡', 'm²', 'm2',
  '%', '‰', '‱', '个百分点', '百分点', '/10万', '/十万', '/万', '个月',
  '个', '所', '家', '张', '套', '户', '座', '处', '场', '件', '名', '人', '片', '轮', '次', '岁', '年', '例', '册', '栋', '部',
  '条', '支', '间', '台', '辆', '批', '期', '班', '园', '站', '床', '类', '种', '位', '块', '只',
].sort((a, b) => b.length - a.length);

/**
 * Square metres as plans also write them (3.2㎡, 3.2m², 3.2m2): one unit, 平方米, whatever the spelling; and a rate per
 * 100,000 as a table's unit cell or bracket writes it (1/10万) is the /10万 prose reads. A rate per 10,000 is /万 in
 * the same shape, however written (3/万, 万分之三, 3‱, a 1/万 unit cell).
 */
const UNIT_SPELLINGS: Readonly<Record<string, string>> = {
  '㎡': '平方米', 'm²': '平方米', 'm2': '平方米', '1/10万': '/10万', '1/十万': '/10万', '/十万': '/10万', '‱': '/万', '1/万': '/万',
};

/** The unit as the catalog writes it: 平方米 for ㎡, m² and m2, /10万 for 1/10万, /万 for ‱ and 1/万; any other unit as it is. */
export function unitAsWritten(unit: string): string {
  return UNIT_SPELLINGS[unit] ?? unit;
}

/**
 * A rate or share, not a count: 95%, 5‰, 3个百分点, 15/10万 (per 100,000, as mortality rates are written), and a
 * ratio (17 `:1`, 1.5 `1:`), a level as a rate is.
 */
export function isRateUnit(unit: string): boolean {
  return /^(?:%|‰|\/(?:10万|十万|万)|:1|1:)$|百分点$/u.test(unit);
}

/** Units that stand for a count of things; a bare Chinese numeral is only a value before one of these. */
const COUNT_UNITS = new Set(['个', '所', '家', '张', '套', '户', '座', '处', '场', '件', '名', '片', '轮', '次', '支', '间', '台', '辆', '条', '块', '只']);

/** A single numeral is a value only before a count unit (三所, 两个百分点); it may be a word's part before any other. */
const CN_SINGLE = new Set('一两二三四五六七八九十');
/** Units a numeral of two or more characters may take (一千二百个, 一百二十万人, 二十公里, 两万人次). */
const CN_UNITS = ['个百分点', '百分点', '人次', '场次', '平方米', '公里', '人', '床', '岁', '年', ...COUNT_UNITS].sort((a, b) => b.length - a.length);

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
  /**
   * A numeral of one character (三所, 两个百分点): a word's part as often as a number, read only where work is counted.
   * Always present (false elsewhere): one object shape for every quantity, so V8's optimised code for the prose reader
   * is not thrown away and rebuilt when the first Chinese count of a run arrives.
   */
  lone: boolean;
}

const NUM = String.raw`\d+(?:\.\d+)?`;
const PREFIX_OPS = PREFIX_WORDS;
const SUFFIX_OPS = SUFFIX_WORDS;
/**
 * Hours and minutes a service gives or takes (每月平均服务时数提高到28小时, 反应时间缩短至12分钟以内), and days (平均住院日≤8天,
 * 缩短至7.5天以下, 办结时限压缩至5工作日), only where the clause ends or a comparison word follows: before a noun they name
 * a thing (24小时智慧书屋, 15分钟健身圈, 30天无理由退货), and days 内 before more words are a condition of a rate's name
 * (评估后30天内获安排服务的比率).
 */
const DURATION_UNITS = String.raw`(?:小时|分钟)(?=$|[^\u4e00-\u9fff]|以[上下内]|之内|左右|内)|(?:天|工作日)(?=$|[^\u4e00-\u9fff]|以[上下内]|之内|左右|内(?![\u4e00-\u9fff]))`;
const UNIT_RE = `${UNITS.join('|')}|${DURATION_UNITS}`;

// 万/亿 scale any unit (1.8万个, 2万场次); 余/多 between number and unit mean "more than" (3万余户).
// Linear time on any text: a match never starts inside a run of spaces or digits (`(?<!\s)`, `(?<!\d)`;
// the run's first character finds every match a later one would).
const ARABIC = new RegExp(
  String.raw`(${PREFIX_OPS})?(?<!\s)\s*(?<!\d)(${NUM})(?:(?:%|‰)?\s*(?:~|～|-|—|–|至)\s*(${NUM}))?\s*(万|亿)?(余|多)?(${UNIT_RE})(${SUFFIX_OPS})?`,
  'gu',
);
// Digits with 万 and 千 written between them (1万2千张, 3万6千个) or a bare 千 (6千人次), as Hong Kong and news text
// writes round counts: the whole number, the unit without a scale (1万2千张 → 12000 张, as 一万二千张 reads). Only for a
// clause with 千 and a digit; 6千米 stays six kilometres (米 is no unit here, and ARABIC reads 千米).
const MIXED = new RegExp(
  String.raw`(${PREFIX_OPS})?(?<![\d.])(\d+)(?:(万)(\d)千|千)(余|多)?(${UNIT_RE})(${SUFFIX_OPS})?`,
  'gu',
);
const MULTIPLE = /的(\d+(?:\.\d+)?)倍(?![数增])/gu;
// A numeral never starts inside another (一千二百 is read from 一), nor after 第 (an ordinal), 数/几 (数十个: some).
const CN_RUN = `[${NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?`;
const CHINESE = new RegExp(
  String.raw`(${PREFIX_OPS})?(?<![${NUMERAL_CHARS}第数几])(${CN_RUN})(余|多)?(${CN_UNITS.join('|')})(${SUFFIX_OPS})?`,
  'gu',
);
/** 百分之九十七, 百分之九十以上, 百分之百: a percentage; 千分之五 per mille, 十万分之十 per 100,000, as plans write rates. */
const CN_PERCENT = new RegExp(String.raw`(${PREFIX_OPS})?(百|千|十万|万)分之(${CN_RUN})(${SUFFIX_OPS})?`, 'gu');
const FRACTION_UNIT: Record<string, string> = { 百: '%', 千: '‰', 十万: '/10万', 万: '/万' };
/**
 * 七成, 九成以上: tenths, a percentage (留任率维持在七成以上 → ≥ 70 %). One numeral, not inside another (三五成群) nor
 * after 第/数/几, and not where 成 begins a word (一成不变, 成为, 成员, 成本, 成效, 成果, 成年, 成交, 成品, 成型 …).
 */
const CN_TENTHS = new RegExp(
  String.raw`(${PREFIX_OPS})?(?<![${NUMERAL_CHARS}第数几])([一二两三四五六七八九])成(?![为立功员本效果熟绩就长年人都交型品分不套片批规家])(${SUFFIX_OPS})?`,
  'gu',
);
// What a Chinese numeral needs to be read — a numeral before a count unit, two numeral characters, or 百分 — per
// UTF-16 unit, so a clause is checked with one table read per character before the expressions are tried; the same
// table marks the ASCII digits, so both questions are answered in that one pass.
const CN_NUMERAL = 1;
const COUNT_UNIT = 2;
const ASCII_DIGIT = 4;
const CHINESE_CORE = (() => {
  const t = new Uint8Array(0x10000);
  for (const ch of NUMERAL_CHARS) t[ch.charCodeAt(0)] = CN_NUMERAL;
  for (const ch of [...COUNT_UNITS, '岁', '年']) t[ch.charCodeAt(0)] = COUNT_UNIT;
  for (let c = 0x30; c <= 0x39; c++) t[c] = ASCII_DIGIT;
  return t;
})();

/**
 * What the text may hold, in one pass: HAS_DIGIT, an ASCII digit (as `/\d/` asks), and HAS_CN, what CHINESE, CN_PERCENT
 * or CN_TENTHS need to match — a numeral before a count unit or another numeral, 百分 (千分, 万分), or 成.
 */
export const HAS_DIGIT = 1;
export const HAS_CN = 2;
export function numeralsIn(text: string): number {
  let found = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const t = CHINESE_CORE[text.charCodeAt(i)];
    if (t === 0) continue;
    if (t === ASCII_DIGIT) found |= HAS_DIGIT;
    else if (t === CN_NUMERAL && (found & HAS_CN) === 0 && i + 1 < n) {
      const after = text.charCodeAt(i + 1);
      const next = CHINESE_CORE[after];
      if (next === COUNT_UNIT || next === CN_NUMERAL || after === 0x5206 /* 分: 百分之, 千分之, 万分之 */ || after === 0x6210 /* 成: 七成 */) found |= HAS_CN;
    } else continue;
    if (found === (HAS_DIGIT | HAS_CN)) return found;
  }
  return found;
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
      op: opOf(pre, suf), opStart: m.index, opEnd: m.index + all.length, chinese: false, lone: false,
    });
  }
  BARE_COUNT.lastIndex = 0;
  for (let m = BARE_COUNT.exec(text); m !== null; m = BARE_COUNT.exec(text)) {
    const [all, pre, a] = m;
    if (a === undefined) continue;
    const start = m.index + all.length - a.length;
    out.push({
      start, end: start + a.length, value: Number(a), valueMax: null, written: a, unit: '',
      op: opOf(pre, undefined), opStart: m.index, opEnd: m.index + all.length, chinese: false, lone: false,
    });
  }
  return out;
}

/**
 * A ratio a plan sets (生师比不高于17:1, 医护比达到1:1.5, 社工与长者比例达到1:50, 配比达到1:5至1:7), as one figure
 * against one: N:1 is N in the unit `:1`, 1:N is N in the unit `1:` (a ratio of two other figures, 3:2, is none). Only
 * after a word of ratio (比, 比例, 配比) earlier in the clause: 9:30 is a time. The ratio colon ∶ is a colon here.
 */
const RATIO = new RegExp(
  String.raw`(${PREFIX_OPS})?(?<![\d.:∶])(${NUM})\s*[:∶]\s*(${NUM})(?:\s*(?:~|～|-|—|–|至)\s*(${NUM})\s*[:∶]\s*(${NUM}))?(?![\d.:∶])(${SUFFIX_OPS})?`,
  'gu',
);

function ratioQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  RATIO.lastIndex = 0;
  for (let m = RATIO.exec(text); m !== null; m = RATIO.exec(text)) {
    const [all, pre, a, b, c, d, suf] = m;
    if (a === undefined || b === undefined) continue;
    if (!text.slice(0, m.index).includes('比')) continue;
    const perOne = b === '1' && a !== '1' ? 'left' : a === '1' ? 'right' : null;
    if (perOne === null) continue;
    const value = Number(perOne === 'left' ? a : b);
    let valueMax: number | null = null;
    if (c !== undefined && d !== undefined) {
      // 1:5至1:7 (both per one the same way) is a range; any other second ratio is none.
      if (perOne === 'left' ? d !== '1' : c !== '1') continue;
      valueMax = Number(perOne === 'left' ? c : d);
    }
    const start = m.index + (pre?.length ?? 0);
    const opEnd = m.index + all.length;
    const end = opEnd - (suf?.length ?? 0);
    out.push({
      start, end, value, valueMax, written: text.slice(start, end).replace(/\s+/gu, '').replace(/∶/gu, ':'),
      unit: perOne === 'left' ? ':1' : '1:',
      op: valueMax !== null ? '>=' : opOf(pre, suf), opStart: m.index, opEnd, chinese: false, lone: false,
    });
  }
  return out;
}

/** Text order (one function, made once: not a new comparator at every call). */
const byStart = (x: Quantity, y: Quantity): number => x.start - y.start;

/** Every number-with-unit in a piece of text. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  // Most clauses hold no number at all: every expression below needs a digit, or a numeral before a count unit.
  const numerals = numeralsIn(text);
  const digits = (numerals & HAS_DIGIT) !== 0;
  // exec loops over the shared expressions, not matchAll: that copies the expression on every call, clause after clause.
  ARABIC.lastIndex = 0;
  if (digits) for (let m = ARABIC.exec(text); m !== null; m = ARABIC.exec(text)) {
    const [all, pre, a, b, scale, more, base, suf] = m;
    if (a === undefined || base === undefined) continue;
    // A scan's OCR writes 1 as l or I and 0 as O (l00%, 2O30年): digits glued to such a letter are a number misread,
    // and reading the digits left (00% → 0) would make one up. A Latin word's digits (PM2.5, H7N9) stay.
    if (ocrGlued(text, m.index + (pre ? all.indexOf(a, pre.length) : all.indexOf(a)))) continue;
    // 每10万人口, 30万人口以上的县, 20万至30万人口的县: a population that sizes a rate or a place, not people counted.
    if (base === '人' && text.charCodeAt(m.index + all.length - (suf?.length ?? 0)) === 0x53e3 /* 口 */) continue;
    // PER_POPULATION opens with "/": the rest of the text is sliced only when that is what follows the unit.
    const unitEnd = m.index + all.length - (suf?.length ?? 0);
    const per = text.charCodeAt(unitEnd) === 0x2f ? (PER_POPULATION.exec(text.slice(unitEnd))?.[0] ?? '') : '';
    const unit = (scale ?? '') + unitAsWritten(base) + (suf ? '' : per);
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
      lone: false,
    });
  }
  if (digits && text.includes('千')) {
    const mixed = mixedQuantities(text);
    if (mixed.length > 0) {
      const kept = found.filter((f) => !mixed.some((q) => f.opStart < q.opEnd && q.opStart < f.opEnd));
      found.length = 0;
      found.push(...kept, ...mixed);
    }
  }
  // "不低于当地低保标准的1.3倍": a multiple of another amount (only after 的; 增长1倍 and 翻一番 are no values here).
  if (digits && text.includes('倍')) {
    MULTIPLE.lastIndex = 0;
    for (let m = MULTIPLE.exec(text); m !== null; m = MULTIPLE.exec(text)) {
      const a = m[1] as string;
      const start = m.index + 1;
      found.push({
        start, end: start + a.length + 1, value: Number(a), valueMax: null, written: a, unit: '倍',
        op: '=', opStart: start, opEnd: start + a.length + 1, chinese: false, lone: false,
      });
    }
  }
  if (digits && (text.includes(':') || text.includes('∶')) && text.includes('比')) for (const q of ratioQuantities(text)) if (!found.some((f) => f.opStart < q.opEnd && q.opStart < f.opEnd)) found.push(q);
  if (digits) for (const q of unitlessQuantities(text)) if (!found.some((f) => f.opStart < q.opEnd && q.opStart < f.opEnd)) found.push(q);
  if ((numerals & HAS_CN) !== 0) for (const q of apart(chineseQuantities(text), found)) found.push(q);
  return found.length > 1 ? found.sort(byStart) : found;
}

/** Whether the digits at `start` follow a lone l, I, O or o (not ending a Latin word): a scan's misread 1 or 0. */
function ocrGlued(text: string, start: number): boolean {
  return /[lIOo]/u.test(text.charAt(start - 1)) && !/[A-Za-z]/u.test(text.charAt(start - 2));
}

/** 1万2千张, 6千人次: see MIXED. */
function mixedQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  MIXED.lastIndex = 0;
  for (let m = MIXED.exec(text); m !== null; m = MIXED.exec(text)) {
    const [all, pre, a, wan, b, more, base, suf] = m;
    if (a === undefined || base === undefined) continue;
    if (base.startsWith('米') || base === '千米') continue;
    const value = wan === undefined ? Number(a) * 1000 : Number(a) * 10000 + Number(b) * 1000;
    const start = m.index + (pre?.length ?? 0);
    const end = m.index + all.length - (suf?.length ?? 0);
    out.push({
      start, end, value, valueMax: null, written: text.slice(start, end - base.length - (more?.length ?? 0)), unit: unitAsWritten(base),
      op: more && !pre && !suf ? '>' : opOf(pre, suf), opStart: m.index, opEnd: m.index + all.length, chinese: false, lone: false,
    });
  }
  return out;
}

/**
 * Numbers written in Chinese numerals: counts (一千二百个, 三万张 → 3 万张, 两万余人), a single numeral only before a
 * count unit (三所, 两个百分点), and percentages (百分之九十七, 百分之百). Digit strings (二〇三〇年) and words built with
 * numerals (十四五, 一老一小) are no numbers. `written` is the numeral as the text writes it.
 */
function chineseQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  CN_PERCENT.lastIndex = 0;
  if (text.includes('分之')) for (let m = CN_PERCENT.exec(text); m !== null; m = CN_PERCENT.exec(text)) {
    const [all, pre, base, run, suf] = m;
    if (run === undefined || base === undefined) continue;
    const value = run === base ? (base === '十万' ? 100000 : base === '万' ? 10000 : base === '千' ? 1000 : 100) : parseChineseNumber(run);
    if (value === null) continue;
    const start = m.index + (pre?.length ?? 0);
    out.push({
      start, end: start + base.length + 2 + run.length, value, valueMax: null, written: run, unit: FRACTION_UNIT[base] ?? '%',
      op: opOf(pre, suf), opStart: m.index, opEnd: m.index + all.length, chinese: true, lone: false,
    });
  }
  if (text.includes('成')) {
    CN_TENTHS.lastIndex = 0;
    for (let m = CN_TENTHS.exec(text); m !== null; m = CN_TENTHS.exec(text)) {
      const [all, pre, digit, suf] = m;
      const value = digit === undefined ? null : parseChineseNumber(digit);
      if (digit === undefined || value === null) continue;
      const start = m.index + (pre?.length ?? 0);
      out.push({
        start, end: start + 2, value: value * 10, valueMax: null, written: digit, unit: '%',
        op: opOf(pre, suf), opStart: m.index, opEnd: m.index + all.length, chinese: true, lone: false,
      });
    }
  }
  const counts: Quantity[] = [];
  CHINESE.lastIndex = 0;
  for (let m = CHINESE.exec(text); m !== null; m = CHINESE.exec(text)) {
    const [all, pre, written, more, base, suf] = m;
    if (written === undefined || base === undefined) continue;
    const start = m.index + (pre?.length ?? 0);
    // 三万张, 一百二十万人: the magnitude goes with the unit, as in 1.8万个.
    const scaled = written.length > 1 && /[万亿]$/u.test(written);
    const run = scaled ? written.slice(0, -1) : written;
    const value = parseChineseNumber(run);
    if (value === null) continue;
    // 每十万人口: a population that sizes a rate, as 每10万人口 is.
    if (base === '人' && text.charCodeAt(m.index + all.length - (suf?.length ?? 0)) === 0x53e3 /* 口 */) continue;
    // A lone numeral counts only before a count unit: 一人一档, 五人 are words, 两个百分点 a change.
    // Years and ages only as a change (提高一岁, 再提高一年): 五年 alone is a span of time, 第十五个五年 a plan.
    const aged = (base === '岁' || base === '年') && /(?:提高|提升|增加|增长|延长|缩短|下降|降低|减少)了?$/u.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (written.length === 1 && !(CN_SINGLE.has(written) && (COUNT_UNITS.has(base) || base.endsWith('百分点') || aged))) continue;
    const unit = (scaled ? written.slice(-1) : '') + base;
    counts.push({
      start, end: start + written.length + (more?.length ?? 0) + base.length, value, valueMax: null, written: run, unit,
      op: more && !pre && !suf ? '>' : opOf(pre, suf), opStart: m.index, opEnd: m.index + all.length, chinese: true,
      lone: written.length === 1,
    });
  }
  return apart(counts, out).concat(out).sort(byStart);
}

/**
 * The quantities of `extra` that overlap none of `taken`, both in text order, in one pass over each (a clause of
 * thousands of numbers is not compared pair by pair). The quantities of `taken` do not overlap one another.
 */
function apart(extra: readonly Quantity[], taken: readonly Quantity[]): readonly Quantity[] {
  if (taken.length === 0) return extra;
  // Most lists are in order already (the expressions find them left to right): copied and sorted only when not.
  const sorted = inOpOrder(taken) ? taken : [...taken].sort(byOpStart);
  const out: Quantity[] = [];
  let j = 0;
  for (const q of extra) {
    while (j < sorted.length && (sorted[j]?.opEnd ?? 0) <= q.opStart) j++;
    const f = sorted[j];
    if (!(f && f.opStart < q.opEnd)) out.push(q);
  }
  return out;
}

const byOpStart = (x: Quantity, y: Quantity): number => x.opStart - y.opStart;

function inOpOrder(list: readonly Quantity[]): boolean {
  for (let i = 1; i < list.length; i++) if ((list[i - 1] as Quantity).opStart > (list[i] as Quantity).opStart) return false;
  return true;
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
