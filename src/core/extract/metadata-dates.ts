// Dates and plan periods as Chinese government documents write them: 2023年2月21日, 二〇二三年二月二十一日, “十四五”, 2021—2025年.
import { hasDigit, visibleMoreThan } from './scan';

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 二十一 → 21, 十二 → 12, 9 → 9; NaN for anything else. */
function smallNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (DIGITS[s] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : (DIGITS[s.slice(0, ten)] ?? NaN);
  const units = ten === s.length - 1 ? 0 : (DIGITS[s.slice(ten + 1)] ?? NaN);
  return tens * 10 + units;
}

/** 2023 or 二〇二三 → 2023. */
export function yearNumber(s: string): number {
  if (/^\d{4}$/.test(s)) return Number(s);
  const digits = [...s].map((ch) => DIGITS[ch]);
  return digits.length === 4 && digits.every((d) => d !== undefined) ? Number(digits.join('')) : NaN;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 2021-01 for a month (the month checked), or null. */
function isoMonth(year: number, month: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

const CN_YEAR = '[〇零○Ｏ一二三四五六七八九]{4}';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';
const DATE_FORMS: readonly RegExp[] = [
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
  /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/,
  new RegExp(`^(${CN_YEAR})年(${CN_SMALL})月(${CN_SMALL})日$`),
];
// A month with no day, as many plans are signed (二〇二一年一月, 2021年1月); with a label also 2021-01.
const MONTH_FORMS: readonly RegExp[] = [/^(\d{4})年(\d{1,2})月$/, new RegExp(`^(${CN_YEAR})年(${CN_SMALL})月$`)];
const LABELLED_MONTH = /^(\d{4})[-./](\d{1,2})$/;
// A year alone only under a label (发布日期:2021年): a bare 2021年 line is a heading as often as a date.
const LABELLED_YEAR = new RegExp(`^(\\d{4}|${CN_YEAR})年?$`);
// Day first, as some pages and scanned stamps write it: 27.01.2021.
const DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DATE_LABEL = /^(?:成文日期|发布日期|发布时间|印发日期|发文日期|日期|时间)[::]?/;
// Starts only where a run of spaces starts, so a long run is scanned once, not once per space.
const CLOCK_TIME = /(?<!\s)\s+\d{1,2}:\d{2}(?::\d{2})?$/;
// A clock time after the part of the day (a press conference's 时间:2026年2月26日上午10:00), with no space before it.
const DAY_PART_TIME = /(?:上午|下午|中午|晚上|早上)\s*\d{1,2}:\d{2}(?::\d{2})?$/u;

// The longest line a date can be, not counting whitespace: a label and its colon (5), brackets (2), the longest
// form (二〇二三年十二月三十一日, 13) and a clock time (8) — 28; a little more to spare.
const MAX_DATE_CHARS = 32;

/**
 * The date of a line that is nothing but a date (optionally labelled or bracketed), else null: ISO 8601 as precise
 * as the line is, YYYY-MM-DD for a day, YYYY-MM for a month alone (二〇二一年一月), YYYY for a labelled year alone.
 */
export function dateOfLine(line: string): string | null {
  // A head or tail line of prose, far longer, is no date: it needs none of the rewriting below.
  if (visibleMoreThan(line, MAX_DATE_CHARS)) return null;
  // Every form needs 年 or digits, but a labelled year alone (日期:二〇二一) — short lines of table cells have none.
  if (!line.includes('年') && !hasDigit(line) && !line.includes('日期') && !line.includes('时间')) return null;
  const unlabelled = line.trim().replace(CLOCK_TIME, '').replace(DAY_PART_TIME, '').replace(/\s+/g, '');
  const labelled = unlabelled.replace(DATE_LABEL, '');
  const bare = labelled.replace(/^[(（[]|[)）\]]$/g, '');
  for (const form of DATE_FORMS) {
    const m = form.exec(bare);
    if (m) return isoDate(yearNumber(m[1] ?? ''), smallNumber(m[2] ?? ''), smallNumber(m[3] ?? ''));
  }
  const dayFirst = DAY_FIRST.exec(bare);
  if (dayFirst) return isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const hasLabel = labelled.length < unlabelled.length;
  for (const form of hasLabel ? [...MONTH_FORMS, LABELLED_MONTH] : MONTH_FORMS) {
    const m = form.exec(bare);
    if (m) return isoMonth(yearNumber(m[1] ?? ''), smallNumber(m[2] ?? ''));
  }
  const year = hasLabel ? LABELLED_YEAR.exec(bare) : null;
  const y = year ? yearNumber(year[1] ?? '') : NaN;
  return y >= 1900 && y <= 2199 ? String(y) : null;
}

export interface Period {
  start: number;
  end: number;
}

const FIVE_YEAR_ORDINAL = /十([一二三四五六七八九])五|第十([一二三四五六七八九])个五年/;

function periodOfOrdinal(digit: string): Period {
  const n = 10 + (DIGITS[digit] ?? 0);
  // The third plan began in 1966 after a three-year gap; every plan since lasts five years.
  const start = 1966 + 5 * (n - 3);
  return { start, end: start + 4 };
}

/** The first five-year plan a text names: “十四五” → 2021–2025. */
export function fiveYearPeriod(text: string): Period | null {
  const m = FIVE_YEAR_ORDINAL.exec(text);
  const digit = m?.[1] ?? m?.[2];
  return digit === undefined ? null : periodOfOrdinal(digit);
}

/** The five-year plan a long text names most often: a plan reviews the last one but dwells on its own. */
export function commonFiveYearPeriod(text: string): Period | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(FIVE_YEAR_ORDINAL.source, 'g'))) {
    // A comparison (比“十三五”末提高…) names another plan's period, not this one's.
    if (/(?:比|较|相比|对比|同)["“]?$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const digit = m[1] ?? m[2];
    if (digit !== undefined) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [digit, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = digit;
  return best === null ? null : periodOfOrdinal(best);
}

const YEAR_RANGE = /(20\d{2})\s*(?:年)?\s*[-—–~～至到]+\s*(20\d{2})\s*年/;

/** An explicit span such as (2023—2025年) or 2021-2025年. */
export function yearRange(text: string): Period | null {
  const m = YEAR_RANGE.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end >= start ? { start, end } : null;
}

/** A year in digits or in Chinese numerals (二〇二四, 二○二五, 二零二四), as a regex source with one group. */
export const YEAR_SOURCE = '(20\\d{2}|二[〇零○O][〇零○O一二三四五六七八九]{2})';

/** The first single year (2024年, 二〇二四年) a text names, or null. */
export function firstYear(text: string): number | null {
  const m = new RegExp(`${YEAR_SOURCE}\\s*年`).exec(text);
  return m ? yearNumber(m[1] ?? '') : null;
}

/** The first year a text names that is not a goal (到2025年, 2025年前): the year it speaks in. */
export function currentYear(text: string): number | null {
  for (const m of text.matchAll(/(到|至|截至)?\s*(20\d{2})\s*年(前|底|末|以前)?/g)) {
    if (m[1] === undefined && m[3] === undefined) return Number(m[2]);
  }
  return null;
}

/** The year of the first 2022年1月 the text names for the given month, or null. */
export function yearOfMonth(text: string, month: number): number | null {
  const m = new RegExp(`(20\\d{2})\\s*年\\s*0?${month}\\s*月`).exec(text);
  return m ? Number(m[1]) : null;
}

const PAGE_DATE = [
  // A web page's or newspaper's own date among other page details: 2025-01-19 10:47 来源:…, 第3版:要闻 2025-01-23.
  /(?:^|[\s::])((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?=$|\s)/,
  /(?:发布日期|发布时间|成文日期|印发日期|发文日期)[::]?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
  // Written out with its clock time (2026年03月06日 08:30 来源:…).
  /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s+\d{1,2}:\d{2}/,
];
/** Words of a page's byline (来源:某市日报, 作者:…, 责任编辑:…): a full date on such a line is the page's. */
const BYLINE = /(?:来源|作者|编辑|记者|浏览次数|稿源)\s*[::]/;
const WRITTEN_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** A page or publication date written among other page details on a line, or null. */
export function pageDateIn(line: string): string | null {
  for (const form of PAGE_DATE) {
    const m = form.exec(line);
    if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  // 来源:某市日报 2026年03月06日 — on a byline, a date written out is the page's too.
  const m = line.length <= 80 && BYLINE.test(line) ? WRITTEN_DATE.exec(line) : null;
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** 本报讯 2026年3月5日, 本报讯(记者 王芳)2026年3月2日,…: a news lead's own full date, right after its mark. */
const LEAD_DATE = /^(?:本报讯|[^\s\d]{1,12}?(?:网|社|报|台|频道|客户端)讯)\s*(?:[(](?:见习|实习|特约)?记者[^)]{1,20}[)])?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** 本报讯(记者 李华)3月5日,…: the lead's month and day, its year left to the page. */
const LEAD_DAY = /^(?:本报讯|[^\s\d]{1,12}?(?:网|社|报|台|频道|客户端)讯)\s*(?:[(](?:见习|实习|特约)?记者[^)]{1,20}[)])?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** The date a news lead opens with after its 本报讯 (with or without its year), or null. */
export function leadDateIn(line: string): { year: number | null; month: number; day: number } | null {
  if (!line.includes('讯')) return null;
  const full = LEAD_DATE.exec(line);
  if (full) return { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) };
  const day = LEAD_DAY.exec(line);
  return day ? { year: null, month: Number(day[1]), day: Number(day[2]) } : null;
}

/** A line that is only a month and day (1月6日), as under a news headline; null otherwise. */
export function monthDayOfLine(line: string): { month: number; day: number } | null {
  if (!line.includes('月') || !line.includes('日')) return null;
  const m = /^(\d{1,2})月(\d{1,2})日$/.exec(line.replace(/\s+/g, ''));
  return m ? { month: Number(m[1]), day: Number(m[2]) } : null;
}

/** The first goal year (到2025年, 至2025年) a text sets, or null. */
export function firstGoalYear(text: string): number | null {
  const m = /(?:到|至)\s*(20\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}

/** The year of a month-day date: the page's own date, a 2022年1月 in the text, or the year the lead speaks in. */
export function yearOfDay(month: number, head: readonly string[], text: string, lead: string): number | null {
  for (const line of head) {
    const page = dateOfLine(line) ?? pageDateIn(line);
    if (!page) continue;
    // A page dated early in January may carry a December dateline.
    const [year, pageMonth] = page.split('-').map(Number);
    return (pageMonth ?? 12) < month ? (year ?? 0) - 1 : (year ?? null);
  }
  return yearOfMonth(text, month) ?? currentYear(lead);
}
