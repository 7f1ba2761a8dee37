// Document metadata from the normalised text: region, title, issuer, issue date, document number, period and kind.
import type { DocumentKind, DocumentMetadata } from '../types';
import {
  commonFiveYearPeriod,
  currentYear,
  dateOfLine,
  fiveYearPeriod,
  firstGoalYear,
  firstYear,
  isoDate,
  leadDateIn,
  monthDayOfLine,
  pageDateIn,
  yearNumber,
  yearOfDay,
  YEAR_SOURCE,
  yearRange,
  type Period,
} from './metadata-dates';
import {
  clauseRegion,
  expandPlaceName,
  isNationalBody,
  mostFrequent,
  NATIONAL,
  placeAt,
  regionAt,
  withPrefecture,
} from './metadata-region';
import { firstLines, lastLines, linesWith } from './lines';
import { REPORT_ON_PLAN } from './prose-tense';
import { locateRegion } from './metadata-place';

// Notices, titles and signatures sit in the first lines; the rest is the plan itself.
const HEAD_LINES = 25;
const TAIL_LINES = 15;
// A headline and its lead sentence.
const LEAD_LINES = 3;
const PLAN_WORD = /规划|计划|方案|要点|清单|纲要/;
/** A statistical bulletin's title (…2025年国民经济和社会发展统计公报): a report of one year's figures, titled as a plan is. */
const STATISTICAL_BULLETIN = /统计公报$/;
/**
 * A government's report to its people's congress (政府工作报告), or a Hong Kong chief executive's policy address
 * (行政长官2026年施政报告, also with its chapter after a space): what it sets for the year it is given in is a programme.
 */
const WORK_REPORT = /政府工作报告$|施政报告(?:$|\s)/;
/** The line under a work report's title: the day and the congress it was given to (——2026年1月20日在…人民代表大会…会议上). */
const SESSION_DATE = /^[—\-－–(（\s]*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日在[^。\n]{2,60}?(?:人民代表大会|人代会)[^。\n]{0,30}?会议上/;
const SENTENCE_PUNCT = /[,，。;；:：!！?？]/;
const HEADING_START = /^(?:第[一二三四五六七八九十百\d]+[章节篇条]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|专栏|目\s*录)/;
const ORG_SUFFIX = /(?:人民政府|政府|办公室|办公厅|委员会|管委会|党工委|局|厅|委|部|署|办)$/;
const NOTICE_VERB = /关于(?:印发|转发|下发|发布|公布)/;
/** `.` of a regular expression stops at these; the notice readers below keep that rule. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * What `/^(.*?)关于(?:印发|…)(.+?)的通知/` captures (prefix, body), found with indexOf so a head
 * line of any length is read in linear time (the expression backtracks over every 关于印发).
 */
function noticeParts(joined: string): [string, string] | null {
  const verb = NOTICE_VERB.exec(joined);
  if (!verb) return null;
  const bodyStart = verb.index + verb[0].length;
  const end = joined.indexOf('的通知', bodyStart + 1);
  if (end < 0 || LINE_TERMINATOR.test(joined.slice(0, end))) return null;
  return [joined.slice(0, verb.index), joined.slice(bodyStart, end)];
}

/** What `/^(.*?)关于(.+)的通知$/` captures — a notice that is itself the document: …办公室关于2024年实施47项民生实事的通知. */
function ownNoticeParts(line: string): [string, string] | null {
  if (!line.endsWith('的通知') || LINE_TERMINATOR.test(line)) return null;
  const at = line.indexOf('关于');
  if (at < 0 || at + 2 >= line.length - 3) return null;
  return [line.slice(0, at), line.slice(at + 2, line.length - 3)];
}
// A web page's column tag in front of a headline: 【保基本民生】.
const COLUMN_TAG = /^【[^】]{1,12}】\s*/;
const NEWS_DATELINE = /^[^\s\d]{1,12}?(?:网|社|报|台|频道|客户端)([\u4e00-\u9fa5]{2,6}?)(\d{1,2})月(\d{1,2})日(?:消息|电|讯)/;
/** A web page's or paper's byline: 来源:某市日报, 责任编辑:张三, (记者 王明 通讯员 李华) on a line of its own. */
const BYLINE_LINE = /^[\s(（]*(?:来源|稿源|作者|记者|编辑|责任编辑|通讯员)\s*[:：\s]|\s(?:来源|稿源|责任编辑|编辑)\s*[:：]/;
const NEWS_MARK = /本报讯|[(（](?:见习|实习|特约)?记者[^)）]{1,20}[)）]|记者(?:近日|日前|今天|昨天|昨日|今日)?(?:从|在)[^。\n]{1,30}?(?:获悉|了解到|得知)/;
// Longer endings first, so 辽宁省人民政府办公厅 is not cut at 人民政府; 等21个部门 stays with the lead body.
const ORG_NAME =
  '(?:国务院(?:办公厅)?|[\\u4e00-\\u9fa5]{2,16}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管委会|局|厅|委|部(?!门)))(?:等(?:\\d+|[一二三四五六七八九十]+)个?部门|等部门)?';
const AGENCY = new RegExp(
  `(?:^|[,，。;；:：“”、\\s])(${ORG_NAME})(?=[^。\\n]{0,40}?(?:制定|印发|出台|发布|编制|推出))`,
);
// The clause around a name in a news sentence: 这份由国家发展改革委…
const AGENCY_LEAD = /^(?:这份|这部|这一|这项|该|此|一份)?(?:文件|规划|方案|计划)?由/;
// A plan's release date with its year, as a report names it: 2022年1月10日发布的《…》.
const RELEASED = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日[^。,，;；]{0,12}?(?:发布|印发|出台|公布)/;
// 10日发布的《…》 in a dateline's own sentence: the day of the month the dateline gives.
const RELEASED_DAY = /(?:^|[^\d月])(\d{1,2})日[^。,，;；]{0,6}?(?:发布|印发|出台|公布)/;
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
  /** The notice is the document itself (关于实施…的通知), not a cover for a plan it attaches. */
  own: boolean;
}

