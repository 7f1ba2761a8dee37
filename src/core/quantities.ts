// Numbers, units and comparison words as plans write them: "95%以上", "不低于359场", "1~2所", "一所".
import type { Op } from './types';

/** Units of counts, rates and measures that targets use. Money units are left out on purpose: money standards are not targets. */
const UNITS = [
  '人次', '场次', '台次', '平方米', '平方公里', '公里', '千米', '公顷', '亩', '吨',
  '%', '‰', '个百分点', '百分点',
  '个', '所', '家', '张', '套', '户', '座', '处', '场', '件', '名', '人', '片', '轮', '次', '岁', '年', '例', '册', '栋', '部',
  '条', '支', '间', '台', '辆', '批', '期', '班', '园', '站', '床', '类', '种', '位',
].sort((a, b) => b.length - a.length);

/** Units that stand for a count of things; a bare Chinese numeral is only a value before one of these. */
const COUNT_UNITS = new Set(['个', '所', '家', '张', '套', '户', '座', '处', '场', '件', '名', '片', '轮', '次', '支', '间', '台', '辆', '条']);

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
const PREFIX_OPS = String.raw`不低于|不少于|不超过|不高于|至少|超过|高于|大于|多于|低于|小于|少于|控制在|约|≥|≤|>=|<=|>|<`;
const SUFFIX_OPS = String.raw`及以上|以上|以下|以内|左右|之内|多`;
const UNIT_RE = UNITS.join('|');

// 万/亿 scale any unit (1.8万个, 2万场次); 余/多 between number and unit mean "more than" (3万余户).
// Linear time on any text: a match never starts inside a run of spaces or digits (`(?<!\s)`, `(?<!\d)`;
// the run's first character finds every match a later one would).
const ARABIC = new RegExp(
  String.raw`(${PREFIX_OPS})?(?<!\s)\s*(?<!\d)(${NUM})(?:\s*(?:~|～|-|—|–|至)\s*(${NUM}))?\s*(万|亿)?(余|多)?(${UNIT_RE})(${SUFFIX_OPS})?`,
  'gu',
);
const CHINESE = new RegExp(String.raw`(${PREFIX_OPS})?([一两二三四五六七八九十])(${[...COUNT_UNITS].join('|')})(${SUFFIX_OPS})?`, 'gu');

export function opOf(prefix: string | undefined, suffix: string | undefined): Op {
  switch (prefix) {
    case '不低于': case '不少于': case '至少': case '≥': case '>=':
      return '>=';
    case '超过': case '高于': case '大于': case '多于': case '>':
      return '>';
    case '不超过': case '不高于': case '≤': case '<=':
      return '<=';
    case '低于': case '小于': case '少于': case '<':
      return '<';
    case '约':
      return '~';
    case '控制在':
      return suffix === '左右' ? '~' : '<=';
    default:
      break;
  }
  switch (suffix) {
    case '以上': case '及以上': case '多':
      return '>=';
    case '以下': case '以内': case '之内':
      return '<=';
    case '左右':
      return '~';
    default:
      return '=';
  }
}

/** Every number-with-unit in a piece of text. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const [all, pre, a, b, scale, more, base, suf] = m;
    if (a === undefined || base === undefined) continue;
    const unit = (scale ?? '') + base;
    const start = m.index + (pre ? all.indexOf(a, pre.length) : all.indexOf(a));
    const end = m.index + all.length - (suf?.length ?? 0);
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
      opEnd: m.index + all.length,
      chinese: false,
    });
  }
  for (const m of text.matchAll(CHINESE)) {
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
}

const CELL = new RegExp(
  String.raw`^(≥|≤|>=|<=|>|<|约|不低于|不少于|超过|不超过|低于)?\s*([\[【(])?\s*(${NUM})\s*(?:(?:~|～|-|—|–|至)\s*(${NUM}))?\s*([\]】)])?\s*(\*)?\s*(%|‰)?\s*(以上|以下|左右|以内)?$`,
  'u',
);

export function parseCell(raw: string): CellValue | null {
  const cell = raw.replace(/\s+/g, '');
  if (cell === '' || /^[-—–/\\无]+$/u.test(cell)) return null;
  const m = CELL.exec(cell);
  if (!m) {
    if (/\d/.test(cell) || cell.length > 12) return null;
    return { value: null, valueMax: null, op: null, kind: 'level', text: cell };
  }
  const [, pre, open, a, b, close, star, , suf] = m;
  const bracketed = open !== undefined && close !== undefined && open !== '(';
  return {
    value: Number(a),
    valueMax: b !== undefined ? Number(b) : null,
    op: b !== undefined ? '>=' : opOf(pre, suf),
    kind: star ? 'annual_growth' : bracketed ? 'cumulative' : 'level',
    text: b !== undefined ? `${a}~${b}` : null,
  };
}
