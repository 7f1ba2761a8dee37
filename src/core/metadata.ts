// Document metadata from the normalised text: region, title, issuer, issue date, document number, period and kind.
import type { DocumentKind, DocumentMetadata } from './types';
import {
  commonFiveYearPeriod,
  dateOfLine,
  fiveYearPeriod,
  firstGoalYear,
  firstYear,
  isoDate,
  yearRange,
  type Period,
} from './metadata-dates';
import { expandPlaceName, mostFrequent, regionAt, withPrefecture } from './metadata-region';

// Notices, titles and signatures sit in the first lines; the rest is the plan itself.
const HEAD_LINES = 25;
const TAIL_LINES = 15;
const PLAN_WORD = /规划|计划|方案|要点|清单|纲要/;
const SENTENCE_PUNCT = /[,，。;；:：!！?？]/;
const HEADING_START = /^(?:第[一二三四五六七八九十百\d]+[章节篇条]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|专栏|目\s*录)/;
const ORG_SUFFIX = /(?:人民政府|政府|办公室|办公厅|委员会|管委会|党工委|局|厅|委|部|署|办)$/;
const NOTICE = /^(.*?)关于(?:印发|转发|下发|发布|公布)(.+?)的通知/;
const NEWS_DATELINE = /^[^\s\d]{1,12}?(?:网|社|报|台|频道|客户端)([\u4e00-\u9fa5]{2,6}?)(\d{1,2})月(\d{1,2})日(?:消息|电|讯)/;
const NEWS_MARK = /本报讯|[(（]记者[^)）]{1,20}[)）]/;
const AGENCY =
  /(?:^|[,，。;；:：“”、\s])([\u4e00-\u9fa5]{2,16}?(?:人民政府|办公室|委员会|管委会|局|厅|委))(?=[^。\n]{0,40}?(?:制定|印发|出台|发布|编制|推出))/;
const DOC_NUMBER = /^([\u4e00-\u9fa5]{1,12})[〔[［【(（]((?:19|20)\d{2})[〕\]］】)）](?:第)?(\d{1,4})号/;
const QUOTED_TITLE = /《([^《》\n]{2,80})》/g;

interface Dateline {
  place: string;
  month: number;
  day: number;
  year: number | null;
}

interface Notice {
  issuer: string | null;
  title: string | null;
}

function isOrganisation(line: string): boolean {
  return (
    line.length >= 4 &&
    line.length <= 40 &&
    ORG_SUFFIX.test(line) &&
    !SENTENCE_PUNCT.test(line) &&
    !HEADING_START.test(line) &&
    !/关于|[《》“”]/.test(line)
  );
}

function isTitleLine(line: string): boolean {
  return (
    line.length >= 6 &&
    line.length <= 60 &&
    PLAN_WORD.test(line) &&
    !SENTENCE_PUNCT.test(line) &&
    !HEADING_START.test(line) &&
    // Breadcrumbs of a web page (首页 > 规划计划) are not titles.
    !/^关于|通知$|[《》>›»|]/.test(line)
  );
}

function readDateline(lines: readonly string[]): Dateline | null {
  for (const line of lines.slice(0, 3)) {
    const m = NEWS_DATELINE.exec(line);
    if (!m) continue;
    // A dateline gives month and day only; the year is the one the lead sentence talks about.
    const lead = line.slice(m[0].length).split('。')[0] ?? '';
    return { place: m[1] ?? '', month: Number(m[2]), day: Number(m[3]), year: firstYear(lead) };
  }
  return null;
}

/** A 关于印发《…》的通知 line, possibly wrapped over the next lines. */
function readNotice(head: readonly string[]): Notice | null {
  for (let i = 0; i < head.length; i++) {
    let joined = head[i] ?? '';
    if (!/关于(?:印发|转发|下发|发布|公布)/.test(joined)) continue;
    for (let j = i + 1; j <= i + 2 && j < head.length && !joined.includes('通知'); j++) joined += head[j];
    const m = NOTICE.exec(joined);
    const prefix = (m?.[1] ?? '').trim();
    // A notice cited inside a sentence is someone else's.
    if (!m || SENTENCE_PUNCT.test(prefix) || prefix.includes('《')) continue;
    const body = m[2] ?? '';
    const title = (/《([^》]+)》/.exec(body)?.[1] ?? body).trim();
    return { issuer: isOrganisation(prefix) ? prefix : null, title: title === '' ? null : title };
  }
  return null;
}

function quotedTitles(text: string): string[] {
  return [...text.matchAll(QUOTED_TITLE)].map((m) => m[1] ?? '');
}

function findTitle(head: readonly string[], text: string, notice: Notice | null, dateline: Dateline | null): string | null {
  if (notice?.title) return notice.title;
  // A news article's headline is not the plan's title; the plan is the one it quotes.
  if (dateline) return quotedTitles(text).find((t) => PLAN_WORD.test(t)) ?? null;
  const at = head.findIndex(isTitleLine);
  const line = head[at];
  if (line === undefined) return null;
  // A long title wraps: its first line names the region but not yet the kind of plan.
  const before = head[at - 1];
  if (before !== undefined && isTitleFragment(before) && regionAt(before) !== null && regionAt(line) === null) {
    return before + line;
  }
  return line;
}

function isTitleFragment(line: string): boolean {
  return (
    line.length <= 40 &&
    !SENTENCE_PUNCT.test(line) &&
    !HEADING_START.test(line) &&
    !isOrganisation(line) &&
    dateOfLine(line) === null &&
    !DOC_NUMBER.test(line) &&
    !/关于|[《》]/.test(line)
  );
}