// An annual list of livelihood projects: 民生实事, 为民办实事, 民生“十心”实事, 民生工程, 实事项目.
const PROGRAMME = '(?:民生|为民|惠民|便民)[^,，。;；!！?？\\n]{0,6}?实事|民生工程|实事项目';
const MENTION = new RegExp(`${YEAR_SOURCE}\\s*年(?:度)?[^,，。;；!！?？\\n]{0,16}?(?:${PROGRAMME})`, 'g');
// A report on a finished programme year: 完成情况, 全面完成, 整体完成率.
const COMPLETION = /完成情况|全面完成|完成率|完成满意度|完成进度|进展情况/gu;
// Words of a headline sentence, not of a list's own title.
const HEADLINE_VERB = /将|已|发布|公布|出炉|办好|完成|关于|通知/;

interface Programme {
  year: number;
  /** The list's own title line (2024年某某区为民办实事项目), or null when only a sentence names it. */
  title: string | null;
  /** A report on how the year's programme was carried out, not the programme. */
  completed: boolean;
  /** Index of the head line naming it. */
  line: number;
  /** The clause that names it, from its start: its region is named there. */
  clause: string;
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
    (PLAN_WORD.test(line) || WORK_REPORT.test(line) || STATISTICAL_BULLETIN.test(line)) &&
    !SENTENCE_PUNCT.test(line) &&
    !HEADING_START.test(line) &&
    // Breadcrumbs of a web page (首页 > 规划计划) are not titles.
    !/^关于|通知$|[《》>›»|]/.test(line)
  );
}

/** `head`: the first HEAD_LINES lines. */
function readDateline(lines: readonly string[], text: string, tail: readonly string[]): Dateline | null {
  for (const line of lines.slice(0, LEAD_LINES)) {
    const m = NEWS_DATELINE.exec(line);
    if (!m) continue;
    // A dateline gives month and day only; a goal year (到2025年) in the lead is not the date.
    const lead = line.slice(m[0].length).split('。')[0] ?? '';
    const month = Number(m[2]);
    const released = Number(RELEASED_DAY.exec(lead)?.[1] ?? NaN);
    const day = released > 0 && released <= Number(m[3]) ? released : Number(m[3]);
    // The page's own date may stand under the article (来源:某市日报 2026年03月06日) as well as above it.
    return { place: m[1] ?? '', month, day, year: yearOfDay(month, [...lines.slice(0, HEAD_LINES), ...tail], text, lead) };
  }
  return null;
}

