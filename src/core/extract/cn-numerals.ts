// Chinese numerals as plans write them in prose: 一千二百, 三万五千, 一百二十, 两, 九十七点五 (no npm package fits the
// brief: nzh is BSD-2-Clause, and the MIT ones read integers only and accept digit strings such as 二〇三〇 as numbers,
// which in a plan are years, never values).

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a numeral is written with (digits, 十百千, 万亿). */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * The value of a positional Chinese numeral (一千二百 → 1200, 十二 → 12, 三万五千 → 35000), or null when the string is
 * not one: digit strings (二〇三〇, 十四五, 一二三), a bare magnitude (万, 千), and the colloquial abbreviations whose
 * value is ambiguous in writing (一千二 may be 1200 or 1002: only 一千二百 is read).
 */
export function parseChineseInt(s: string): number | null {
  if (s.length === 0) return null;
  let total = 0; // whole 亿 and 万 groups
  let section = 0; // below 万
  let pending = -1; // a digit waiting for its unit
  let lastSmall = Infinity; // the last 十/百/千 of the section: they must fall
  let zero = false; // 零 written since the last unit
  let lastBig = Infinity;
  let units = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const d = DIGIT[ch];
    if (d === 0) {
      if (pending !== -1 || units === 0) return null;
      zero = true;
      continue;
    }
    if (d !== undefined) {
      if (pending !== -1) return null;
      pending = d;
      continue;
    }
    const small = SMALL[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      if (pending === -1 && !(small === 10 && section === 0 && total === 0 && i === 0)) return null;
      section += (pending === -1 ? 1 : pending) * small;
      lastSmall = small;
      pending = -1;
      zero = false;
      units++;
      continue;
    }
    const big = ch === '万' ? 1e4 : ch === '亿' ? 1e8 : 0;
    if (big === 0 || big >= lastBig) return null;
    if (pending !== -1) section += pending;
    if (section === 0) return null;
    total += section * big;
    section = 0;
    pending = -1;
    lastSmall = Infinity;
    lastBig = big;
    zero = false;
    units++;
  }
  if (pending !== -1) {
    // 十二, 一百零五, 一万零五: a last digit right after 十 or after 零; 一千二 and 三万五 are left unread.
    const afterTen = lastSmall === 10 && !zero;
    if (units > 0 && !afterTen && !zero) return null;
    section += pending;
  }
  return total + section;
}

/** 九十七点五 → 97.5; an integer part as parseChineseInt, digits after 点. */
export function parseChineseNumber(s: string): number | null {
  const dot = s.indexOf('点');
  if (dot < 0) return parseChineseInt(s);
  const whole = parseChineseInt(s.slice(0, dot));
  const frac = s.slice(dot + 1);
  if (whole === null || frac.length === 0) return null;
  let digits = '';
  for (const ch of frac) {
    const d = DIGIT[ch];
    if (d === undefined) return null;
    digits += String(d);
  }
  return Number(`${whole}.${digits}`);
}
