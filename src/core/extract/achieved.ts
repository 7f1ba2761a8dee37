// Achievements: the figures a text reports as already reached, as records beside the targets. Prose gives them
// from the sentences the target reading sets aside (发展基础 sections, 截至/目前/…以来, results reports) and from
// the start of 由X提高到Y; an indicator table gives its base-year column (2020年 in a 十四五 plan).
import { guessDomain, matchIndicator, matchPart } from '../catalog/catalog';
import type { Draft } from './draft';
import type { Normalized } from '../text/normalize';
import { isPlausibleNumber } from './plausible';
import type { AchievedRecord, Baseline, Span, TargetKind } from '../types';

/** FNV-1a as in extract.ts; kept here so the module stays free of the pipeline. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A table row's achievements: its base-year cell, and the progress cell of a report (完成情况). */
export function achievedFromTableRow(draft: Draft): Draft[] {
  const out: Draft[] = [];
  for (const older of draft.olderBases ?? []) out.push(baseCell(draft, older.baseline, older.span));
  if (draft.baseline && draft.baselineSpan) out.push(baseCell(draft, draft.baseline, draft.baselineSpan));
  const { progress } = draft;
  if (progress) {
    const unit = draft.unit ?? progress.unit;
    // Progress on a year's quota is that year's flow, as the quota is.
    const kind: TargetKind = progress.cumulative ? 'cumulative' : draft.kind === 'level' && !/新增|新建|建成|改造|完成|培训|开展/u.test(draft.name) ? 'level' : 'increment';
    out.push({
      ...draft,
      unit,
      baseline: null,
      target: { value: progress.value, year: progress.year, op: progress.op },
      stretch: null,
      kind,
      binding: null,
      span: progress.span,
      per: null,
      aspirational: false,
      // A bracketed progress cell is the total of the five years that end with its year.
      yearFrom: progress.cumulative && progress.year !== null ? progress.year - 4 : null,
    });
  }
  return out;
}

/** A base-year cell of a table row as an achievement: its value, year and, for a [bracketed] total, its period. */
function baseCell(draft: Draft, baseline: Baseline, baselineSpan: Span): Draft {
  // A base cell beside a five-year total or flow is that year's flow (城镇新增就业 1.08 beside [5.5]).
  const kind: TargetKind = baseline.kind ?? (draft.kind === 'cumulative' || draft.kind === 'increment' ? 'increment' : 'level');
  const year = baseline.year;
  return {
    ...draft,
    baseline: null,
    target: { value: baseline.value, year, op: baseline.op ?? '=' },
    stretch: null,
    kind,
    binding: null,
    span: baselineSpan,
    per: null,
    aspirational: false,
    // A bracketed cell is the total of the five years that end with its year.
    yearFrom: kind === 'cumulative' && year !== null ? year - 4 : null,
  };
}

/** Money, budgets and their shares: a report of spending is not a level of service reached. */
const MONEY = /投入|资金|经费|财政|预算|支出|投资|补助资金|奖补/u;
/** A change of a money standard (低保标准提高59.5%), as opposed to a level it reached (提高到最低工资的90%). */
const STANDARD_CHANGE = /标准.*(?:提高|增长|上调|提升)$/u;
/** Tallies of law enforcement: not a public service reached. */
const ENFORCEMENT = /打掉|打击|破获|抓获|查处|侦破|犯罪|涉黑|涉恶|刑事|判处/u;
/** Ages and age limits set by a rule (参保年龄放宽至65岁): a policy parameter, not an amount reached. */
const AGE_RULE = /年龄|退休|周岁$/u;
/** The items of a programme's own list (完成147项民生工程和199件民生大事), counted rather than reached. */
const OWN_ITEMS = /民生工程|民生大事|民生实事|实事项目|为民办实事|重点项目|子项目|重点任务/u;

/**
 * A share of a goal done (完成进度68.9%, 时序进度, 目标任务完成率112%, 城镇新增就业完成率78.5%): how far along, no level of
 * service reached (a 完成率 outside a results report was an achievement).
 */
const PROGRESS_SHARE = /(?:完成|时序|总体)?进度$|完成率$/u;

/** A name that is only the verb of a change (增长5.8% after a sum of money in 元 left out): it names no measure. */
const CHANGE_ONLY = /^(?:比上年|同比)?(?:增长|提高|增加|上升|下降|降低|减少)了?$/u;

/** The population itself (年末户籍人口, 常住人口): the context of a report's figures, not a service reached. */
const POPULATION = /(?:户籍|常住|总|城镇|农村|老年)人口$/u;

/** Whether what a past figure measures is an achievement of the labelling policy (seeds.achieved.json's note). */
export function isReportable(draft: Draft): boolean {
  const name = draft.name;
  // Money words in a share (民生投入占财政支出比重) are what it measures; before a count (利用补助资金实施改造) only how.
  const share = draft.unit === '%' || draft.unit === '‰' || /占|比重|比例/u.test(name);
  if ((share && MONEY.test(name)) || ENFORCEMENT.test(name) || OWN_ITEMS.test(name)) return false;
  if (STANDARD_CHANGE.test(name) || POPULATION.test(name) || PROGRESS_SHARE.test(name) || CHANGE_ONLY.test(name)) return false;
  if (draft.unit === '岁' && AGE_RULE.test(name)) return false;
  return true;
}