/** A 关于印发《…》的通知 line, possibly wrapped over the next lines. */
function readNotice(head: readonly string[]): Notice | null {
  for (let i = 0; i < head.length; i++) {
    let joined = head[i] ?? '';
    if (!/关于(?:印发|转发|下发|发布|公布)/.test(joined)) continue;
    for (let j = i + 1; j <= i + 2 && j < head.length && !joined.includes('通知'); j++) joined += head[j];
    const m = noticeParts(joined);
    const prefix = (m?.[0] ?? '').trim();
    // A notice cited inside a sentence is someone else's.
    if (!m || SENTENCE_PUNCT.test(prefix) || prefix.includes('《')) continue;
    const body = m[1];
    const title = (/《([^》]+)》/.exec(body)?.[1] ?? body).trim();
    return { issuer: isOrganisation(prefix) ? prefix : null, title: title === '' ? null : title, own: false };
  }
  return readOwnNotice(head);
}

/** A notice heading the text that sets out an annual programme or plan itself: 某办公室关于2024年实施N项民生实事的通知. */
function readOwnNotice(head: readonly string[]): Notice | null {
  for (const raw of head.slice(0, LEAD_LINES)) {
    const line = raw.replace(COLUMN_TAG, '').trim();
    const m = ownNoticeParts(line);
    const prefix = (m?.[0] ?? '').trim();
    if (!m || SENTENCE_PUNCT.test(line) || /[《》]/.test(line)) continue;
    // 关于做好2026年城乡居民基本医疗保障工作的通知 sets out a year's work as a programme does.
    if (!new RegExp(`${PROGRAMME}|${PLAN_WORD.source}|任务|目标|安排|做好[^,。]*工作`).test(m[1])) continue;
    return { issuer: isOrganisation(prefix) ? prefix : null, title: line, own: true };
  }
  return null;
}

const CLAUSE_PUNCT = new Set([...'。;；!！?？,，:：']);
const SENTENCE_END = /[。;；!！?？]/;

/** Every clause of the head that names a programme with its year. */
function programmeMentions(head: readonly string[]): Programme[] {
  const found: Programme[] = [];
  head.forEach((line, i) => {
    // Every mention has a 年 and a programme word (…实事, 民生工程): most head lines have not.
    if (!line.includes('年') || !(line.includes('实事') || line.includes('民生工程'))) return;
    // Mentions come in order, so the clause start and the sentence end are found by walking forward
    // once (a long line with many mentions stays linear).
    let start = 0;
    let scanned = 0;
    let end = -1;
    // Where the line reports completion, found once: testing each mention's clause again would be quadratic on a
    // long line that names many programmes.
    const completions = line.includes('完成') || line.includes('进展') ? [...line.matchAll(COMPLETION)] : [];
    let nextCompletion = 0;
    for (const m of line.matchAll(MENTION)) {
      const at = m.index;
      for (; scanned < at; scanned++) if (CLAUSE_PUNCT.has(line[scanned] ?? '')) start = scanned + 1;
      if (end !== line.length && end < at) {
        const found = SENTENCE_END.exec(line.slice(at));
        end = found ? at + found.index : line.length;
      }
      const clause = line.slice(start, end);
      const standalone =
        line.length <= 40 && !SENTENCE_PUNCT.test(line) && !HEADING_START.test(line) && !HEADLINE_VERB.test(line);
      // Deeper in the text only a list's own title counts: a plan may look back on past programmes.
      if (i >= LEAD_LINES && !standalone) continue;
      while ((completions[nextCompletion]?.index ?? Infinity) < start) nextCompletion++;
      const hit = completions[nextCompletion];
      const completed = hit !== undefined && hit.index + hit[0].length <= end;
      found.push({ year: yearNumber(m[1] ?? ''), title: standalone ? line : null, completed, line: i, clause });
    }
  });
  return found;
}

/** The programme the head announces: its own title line, else the latest year named unless a completion report covers it. */
function readProgramme(mentions: readonly Programme[]): Programme | null {
  const titled = mentions.find((m) => m.title !== null && !m.completed);
  if (titled) return titled;
  const done = mentions.filter((m) => m.completed);
  const latest = mentions.filter((m) => !m.completed).sort((a, b) => b.year - a.year)[0];
  if (latest && (done.length === 0 || done.every((m) => latest.year > m.year))) return latest;
  return done[0] ?? null;
}

function quotedTitles(text: string): string[] {
  return [...text.matchAll(QUOTED_TITLE)].map((m) => m[1] ?? '');
}

/** What the reader has found in the text before the fields are chosen. */
interface Reading {
  text: string;
  head: readonly string[];
  tail: readonly string[];
  dateline: Dateline | null;
  notice: Notice | null;
  programme: Programme | null;
  news: boolean;
}

