// Which numbers of a sentence report what was already reached, and which project what may happen: neither
// is a target. 截至2024年底…达到N, “十四五”以来…提高到N and 目前已建成N个 are results; 预计到…末将突破N% is a
// projection. A plan word after them (到2027年, 力争, 将) starts the forward-looking part again.
import { fiveYearPeriod, type Period } from './metadata-dates';

/**
 * A sentence that opens by dating a state: 截至2024年底, 截止目前, 截至6月, 现时 (Hong Kong's 目前; also after a
 * paragraph's number, 第八段 现时…), or last year's (去年,全市共帮扶失业人员再就业3.1万人,…惠及企业4.2万家).
 */
const REPORT_OPEN = /^[\s\d.、()▶•·一二三四五六七八九十]*(?:第[一二三四五六七八九十百零〇\d]+段\s*)?(?:今年以来|截至|截止|目前|现时|现已|已经|已(?!有)|去年|上年(?!度))/u;
/** "X以来": since a past time, so what follows has happened. */
const SINCE = /(?:“?十[一二三四五]五”?|20\d\d年|近\d+年|近年|近几年|党的十八大|多年|规划实施|实施)以来/u;
/** Words that turn the rest of a sentence towards the future again. */
const FORWARD = /到20\d\d年|20\d\d年(?:底|末)?前|(?<!已)将|力争|争取|计划|确保|目标|“?十[四五六]五”?末/u;
/** A projection of what will happen, not a commitment. */
const PROJECTION = /预计|预测|有望|估计/u;

export interface SentenceTense {
  /** Values before this offset are reported as reached (0 when none is). */
  reportedUntil: number;
  /** Values after this offset are a projection (Infinity when none is). */
  projectedFrom: number;
}

/** Where the reported and projected parts of a sentence lie. */
export function tenseOf(sentence: string): SentenceTense {
  let reportedUntil = 0;
  // Each expression's own words first: most sentences have none of them.
  const since = sentence.includes('以来') ? SINCE.exec(sentence) : null;
  const opens = REPORT_OPEN.exec(sentence);
  const from = opens ? 0 : since ? since.index : -1;
  if (from >= 0) {
    const after = sentence.slice(from + (opens?.[0].length ?? since?.[0].length ?? 0));
    const forward = FORWARD.exec(after);
    reportedUntil = forward ? sentence.length - after.length + forward.index : sentence.length;
  }
  const projection = sentence.includes('预') || sentence.includes('有望') || sentence.includes('估计') ? PROJECTION.exec(sentence) : null;
  return { reportedUntil, projectedFrom: projection ? projection.index : Infinity };
}

/**
 * A report of results (完成情况, 工作总结, “十四五”成就): its title says so and announces no plan.
 * Only sentences with an explicit plan word are read in it.
 */
const RESULTS_TITLE = /统计公报|完成情况|实施情况|执行情况|落实情况|进展情况|工作总结|年度总结|成效|成就|成绩单|答卷|回顾|中期评估|终期评估|总结评估/u;
const PLAN_TITLE = /规划|计划|方案|安排|意见|目标任务|行动|要点|实事项目$/u;

/** In a results report, the words that still make a sentence a plan. */
// (Not the end of a move reported, 由2020年的2.6人提高到2022年的2.9人.)
export const RESULTS_FORWARD = /(?<!提高|增加|增长|提升|下降|降低|减少|缩短|上升)到20\d\d年|力争|争取|计划|(?<!已)将/u;
const RESULTS_FORWARD_ALL = new RegExp(RESULTS_FORWARD.source, 'gu');

/**
 * Whether a sentence of a results report looks ahead. 到2025年底 in the final report on a plan that ended in 2025 says
 * where the plan ended (到2025年底,全市养老服务床位总数达到3.2万张, 完成规划目标的106.7%): it was read as a target of 2025.
 */