/** Index of a date line signed by the organisation on the line above, or -1. */
function signatureDateAt(zone: readonly string[]): number {
  return zone.findIndex((line, i) => i > 0 && dateOfLine(line) !== null && isOrganisation(zone[i - 1] ?? ''));
}

function findIssuer(head: readonly string[], tail: readonly string[], notice: Notice | null, text: string, news: boolean): string | null {
  if (notice?.issuer) return notice.issuer;
  for (const zone of [head, tail]) {
    const signer = zone[signatureDateAt(zone) - 1];
    if (signer !== undefined) return signer;
  }
  if (news) return AGENCY.exec(text)?.[1] ?? null;
  return head.find(isOrganisation) ?? null;
}

function findIssued(head: readonly string[], tail: readonly string[], dateline: Dateline | null): string | null {
  // The signed date under the issuer beats a web page's publication date.
  for (const zone of [head, tail]) {
    const signed = zone[signatureDateAt(zone)];
    if (signed !== undefined) return dateOfLine(signed);
  }
  for (const line of [...head, ...tail]) {
    const date = dateOfLine(line);
    if (date) return date;
  }
  return dateline?.year ? isoDate(dateline.year, dateline.month, dateline.day) : null;
}

function findDocNumber(lines: readonly string[]): string | null {
  for (const line of lines) {
    const bare = line.replace(/\s+/g, '').replace(/^(?:文号|发文字号|发文号)[::]?/, '');
    const m = DOC_NUMBER.exec(bare);
    // Only a line that is the number alone: numbers inside sentences cite other documents.
    if (m && m[0].length === bare.length) return `${m[1]}〔${m[2]}〕${m[3]}号`;
  }
  return null;
}

function findRegion(
  title: string | null,
  issuer: string | null,
  head: readonly string[],
  text: string,
  dateline: Dateline | null,
): string | null {
  const region =
    (title ? regionAt(title) : null) ??
    (issuer ? regionAt(issuer) : null) ??
    (dateline ? expandPlaceName(dateline.place, text) : null) ??
    // Without a header, the plan's own region is the one its cited documents name most.
    mostFrequent(quotedTitles(text).flatMap((t) => regionAt(t) ?? []));
  if (region === null) return null;
  // Only header lines and quoted titles: a sentence may start with any verb before the name.
  const headers = head.flatMap((line) => [...(isTitleLine(line) || isOrganisation(line) ? [line] : []), ...quotedTitles(line)]);
  return withPrefecture(region, [...(issuer ? [issuer] : []), ...headers]);
}

function kindOfTitle(title: string): DocumentKind {
  const range = yearRange(title);
  if (!range && /20\d{2}年/.test(title) && !/[一二两三四五]年行动/.test(title) && /方案|要点|工程|实事|计划|清单|安排/.test(title)) {
    return 'annual_programme';
  }
  if (/行动计划|行动方案|[一二两三四五]年行动|攻坚行动|专项行动/.test(title)) return 'action_plan';
  const fiveYears = fiveYearPeriod(title) !== null || (range !== null && range.end - range.start === 4);
  if (/五年规划/.test(title) || (fiveYears && /规划|纲要/.test(title))) return 'five_year_plan';
  return 'other';
}

/** What an untitled text calls itself: 本行动计划, 本规划. */
function selfName(text: string): string | null {
  return /本((?:[一二两三四五]年)?行动(?:计划|方案)|规划|纲要|方案|要点|计划)/.exec(text)?.[1] ?? null;
}

function documentKind(name: string | null, news: boolean): DocumentKind {
  if (news) return 'news_report';
  return name ? kindOfTitle(name) : 'other';
}

const ACTION_YEARS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };

function findPeriod(name: string | null, text: string, kind: DocumentKind, newsYear: number | null): Period | null {
  const fromName = name ? (yearRange(name) ?? fiveYearPeriod(name)) : null;
  if (fromName) return fromName;
  const nameYear = name ? firstYear(name) : null;
  if (kind === 'annual_programme' && nameYear) return { start: nameYear, end: nameYear };
  if (kind === 'action_plan') {
    const end = firstGoalYear(text);
    // An action plan that does not state its span is almost always a three-year one (三年行动计划).
    const years = ACTION_YEARS[/([一二两三四五])年行动/.exec(name ?? '')?.[1] ?? '三'] ?? 3;
    if (end) return { start: end - years + 1, end };
  }
  if (kind === 'news_report') return newsYear ? { start: newsYear, end: newsYear } : null;
  if (kind === 'five_year_plan' || kind === 'other') return commonFiveYearPeriod(text);
  return null;
}

/** Region, title, issuer, date, number, period and kind of a plan, from its normalised (simplified) text. */
export function extractMetadata(text: string): DocumentMetadata {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const head = lines.slice(0, HEAD_LINES);
  const tail = lines.length > HEAD_LINES ? lines.slice(-TAIL_LINES) : [];
  const dateline = readDateline(lines);
  const notice = dateline ? null : readNotice(head);
  const news = dateline !== null || (notice === null && NEWS_MARK.test(head.slice(0, 3).join('\n')));
  const plan_title = findTitle(head, text, notice, dateline);
  const issuer = findIssuer(head, tail, notice, text, news);
  const name = plan_title ?? (news ? null : selfName(text));
  const kind = documentKind(name, news);
  return {
    region: findRegion(plan_title, issuer, head, text, dateline),
    plan_title,
    issuer,
    issued: findIssued(head, tail, dateline),
    period: findPeriod(name, text, kind, dateline?.year ?? null),
    kind,
    doc_number: findDocNumber(lines),
  };
}