// A government page's details block: 名称: …  发布机构: …  成文日期: … (one per line, or several on a line).
const FIELD_LABEL = '索引号|主题分类|发布机构|发文机关|发文单位|成文日期|发布日期|发文字号|文号|名\\s*称|标\\s*题|主\\s*题词|有效性';
const FIELD = new RegExp(`(?:^|\\s)(${FIELD_LABEL})\\s*[:：]\\s*(.+?)(?=\\s+(?:${FIELD_LABEL})\\s*[:：]|$)`, 'g');

/** The value of a labelled field of the head (名称, 发布机构), or null. */
function fieldOf(head: readonly string[], label: RegExp): string | null {
  for (const line of head) {
    // A field needs its colon; FIELD's lazy value and look-ahead are costly on the lines without one.
    if (!line.includes(':') && !line.includes('：')) continue;
    for (const m of line.matchAll(FIELD)) if (label.test((m[1] ?? '').replace(/\s+/g, ''))) return (m[2] ?? '').trim() || null;
  }
  return null;
}

/** A 名称/标题 field: the plan it names (关于印发《X》的通知 → X). */
function titleField(head: readonly string[]): string | null {
  const value = fieldOf(head, /^(?:名称|标题)$/);
  if (!value) return null;
  return /《([^》]+)》/.exec(value)?.[1] ?? /关于(?:印发|转发|发布|公布)(.+?)的通知/.exec(value)?.[1] ?? value;
}

function findTitle(reading: Reading): string | null {
  const { head, notice } = reading;
  if (notice?.title && !notice.own) return notice.title;
  return titleField(head) ?? titleOfText(reading);
}

function titleOfText({ head, text, notice, programme, dateline, news }: Reading): string | null {
  if (programme) return programme.title ?? notice?.title ?? null;
  // A news article's headline is not the plan's title; the plan is the one it quotes.
  if (dateline || (news && notice === null)) return quotedTitles(text).find((t) => PLAN_WORD.test(t)) ?? null;
  const at = head.findIndex(isTitleLine);
  const line = head[at];
  if (line === undefined) return notice?.title ?? null;
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
  // The organisation first: most lines above a line are not one, and that is cheaper to tell than a date.
  return zone.findIndex((line, i) => i > 0 && isOrganisation(zone[i - 1] ?? '') && dateOfLine(line) !== null);
}

/** The body a news sentence says drew up the plan, cut to its name (这份由国家发展改革委… → 国家发展改革委). */
function agencyOf(text: string): string | null {
  const name = AGENCY.exec(text)?.[1]?.replace(AGENCY_LEAD, '') ?? '';
  return name.length >= 3 && !/[的了是将在]/.test(name) ? name : null;
}

function findIssuer({ head, tail, notice, text, news }: Reading): string | null {
  const field = fieldOf(head, /^(?:发布机构|发文机关|发文单位)$/);
  if (field && isOrganisation(field)) return field;
  if (notice?.issuer) return notice.issuer;
  for (const zone of [head, tail]) {
    const signer = zone[signatureDateAt(zone) - 1];
    if (signer !== undefined) return signer;
  }
  if (news) return agencyOf(text);
  return head.find(isOrganisation) ?? null;
}

function findIssued(reading: Reading): string | null {
  const found = findIssuedDate(reading);
  // A month or year alone (二〇二一年一月 under the issuer) is kept unless a page gives the day within it.
  if (found === null || found.length === 10) return found;
  const day = [...reading.head, ...reading.tail].map((line) => dateOfLine(line) ?? pageDateIn(line)).find((d) => d?.length === 10 && d.startsWith(found));
  return day ?? found;
}