export function resultsForward(sentence: string, reportedOn: Period | null): boolean {
  if (!reportedOn) return RESULTS_FORWARD.test(sentence);
  for (const m of sentence.matchAll(RESULTS_FORWARD_ALL)) {
    const year = /^到(20\d\d)年/u.exec(m[0] ?? '');
    if (!year || Number(year[1]) > reportedOn.end) return true;
  }
  return false;
}

/** What a title line does not hold: the end of a sentence (a body line opens many plans: “十四五”时期…取得明显成效。). */
const SENTENCE_END = /[。;；!！?？,，]/u;
/** A numbered section heading (一、发展成就, 第一章, (一)): it reviews part of a document, not the whole of it. */
const NUMBERED = /^(?:第[一二三四五六七八九十百\d]+[篇编章节]|[一二三四五六七八九十]+、|\(\s*[一二三四五六七八九十]+\s*\))/u;

/**
 * A title that reports on a plan (…公共服务规划实施情况中期评估报告, …计划执行情况的报告): the plan word comes before the
 * report's, and no plan is announced after it (…执行情况与2026年计划草案 is a plan too).
 */
export const REPORT_ON_PLAN = /(?:规划|计划|方案|纲要)[^,。;]{0,4}?(?:实施情况|执行情况|完成情况|落实情况|进展情况|中期评估|总结评估|终期评估)(?![^,。;]*(?:规划|计划|方案|纲要))/u;

/** A headline that says a plan's targets were met (…“十四五”规划社会民生主要指标全面完成, …目标任务超额完成): its results. */
const PLAN_MET = /(?:规划|计划|纲要)[^,。;]{0,16}?(?:目标|指标|任务)[^,。;]{0,6}?(?:全面|超额|顺利|圆满|如期)完成$/u;

const resultsTitle = (line: string) =>
  line.length <= 60 && ((RESULTS_TITLE.test(line) && (!PLAN_TITLE.test(line) || REPORT_ON_PLAN.test(line))) || PLAN_MET.test(line));

/** A text's first three non-blank lines (within its first 300 characters), trimmed: where a title stands. */
function headLines(text: string): string[] {
  return text.slice(0, 300).split('\n').map((l) => l.trim()).filter((l) => l.length > 0).slice(0, 3);
}

export function isResultsReport(text: string): boolean {
  const head = headLines(text);
  const [first = '', ...next] = head;
  // The first line is the title, or a news text's lead, whose sentences may name the report
  // (今日,…会议召开。2024年10件民生实事…完成情况公布。). A later line is read only when it is a title itself (a notice's
  // number or a headline can come first): a sentence there is the body, and a plan's first body sentence often
  // reviews the last period (“十四五”时期,…取得明显成效。), which does not make the plan a report.
  return (
    first.split('。').some((s) => resultsTitle(s.trim())) ||
    next.some((line) => !SENTENCE_END.test(line) && !NUMBERED.test(line) && resultsTitle(line))
  );
}

/**
 * The five-year plan a report of results reports on, when its title names one (我市“十四五”规划…指标全面完成 →
 * 2021–2025): its figures are that period's end and its totals span it, whatever year the report is published in.
 */
export function resultsPeriod(text: string): Period | null {
  for (const line of headLines(text)) {
    if (!resultsTitle(line)) continue;
    // A mid-term evaluation speaks from inside the period, a year it does not state.
    if (line.includes('中期')) return null;
    // A statistical bulletin reports the one year its title names (溪林县2025年…统计公报 → 2025, issued in 2026).
    const year = /统计公报$/u.test(line) ? /(20\d\d)年/u.exec(line) : null;
    return year ? { start: Number(year[1]), end: Number(year[1]) } : fiveYearPeriod(line);
  }
  return null;
}

/** A mid-term evaluation (…中期评估报告): it speaks from inside its plan's period, not from its end. */
export function isMidTermReview(text: string): boolean {
  const head = text.slice(0, 300).split('\n').slice(0, 3).join('\n');
  return /中期评估/u.test(head);
}