/** The name prose-reached.ts gives a change: the quantity, then 比 what it is compared with and the verb. */
const CHANGE_NAME = /^(.+?)比(?:“?十[一二三四五]五”?(?:末|期末)?|20\d\d年(?:底|末)?)(?:增加|提高|提升|增长|下降|降低|减少)$/u;

/** Words that say the figure is reached (目前, 已建成): not part of what is measured. */
const REPORT_WORD = /^(?:目前|当前|现时|现已|已经|已)(?=[\u4e00-\u9fff]{2})/u;
/**
 * When and where a report's figure stands (年末全县…, 全年…, 全澳共有…: a statistical bulletin's and Macau's wording),
 * which 全市 alone already leaves: not what is measured.
 */
const REPORT_FRAME = /^(?:(?:年末|年底|全年)(?:全[省市县区州盟旗])?|全[澳港])(?=[\u4e00-\u9fff]{2})/u;

/** The place a report's figure covers (目前全市…: the name's lead strips 全市 only when it stands first). */
const REPORT_SCOPE = /^全[省市县区州盟旗](?=[\u4e00-\u9fff]{2})/u;

/**
 * A reported figure's name without the words that say it is reached, when and where (目前, 已, 年末, 全市), in any
 * order (目前全市…, 全市目前…, 现时全港…), and without an 已 left at its end.
 */
function reportBare(name: string): string {
  let bare = name;
  for (let prev = ''; prev !== bare; ) {
    prev = bare;
    bare = bare.replace(REPORT_WORD, '').replace(REPORT_FRAME, '').replace(REPORT_SCOPE, '');
  }
  return bare.replace(/(?<=[\u4e00-\u9fff]{2})(?:已经|已)$/u, '');
}

/** Verbs that say a stock is held (全市共有托育机构312家, 已布建C级巷弄长照站186处): not what is counted. */
const STOCK_VERB = /^(?:共有|现有|拥有|布建)(?=[^,;。]{2})/u;

/** A level's name without the verb that says the stock is held; a flow keeps its verb (新建…, 建成…). */
function stockName(name: string, kind: Draft['kind']): string {
  return kind === 'level' ? name.replace(STOCK_VERB, '') : name;
}

/**
 * Words a report puts around the measure that say only that it was done or held (城镇新增就业累计完成, 完成城镇新增就业,
 * 城镇调查失业率始终, 共建成…): not what is measured. A leading 完成 goes only before a name with its own work verb
 * (完成困难重度残疾人家庭无障碍改造 keeps it: the work is its name).
 */
function withoutDoneWords(name: string): string {
  const bare = name
    .replace(/(?<=[\u4e00-\u9fff]{2})(?:累计)?完成$/u, '')
    .replace(/^完成(?=[\u4e00-\u9fff]*(?:新增|新建|建成))/u, '')
    .replace(/(?<=[\u4e00-\u9fff]{2})(?:始终|一直|继续|持续)$/u, '')
    .replace(/^共(?=建成|新建|新增|完成|改造)/u, '')
    // (五年来累计新增城镇就业: the time the total spans is its year_from, not its name.)
    .replace(/^(?:五年来|近五年来?|过去五年|多年来|近年来|“?十[三四五]五”?以来)(?:累计)?(?=[\u4e00-\u9fff]{2})/u, '');
  return bare.length >= 2 ? bare : name;
}

/** Achievement drafts as records, in text order, with ids that never meet a target's. */
export function toAchievedRecords(drafts: Draft[], norm: Normalized, docKey: string): AchievedRecord[] {
  const out: AchievedRecord[] = [];
  const seen = new Set<string>();
  for (const d of drafts) {
    const value = d.target.value;
    if (value === null || !isPlausibleNumber(value) || !isReportable(d)) continue;
    const original = norm.toOriginal(d.span);
    const key = `${d.name}|${value}|${original.start}|${original.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A change against a past level (床位数比“十二五”末增长31.1%) is a change of that indicator, in % of it.
    const change = CHANGE_NAME.exec(d.name);
    const indicator = change?.[1]
      ? matchIndicator(change[1], { unit: null, domain: d.domainHint })
      : matchPart(d.name, d.partOf, { unit: d.unit, domain: d.domainHint });
    // (现时全港共有…: the word that says now, then where, then the stock verb.)
    const bare = reportBare(d.name);
    // A stock held (共有…宿位) is a level, though a programme's counts are the year's work.
    const kind = d.kind === 'increment' && STOCK_VERB.test(bare) ? 'level' : d.kind;
    out.push({
      id: `${docKey}-a${fingerprint(key)}`,
      name: withoutDoneWords(stockName(bare, kind)),
      indicator: indicator?.id ?? null,
      domain: indicator?.domain ?? d.domainHint ?? guessDomain(d.name),
      unit: d.unit,
      value,
      op: d.target.op ?? '=',
      year: d.target.year,
      year_from: kind === d.kind ? (d.yearFrom ?? null) : null,
      kind,
      quote: d.quote ?? norm.text.slice(d.span.start, d.span.end),
      start: original.start,
      end: original.end,
      source: d.source,
    });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  // Ids are 32-bit fingerprints: a repeat gets -2, -3 … in text order, as targets do.
  const ids = new Set<string>();
  for (const r of out) {
    const base = r.id;
    for (let n = 2; ids.has(r.id); n++) r.id = `${base}-${n}`;
    ids.add(r.id);
  }
  return out;
}