function findIssuedDate({ head, tail, text, dateline, news, programme }: Reading): string | null {
  const released = news ? RELEASED.exec(text) : null;
  if (released) return isoDate(Number(released[1]), Number(released[2]), Number(released[3]));
  // A work report is dated by the session it was given to.
  const session = head.slice(0, LEAD_LINES).map((line) => SESSION_DATE.exec(line)).find((m) => m !== null);
  if (session) return isoDate(Number(session[1]), Number(session[2]), Number(session[3]));
  // The signed date under the issuer beats a web page's publication date.
  for (const zone of [head, tail]) {
    const signed = zone[signatureDateAt(zone)];
    if (signed !== undefined) return dateOfLine(signed);
  }
  const lineDates = [...head, ...tail].map(dateOfLine).filter((d) => d !== null);
  const fullDate = lineDates.find((d) => d.length === 10);
  if (fullDate) return fullDate;
  if (dateline?.year) return isoDate(dateline.year, dateline.month, dateline.day);
  // 本报讯 2026年3月5日 / 本报讯(记者…)3月5日: the lead's own date, its year (when it has none) the page's.
  const leadLine = news ? head.slice(0, LEAD_LINES).find((line) => leadDateIn(line) !== null) : undefined;
  const lead = leadLine === undefined ? null : leadDateIn(leadLine);
  if (lead) {
    const year = lead.year ?? yearOfDay(lead.month, [...head, ...tail], text, leadLine ?? '');
    if (year !== null) return isoDate(year, lead.month, lead.day);
  }
  // The page's own date, above the article or under it (来源:某市日报 2026年03月06日).
  for (const line of [...head, ...tail]) {
    const date = pageDateIn(line);
    if (date) return date;
  }
  // A bare 1月6日 under a headline: the year is the page's, the text's, or the programme's.
  const day = head.slice(0, LEAD_LINES).map(monthDayOfLine).find((d) => d !== null);
  const year = day ? (yearOfDay(day.month, head, text, head[0] ?? '') ?? programme?.year ?? null) : null;
  if (day && year !== null) return isoDate(year, day.month, day.day);
  return lineDates[0] ?? null;
}

/** The first of the lines with a 号 (every line of the text is tried; the others cannot be a number) that is one. */
function findDocNumber(lines: readonly string[]): string | null {
  for (const line of lines) {
    const bare = line.replace(/\s+/g, '').replace(/^(?:文号|发文字号|发文号)[::]?/, '');
    const m = DOC_NUMBER.exec(bare);
    // Only a line that is the number alone: numbers inside sentences cite other documents.
    if (m && m[0].length === bare.length) return `${m[1]}〔${m[2]}〕${m[3]}号`;
  }
  return null;
}

/** A dateline place counts only when the article itself talks about it: 新华社北京…电 is where the reporter filed. */
function datelineRegion(dateline: Dateline | null, text: string): string | null {
  if (!dateline || text.split(dateline.place).length < 3) return null;
  return expandPlaceName(dateline.place, text);
}

/** The region a programme's own sentence names (2025年重庆将…), or one acting in the lines around it. */
function programmeRegion(programme: Programme | null, head: readonly string[], text: string): string | null {
  if (!programme) return null;
  return placeAt(programme.clause, text) ?? clauseRegion(head.slice(0, programme.line + 3));
}

function findRegion(reading: Reading, title: string | null, issuer: string | null): string | null {
  const { head, text, dateline, programme } = reading;
  const region =
    (title ? regionAt(title) : null) ??
    (issuer ? regionAt(issuer) : null) ??
    // A plan of a central body (国务院, 国家发展改革委, 民政部) is for the whole country.
    (issuer && isNationalBody(issuer) ? NATIONAL : null) ??
    (title && /^(?:全国|国家|中国)/.test(title) ? NATIONAL : null) ??
    programmeRegion(programme, head, text) ??
    datelineRegion(dateline, text) ??
    // Without a header, the plan's own region is the one its cited documents name most.
    mostFrequent(quotedTitles(text).flatMap((t) => regionAt(t) ?? []));
  if (region === null || region === NATIONAL) return region;
  // Only header lines and quoted titles: a sentence may start with any verb before the name.
  const headers = head.flatMap((line) => [...(isTitleLine(line) || isOrganisation(line) ? [line] : []), ...quotedTitles(line)]);
  return withPrefecture(region, [...(issuer ? [issuer] : []), ...headers]);
}

function kindOfTitle(title: string): DocumentKind {
  if (WORK_REPORT.test(title)) return 'annual_programme';
  // A report on how a plan is carried out (…规划实施情况中期评估报告) is not the plan.
  if (REPORT_ON_PLAN.test(title)) return 'other';
  const range = yearRange(title);
  // The year a programme is for (2024年…方案), not a goal in a headline (到2025年…方案); a notice on a year's work
  // (关于做好2026年城乡居民基本医疗保障工作的通知) sets that year's figures as a programme does.
  if (!range && currentYear(title) && !/[一二两三四五]年行动/.test(title) && /方案|要点|工程|实事|计划|清单|安排|做好[^,。]*工作/.test(title)) {
    return 'annual_programme';
  }
  if (/行动计划|行动方案|[一二两三四五]年行动|攻坚行动|专项行动/.test(title)) return 'action_plan';
  const fiveYears = fiveYearPeriod(title) !== null || (range !== null && range.end - range.start === 4);
  if (/五年规划/.test(title) || (fiveYears && /规划|纲要|发展计划/.test(title))) return 'five_year_plan';
  // A plan or programme for a span of years its title states (…第二期实施方案(2026—2029年)) is a plan of that
  // period, as an action plan is: it used to be `other`, like a text that plans nothing.
  if (range !== null && range.end > range.start && /方案|计划|规划|纲要/.test(title)) return 'action_plan';
  return 'other';
}

