// Headings of a plan (第X章, 第X节, 一、, (一), 专栏N) and what they tell about the text under them: domain and tense.
import { domainOfHeading } from '../catalog/catalog';
import type { DomainId } from '../types';
import { visibleMoreThan } from './scan';

export interface SectionContext {
  domain: DomainId | null;
  /** Under a heading that reviews the past period (发展基础, “十三五”成就): numbers there are achievements. */
  past: boolean;
  /** The period a review heading names (“十三五”时期发展成就 → 2016–2020); null when it names none. */
  pastPeriod: { start: number; end: number } | null;
  /** The year a heading sets its targets for (（一）2027年目标, 近期目标(2026—2027年), 到2028年); null when it names none. */
  year: number | null;
}

interface Heading {
  level: number;
  start: number;
  domain: DomainId | null;
  past: boolean;
  pastPeriod: { start: number; end: number } | null;
  year: number | null;
}

const FIVE_YEAR = /“?十([一二三四五六])五”?/u;

/** The five-year period a heading names (十三五 → 2016–2020), or null. */
function periodOfHeading(line: string): { start: number; end: number } | null {
  const m = FIVE_YEAR.exec(line);
  if (!m) return null;
  // 十一五 is 2006–2010; each later plan five years on.
  const start = 2006 + '一二三四五六'.indexOf(m[1] ?? '') * 5;
  return { start, end: start + 4 };
}

/**
 * A heading that dates the targets under it: a year's goals (2027年目标, 到2027年主要目标), a stage's goals with its span
 * (近期目标(2026—2027年): its end), or a year alone (到2028年).
 */
const YEAR_GOAL = /(?<!\d)(20\d\d)年(?:底|末)?(?:前)?的?(?:主要|发展|阶段性?|近期|中期|远期|工作|具体)?目标|目标\s*[(:]\s*(?:到\s*)?(?:20\d\d年?\s*[—–\-~至到]\s*)?(20\d\d)年(?:底|末)?\s*\)?$|^(?:[^\d]{0,8}?)到(20\d\d)年(?:底|末)?$/u;

/** The year a heading sets the targets under it for, or null. */
function yearOfHeading(line: string): number | null {
  const m = YEAR_GOAL.exec(line);
  const year = m ? Number(m[1] ?? m[2] ?? m[3]) : NaN;
  return Number.isFinite(year) ? year : null;
}

// "“十四五”发展回顾" in a 十五五 plan reviews its past period as “十三五”成就 did in a 十四五 plan (session 13).
// A reply to a deputy's proposal or a plan's first section says what was done or where things stand: 工作开展情况,
// 基本情况, 现状和需求 (session 16: p83's 现状 and p85's 工作开展情况 were read as targets).
const PAST_HEADING = /发展基础|发展成就|主要成就|取得.{0,6}成[效就绩]|工作回顾|发展回顾|发展现状|现实基础|“十[一二三四]五”(?:时期|期间)?.{0,4}(?:成就|成效|回顾)|工作开展情况|基本情况|(?:^|[、)\s])现状(?!.{0,6}目标)/u;

/** The first character of every heading headingLevel knows: 第, 一–十, 专栏, (. */
const HEADING_FIRST = new Set('第一二三四五六七八九十专(');

/** Level of a heading line, or 0 when the line is body text. */
export function headingLevel(line: string): number {
  // Every line of the text is asked: a paragraph is no heading, and is not trimmed to find out.
  if (visibleMoreThan(line, 40)) return 0;
  let s = line.trim();
  // A Markdown heading (## 一、发展基础, ### (一)2027年目标): its marks say it is one, the words after them its level as
  // in a plan's own numbering (it was body text, so a review under ## 一、发展基础 was read as the plan's targets).
  const marks = s.charCodeAt(0) === 0x23 /* # */ ? /^(#{1,6})\s+/u.exec(s) : null;
  if (marks?.[1]) s = s.slice(marks[0].length);
  if (s.length === 0 || s.length > 40) return 0;
  // Every heading below opens with one of these: a line opening otherwise is not matched against each of them.
  if (!HEADING_FIRST.has(s.charAt(0))) return marks?.[1] ? Math.min(marks[1].length, 4) : 0;
  if (/^第[一二三四五六七八九十百\d]+[篇编]/u.test(s)) return 1;
  if (/^第[一二三四五六七八九十百\d]+章/u.test(s)) return 2;
  if (/^第[一二三四五六七八九十百\d]+节/u.test(s)) return 3;
  if (/^[一二三四五六七八九十]+、/u.test(s) && !/[。;]$/u.test(s)) return 3;
  if (/^专栏\s*\d+/u.test(s)) return 4;
  if (/^\(\s*[一二三四五六七八九十]+\s*\)/u.test(s) && s.length <= 24 && !/[。;,]/u.test(s)) return 4;
  return marks?.[1] ? Math.min(marks[1].length, 4) : 0;
}

/** Returns a lookup from an offset to the context of the headings above it. */
export function sectionIndex(text: string): (offset: number) => SectionContext {
  const headings: Heading[] = [];
  // Line by line without cutting the text into lines: a paragraph (most lines) is known to be no heading first.
  for (let pos = 0; pos <= text.length; ) {
    const br = text.indexOf('\n', pos);
    const end = br < 0 ? text.length : br;
    if (!visibleMoreThan(text, 40, pos, end)) {
      const line = text.slice(pos, end);
      const level = headingLevel(line);
      if (level > 0) {
        const past = PAST_HEADING.test(line);
        const plain = line.replace(/^\s*#{1,6}\s+/u, '').replace(/^\s*(?:\(\s*[一二三四五六七八九十]+\s*\)|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[篇编章节])\s*/u, '');
        headings.push({ level, start: pos, domain: domainOfHeading(line), past, pastPeriod: past ? periodOfHeading(line) : null, year: past ? null : yearOfHeading(plain) });
      }
    }
    pos = end + 1;
  }
  // Context after each heading, so a lookup is one binary search.
  const contexts: SectionContext[] = [];
  const stack: Heading[] = [];
  for (const h of headings) {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= h.level) stack.pop();
    stack.push(h);
    let domain: DomainId | null = null;
    let pastPeriod: SectionContext['pastPeriod'] = null;
    let year: number | null = null;
    for (const s of stack) {
      if (s.domain) domain = s.domain;
      if (s.pastPeriod) pastPeriod = s.pastPeriod;
      if (s.year !== null) year = s.year;
    }
    contexts.push({ domain, past: stack.some((s) => s.past), pastPeriod, year });
  }
  const none: SectionContext = { domain: null, past: false, pastPeriod: null, year: null };
  return (offset: number) => {
    let lo = 0;
    let hi = headings.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((headings[mid]?.start ?? Infinity) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? none : (contexts[found] ?? none);
  };
}