/** What an untitled text calls itself: 本行动计划, 本规划. */
function selfName(text: string): string | null {
  return /本((?:[一二两三四五]年)?行动(?:计划|方案)|规划|纲要|方案|要点|计划)/.exec(text)?.[1] ?? null;
}

function documentKind(name: string | null, { news, programme }: Reading): DocumentKind {
  // A report on how last year's list was carried out is not a plan.
  if (programme) return programme.completed ? 'other' : 'annual_programme';
  if (news) return 'news_report';
  return name ? kindOfTitle(name) : 'other';
}

const ACTION_YEARS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };

function findPeriod(name: string | null, kind: DocumentKind, { text, dateline, programme }: Reading, issued: string | null): Period | null {
  if (programme) return { start: programme.year, end: programme.year };
  const fromName = name ? (yearRange(name) ?? fiveYearPeriod(name)) : null;
  if (fromName) return fromName;
  const nameYear = name ? firstYear(name) : null;
  if (kind === 'annual_programme' && nameYear) return { start: nameYear, end: nameYear };
  // A work report sets the targets of the year it is given in (今年).
  if (kind === 'annual_programme' && name && WORK_REPORT.test(name) && issued) return { start: Number(issued.slice(0, 4)), end: Number(issued.slice(0, 4)) };
  if (kind === 'action_plan') {
    const end = firstGoalYear(text);
    // An action plan that does not state its span is almost always a three-year one (三年行动计划).
    const years = ACTION_YEARS[/([一二两三四五])年行动/.exec(name ?? '')?.[1] ?? '三'] ?? 3;
    if (end) return { start: end - years + 1, end };
  }
  if (kind === 'news_report') {
    // The dateline's year, else the page's own date (2026-01-15 08:30 来源:…): 今年 in the article is that year.
    const year = dateline?.year ?? (issued ? Number(issued.slice(0, 4)) : null);
    return year ? { start: year, end: year } : null;
  }
  // A statistical bulletin reports the year its title names (2025年…统计公报, issued in 2026).
  if (kind === 'other' && name && STATISTICAL_BULLETIN.test(name) && nameYear) return { start: nameYear, end: nameYear };
  if (kind === 'five_year_plan' || kind === 'other') return commonFiveYearPeriod(text);
  return null;
}

/** A programme named before any plan title line is what the text is; a plan that merely mentions one is not. */
function programmeOf(head: readonly string[], notice: Notice | null): Programme | null {
  if (notice && !notice.own) return null;
  const mentions = programmeMentions(head);
  const titleAt = head.findIndex(isTitleLine);
  return titleAt >= 0 && titleAt < (mentions[0]?.line ?? Infinity) ? null : readProgramme(mentions);
}

/** Region, title, issuer, date, number, period and kind of a plan, from its normalised (simplified) text. */
export function extractMetadata(text: string): DocumentMetadata {
  // The head and the tail are all that is read line by line (and the lines holding a document number's 号).
  const first = firstLines(text, HEAD_LINES);
  const head = first.lines;
  const tail = first.more ? lastLines(text, TAIL_LINES) : [];
  const dateline = readDateline(head, text, tail);
  const notice = dateline ? null : readNotice(head);
  const news =
    dateline !== null ||
    ((notice === null || notice.own) && NEWS_MARK.test(head.slice(0, LEAD_LINES).join('\n'))) ||
    // A page with a byline (来源:…, 责任编辑:…) and no plan's title or notice is an article about one.
    (notice === null && [...head, ...tail].some((line) => BYLINE_LINE.test(line)) && !head.some(isTitleLine));
  const reading: Reading = { text, head, tail, dateline, notice, programme: programmeOf(head, notice), news };
  const plan_title = findTitle(reading);
  const issuer = findIssuer(reading);
  const name = plan_title ?? (news ? null : selfName(text));
  const kind = documentKind(name, reading);
  const located = locateRegion(findRegion(reading, plan_title, issuer), [plan_title, issuer], text);
  const issued = findIssued(reading);
  return {
    ...located,
    plan_title,
    issuer,
    issued,
    period: findPeriod(name, kind, reading, issued),
    kind,
    doc_number: findDocNumber(linesWith(text, '号')),
  };
}
