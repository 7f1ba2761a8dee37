// Forward-looking targets in sentences: 到2025年…达到X以上, 力争 stretch values, 分别 lists, shared predicates,
// and the quotas of annual programmes (新增普惠托位132个).
import { detachedOp } from './comparators';
import type { Draft } from './draft';
import { withoutHiringVerb, withoutNoteMarks } from './prose-names';
import { AREA_LIST, ASIDE_THEN_ITEM, type Candidate, WORK_VERB, PART_ASIDE, YEAR_ASIDE, nameFor, type NameResult, PER_CAPITA, predicateOf, servedFor, splitFor, stripLeading, stripName, withoutTrailingFiller } from './prose-names';
import { changeList, FROM_END, fromList, toList } from './prose-reached';
import { isScopeOrStandard } from './prose-scope';
import { isResultsReport, resultsForward, resultsPeriod, tenseOf, type SentenceTense } from './prose-tense';
import { type Clause, clauses, columnBlocks, columnGaps, type ColumnText, factsOf, frameYear, isQuotedAt, KEY, lastYearMarkBefore, type SentenceFacts, sentences, yearOf } from './prose-text';
import { findQuantities, isRateUnit, type Quantity } from './quantities';
import { hasCode } from './scan';
import type { SectionContext } from './sections';
import type { Baseline, DocumentKind, Op, Span, TargetKind } from '../types';

export interface ProseOptions {
  period: { start: number; end: number } | null;
  kind: DocumentKind;
  /** Spans already read as tables, and damaged runs: sentences never cross them. */
  skip: Span[];
  damage: Span[];
  sections: (offset: number) => SectionContext;
  /**
   * 'target' (the default) reads what the text commits to; 'achieved' reads, from the same sentences, the figures
   * the text reports as already reached, which the target reading leaves out (see ./achieved.ts).
   */
  mode?: 'target' | 'achieved';
  /** Year the document was issued: the year of an achievement reported as the present state. */
  now?: number | null;
  /** Year the text was issued, in both readings: 今年 of a text of another kind (a press conference, a letter). */
  issued?: number | null;
  /**
   * The year the text's present (目前, 现时) is: a plan's base year (the year before its period), the year of a policy
   * address (施政报告, given in the autumn of the year it speaks of), else the issue year.
   */
  present?: number | null;
  /** Whether the whole document is a report of results, when `text` is only a slice of it (its head decides). */
  results?: boolean;
  /** The five-year plan the report of results reports on, when `text` is only a slice of it (resultsPeriod). */
  reportedOn?: { start: number; end: number } | null;
  /** The document is a mid-term evaluation: its present is inside its period, a year it does not state. */
  midterm?: boolean;
  /**
   * State that runs across paragraphs, carried from one slice of a document to the next: read at the start,
   * written back at the end (a news report's goals stated once, earlier in the text).
   */
  carry?: { newsFrame: boolean };
  /**
   * What the target and achievement readings of one text share (its sentences and what each says), kept by the
   * first for the second: both read the same sentences, so the second need not cut and scan them again. Only for
   * readings of the same text with the same `skip` and `damage`.
   */
  memo?: ProseMemo;
}

/** Per sentence of a text, in order, what does not depend on the reading: filled by the first reading that needs it. */
export interface ProseMemo {
  sentences: Clause[] | null;
  /** Where each sentence's paragraph starts (after the last line break before it). */
  paragraphs: number[];
  frames: (number | null)[];
  future: boolean[];
  facts: SentenceFacts[];
  tenses: SentenceTense[];
  /** Whether the sentence may hold a value at all (a digit, or 三个 …), found with the sentences. */
  valued: boolean[];
  /** Which of the characters prose-text's KEY names each sentence holds, found with the sentences. */
  masks: number[];
  /** Whether it says work is done (PAST_SENTENCE). */
  done: boolean[];
  /** Where it names a whole period (WHOLE_PERIOD), or Infinity. */
  wholePeriodAt: number[];
  clauses: Clause[][];
  /** Per clause of the sentence, its candidate values as candidatesOf gives them (never handed out: copied). */
  candidates: Candidate[][][];
  /** The last insurance scheme named in a stretch of the text (schemeFinder). */
  schemes?: (from: number, to: number) => string | undefined;
  /** The text's blocks laid out in two columns (columnBlocks), each column with its own memo. */
  columns?: { column: ColumnText; memo: ProseMemo }[];
}

export function proseMemo(): ProseMemo {
  return { sentences: null, paragraphs: [], frames: [], future: [], facts: [], tenses: [], valued: [], masks: [], done: [], wholePeriodAt: [], clauses: [], candidates: [] };
}

const INCREMENT_VERB =
  /^(?:新增|增加(?![至到])|新建|新开工改造|新开工|新改扩建|改扩建|新建改建|改建|扩建|改造|建设|建成|完成|开展|培育|创建|回引|吸引|引入|引进|举办|组织|提供|支持|优化升级|选树|迁建|开工建设|开工改造|开工|竣工|恢复重建|培训|打造|实施|救助|帮助|资助|开办|推出|交付|加装|培养|筛查|增设|配建|安装|更新|铺设|整治|开通|开设|设立|招聘|选聘|聘用|招募|募集|招收|招生|选派|遴选|发放|筹措|筹集|放映|惠及)/u;
/** A work verb anywhere before a lone numeral that ends its clause (新建幼儿园两所). */
const WORK_IN = /新增|新建|建成|建设|改造|改扩建|配建|增设|开设|打造|培育|创建|配备/u;
const CHINESE_NUMERAL_VERB = /(?:办好|建成|建有|建设|配备|培养|新建|设立|打造|创建|建立|培育|开展|举办|新增|至少|落实|建|有)$/u;
// (上年度 before 的 and a value is the base of a share, 不高于上年度居民人均可支配收入的50%: no report of last year.)
const PAST_MARK = /已经|已(?!有)|截至|截止|(?<![由从])(?:目前|现时|当前(?![和及与]今后))|现有|先后|去年|上年(?!度[^,;。的]{0,16}的\d)|近年来|了(?=[,。;\d]|$)/u;
/** A sentence that says work is done: 已完成, 完成情况, or 全面完成 with nothing after it (…任务全面完成。). */
const PAST_SENTENCE = /已(?:经)?(?:全面|圆满|基本)?完成|完成情况|(?:全面|圆满)完成(?:了)?(?:[,;。]|$)/u;
/** The plan's own list ("15件重点民生实事", "48个子项目"), counted rather than set as a target. */
const OWN_LIST = /^(?:项|件)?(?:重点)?(?:民生实事|为民办实事|实事|民生工程|子项目|事项)/u;
const FUTURE_WORD = /将|计划|力争|争取|目标|到20\d\d年|主要指标|明确了/u;
/** A population or its share (老年人口, 60岁及以上老年人口, 农村老年人口占比), not a rate per head (每千人口…). */
const POPULATION_MEASURE = /^[^每]*(?:户籍|常住|总|城镇|农村|城市|乡村|老年|流动)人口(?:占比|比重|比例)?$/u;
/** What makes a population a plan's figure: a year, a forward word, a held level, a projection. */
const POPULATION_FORWARD = /20\d\d年|将|计划|力争|争取|目标|控制在|稳定在|保持在|预计|预测/u;
const NEWS_PAST = /率先|已|了(?=[,。;\d]|$)|去年|上年|近年来|截至|先后/u;
// The unit is followed by the verb of what each has (每个县建成…), or by the count itself (每个社区至少1个老年助餐点,
// 每个街道至少一个).
// A place may be sized by its population first (每个30万人口以上的县, 每个20万至30万人口的县): its digits are the unit's.
// 培育, 组建, 成立: the work of each place, as 建成 is (每个行政村至少培育1支志愿服务队).
// 各 before the work says each again (每个乡镇和街道各建成1个…): no part of the per-unit.
// 招收, 招聘 … are work too (每年招收住院医师规范化培训学员: the per-unit ran on to 培训, 每年招收住院医师规范化).
const PER_UNIT =
  /每(?:个|年|月|季度|周|村|乡镇|县|所|校)(?:\d+(?:\.\d+)?万(?:至\d+(?:\.\d+)?万)?人口(?:以上|以下)?的)?[^\d,;。]*?(?=各?(?:至少|都|均|要|应)?(?:办好|建成|建有|建设|配备|开展|培养|培育|培训|设立|组建|成立|新建|新增|改造|举办|拥有|有|达到|设置|组织|提供|创建|打造|实施|筛查|走访|招收|招聘|招募|招生|为))|每(?:个|村|乡镇|县|所|校)(?:\d+(?:\.\d+)?万(?:至\d+(?:\.\d+)?万)?人口(?:以上|以下)?的)?[^\d,;。]*?(?=各?(?:至少|不少于|最少)?(?:\d|[一两二三四五六七八九十]{1,3}[个所名家处座]))/u;
const PER_UNIT_HEAD = /每(?:个|年|月|季度|周|村|乡镇|县|所|校)/uy;
const PER_UNIT_AT = new RegExp(PER_UNIT.source, 'uy');

/**
 * `PER_UNIT.exec(text)` in linear time. When a 每 with its unit finds no verb before the next digit
 * or , ; 。, no later 每 before that character can (it would test the same positions), so the search
 * goes on after it instead of scanning the same stretch again from every 每.
 */
function perUnitIn(text: string): RegExpExecArray | null {
  return perEachIn(text) ?? (text.includes('人口的') ? SIZED_PLACE.exec(text) : null);
}

/**
 * "20万至30万人口的县(市、区)至少建有1个特殊教育资源中心": a place sized by its population, without 每, before what each
 * is to have, is the per-unit as 每个30万人口以上的县 is (it stayed in the name).
 */
const SIZED_PLACE =
  /(?<![\d.万])\d+(?:\.\d+)?万(?:(?:至|到|—|-|~)\d+(?:\.\d+)?万)?人口(?:及?以上|以下)?的(?:县|市|区|乡镇|乡|镇|街道|村|社区)(?:\([^()]{1,8}\))?(?=(?:至少|都|均|要|应)?(?:办好|建成|建有|建设|配备|设立|组建|成立|新建|举办|拥有|有|设置|创建|打造))/u;

function perEachIn(text: string): RegExpExecArray | null {
  let from = 0;
  for (;;) {
    const at = text.indexOf('每', from);
    if (at < 0) return null;
    PER_UNIT_HEAD.lastIndex = at;
    if (!PER_UNIT_HEAD.test(text)) {
      from = at + 1;
      continue;
    }
    PER_UNIT_AT.lastIndex = at;
    const m = PER_UNIT_AT.exec(text);
    if (m) return m;
    const stop = text.slice(at).search(/[\d,;。]/u);
    if (stop < 0 && !FREQUENCY_HEAD.test(text.slice(at, at + 3))) return null;
    const end = stop < 0 ? text.length : at + stop;
    // A frequency (每年) fails where a place (每个村) after it may still be known by its count (每年每个村1个): the
    // search goes on from the next such place before the stop, and from the stop after that one fails.
    from = FREQUENCY_HEAD.test(text.slice(at, at + 3)) ? nextPlaceHead(text, at + 1, end) : end + 1;
    if (from > text.length) return null;
  }
}

const FREQUENCY_HEAD = /^每(?:年|月|季度|周)/u;
const PLACE_HEAD = /每(?:个|村|乡镇|县|所|校)/uy;

/** The next 每 of a place in text[from, end), or end + 1 when there is none. */
function nextPlaceHead(text: string, from: number, end: number): number {
  for (let at = text.indexOf('每', from); at >= 0 && at < end; at = text.indexOf('每', at + 1)) {
    PLACE_HEAD.lastIndex = at;
    if (PLACE_HEAD.test(text)) return at;
  }
  return end + 1;
}
/** What follows a count inside the name of a share of units (…学校的县比例达到): 的, the units, the share, its verb. */
const SHARE_OF_UNITS = /^[^,;、\d]{0,12}的[^,;、\d的]{1,12}(?:比例|占比|比重)(?:达到|达|提高到|提升到|不低于|超过|保持在|稳定在|为)?\s*$/u;
const ACTOR_COUNT = /^[\u4e00-\u9fff]{1,8}?(?:联合|共同)?(?:印发|发布|制定|出台|参与|签署|发起)/u;
/** A count of places followed by the work done there and its own count ("10个街道新增助餐点30个"). */
const SCOPE_THEN_WORK = /^([^、,;\d]{1,10}?)(?:新增|新建|建成|建设|改造|配建|增设|开设|设置|打造|培育)[^、,;\d]{1,16}$/u;
/** The count is itself the work when a work verb comes right before it (新建5所学校). */
const WORK_BEFORE = /(?:新增|新建|建成|建设|改造|配建|增设|开设|设置|打造|培育|完成|提供|开展|实施)$/u;
/** A move's verb, then the year of its end before 的 (提高到2030年的, 缩短至2025年的). */
const MOVE_END_YEAR = /((?:提高|提升|增加|增长|上升|下降|降低|减少|缩短|扩大|增至|降至)(?:到|至)?)20\d\d年(?:底|末)?的$/u;

/** "比上年增加0.2平方米" after a level reported reached: the change since the year before. */
const LAST_YEAR_DELTA = /^(?:比|较)上年(?:末|底)?(?:增加|提高|提升|增长|下降|降低|减少)$/u;

/** "养老床位比“十三五”末增加5000张": a change against a past level; the text before 比 is what changes. */
const DELTA = /^(.*?)(?:比|较)(?:“?十[一二三四五]五”?(?:末|期末|时期)?|20\d\d年(?:底|末)?)(?:的水平|水平)?(?:增加|提高|提升|增长|下降|降低|减少|缩短)$/u;
/**
 * A name that ends with the verb of a change (人均预期寿命提高 1岁, 参保率提高 5个百分点): the value is the change, not a
 * level (no life expectancy of 1). 提高到 / 增长到 name a level and are the predicate's. 增长N% is left to the growth
 * reading: without 年均 it may be a year's rate or a period's, and stays as the text says.
 */
const CHANGE_END = /(?:提高|提升|增加|增长|下降|降低|减少|缩短)了?$/u;

/** 每年降低0.5个百分点: a change of a rate each year, the yearly rate of the growth kind. */
const YEARLY_CHANGE = /每年(?:提高|提升|增加|增长|成长|下降|降低|减少)了?$/u;
/** The end of a noun naming institutions or facilities, whose rates (入住率, 空置率, 使用率) a short rate may share. */
const INSTITUTION_END = /(?:机构|院|中心|学校|幼儿园|设施|站|馆)$/u;

/** A coverage rate named by what it counts alone (病种覆盖率, 医保基金覆盖率). */
const COVERAGE_RATE = /^[\u4e00-\u9fff]{1,6}覆盖率$/u;
/** A sentence's opening clause that says what covers (X覆盖全部…), with no number. */
const COVERS = /^([^,;\d]{2,24}?)(?:全面|基本|逐步)?覆盖[^,;\d]*,/u;

/** The subject of a sentence opening with X覆盖… (no value in that clause), without list numbers; else null. */
function coveringSubject(sentence: string): string | null {
  const m = COVERS.exec(sentence.replace(/^\s*\d{1,2}[.、]/u, ''));
  const subject = m?.[1] ? stripName(m[1]) : '';
  return subject.length >= 2 ? subject : null;
}

/** A share an insurance or assistance scheme pays, named without the scheme (支付比例, 报销比例提高). */
const SCHEME_SHARE = /^(?:支付|报销|补偿|赔付)比例/u;
/** The scheme a name opens with (大病保险, 职工医保, 城乡居民医保, 医疗救助), or none. */
const SCHEME_HEAD = /^[\u4e00-\u9fff]{0,6}?(?:保险|医保|救助)(?=[\u4e00-\u9fff])/u;

/** A rate named by two or three characters alone (空置率, 救助覆盖率): its subject is the clause's before. */
const SHORT_RATE = /^[\u4e00-\u9fff]{2,4}率$/u;

/**
 * The subject a short rate shares with the value before it: the words a count's name ends with and the rate begins
 * with (…康复救助 + 救助覆盖率), or the subject of a sibling rate (公办养老机构入住率 + 空置率); null when neither.
 */
function elidedRateSubject(previous: Draft, rate: string): string | null {
  const before = previous.name.replace(COUNTED_VERB, '');
  if (!isRateUnit(previous.unit ?? '')) {
    // …提供康复救助服务,救助覆盖率…: the service's 服务 stands between the words they share (残疾儿童康复救助覆盖率).
    const work = before.replace(/(?<=[\u4e00-\u9fff]{2})服务$/u, '');
    for (let n = Math.min(4, rate.length - 2); n >= 2; n--) if (work.endsWith(rate.slice(0, n)) && work.length > n) return work + rate.slice(n);
    return null;
  }
  // Only where what comes before the rate is a kind of institution or facility (公办养老机构, 乡镇卫生院): in 森林覆盖率,
  // 失业率 … the words before 覆盖率 are no subject a later rate shares.
  if (rate.length !== 3 || !/[^的、和及与]{2}率$/u.test(before) || before.endsWith(rate)) return null;
  const subject = before.slice(0, -3);
  return INSTITUTION_END.test(subject) ? subject + rate : null;
}

/** A rate followed by the place it is of (…覆盖率城市, …普及率农村). */
// (Also a figure per head of population, 每千人口拥有3岁以下婴幼儿托位数城市达到5个: its age stays in it.)
const PLACE_AFTER = /^([\u4e00-\u9fff()“”]{2,}(?:率|比例|占比)|(?:每[千万百]|千|万)人口[\u4e00-\u9fff()\d]{2,}数)((?:城市|农村|城镇|乡村|城区|农牧区|牧区)(?:社区)?)$/u;

/** Whom a service counted in a clause is for: 为 (给, 对) them, then the service's verb. */
const SERVED_WHO = /^\s*(?:为|给|对)([^,;、为给对]{2,24}?)(?:提供|开展|实施|发放)/u;

/** A list number opening a clause: (一), 1., 2、, 一、. */
const ITEM_NUMBER = /^\s*(?:\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、)]|[一二三四五六七八九十]{1,3}、)\s*/u;

/** How far back the clause before a rate may start: a service clause is short, and a long line is read in linear time. */
const SERVICE_CLAUSE_MAX = 48;

/** The rate of the service the clause right before `at` in `sentence` gives (为…提供免费健康体检 + 体检率), or null. */
function serviceRate(sentence: string, at: number, rate: string): string | null {
  let end = at;
  while (end > 0 && /[,;\s]/u.test(sentence.charAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start <= SERVICE_CLAUSE_MAX && sentence.charAt(start - 1) !== ',' && sentence.charAt(start - 1) !== ';') start--;
  if (start > 0 && sentence.charAt(start - 1) !== ',' && sentence.charAt(start - 1) !== ';') return null;
  const clause = sentence.slice(start, end).replace(ITEM_NUMBER, '');
  if (/\d/u.test(clause.replace(/\d+周?岁/gu, ''))) return null;
  const service = servedFor(clause.trim());
  if (!service) return null;
  for (let n = rate.length - 1; n >= 2; n--) if (service.endsWith(rate.slice(0, n))) return service + rate.slice(n);
  return null;
}

/** The work verb of a count (建有1个儿童之家): what a bare 覆盖率 after it covers is the thing counted. */
const COUNTED_VERB = /^(?:建有|建成|建设|新建|设有|设立|配备|覆盖)/u;

function isChangeBy(name: string, unit: string): boolean {
  const m = CHANGE_END.exec(name);
  return m !== null && !(m[0].startsWith('增长') && unit === '%');
}
/** A sentence's opening clause that only strives for a date: 力争到2030年, 争取在2028年底前. */
const STRIVING_FRAME = /^\s*(?:力争|争取)(?:到|在|于)?20\d\d年(?:底|末)?(?:前)?\s*,\s*$/u;
/** A sentence that opens with the year its value is for. */
const YEAR_OPEN = /^\s*(?:到|至|在)?20\d\d年(?:底|末)?(?:前)?,/u;

/** A name that is only the verb of those served (惠及1.2万人): what serves them is in the clause before. */
const BENEFIT_ONLY = /^(?:惠及|覆盖|受益|服务|帮扶|惠及群众)$/u;
/** Those served, named by the verb alone or with who they are (惠及老年人): the work before names them. */
const BENEFIT_LEAD = /^(?:惠及|受益)(?:[\u4e00-\u9fff]{0,8}(?:人|群众|居民|家庭|户|者|儿童|学生))?$|^(?:覆盖|服务|帮扶)$/u;

/** A frequency opening a name (每年招聘中小学教师). */
const FREQUENCY_LEAD = /^(每(?:年|月|季度|周))(.{2,})$/u;
/** The last word of a rate or share's name. */
const RATE_NAME = /(?:率|比例|占比|比重)$/u;
/** An amount held against another (失业保险金标准不低于最低工资标准, then 的90%). */
// (为 states the multiple exactly: 照料护理标准为当地低保标准的0.5倍 → = 0.5 倍.)
const SHARE_OF = /^(.{2,}?)(?:不低于|不高于|不少于|不超过|不小于|不大于|(?<=标准|金额|水平)为)(.{2,})$/u;
/** A frequency closing a name (失业人员再就业每年): what is counted, then how often. */
const FREQUENCY_TAIL = /^(.{2,}?)(每(?:年|月|季度|周))$/u;
/** What is counted, a frequency, then a verb (家居照顾及支援服务每年服务): the verb may repeat the name's. */
const FREQUENCY_REPEAT = /^([\u4e00-\u9fff]{2,}?)(每(?:年|月|季度|周))([\u4e00-\u9fff]{2,4})$/u;
/**
 * A name closed by a frequency and a verb it already has (医疗救助每年救助, 家居照顾及支援服务每年服务): the verb repeats
 * what is counted, so the frequency is the record's per as it is in 失业人员再就业每年 (it was named with both).
 */
function frequencyRepeating(name: string): RegExpExecArray | null {
  const m = FREQUENCY_REPEAT.exec(name);
  return m?.[1] && m[3] && m[1].includes(m[3]) ? m : null;
}
/** The verb of a move after its first value (由2020年的78.3岁提高到…). */
const MOVE_ON = /^(?:提高|提升|增加|增长|延长|上升|下降|降低|减少|缩短)(?:到|至)/u;
/** Ages say who (80周岁以上, 0—3岁): no figure of their own. */
const AGES = /\d+(?:[—–\-~～至到]\d+)?周?岁/gu;
/** A list number before a clause: (一), 1., 一、 */
const LIST_MARK = /^\s*(?:\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)\s*/u;
/** What is counted, 年均, then up to four characters (临时救助年均救助): the verb after 年均 may repeat the name's. */
const REPEATED_AFTER_YEARLY = /^([\u4e00-\u9fff]{2,}?)年均([\u4e00-\u9fff]{2,4})$/u;
/** A name that is only a frequency (每年不少于10万人次): what is counted is the work of the clause before. */
// (With a verb of those served after it, 全年服务不少于10万人次, it is still only that: the work before is what serves.)
const FREQUENCY_ONLY = /^(每(?:年|月|季度|周)|全年)(?:服务|惠及|受益|帮扶|覆盖)?$/u;
/**
 * The per of a count named only by its frequency: 每年 as written; 全年 (为…提供免费健康体检,全年不少于600万人次) is the
 * year a programme is for (no per: its counts are the year's), in a plan every year of it (每年).
 */
function yearly(frequency: string, kind: ProseOptions['kind']): string | null {
  if (frequency !== '全年') return frequency;
  return kind === 'annual_programme' ? null : '每年';
}

/** The clause before `clause` in its sentence, as the work whose reach a bare 惠及 counts, and where it starts. */
function servedBy(sentence: Clause, clause: Clause): { name: string; start: number; served: boolean } | null {
  const before = sentence.text.slice(0, clause.start - sentence.start).replace(/[,;:\s]+$/u, '');
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const work = before.slice(cut + 1);
  const name = stripName(work);
  // A figure of its own there (新建5所,惠及…) is another value; an age (80周岁以上) only says who.
  if (name.length < 2 || name.length > 30 || /\d/u.test(name.replace(AGES, ''))) return null;
  // 为X发放Y / 为X提供Y: who and the service, as a count of people served is named (servedFor), 为 and 惠及 left out.
  // (stripName may have taken a list number and 为全市 off already.)
  const served = servedFor(name) ?? servedFor(work.replace(LIST_MARK, ''));
  return { name: served ?? name, start: sentence.start + cut + 1 + work.indexOf(name), served: served !== null };
}
/**
 * The record of the clause before `clause` when that clause counts people a service is for (为全市8万名困难群众提供免费
 * 体检, also after 每年): its name and start, as servedBy gives a clause with no figure. Null for any other clause or record.
 */
function servedCounted(sentence: Clause, clause: Clause, previous: Draft | undefined): { name: string; start: number; served: boolean } | null {
  if (!previous || previous.span.end > clause.start) return null;
  const before = sentence.text.slice(0, clause.start - sentence.start).replace(/[,;:\s]+$/u, '');
  const from = sentence.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  if (previous.span.start < from || !SERVED_WHO.test(sentence.text.slice(from - sentence.start, clause.start - sentence.start).replace(ITEM_NUMBER, '').replace(/^\s*每(?:年|月|季度|周)/u, ''))) return null;
  return { name: previous.name, start: previous.span.start, served: true };
}
/** A rate or share's last word: what a part named alone after 其中 takes from the measure before it. */
const RATE_END = /(?:率|比例|占比|比重)$/u;

/**
 * The rate of a part of what `whole` measures, the part named alone (其中乡村学校): the part in place of the words of
 * the whole it ends with (义务教育学校标准化达标率 → 乡村学校标准化达标率), a place before the whole (城市, 农村), else the
 * part in brackets after it, as a place after each value of a 分别 list is. Null unless the part is a bare noun (an age
 * may open it: 65岁以上老年人).
 */
function rateOfPart(whole: string, part: string): string | null {
  if (!RATE_END.test(whole) || part.length < 2 || part.length > 10 || RATE_END.test(part) || part.endsWith('数') || /[\d()]/u.test(part.replace(AGES, '')) || whole.includes(part)) return null;
  for (let n = part.length - 1; n >= 2; n--) {
    const at = whole.indexOf(part.slice(-n));
    if (at >= 0 && whole.length - at - n >= 2) return part + whole.slice(at + n);
  }
  return PLACE_WORD.test(part) ? part + whole : `${whole}(${part})`;
}
/** A sign or a cell of a table, then 表示 (“<5.5”表示, 带*的指标表示, 表中[ ]内数据表示): what the value after it explains. */
const SIGN_MEANING = /(?:”|"|」|\]|】|\)|表中[^,;]{0,12}|符号|标注|数据|指标|数值)表示[^,;]{0,12}$/u;
/** A population (老年人口, 常住人口, 长者人口) or its share of another (…人口占总人口的比例, 农村老年人口占比). */
// (Only a population so named: 经常参加体育锻炼人口比例 is a rate of the people who exercise.)
const POPULATION_SIZE = /(?:户籍|常住|总|城镇|城市|农村|乡村|老年|长者|老龄|儿童|残疾)人口(?:(?:数|总数|总量|数量|规模)|(?:占[^,]{0,12}?)?(?:比例|比重|占比))?$/u;
/** A figure per head of population (每千人口…托位数, 千人口托位数, 每万人口…数). */
const PER_HEAD = /^(?:每[千万百]|千|万)人口[\u4e00-\u9fff()\d]*数$/u;
/**
 * The figure per head of a part of what `whole` counts, the part named alone after 其中 (千人口托位数达到4.8个,其中普惠托位
 * 不低于3.3个): the part in place of the thing counted (千人口普惠托位数) — read alone, 3.3 个 was a count of places.
 * Null unless the whole is such a figure and the part ends with what it counts.
 */
function perHeadOfPart(whole: string, part: string): string | null {
  if (!PER_HEAD.test(whole) || part.length < 3 || part.length > 10 || part.endsWith('数') || /[\d()]/u.test(part) || whole.includes(part)) return null;
  for (let n = part.length - 1; n >= 2; n--) {
    const at = whole.indexOf(part.slice(-n));
    if (at >= 2 && whole.length - at - n >= 1) return whole.slice(0, at) + part + whole.slice(at + n);
  }
  return null;
}
/** The latest record of this sentence named `name`. */
function recordNamed(out: readonly Draft[], name: string, from: number): Draft | undefined {
  for (let k = out.length - 1; k >= 0 && (out[k] as Draft).span.start >= from; k--) if ((out[k] as Draft).name === name) return out[k];
  return undefined;
}

/**
 * A part in brackets of the rate before it: the part's rate (rateOfPart), but a part of a place the measure already
 * names (城镇…参保率, 其中市区) goes in brackets after it — 市区城镇… would name two places. Undefined when the whole is
 * no rate: a part of a count is named by itself (其中普惠托位为3000个 → 普惠托位), as after 其中 anywhere.
 */
function partName(whole: string, part: string): string | undefined {
  if (!RATE_END.test(whole)) return undefined;
  return (PLACE_AT_START.test(whole) ? null : rateOfPart(whole, part)) ?? `${whole}(${part})`;
}
const PLACE_AT_START = /^(?:城市|城镇|城区|市区|县城|农村|乡村|乡镇)/u;
/** Urban and rural places that stand before a measure (城市社区…覆盖率, 农村…参保率). */
const PLACE_WORD = /^(?:城市|城镇|城区|市区|县城|农村|乡村|乡镇)(?:社区|地区)?$/u;
/** What a size in people (56人以上) may pick out: classes, schools, enterprises, units, places. */
const SIZED_UNIT = /^(?:的)?[\u4e00-\u9fff]{0,4}?(?:班额|班级|学校|企业|单位|机构|村|社区|小区|乡镇)/u;
/** The verbs a share or rate of something done opens with once its subject is left out (设置康复医学科的比例). */
const ELIDED_VERB = /^(?:设置|设立|开设|建有|建成|配备|配置|开展|提供|实现|具备|拥有|参加|接受|签约|达标)/u;

/**
 * The name of a share or rate that opens with a verb the name before it has after its subject (二级及以上公立综合医院
 * 设置老年医学科的比例, then 设置康复医学科的比例): that subject and this name. Null when the name has its own subject.
 */
export function withElidedSubject(previous: string, name: string): string | null {
  const verb = ELIDED_VERB.exec(name)?.[0];
  if (!verb || !/(?:比例|率|占比)$/u.test(name) || !/(?:比例|率|占比)$/u.test(previous)) return null;
  const at = previous.indexOf(verb);
  return at >= 2 ? previous.slice(0, at) + name : null;
}

/** Who or where a share is of, named alone (县级医院, 农村学校): a subject with its measure left out. */
const SUBJECT_ONLY = /^[\u4e00-\u9fff]{2,10}(?:医院|卫生院|机构|学校|幼儿园|中心|社区|乡镇|街道|村)$/u;

/**
 * The other way round: a subject alone (三级医院开设互联网诊疗服务的比例达到90%,县级医院达到70%) takes the measure of
 * the share before it, from its verb on. Null when the name is no bare subject or the share before has no such verb.
 */
export function withElidedMeasure(previous: string, name: string): string | null {
  if (!SUBJECT_ONLY.test(name) || !/(?:比例|率|占比)$/u.test(previous)) return null;
  for (let at = 2; at < previous.length; at++) {
    const rest = previous.slice(at);
    if (ELIDED_VERB.test(rest) || /^(?:达到|符合|通过)/u.test(rest)) return name + rest;
  }
  return null;
}
/** 、2027年 (a list of years after 其中2026年…): the next year's part of the same total. */
const YEAR_ITEM = /^\s*[、,]\s*(?:在|于)?20\d\d年/u;
/** 其中2026年: one year's part of what a span's total counts. */
const YEAR_PART = /其中[,:]?\s*(?:在|于)?20\d\d年/u;
/** A span of the plan named as a whole (未来5年, “十四五”时期): counts in it are totals over it. */
// The lookbehind keeps it linear: a match of N年内 starts where a run of digits starts, not inside it again and again.
/** How far into a sentence a whole period may stand and still open it (在“十五五”期间, 全市“十五五”期间). */
const PERIOD_OPENS = 4;

/**
 * "“十五五”期间新建幼儿园15所…;新建中小学8所…": a sentence after ";" is an item of the list the paragraph's text since
 * its last 。 began, and a whole period that opened that list (within PERIOD_OPENS) is its period too.
 */
function listOpensPeriod(paragraph: string): boolean {
  if (paragraph.charCodeAt(paragraph.length - 1) !== 0x3b) return false;
  // A list is a few sentences: only so far back is looked at, so a line of thousands of ;-items stays linear.
  const tail = paragraph.length > LIST_REACH ? paragraph.slice(-LIST_REACH) : paragraph;
  const end = tail.lastIndexOf('。');
  if (end < 0 && tail.length < paragraph.length) return false;
  const at = WHOLE_PERIOD.exec(tail.slice(end + 1))?.index;
  return at !== undefined && at <= PERIOD_OPENS;
}
const LIST_REACH = 600;

/** The years ahead a sentence names (未来五年, 未来3年), their number in group 1. */
const YEARS_AHEAD = /^未来(\d{1,2}|[两二三四五六七八九十])年/u;
/** The number of years a Chinese numeral of YEARS_AHEAD says (未来两年, 未来三年). */
const AHEAD_YEARS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const WHOLE_PERIOD = /未来(?:\d+|[两二三四五六七八九十])年|(?:(?<!\d)\d+|[两三五])年内|“?十[四五六]五”?(?:时期|期间)|规划期内/u;
/** Words that open a report of the present (目前…为), not part of what is measured. */
const REPORT_WORD = /^(?:目前|当前|现在|现有|现已|已经|已)/u;
/** Work reported as done anywhere in an achievement's name (城镇新增就业, 农村危房改造, 乡镇卫生院创建为…): a flow. */
/** Places a service offers (提供托位, 提供学位): a stock when the sentence reports where things stand at a date. */
const OFFERED_STOCK = /^提供([\u4e00-\u9fff]{0,8}(?:名额|床位|学位|托位|宿位|床))$/u;
/** A sentence that reports where things stand at a date (截至2025年底…, …共有…, 现有…). */
const STANDING_AT = /截至|截止|共有|现有/u;
/** "新提供学位六千个": places offered anew, the noun they are named by. */
const OFFERED_NEW = /^新提供([\u4e00-\u9fff]{0,8}(?:名额|床位|学位|托位|宿位|床))$/u;
/** Places named with the verb that adds them (新提供学位, 增加学位, 提供托位): the verb, and the places. */
const ADDED_PLACES = /^(新提供|提供|增加)([\u4e00-\u9fff]{0,8}(?:名额|床位|学位|托位|宿位|床))$/u;
/** What is added named before its 新增 (养老床位新增, 面积累计新增): 累计 when it is a total, and the thing. */
const ADDED_AFTER = /^(累计)?([\u4e00-\u9fff()、]{2,24}?)(?:累计)?新增$/u;
/** Words that make what a sentence counts added or a total (新增, 新提供, 累计). */
const ADDED_BEFORE = /新增|新建|新提供|累计|增加|增设/u;
const DONE_WORK = /新增|新建|新改建|改扩建|改建|扩建|迁建|改造|创建|开发|解决|引进|培训|签约/u;

/** Any word that may make a value of the sentence reported as reached (a superset of PAST_MARK, with 由/从). */
const MAYBE_PAST = /已|截至|截止|目前|现时|当前|现有|先后|去年|上年|近年来|了|由|从/u;

function hasPastYear(facts: SentenceFacts, period: { start: number; end: number } | null): boolean {
  if (period === null) return false;
  for (const m of facts.years) if (m.year < period.start) return true;
  return false;
}
/** A sentence that opens with a day (1月17日,…): it narrates an event. */
const DAY_OPENING = /^\s*(?:20\d\d年)?\d{1,2}月\d{1,2}日/u;
const BARE_METRIC = /^(?:参保率|覆盖率|参保人数|入学率|安置率)$/u;

/** Whether `s` opens with a CJK ideograph (read by code: no one-character string made). */
function opensCjk(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  return c >= 0x3400 && c <= 0x9fff;
}

/** Whether a lone numeral (三所, 五个百分点) counts something where it stands. */
function loneCounted(q: Quantity, c: Candidate): boolean {
  const pre = c.pre.trimEnd();
  if (CHINESE_NUMERAL_VERB.test(pre) || q.opStart < q.start) return true;
  if ((q.unit.endsWith('百分点') || q.unit === '岁' || q.unit === '年') && CHANGE_END.test(pre)) return true;
  return WORK_IN.test(c.pre) && c.post.trim() === '';
}

// Expressions of the per-clause and per-sentence tests below, made once: a literal in a loop is a new RegExp object
// at every pass. The one-character tests are string tests.
const YEARS_COUNTED = /年限|年数$/u;
/** A short scope item closed by 、 (5个街道、3个镇的…). */
const SCOPE_ITEM = /^[^\d]{1,8}、$/u;
/** Under a review heading, the words that still make a figure a plan's. */
const PLAN_WORD = /到20\d\d年|力争|争取|计划/u;

/** Whether `s` opens with one of `chars` (each one UTF-16 unit). */
function startsWithOneOf(s: string, chars: string): boolean {
  return s.length > 0 && hasCode(chars, s.charCodeAt(0));
}

function candidatesOf(clause: Clause, sentence: Clause, facts: SentenceFacts, first: boolean): Candidate[] {
  // Loops, not filter() and forEach() with closures: those would put this function's variables in a context object
  // allocated at every call, clause after clause.
  const all = findQuantities(clause.text);
  const offset = clause.start - sentence.start;
  const qs: Quantity[] = [];
  for (let i = 0; i < all.length; i++) {
    const q = all[i] as Quantity;
    if (!isQuotedAt(facts, offset + q.start)) qs.push(q);
  }
  if (qs.length === 0) return [];
  // Built by push, not map(): an array from map() is packed when the caller runs unoptimised and holey once TurboFan
  // inlines map() into it, and the readers of the list, optimised for one, were thrown away at each switch.
  const list: Candidate[] = [];
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i] as Quantity;
    list.push({ q, pre: clause.text.slice(i > 0 ? (qs[i - 1]?.opEnd ?? 0) : 0, q.opStart), post: clause.text.slice(q.opEnd, qs[i + 1]?.opStart ?? clause.text.length), skip: false });
  }
  for (const c of list) {
    const { q } = c;
    if (q.unit === '年' && (q.value >= 1900 || !YEARS_COUNTED.test(c.pre))) c.skip = true;
    if (c.pre.endsWith('第') || c.post.startsWith('/')) c.skip = true;
    // (Not the start of a move, 由2020年的78.3岁提高到…: an age a figure moves from is a life expectancy, no who.)
    if (q.unit === '岁' && opensCjk(c.post) && c.post !== '以上' && c.post !== '以下' && !(MOVE_ON.test(c.post) && FROM_END.test(clause.text.slice(0, q.opStart)))) c.skip = true;
    // "消除56人以上大班额", "2000人以上的学校": a size in people that says which classes or units are meant, no count.
    if (q.unit === '人' && q.opEnd > q.end && SIZED_UNIT.test(c.post) && /以[上下]$/u.test(clause.text.slice(q.end, q.opEnd))) c.skip = true;
    // A lone numeral (三所) is a value after a work verb (建成一所), or ending a clause whose work it counts (新建幼儿园两所);
    // a numeral of more characters (一千二百个) or a percentage (百分之九十) is plainly a number.
    // After a comparison word (至少一个) or a change of a rate (提高五个百分点) it is a number too.
    if (q.lone === true && !loneCounted(q, c)) c.skip = true;
    if (q.chinese && startsWithOneOf(c.post, '批些样体致')) c.skip = true;
    if (startsWithOneOf(c.post, '万千亿') || OWN_LIST.test(c.post)) c.skip = true;
    if (isScopeOrStandard({ pre: c.pre, post: c.post, unit: q.unit })) c.skip = true;
    // "由…等21个部门印发": a count of the actors of a sentence, not a quantity they commit to.
    if (c.pre.endsWith('等') && ACTOR_COUNT.test(c.post)) c.skip = true;
  }
  // A count that opens a sentence with no work before it describes ("237名代表…"); it sets nothing.
  const head = list[0];
  if (first && head && head.pre.trim() === '' && !head.post.startsWith('的')) head.skip = true;
  // Scope counts ("5个街道、3个镇的614个老旧小区") qualify the value after them.
  for (let i = list.length - 2; i >= 0; i--) {
    const c = list[i];
    const next = list[i + 1];
    if (!c || !next) continue;
    if (c.post.endsWith('的') || (SCOPE_ITEM.test(c.post) && next.skip && next.post.endsWith('的'))) c.skip = true;
  }
  // "推动10个街道新增助餐点30个": the first count says where the work is done, the second is the work.
  // Made only for a clause that has such a pair (few have): not a Map per clause.
  let nameFrom: Map<Candidate, number> | null = null;
  for (let i = 0; i + 1 < list.length; i++) {
    const c = list[i];
    const next = list[i + 1];
    if (!c || !next || c.skip || next.skip || WORK_BEFORE.test(c.pre.trimEnd())) continue;
    const work = SCOPE_THEN_WORK.exec(c.post);
    if (work) {
      c.skip = true;
      (nameFrom ??= new Map()).set(next, c.q.opEnd + (work[1]?.length ?? 0));
    }
  }
  // "办好2所以上学校的县比例达到80%": a count inside the name of a share says which units count; the share is the target.
  for (let i = 0; i + 1 < list.length; i++) {
    const c = list[i];
    const next = list[i + 1];
    if (c && next && !next.skip && isRateUnit(next.q.unit) && !isRateUnit(c.q.unit) && SHARE_OF_UNITS.test(c.post)) c.skip = true;
  }
  // A value inside a relative clause ("在100人以上的村") qualifies a noun; it is not a target.
  for (const c of list) if (c.post.startsWith('的') && c.pre.endsWith('在')) c.skip = true;
  // Names run from the previous value that is kept, so a qualifier like "3岁以下" stays inside the name.
  const live: Candidate[] = [];
  for (const c of list) if (!c.skip) live.push(c);
  for (let i = 0; i < live.length; i++) {
    const c = live[i] as Candidate;
    const from = Math.max(i > 0 ? (live[i - 1]?.q.opEnd ?? 0) : 0, nameFrom?.get(c) ?? 0);
    c.pre = clause.text.slice(from, c.q.opStart);
    // "…覆盖率达到l00%新建…设施l5O个 一 培训养老护理员每年不少于3000人次": a number the scan misread is no value, but it
    // ends what it measured all the same (scan lines joined without punctuation): the name starts after the last one.
    if (MISREAD_HINT.test(c.pre)) c.pre = c.pre.slice(afterMisread(c.pre));
    // "保障性租赁住房2万套(间)、新开工保障房5000套": the unit's other measure in brackets after the value before is that
    // value's, no part of the next name (it was named (间)、新开工保障房).
    if (c.pre.charCodeAt(0) === 0x28 /* ( */ && i > 0) c.pre = c.pre.replace(UNIT_ASIDE, '');
    c.post = clause.text.slice(c.q.opEnd, live[i + 1]?.q.opStart ?? clause.text.length);
  }
  return live;
}

/** A unit's other measure in brackets right after a value (2万套(间), 300张(个)). */
const UNIT_ASIDE = /^\((?:间|套|户|张|个|所|处|座|家|床|人|人次|名)\)/u;
/** Digits beside a letter a scan writes for 1 or 0 (l00, 5O, 4l): what a misread number looks like, asked first. */
const MISREAD_HINT = /[lIOo]\d|\d[lIOo]/u;
/**
 * A number a scan misread (l00%, l5O个, 4l张: digits and l, I, O or o, not in a Latin word), with its unit — a value
 * has one, a word such as O2O has none — and an OCR dash after it (一 between spaces).
 */
const MISREAD_NUMBER = /(?<![A-Za-z])(?:\d+[lIOo][\dlIOo]*|[lIOo]\d[\dlIOo]*)(?:\.[\dlIOo]+)?(?:%|‰|万?(?:人次|[个所家张套户座处场件名人次床支间台辆条块只岁]))(?:\s+[一—-](?=\s))?\s*/gu;

/** Where a name may start after the last misread number in `pre` (0: none). */
function afterMisread(pre: string): number {
  let end = 0;
  MISREAD_NUMBER.lastIndex = 0;
  for (let m = MISREAD_NUMBER.exec(pre); m !== null; m = MISREAD_NUMBER.exec(pre)) end = m.index + m[0].length;
  return end;
}

interface ParagraphState {
  start: number;
  frame: number | null;
  /** A news report states its goals once ("明确了…主要指标") and lists them after. */
  newsFrame: boolean;
  /**
   * The measure the paragraph's last sentence reported reached, when it set no target: a bare forward value in the
   * next sentence (2025年参保率为96.3%;今年将力争达到97%) is that measure, with that value its baseline.
   */
  reached: ClauseContext['carry']['value'];
  /**
   * Where the next sentence starts when this one reported a past state and ended with ; (截至2025年底,全市共有养老机构
   * 142家…;托育机构316家…): the clause after the ; continues that report. -1 when none does.
   */
  pastTo: number;
  /** The year that report stated (截至2025年底, “十四五”时期: 2025), null when none. */
  pastYear: number | null;
  /** Whether a sentence of the paragraph said 今年 (a text of another kind dated by its issue). */
  thisYear: boolean;
}

/** A clause after ; that turns towards the plan again (将, 力争, 计划, 拟 …): no continuation of a report. */
const FORWARD_AGAIN = /(?<!已)将|力争|争取|计划|确保|目标|拟|预计|要/u;

/**
 * Whether a sentence reports a past state throughout: it opens by dating one (截至2025年底, 目前) with no plan word after,
 * or its last year (2025年末, “十四五”时期) is before the plan's period with no forward word after it; with that year
 * (null when it states none), which dates the clause after its ; when that states none.
 */
function reportsPast(memo: ProseMemo, k: number, sentence: string, mask: number, period: { start: number; end: number } | null): { year: number | null } | null {
  const tense = (memo.tenses[k] ??= tenseOf(sentence));
  const facts = (memo.facts[k] ??= factsOf(sentence, mask));
  const last = facts.years.length > 0 ? yearOf(facts, sentence.length, period, null) : null;
  if (tense.reportedUntil >= sentence.length) return { year: last?.year ?? null };
  return last?.past ? { year: last.year } : null;
}

/** A money standard moved by a share (养老金最低标准提高, 生育津贴标准提高, 救助标准上调, 贷款额度上浮). */
const MONEY_CHANGE = /(?:养老金|津贴|(?:补贴|补助|救助|低保|供养|抚育|生活费|资助)标准|贷款额度|额度|金额)(?:最低标准|标准)?(?:提高|上浮|上调|增加|增长|下调|降低)了?$/u;
/** A frequency of a procedure with nothing it counts (每年申领, 每季度报送, 每年认证). */
const PROCEDURE_ONLY = /(?:^|每(?:年|月|季度?|半年|周))(?:申领|申报|申请|认证|报送|办理|核查|复核|审核)$/u;

function isMoneyOrRule(d: Draft): boolean {
  return (d.unit === '%' && MONEY_CHANGE.test(d.name)) || (d.unit === '次' && PROCEDURE_ONLY.test(d.name));
}

/** The plan's own work, right before a value (预计服务18万人次) or opening its name (全年新增日间照顾中心60处). */
const WORK_AT_END = new RegExp(`(?:${WORK_VERB.source.slice(3, -2)})$`, 'u');
const WORK_AT_START = new RegExp(`^(?:全年|当年|每年|年内)?(?:${WORK_VERB.source.slice(3, -2)})`, 'u');
/** What 预计 estimates as reached (预计全年完成, 预计实现): an estimate of achievement, never work set. */
const ESTIMATE_REACHED = /^(?:预计|预测|估计)(?:全年|年内|当年)?(?:可|能|将)?(?:完成|实现|达到|达|超过|突破)/u;
/** A payment 预计 estimates (预计发放育儿补贴约1.8万人, 预计发放救助金…): a budget's reckoning of who is paid, no work set. */
const ESTIMATE_PAID = /发放[\u4e00-\u9fff]{0,12}(?:补贴|补助|津贴|资金|救助金|养老金|奖励|消费券)/u;

/**
 * Whether a value after 预计 is work the plan sets itself for a year of its period, a target: the value's lead opens
 * or ends with a work verb, 预计 estimates no reaching, and the year is not before the plan's period. A projection of
 * what will happen (老龄化率将突破25%, 老年人口将达到30万人) has no work verb and stays none.
 */
function plannedWork(sentence: string, projectedFrom: number, pre: string, year: number | null, period: ProseOptions['period']): boolean {
  if (!period || year === null || year < period.start) return false;
  if (ESTIMATE_REACHED.test(sentence.slice(projectedFrom))) return false;
  const lead = stripLeading(pre).replace(/^(?:\d{4}年)?(?:预计|预测|估计)/u, '');
  if (ESTIMATE_PAID.test(lead)) return false;
  return WORK_AT_END.test(lead) || WORK_AT_START.test(lead);
}

/** A name that is only a per-head word (每人, 每户, 每名, 每位): a service standard's, with no measure of its own. */
const PER_HEAD_ONLY = /^每(?:人|户|名|位|个人)$/u;

export function readProse(text: string, opts: ProseOptions): Draft[] {
  const drafts: Draft[] = [];
  const para: ParagraphState = { start: -1, frame: null, newsFrame: opts.carry?.newsFrame ?? false, reached: null, pastTo: -1, pastYear: null, thisYear: false };
  // Sentences come in order, so the line break before each is found by walking forward once, not back each time.
  let lineBreak = -1;
  let nextBreak = text.indexOf('\n');
  const results = opts.results ?? isResultsReport(text);
  const reportedOn = results ? (opts.reportedOn !== undefined ? opts.reportedOn : resultsPeriod(text)) : null;
  const achieved = opts.mode === 'achieved';
  // (A mid-term evaluation's plan still runs; its period is the plan's.)
  const goalsEnd = results && opts.midterm === true && opts.period ? opts.period.end : null;
  const goalsAhead = goalsEnd !== null;
  const memo = opts.memo ?? proseMemo();
  // The scheme names are the same for both readings of the text: found (when a bare 参保率 asks) once.
  const schemes = (memo.schemes ??= schemeFinder(text));
  const news = opts.kind === 'news_report';
  // (A news report's or a programme's 今年 is its own year, read where its value is: see readClause.)
  const thisYear = news || opts.kind === 'annual_programme' ? null : (opts.issued ?? null);
  if (memo.sentences === null) {
    memo.valued = [];
    memo.masks = [];
    // A page laid out in two columns is read column by column, below; its lines are no sentences of the text.
    const blocks = columnBlocks(text).filter((b) => !opts.skip.some((s) => s.start < b.end && b.start < s.end));
    memo.columns = blocks.flatMap((b) => b.columns.map((column) => ({ column, memo: proseMemo() })));
    memo.sentences = sentences(text, [...opts.skip, ...opts.damage, ...columnGaps(text), ...blocks], memo.valued, memo.masks);
  }
  const list = memo.sentences;
  for (let k = 0; k < list.length; k++) {
    const sentence = list[k] as Clause;
    // The first reading finds each sentence's paragraph; the second takes it from the memo.
    let paragraphStart = memo.paragraphs[k];
    if (paragraphStart === undefined) {
      while (nextBreak !== -1 && nextBreak <= sentence.start) {
        lineBreak = nextBreak;
        nextBreak = text.indexOf('\n', nextBreak + 1);
      }
      paragraphStart = memo.paragraphs[k] = lineBreak + 1;
    }
    if (paragraphStart !== para.start) {
      para.start = paragraphStart;
      para.frame = null;
      para.reached = null;
      para.pastTo = -1;
      para.pastYear = null;
      para.thisYear = false;
    }
    const frame = para.frame;
    const mask = memo.masks[k] ?? 0;
    if (k >= memo.frames.length) memo.frames[k] = frameYear(sentence.text, mask);
    para.frame = memo.frames[k] ?? para.frame;
    const newsFrame = para.newsFrame;
    // Whether the sentence looks forward: every sentence of a news report (its goals frame the sentences after),
    // elsewhere only a sentence that opens with a day asks.
    if (news && isFuture(memo, k, sentence.text)) para.newsFrame = true;
    const thisYearFrame = para.thisYear;
    if (thisYear !== null && !para.thisYear && sentence.text.includes('今年') && THIS_YEAR.test(sentence.text)) para.thisYear = true;
    if (memo.valued[k] !== true) continue;
    const section = opts.sections(sentence.start);
    // A sentence that opens with a day ("1月17日,…") narrates an event; its numbers are neither commitments nor levels.
    if ((mask & KEY.ri) !== 0 && DAY_OPENING.test(sentence.text) && !isFuture(memo, k, sentence.text)) continue;
    // Sentences that report what was reached: no targets there, and every value of them is an achievement.
    // "截至2025年底,全市共有养老机构142家…;托育机构316家,提供托位1.52万个": the clause after the ; goes on reporting
    // (it was read as the plan's targets of 2030), unless it has a year of its own or turns to the plan again.
    const continued = para.pastTo === sentence.start && !/20\d\d|十[一二三四五六]五/u.test(sentence.text) && !FORWARD_AGAIN.test(sentence.text);
    const reported =
      continued ||
      // Under a review-of-the-past heading only an explicit plan word makes a number a target (将 is often 把 there).
      (section.past && !PLAN_WORD.test(sentence.text)) ||
      (memo.done[k] ??= (mask & KEY.wan) !== 0 && sentence.text.includes('完成') && PAST_SENTENCE.test(sentence.text)) ||
      (results && !resultsForward(sentence.text, reportedOn)) ||
      (news && (NEWS_PAST.test(sentence.text) || !(newsFrame || isFuture(memo, k, sentence.text))));
    // A report written while its plan still runs (a mid-term evaluation) names the plan's goals in the sentences it
    // reports with (规划目标为4.5个, 普惠性幼儿园覆盖率规划目标为85%): those are still targets of the plan's end.
    const goalsOnly = reported && !achieved && goalsAhead && GOAL_NAMED.test(sentence.text);
    const reportedYear = continued ? para.pastYear : null;
    const pastHere = text.charCodeAt(sentence.start + sentence.text.length) === 0x3b ? reportsPast(memo, k, sentence.text, mask, opts.period) : null;
    para.pastTo = pastHere || (reported && text.charCodeAt(sentence.start + sentence.text.length) === 0x3b) ? sentence.start + sentence.text.length + 1 : -1;
    para.pastYear = pastHere?.year ?? reportedYear;
    if (reported && !achieved && !goalsOnly) {
      para.reached = reachedMeasure(memo, k, sentence, mask, opts, frame);
      continue;
    }
    const facts = (memo.facts[k] ??= factsOf(sentence.text, mask));
    const tense = (memo.tenses[k] ??= tenseOf(sentence.text));
    // The achievements' reading passes over a sentence with nothing reported in it: no past word, no 由X, no past year.
    if (achieved && !reported && tense.reportedUntil === 0 && !MAYBE_PAST.test(sentence.text) && !hasPastYear(facts, opts.period ?? (opts.issued != null ? { start: opts.issued, end: opts.issued } : null))) continue;
    // Once per sentence, not per clause: a sentence of 160,000 clauses would be scanned 160,000 times.
    // Every alternative of WHOLE_PERIOD holds 年 or 期: a sentence with neither is not searched.
    const wholePeriodAt = (memo.wholePeriodAt[k] ??=
      (mask & (KEY.nian | KEY.qi)) !== 0 ? (WHOLE_PERIOD.exec(sentence.text)?.index ?? Infinity) : Infinity);
    const carry: ClauseContext['carry'] = { value: para.reached };
    const sentenceDrafts: Draft[] = [];
    const paragraph = text.slice(paragraphStart, sentence.start);
    const last = drafts[drafts.length - 1];
    const before = last && last.span.start >= paragraphStart ? last : null;
    // The clauses and their candidate values are the same for both readings: found once, each reading given copies
    // (a reading marks candidates it skips and rewrites the text before them).
    const clauseList = (memo.clauses[k] ??= clauses(sentence));
    // Plain loops, no closures: a closure over this loop's variables would make V8 allocate them in a context object
    // at every pass of the loop, for each of a text's sentences (most of which are passed over above).
    let found = memo.candidates[k];
    if (found === undefined) {
      found = [];
      for (let i = 0; i < clauseList.length; i++) found.push(candidatesOf(clauseList[i] as Clause, sentence, facts, i === 0));
      memo.candidates[k] = found;
    }
    for (let i = 0; i < clauseList.length; i++) {
      const list = found[i] ?? [];
      // Most clauses of a sentence with a value hold none themselves: nothing is read for them.
      if (list.length === 0) continue;
      // By push, not map(), for one array shape whether or not this loop is optimised (see candidatesOf).
      const fresh: Candidate[] = [];
      for (const c of list) fresh.push({ q: c.q, pre: c.pre, post: c.post, skip: c.skip });
      const clause = clauseList[i] as Clause;
      readClause({ clause, list: fresh, sentence, facts, tense, carry, paragraph, schemes, wholePeriodAt, section, frame: frame ?? section.year, reported: reported && !goalsOnly, results, reportedOn, before, goalsOnly, reportedYear, thisYear, thisYearFrame }, opts, sentenceDrafts);
    }
    // One at a time: spreading a sentence of 76,000 values into push() overflows the call stack.
    // "住房公积金贷款额度上浮20%", "生育津贴标准提高了15%": a money standard's change is money, neither a target nor a
    // level reached (p88's was a target); "每年申领1次": how often a procedure is done, with nothing it counts, is a rule.
    for (const d of sentenceDrafts) if (!isMoneyOrRule(d)) drafts.push(d);
    para.reached = achieved || sentenceDrafts.length > 0 ? null : carry.value;
  }
  if (opts.carry) opts.carry.newsFrame = para.newsFrame;
  for (const { column, memo: own } of memo.columns ?? []) {
    const at = (i: number): number => column.map[i] ?? column.map[column.map.length - 1] ?? 0;
    const read = readProse(column.text, { ...opts, skip: [], damage: [], memo: own, carry: undefined, sections: (o) => opts.sections(at(o)) });
    for (const d of read) {
      // The span covers the other column's half-lines between; the quote is the column's own text.
      const span = { start: at(d.span.start), end: at(d.span.end - 1) + 1 };
      const quote = column.text.slice(d.span.start, d.span.end).replace(/\n/gu, '');
      drafts.push({ ...d, span, ...(quote === text.slice(span.start, span.end) ? {} : { quote }) });
    }
  }
  if ((memo.columns?.length ?? 0) > 0) drafts.sort((a, b) => a.span.start - b.span.start);
  // A reached figure named after the goal words before it (规划目标为每千人口…托位数达到4.5个,2022年底已达3.1个).
  if (goalsAhead) for (const d of drafts) d.name = d.name.replace(GOAL_LEAD, '').replace(GOAL_TAIL, '') || d.name;
  return drafts;
}

// (长期护理保险 and 大病保险 are schemes of their own: 长期护理保险制度试点扎实推进,参保人数达到86万人 counts its insured,
// not those of the 基本医疗保险 named earlier in the paragraph.)
const SCHEME = /长期护理保险|大病保险|(?:基本)?(?:医疗|养老|失业|工伤|生育)保险|退役军人/gu;

/**
 * The last scheme named in text[from, to) — what matching SCHEME over that slice gives — from one scan
 * of the text, so a long paragraph is not scanned again for every bare 参保率 in it. `from` is a
 * paragraph's start (after a line break, which no match crosses), so the whole-text scan finds the same matches.
 */
function schemeFinder(text: string): (from: number, to: number) => string | undefined {
  let found: { index: number; end: number; text: string }[] | null = null;
  return (from, to) => {
    found ??= [...text.matchAll(SCHEME)].map((m) => ({ index: m.index, end: m.index + m[0].length, text: m[0] }));
    // Binary search for the last match ending at or before `to`.
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((found[mid]?.end ?? Infinity) <= to) lo = mid + 1;
      else hi = mid;
    }
    const last = found[lo - 1];
    return last && last.index >= from ? last.text : undefined;
  };
}

interface ClauseContext {
  clause: Clause;
  /** The clause's candidate values (candidatesOf), this reading's own copies. */
  list: Candidate[];
  sentence: Clause;
  facts: SentenceFacts;
  /** The last figure of the sentence reported as reached, for a bare target after it. */
  carry: { value: { subject: string; unit: string; baseline: Baseline } | null };
  /** Parts of the sentence that report results or project, not plan. */
  tense: SentenceTense;
  /** Where the sentence names a whole period (未来5年, “十四五”时期), as an offset in it. */
  wholePeriodAt: number;
  /** Text of the paragraph before the sentence: it names what a bare 参保率 is about. */
  paragraph: string;
  /** The last insurance scheme named in text[from, to), which a bare 参保率 is about. */
  schemes: (from: number, to: number) => string | undefined;
  section: SectionContext;
  frame: number | null;
  /** The whole sentence reports what was reached (under 发展基础, in a results report …). */
  reported: boolean;
  /** The document is a report of results (完成情况, 总结). */
  results: boolean;
  /** The five-year plan it reports on, when its title names one. */
  reportedOn: { start: number; end: number } | null;
  /** The last value read in the paragraph before this sentence: "…达到60%以上;到2030年,达到80%以上" is its measure again. */
  before: Draft | null;
  /** Only the plan's goals named as such are read (a report's sentence while its plan runs: 规划目标为4.5个). */
  goalsOnly?: boolean;
  /** The year of the report a clause after ; continues (截至2025年底…;托育机构316家), null when none. */
  reportedYear?: number | null;  /** 今年's year in a text of another kind dated by its issue (null: none), and whether an earlier sentence of the
   * paragraph said 今年. */
  thisYear?: number | null;
  thisYearFrame?: boolean;
}

/** 今年 as the year a value is of (not 今年以来, since the year began: a report). */
const THIS_YEAR = /今年(?!以来)/u;

/** Where the first of two plain words occurs (Infinity: neither) — the leftmost match of the alternation a|b. */
const ANNUAL_GAIN = /(?<![\d今去明上本当全每近同历逐])年增(?=约|不|\d|长)/u;
/** A clause that names only a yearly growth (…增至1500个,年增约5%): the growth of the measure just read. */
const GROWTH_ONLY = /^(?:年增|年均增长|每年增长)(?:长)?$/u;

function wordAt(text: string, a: string, b = a): number {
  const i = text.indexOf(a);
  const j = b === a ? i : text.indexOf(b);
  return Math.min(i < 0 ? Infinity : i, j < 0 ? Infinity : j);
}

/** Whether sentence k has a forward word (FUTURE_WORD), asked once per text and kept for the other reading. */
function isFuture(memo: ProseMemo, k: number, sentence: string): boolean {
  return (memo.future[k] ??= FUTURE_WORD.test(sentence));
}

function readClause(ctx: ClauseContext, opts: ProseOptions, out: Draft[]): void {
  const { clause, sentence, facts } = ctx;
  const { list } = ctx;
  // Where clause-wide words first occur, so each value only compares offsets.
  const pastAt = PAST_MARK.exec(clause.text)?.index ?? Infinity;
  // "力争到2030年,全市人均预期寿命达到81.5岁": a striving frame clause makes the sentence's values aspirational.
  const strivingAt = STRIVING_FRAME.test(sentence.text.slice(0, clause.start - sentence.start)) ? -1 : wordAt(clause.text, '力争', '争取');
  const cumulativeAt = wordAt(clause.text, '累计');
  // 每年成长 is Taiwan's 每年增长.
  // 年增 (Macau, Hong Kong: 年增约5%) is 年均增长, but not 2025年增长 or 今年增加.
  const growthAt = Math.min(wordAt(clause.text, '年均', '每年增长'), wordAt(clause.text, '每年成长'), clause.text.includes('年增') ? (ANNUAL_GAIN.exec(clause.text)?.index ?? Infinity) : Infinity);
  const { wholePeriodAt } = ctx;
  const perMatch = perUnitIn(clause.text);
  let verb = '';
  let pending: { baseline: Baseline; subject: string; unit: string } | null = null;
  const achieved = opts.mode === 'achieved';
  const thisYearAt = opts.kind === 'news_report' || opts.kind === 'annual_programme' ? clause.text.indexOf('今年') : -1;
  /** Achievements: where the start value of 由X提高到Y sits, for its year. */
  let pendingAt: { op: Op; year: number | null } | null = null;
  /** Achievements: the names of a past 由A1、A2…, which the values after 提高到 take. */
  let moved: { names: string[]; start: number } | null = null;
  /**
   * "95%(2025年为93%)": the name each value got, for the value in a bracketed aside after it (that measure's level in
   * the year the aside names). Made only for a clause that has such an aside (few do): not a Map per clause.
   */
  let asideNames: Map<Quantity, string> | null = null;
  for (let i = 1; i < list.length; i++) if (YEAR_ASIDE.test((list[i] as Candidate).pre) || PART_ASIDE.test((list[i] as Candidate).pre)) asideNames = new Map();
  /** The measure a part after 其中 was a rate of, for the later parts of its list. */
  let partWhole: string | null = null;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (!c || c.skip) continue;
    const { q } = c;
    const at = clause.start - sentence.start + q.start;
    // "注:表中“<5.5”表示低于5.5%": a note saying what a table's sign means — the value is the sign's meaning, no figure.
    if (c.pre.includes('表示') && SIGN_MEANING.test(clause.text.slice(0, q.start))) continue;
    // An evaluation's mention of the plan's own goal (规划目标为4.5个, 提前实现55%的目标, 完成规划目标的85%) is no level reached.
    if (achieved && (isGoalMention(c) || (goalsAheadOf(opts, ctx) && GOAL_BEFORE.test(c.pre)))) {
      // What the goal is of names the level reached after it (…覆盖率规划目标为85%,2022年已达到87.2%).
      if (goalsAheadOf(opts, ctx)) {
        // What precedes the goal words (城镇新增就业规划目标为五年累计), else what follows them up to the predicate
        // (规划目标为每千人口…托位数达到).
        const lead = stripLeading(c.pre);
        const words = GOAL_WORDS.exec(lead);
        const after = words ? lead.slice(words.index + words[0].length) : lead;
        const p = predicateOf(after);
        const before = words ? stripName(lead.slice(0, words.index)) : '';
        const subject = before || stripName(p ? after.slice(0, p.index) : after);
        if (subject.length >= 2) ctx.carry.value = { subject, unit: q.unit, baseline: { value: q.value, year: null } };
      } else {
        // "城镇新增就业预期目标5000人,实际完成5600人": the measure whose goal it is names what was done after it (实际完成
        // was the name).
        const named = GOAL_OF.exec(stripLeading(c.pre));
        const subject = stripName(named?.[1] ?? '');
        if (subject.length >= 2 && !subject.includes('完成')) ctx.carry.value = { subject, unit: q.unit, baseline: { value: q.value, year: null } };
      }
      continue;
    }
    const goalAfter = ctx.goalsOnly === true && GOAL_AFTER.test(c.post);
    if (ctx.goalsOnly === true && !GOAL_BEFORE.test(c.pre) && !goalAfter) continue;
    let year = yearOf(facts, at, opts.period, ctx.frame);
    // "2025年,全市新增普惠托位3200个" in a letter of 2026 with no plan period: a year before the issue is past too.
    if (!opts.period && opts.issued != null && year.stated && !year.past && year.year !== null && year.year < opts.issued) {
      year = { ...year, past: yearOf(facts, at, { start: opts.issued, end: opts.issued }, ctx.frame).past };
    }
    // The plan's goal named in a report is the plan's, for its end, whatever year the sentence reports on.
    if (ctx.goalsOnly === true && opts.period) year = { year: opts.period.end, past: false, stated: false, from: null };
    // "2025年…为96.3%,今年将达到97%": 今年 after the last year stated is the year a news report or a programme is of.
    if (thisYearAt >= 0 && thisYearAt < q.start && year.stated && opts.period && lastYearMarkBefore(facts, at) < clause.start - sentence.start + thisYearAt) {
      year = { year: opts.period.start, past: false, stated: true, from: null };
    }
    // "我们会在未来五年额外提供约4000个…" in a year's programme or address: the years ahead end that many years after
    // its own (2026's address: 2031), where the total was dated the address's year.
    // "今年拟募集就业见习岗位1万个以上" in a text of another kind (a press conference, a letter) dated by its issue: 今年 is
    // that year, where the value was the plan's end; the sentences after it in its paragraph are that year's too.
    if (!year.stated && ctx.thisYear !== null && ctx.thisYear !== undefined && (ctx.thisYearFrame === true || THIS_YEAR.test(sentence.text.slice(0, at)))) {
      year = { year: ctx.thisYear, past: false, stated: true, from: null };
    }
    const ahead = !year.stated && opts.period && opts.period.start === opts.period.end && wholePeriodAt < at ? YEARS_AHEAD.exec(sentence.text.slice(wholePeriodAt)) : null;
    if (ahead?.[1] && opts.period) year = { year: opts.period.start + (/^\d+$/u.test(ahead[1]) ? Number(ahead[1]) : AHEAD_YEARS[ahead[1]] ?? 0), past: false, stated: false, from: null };
    const past = ctx.goalsOnly !== true && (ctx.reported || pastAt < q.opStart || year.past || at < ctx.tense.reportedUntil);
    if (achieved && past) {
      // Both ends of 由A提高到B, and changes against a past level, each value with its own name.
      const reached = fromList(list, i, clause.text) ?? changeList(list, i, clause.text, stripLeading(c.pre));
      const items: { name: string; c: Candidate }[] | null = reached?.items ?? (moved ? toList(list, i, moved.names) : null);
      if (items && items.length > 0) {
        const start: number = reached?.start ?? moved?.start ?? q.opStart;
        const last = items[items.length - 1]?.c ?? c;
        for (const { name, c: item } of items) {
          if (item !== c) item.skip = true;
          const itemAt = clause.start - sentence.start + item.q.start;
          const change = reached !== null && reached.since !== null;
          const reach = achievedOf({ ctx, opts, past: true, pending: null, at: itemAt, kind: 'level' });
          out.push({
            name,
            unit: item.q.unit || null,
            baseline: null,
            target: { value: item.q.value, year: reached?.year ?? reach.year, op: item.q.op },
            stretch: null,
            kind: change ? 'increment' : 'level',
            binding: null,
            span: { start: clause.start + start, end: clause.start + last.q.opEnd },
            per: null,
            aspirational: false,
            source: 'prose',
            domainHint: ctx.section.domain,
            yearFrom: change ? (reached?.since ?? null) : null,
          });
        }
        moved = reached && reached.since === null ? { names: items.map((x) => x.name), start } : null;
        continue;
      }
    }
    if (FROM_END.test(c.pre) && !(achieved && past)) {
      // 由X提高到Y / 从X增长到Y: X is the baseline of the next value, and the text before 从 its subject.
      const from = FROM_END.exec(c.pre)?.[0] ?? '';
      const startYear = /20\d\d/u.exec(from)?.[0];
      // 由(目前的)A增加至B with no year of its own: A is the present's, the text's own year (opts.present), not the target's.
      const now = startYear ? Number(startYear) : opts.present != null ? opts.present : null;
      pending = { baseline: { value: q.value, year: now ?? year.year }, subject: stripName(c.pre.replace(FROM_END, '')), unit: q.unit };
      if (achieved) {
        // Its year as 由2020年的 states it, else the present's, else the plan's base year (the year before its period),
        // else the issue year.
        const base = opts.period ? opts.period.start - 1 : (opts.now ?? null);
        pendingAt = { op: q.op, year: now ?? base };
      }
      continue;
    }
    // The achievements' reading: past values, and the start of 由X提高到Y before a target.
    // (A future value with an aside after it is named all the same, for the aside's name.)
    const asideAfter = asideNames !== null && i + 1 < list.length && YEAR_ASIDE.test((list[i + 1] as Candidate).pre);
    if (achieved && !past && !pending && !asideAfter) continue;
    // (Only the value in the bracket itself: a value after it is its own, or the list's.)
    const partAside = asideNames !== null && i > 0 ? PART_ASIDE.exec(c.pre) : null;
    const asideOf = partAside || (asideNames !== null && i > 0 && YEAR_ASIDE.test(c.pre)) ? asideNames?.get((list[i - 1] as Candidate).q) : undefined;
    // "城镇和农村…参保率分别达到95%(其中市区为97%)和96%": the bracket's value is its part's, of the value before it.
    // (Only inside a list, the next value after the bracket: a part after a single value is read as 其中 parts are.)
    const inList = i + 1 < list.length && ASIDE_THEN_ITEM.test((list[i + 1] as Candidate).pre);
    const asidePart = asideOf && partAside && inList ? partAside[1] : undefined;
    const asideName = asideOf && partAside ? (asidePart ? partName(asideOf, asidePart) : undefined) : asideOf;
    // Reported as reached (截至…, …以来, 目前…) or projected (预计…): an achievement or a forecast, never a
    // target. What was reached names and gives the baseline of a bare target later in the sentence
    // ("目前每千人口托位数为2.1个,到2025年达到4.5个").
    if (!achieved && past) {
      const lead = stripLeading(c.pre.replace(REPORT_WORD, '')).replace(MOVE_END_YEAR, '$1');
      const p = predicateOf(lead);
      const subject = asideName ?? stripName(p ? lead.slice(0, p.index) : lead);
      const stated = facts.years.some((m) => m.index < at);
      // (A change against an earlier year, 较2024年提高12个百分点, names no measure: the one before it stays carried.)
      if (subject.length >= 2 && !/^(?:比|较)/u.test(subject)) ctx.carry.value = { subject, unit: q.unit, baseline: { value: q.value, year: stated ? year.year : null } };
      // "…为95.6%,2025年提高到96.3%": a later value of the same measure is its latest level, the baseline from then on.
      else if (subject === '' && ctx.carry.value && ctx.carry.value.unit === q.unit) ctx.carry.value = { ...ctx.carry.value, baseline: { value: q.value, year: stated ? year.year : null } };
      // "…平均时间已由2023年的22个月缩短至2025年的16个月,目标在2028年进一步缩短至12个月": the move's end reached carries
      // what moved (its 由 start named it) to the clauses after it.
      else if (subject === '' && pending?.subject) {
        const moved = stripName(pending.subject).replace(/(?<=[\u4e00-\u9fff]{2})(?:已经|已)$/u, '');
        if (moved.length >= 2) ctx.carry.value = { subject: moved, unit: q.unit, baseline: { value: q.value, year: stated ? year.year : null } };
      }
      continue;
    }
    // "预计到“十四五”末,全市老龄化率将突破25%": a projection of what will happen, no target. In a plan, 预计 before the
    // plan's own work in a year of its period (民國115年預計服務18萬人次,全年新增日間照顧中心60處) is the figure the plan
    // sets for it, a target; a year before the period (预计2025年完成…) is an estimate of what is being achieved.
    if (at > ctx.tense.projectedFrom && !plannedWork(sentence.text, ctx.tense.projectedFrom, c.pre, year.year, opts.period)) continue;
    const raw = c.pre;
    // A bracketed breakdown ("(其中:A 600个、B 600个)") lists parts, not more of the same work.
    if (raw.includes('(') || raw.includes('其中')) verb = '';
    // "千人口托位数由2025年的3.2个提高到2030年的4.5个": the year of a move's end dates the value (yearOf reads it) and is
    // no subject — the whole lead, read as one, named the target 提高到2030年.
    const lead = stripLeading(raw).replace(MOVE_END_YEAR, '$1');
    // DELTA needs 比 or 较, AREA_LIST 分别: a lead without them is not searched.
    const delta = lead.includes('比') || lead.includes('较') ? DELTA.exec(lead) : null;
    // "人均体育场地面积2.85平方米,比上年增加0.2平方米": reported, the change since the year before that level's.
    const sinceLastYear = !delta && achieved && past ? LAST_YEAR_DELTA.exec(lead) : null;
    if (sinceLastYear) {
      const last = out[out.length - 1];
      if (!last || last.span.start < sentence.start || last.kind !== 'level') continue;
      const from = q.opStart - c.pre.length + Math.max(0, c.pre.indexOf(lead));
      out.push(reachedChange(last, lead.replace(/^较/u, '比'), q, clause.start + from, clause.start + q.opEnd, ctx.section.domain, last.target.year === null ? null : last.target.year - 1));
      continue;
    }
    if (delta) {
      // A change restating the level just read ("达到60%,比2020年提高10个百分点") adds no target of its own; reported as
      // reached, it is the change of that measure since the year compared with (参保率达到96.3%,比2020年提高4.1个百分点).
      const last = achieved && past ? out[out.length - 1] : undefined;
      if (stripName(delta[1] ?? '') === '') {
        if (!last || last.span.start < sentence.start || last.kind !== 'level') continue;
        const change = lead.slice((delta[1] ?? '').length).trim();
        const from = q.opStart - c.pre.length + Math.max(0, c.pre.indexOf(change));
        // 较2024年提高 is named 比2024年提高, as every change is (prose-reached.ts, a target's change).
        out.push(reachedChange(last, changeSuffix(change), q, clause.start + from, clause.start + q.opEnd, ctx.section.domain, comparedYear(change)));
        continue;
      }
    }
    // "普惠托位占比比2025年提高10个百分点": the change is named as a change reported reached is (…比2020年提高), so a
    // target and an achievement of one measure's change carry one name; it used to be the measure's name alone.
    const changeWords = delta ? changeSuffix(lead.slice((delta[1] ?? '').length)) : '';
    const area = delta || !lead.includes('分别') ? null : AREA_LIST.exec(lead);
    // "受惠人数提升至每年6千人次": a frequency between the predicate and the value is the record's per (perUnitIn finds it).
    const freqBefore = lead.endsWith('每年') || lead.endsWith('每月') ? lead.slice(-2) : null;
    const predicate = area || delta ? null : predicateOf(freqBefore ? lead.slice(0, -2) : lead);
    let subject = delta ? (delta[1] ?? '') : area ? (area[1] ?? '') : predicate ? lead.slice(0, predicate.index) : lead;
    subject = withoutTrailingFiller(subject);
    // "普惠性幼儿园覆盖率规划目标为85%": the goal words are no part of the name; alone (…为79.6岁,规划目标为80岁以上) the
    // goal is of the measure the sentence just reported.
    // "学前教育毛入园率2022年达到91.5%,已提前完成90%的规划目标": a goal cited after its value is of the measure just reported.
    const goalOf = goalAfter ? reportedBefore(sentence.text.slice(0, clause.start - sentence.start + q.start)) : null;
    if (goalAfter) subject = goalOf ?? '';
    if (ctx.goalsOnly === true) {
      subject = subject.replace(GOAL_TAIL, '');
      if (stripName(subject) === '') subject = reportedBefore(sentence.text.slice(0, clause.start - sentence.start)) ?? subject;
    }
    if (stripName(subject) === '' && pending?.subject) subject = pending.subject;
    // (已 alone, 2022年底已达3.1个, names nothing either.)
    const carried = ctx.carry.value && (stripName(subject) === '' || REPORT_ONLY.test(subject.trim())) && ctx.carry.value.unit === q.unit ? ctx.carry.value : null;
    if (carried) subject = carried.subject;
    const striving = strivingAt < q.opStart;
    // (A part in brackets inside a list is of the value before the bracket, not of the list's last value read.)
    const previous = (asideOf && asidePart ? recordNamed(out, asideOf, sentence.start) : undefined) ?? out[out.length - 1];
    // "城镇新增就业累计12万人,其中2028年实现4万人": one year's share with no name of its own (实现, 完成 and the year are
    // stripped) is of the total just named, as 其中2028年新增4万人 is (it gave no record).
    const yearReached = stripName(subject) === '' && ((raw.includes('其中') && YEAR_PART.test(raw)) || YEAR_ITEM.test(raw)) && previous !== undefined && previous.span.start >= sentence.start && (previous.kind === 'increment' || previous.kind === 'cumulative') && previous.unit === (q.unit || null);
    if (predicate && stripName(subject) === '' && striving && previous && previous.unit === q.unit && previous.stretch === null) {
      previous.stretch = q.value;
      previous.span = { start: previous.span.start, end: clause.start + q.opEnd };
      continue;
    }
    // A sentence that only dates a further value (到2030年,达到80%以上) is about the measure just read.
    const again = !previous && ctx.before && ctx.before.unit === (q.unit || null) && YEAR_OPEN.test(sentence.text) ? ctx.before.name : null;
    const earlier = !previous && ctx.before && ctx.before.unit === (q.unit || null) ? ctx.before.name : null;
    const built = nameFor(c, clause.text, subject, !!predicate || !!area || !!delta, verb, previous?.name ?? again, perUnitIn, earlier) ?? yearlyOf(c, clause.text, previous, sentence.start, q) ??
      (yearReached ? { names: [previous.name], verb: '', start: q.opStart, end: q.opEnd, served: false } : null);
    if (!built) continue;
    if (asideName) built.names = [asideName];
    if (ctx.goalsOnly === true) built.names = goalOf ? [goalOf] : built.names.map((n) => n.replace(GOAL_LEAD, '').replace(GOAL_TAIL, ''));
    if (goalAfter && !goalOf) continue;
    // "社区综合服务设施覆盖率城市达到100%": a place written after the measure says whose it is (城市社区综合服务设施覆盖率),
    // as it does before it; the place after it (农村达到90%) then reads as it does after 城市社区…覆盖率.
    const placeAfter = PLACE_AFTER.exec(built.names[0] ?? '');
    if (placeAfter?.[1] && placeAfter[2]) built.names = [placeAfter[2] + placeAfter[1]];
    // "为80周岁以上老年人发放高龄津贴,惠及1.2万人": a bare 惠及 counts those the clause before serves.
    // "为全市老年人提供免费体检,每年不少于10万人次": a count named only by its frequency counts that work, per 每年.
    const freqOnly = FREQUENCY_ONLY.exec(built.names[0] ?? '')?.[1] ?? null;
    // (After a clause that counts those served, 为全市8万名困难群众提供免费体检,全年服务不少于10万人次, that count's record
    // names the service: the clause has a figure of its own, so servedBy does not read it.)
    const served = BENEFIT_ONLY.test(built.names[0] ?? '') || freqOnly ? (servedBy(ctx.sentence, clause) ?? (freqOnly ? servedCounted(ctx.sentence, clause, previous) : null)) : null;
    if (served && freqOnly) {
      built.names = [served.name];
      built.start = served.start - clause.start;
    } else if (served) {
      built.names = [served.served ? served.name : served.name + (built.names[0] ?? '')];
      built.start = served.start - clause.start;
    } else if (previous && previous.span.end <= clause.start && previous.span.start >= sentence.start && BENEFIT_LEAD.test(built.names[0] ?? '')) {
      // "新建幸福院5个,惠及3000人": the work just counted is what reaches them; its count stays its own record.
      built.names = [previous.name + (built.names[0] ?? '')];
    }
    // "…医院设置老年医学科的比例达到60%,设置康复医学科的比例达到50%": the later share keeps the subject before the verb.
    const elided =
      previous && previous.span.start >= sentence.start && predicate
        ? (withElidedSubject(previous.name, built.names[0] ?? '') ?? withElidedMeasure(previous.name, built.names[0] ?? ''))
        : null;
    if (elided) built.names = [elided];
    // "2025年新增普惠托位1000个,2026年新增1200个": a work verb alone repeats the work just named, in its unit.
    const bareWork = INCREMENT_VERB.exec(built.names[0] ?? '')?.[0];
    // "打造完整社区试点40个,其中2026年建成15个": after 其中, another verb alone finishes part of that work too.
    // "城镇新增就业累计30万人,其中2026年新增6万人": one year's share of any total, a verb alone, is that total's measure.
    // (Only of work counted: a stock's 其中2026年新增500张 is no level of 500 beds.)
    const yearShare = previous !== undefined && (previous.kind === 'increment' || previous.kind === 'cumulative') && ((raw.includes('其中') && YEAR_PART.test(raw)) || YEAR_ITEM.test(raw));
    const partOf = previous !== undefined && previous.span.start >= sentence.start && ((raw.includes('其中') && INCREMENT_VERB.test(previous.name)) || yearShare);
    let ofYear = false;
    // "城镇新增就业30万人,2026年新增6万人": the verb alone repeats the work of the measure just named in its sentence,
    // wherever that name holds the verb (it was named 新增).
    const repeats = bareWork !== undefined && previous !== undefined && (previous.name.startsWith(bareWork) || (previous.span.start >= sentence.start && previous.name.includes(bareWork)));
    if (bareWork && bareWork === built.names[0] && (repeats || partOf) && previous?.unit === (q.unit || null)) {
      built.names = [previous.name];
      // (A work verb alone counts that work done, in the year it names: the year's increment.)
      ofYear = yearShare || (repeats && !partOf);
    }
    if (previous && previous.span.start >= sentence.start && growthAt < q.opStart && GROWTH_ONLY.test(built.names[0] ?? '')) built.names = [previous.name + (built.names[0] ?? '')];
    const name = built.names[0] ?? '';
    if (opts.kind === 'other' && name.endsWith('完成率')) continue;
    // "全县60岁及以上老年人口约9.6万人,占总人口的23.5%": a population, or its share of another, stated with no year, no
    // forward word and no year framing the paragraph is the place as it stands (the plan's context, wherever it is
    // written), never a target of the plan's end; nor is it an achievement (achieved.ts leaves populations out).
    if (!achieved && POPULATION_MEASURE.test(name) && ctx.frame === null && !POPULATION_FORWARD.test(sentence.text)) continue;
    // "低于5.5%的控制目标", "完成规划目标(25万人)的131.2%": a target cited or a completion rate, neither reached nor set.
    if (CITED_TARGET.test(name)) continue;
    // "护理型床位占比比2025年提高6.4个百分点,达到65%": the change only restates the level after it (as 达到60%,比2020年
    // 提高10个百分点 does before it), so the level is the one target.
    if (!achieved && predicate && previous && previous.name === name && previous.kind === 'increment' && previous.span.start >= sentence.start) {
      const said = sentence.text.slice(previous.span.start - sentence.start, previous.span.end - sentence.start);
      const sameMeasure = previous.unit === (q.unit || null) || (q.unit === '%' && (previous.unit ?? '').endsWith('百分点'));
      if (sameMeasure && (said.includes('比') || said.includes('较'))) out.pop();
    }
    const leadingVerb = INCREMENT_VERB.exec(name)?.[0];
    if (!built.verb && !leadingVerb && verb && startsWithOneOf(c.pre, '、和及与')) built.names = [verb + name];
    // "为35—64岁农村适龄妇女开展宫颈癌筛查50万人、乳腺癌筛查30万人": a later item of a list of services counted for
    // someone counts them for the same people (35—64岁农村适龄妇女乳腺癌筛查), as the first one is named.
    const servedWho = previous && previous.span.start >= clause.start && !isRateUnit(q.unit) && startsWithOneOf(c.pre, '、和及与') ? SERVED_WHO.exec(clause.text.replace(ITEM_NUMBER, ''))?.[1] : undefined;
    const whoFor = servedWho ? stripName(servedWho) : '';
    if (whoFor.length >= 2 && previous?.name.startsWith(whoFor) && !(built.names[0] ?? '').startsWith(whoFor)) built.names = [whoFor + (built.names[0] ?? '')];
    const shared = PER_CAPITA.exec(previous?.name ?? '')?.[0];
    // (Not a share or rate: 每千人口拥有…托位数达到4.5个、普惠托位占比达到60% are two measures, and a share per 1,000
    // people is no measure at all — it was named 每千人口拥有普惠托位占比.)
    if (shared && startsWithOneOf(c.pre, '、和及与') && !PER_CAPITA.test(name) && !isRateUnit(q.unit) && previous && out.length > 0 && previous.span.start >= clause.start) {
      built.names = [shared + name];
    }
    // (A later item's own verb after a first item with none, 已推出A、新开工B、C: the list shares no verb.)
    verb = built.verb || (leadingVerb && !(verb === '' && startsWithOneOf(c.pre, '、和及与')) ? leadingVerb : '') || verb;
    const next = list[i + 1];
    // A noun read after this value ("28所小学和14所中学") is not part of the next value's name.
    if (next && built.end > q.opEnd) next.pre = clause.text.slice(Math.min(built.end, next.q.opStart), next.q.opStart);
    if (BARE_METRIC.test(built.names[0] ?? '')) {
      const scheme = ctx.schemes(sentence.start - ctx.paragraph.length, sentence.start + at);
      if (scheme) built.names = [scheme + built.names[0]];
      // "每个乡镇建有1个儿童之家,覆盖率达到100%": the rate of what the sentence just counted.
      const counted = !scheme && built.names[0] === '覆盖率' && previous && !isRateUnit(previous.unit ?? '') ? previous.name.replace(COUNTED_VERB, '') : '';
      if (counted.length >= 2) built.names = [counted + built.names[0]];
    }
    // A short rate right after another value of the sentence is of the same subject: 公办养老机构入住率不低于60%,空置率…
    // → 公办养老机构空置率; 为1.2万名残疾儿童提供康复救助,救助覆盖率… → 残疾儿童康复救助覆盖率 (the words they share once).
    // "DRG/DIP支付方式改革覆盖全部…医疗机构,病种覆盖率达到90%": a coverage rate after the sentence's opening clause,
    // which says what covers and has no value of its own, is that subject's (DRG/DIP支付方式改革病种覆盖率).
    const coverer = COVERAGE_RATE.test(built.names[0] ?? '') && clause.start > sentence.start ? coveringSubject(sentence.text) : null;
    if (coverer && !(built.names[0] ?? '').startsWith(coverer)) built.names = [coverer + (built.names[0] ?? '')];
    const short = SHORT_RATE.test(built.names[0] ?? '') && isRateUnit(q.unit) && previous && previous.span.start >= sentence.start ? elidedRateSubject(previous, built.names[0] ?? '') : null;
    if (short) built.names = [short];
    // "为全县65周岁以上老年人提供免费健康体检,体检率达到75%以上": a short rate of the service the clause before gives (no
    // value of its own there) is that service's rate for those it is for (65周岁以上老年人免费健康体检率).
    const ofService = !short && SHORT_RATE.test(built.names[0] ?? '') && isRateUnit(q.unit) && clause.start > sentence.start ? serviceRate(sentence.text, clause.start - sentence.start, built.names[0] ?? '') : null;
    if (ofService) built.names = [ofService];
    // "义务教育学校标准化达标率达到100%,其中乡村学校不低于95%": a part named alone after 其中 is that part's rate
    // (乡村学校标准化达标率), not a measure named 乡村学校.
    // (The later parts of a list after 其中, (其中城镇96%、农村93%), are of the same measure.)
    const partsOf: string | null = !isRateUnit(q.unit) || !previous || previous.unit !== (q.unit || null) || previous.span.start < sentence.start ? null : raw.includes('其中') ? previous.name : startsWithOneOf(c.pre, '、和及与') ? partWhole : null;
    const partRate = partsOf ? rateOfPart(partsOf, built.names[0] ?? '') : null;
    if (partRate) {
      built.names = [partRate];
      partWhole = partsOf;
    }
    const headPart = !partRate && raw.includes('其中') && previous && previous.unit === (q.unit || null) && previous.span.start >= sentence.start && !isRateUnit(q.unit) ? perHeadOfPart(previous.name, built.names[0] ?? '') : null;
    if (headPart) built.names = [headPart];
    // "大病保险起付线不高于…的50%,支付比例不低于60%": a scheme's payment share named alone is that scheme's (大病保险支付比例).
    const scheme = previous && previous.span.start >= sentence.start && SCHEME_SHARE.test(built.names[0] ?? '') ? SCHEME_HEAD.exec(previous.name)?.[0] : undefined;
    if (scheme) built.names = [scheme + (built.names[0] ?? '')];
    // 力争 inside a name is the plan's striving (aspirational says so), not part of what is measured.
    if ((built.names[0] ?? '').includes('力争') || (built.names[0] ?? '').includes('争取')) built.names = [(built.names[0] ?? '').replace(/力争|争取/gu, '')];
    const yearlyCount = growthAt < q.opStart && !isRateUnit(q.unit) && q.unit !== '' && clause.text.startsWith('年均', growthAt);
    // "失业保险金标准不低于最低工资标准的90%": a share of another amount, named as such (…占最低工资标准的比例).
    // "特困人员基本生活标准不低于当地低保标准的1.3倍": a multiple of another amount, named as such (…为…的倍数).
    const ratio = (q.unit === '%' || q.unit === '倍') && q.opStart > 0 && clause.text[q.opStart - 1] === '的' ? SHARE_OF.exec(built.names[0] ?? '') : null;
    if (ratio?.[1] && ratio[2]) built.names = [q.unit === '倍' ? `${ratio[1]}为${ratio[2]}的倍数` : `${ratio[1]}占${ratio[2]}的比例`];
    else if (q.unit === '倍') continue;
    // "失业人员再就业每年不少于15万人": a frequency between what is counted and its value is the record's per.
    const freqTail = isRateUnit(q.unit) ? null : (FREQUENCY_TAIL.exec(built.names[0] ?? '') ?? frequencyRepeating(built.names[0] ?? ''));
    if (freqTail?.[1]) built.names = [freqTail[1]];
    // "每年招聘中小学教师不少于300名": a frequency before work the per-unit reading does not know is that work's per.
    const freqLead = perMatch || freqTail || isRateUnit(q.unit) ? null : FREQUENCY_LEAD.exec(built.names[0] ?? '');
    const freqWork = freqLead?.[2] && INCREMENT_VERB.test(freqLead[2]) ? freqLead : null;
    if (freqWork?.[2]) built.names = [freqWork[2]];
    // "在各堂区设立至少1间长者综合服务中心": 各X with a floor is each X's quota, as 每个X is (各县区共建成… stays a total).
    const each = !perMatch && q.opStart < q.start && q.op === '>=' ? EACH_PLACE.exec(built.names[0] ?? '') : null;
    if (each?.[1] && each[2]) built.names = [each[2]];
    // "城市和农村社区各建成1个服务站": two places each doing the work — one record a place, named by the work and the place
    // (建成服务站(城市社区), 建成服务站(农村社区)); it was one named 城市和农村社区各建成服务站, a level.
    const bothEach = !perMatch && !isRateUnit(q.unit) ? PLACES_EACH.exec(built.names[0] ?? '') : null;
    let eachOf: string[] | null = null;
    if (bothEach?.[1] && bothEach[2] && bothEach[3]) {
      const shared = PLACE_NOUN.exec(bothEach[2])?.[0];
      eachOf = [shared && !bothEach[1].endsWith(shared) && bothEach[2].length - shared.length >= 2 ? bothEach[1] + shared : bothEach[1], bothEach[2]];
      built.names = [bothEach[3]];
    }
    // "每年帮助失业人员再就业1.5万人、就业困难人员实现就业5000人": a frequency opening a 、 list of work is every item's.
    const listFreq = previous?.per && previous.span.start >= clause.start && FREQUENCY_HEAD.test(previous.per) && startsWithOneOf(c.pre, '、') ? previous.per : null;
    let per = each?.[1] ? each[1] : perMatch && perMatch.index + perMatch[0].length <= q.opStart ? perMatch[0].trim() : yearlyCount ? '每年' : served && freqOnly ? yearly(freqOnly, opts.kind) : (freqTail?.[2] ?? freqWork?.[1] ?? (predicate ? freqBefore : listFreq));
    const op: Op = q.op === '=' ? (detachedOp(raw) ?? q.op) : q.op;
    // (The paragraph is asked only for a flow after a ";": most candidates are neither. An empty one is never read
    // past its start: a read out of bounds threw readClause's compiled code away, and it is V8's dearest compile.)
    const whole = wholePeriodAt < at || (ctx.paragraph.length > 0 && ctx.paragraph.charCodeAt(ctx.paragraph.length - 1) === 0x3b && isFlow(built.names[0] ?? '', q.unit) && listOpensPeriod(ctx.paragraph));
    // "“十五五”期间累计新建幸福院120个,其中2026年新建…不少于30个": one year's part of a total is that year's work.
    const yearPart = whole && cumulativeAt >= q.opStart && YEAR_PART.test(raw);
    let kind = delta
      ? 'increment'
      : kindOf({ cumulative: (cumulativeAt < q.opStart && !YEAR_PART.test(raw)) || (whole && !yearPart && isFlow(built.names[0] ?? '', q.unit) && !(per !== null && YEARLY_PER.test(per))), growth: growthAt < q.opStart && !yearlyCount }, built.names[0] ?? '', q.unit, per, opts.kind);
    // "把资助宿位提升至36000个", "门诊慢特病病种扩大到60种", "参保人数不低于310万人": in a programme, a count a move
    // reaches, or a stock (…人数, …总数) a predicate or comparator says is reached or kept, is a level, not the year's work.
    // A move to a value (提升至, 缩短至) says so whatever the name opens with (资助护养院宿位 are places, not work).
    if (kind === 'increment' && opts.kind === 'annual_programme' && !per) {
      const moved = predicate !== null && PROGRAMME_MOVE.test(predicate[0]);
      const reached = (predicate ? PROGRAMME_LEVEL.test(predicate[0]) : q.opStart < q.start) && STOCK.test(built.names[0] ?? '') && !INCREMENT_VERB.test(built.names[0] ?? '');
      // "轮候…的平均时间为18个月": a time things take is how long they take, never work done in the year.
      const lasting = DURATION.test(built.names[0] ?? '') && DURATION_UNIT.test(q.unit);
      if (moved || reached || lasting) kind = 'level';
    }
    // "每年开展定点医药机构现场检查覆盖率达到100%", "每年适龄儿童…接种率保持在95%以上": a rate held each year is a level per
    // 每年; the frequency and a verb of doing before what is measured are no part of its name (it was an increment named
    // 每年开展…覆盖率).
    const heldYearly = kind !== 'annual_growth' && isRateUnit(q.unit) && RATE_NAME.test(built.names[0] ?? '') ? FREQUENCY_LEAD.exec(built.names[0] ?? '') : null;
    const heldBare = heldYearly?.[2]?.replace(/^(?:开展|实现|完成)/u, '') ?? '';
    if (heldYearly?.[1] && heldBare.length >= 4) {
      built.names = [heldBare];
      per = heldYearly[1];
      kind = 'level';
    }
    if (q.unit === '倍') kind = 'level';
    // "年均新增养老床位500张": a count each year on average (per 每年), not a growth rate; 年均 is no part of its name.
    if (yearlyCount) {
      kind = 'increment';
      // "城镇新增就业年均50万人以上": 年均 after what is counted is no part of it either (its 均 was read as "each",
      // leaving 城镇新增就业年).
      const after = clause.text.slice(0, q.opStart).trimEnd().endsWith('年均') || /^年均\s*$/u.test(clause.text.slice(growthAt, q.opStart));
      // "临时救助年均救助2万人次": 年均 then a verb the name already has (救助) repeats what is counted (临时救助).
      const repeated = REPEATED_AFTER_YEARLY.exec(built.names[0] ?? '');
      const bare = repeated?.[1] && repeated[2] && repeated[1].includes(repeated[2]) ? repeated[1] : (built.names[0] ?? '').replace(/^年均/u, '').replace(after ? /(?<=[\u4e00-\u9fff]{2})年均?$/u : /$^/u, '');
      if (bare.length >= 2) built.names = [bare];
    }
    // "为3000户…开展适老化改造": those a work or service is done for count work done, as 新增/新建 counts do.
    if (kind === 'level' && built.served === true && !isRateUnit(q.unit) && !per) kind = 'increment';
    if (kind === 'level' && isChangeBy(built.names[0] ?? '', q.unit)) kind = YEARLY_CHANGE.test(built.names[0] ?? '') && isRateUnit(q.unit) ? 'annual_growth' : 'increment';
    // "新增普惠托位6000个,其中公办托位不少于2000个": a part of a flow is a flow of the same period.
    // (1.2万个 and 8000个 count the same things: the scale is not the unit.)
    const part = kind === 'level' && previous && (previous.kind === 'increment' || previous.kind === 'cumulative') && baseUnit(previous.unit ?? '') === baseUnit(q.unit);
    // (One year's share of a total over the span, 其中2026年新增6万人, is that year's work, not a total of its own.)
    if (part && raw.includes('其中')) kind = previous.kind === 'cumulative' && YEAR_PART.test(raw) ? 'increment' : previous.kind;
    if (ofYear || yearReached) kind = 'increment';
    // "5年累计开展各类职业技能培训": the span and 累计 say the kind (cumulative), not what is counted.
    if (kind === 'cumulative') {
      const bare = (built.names[0] ?? '').replace(CUMULATIVE_HEAD, '').replace(CUMULATIVE_TAIL, '');
      if (bare.length >= 2 && bare !== built.names[0]) built.names = [bare];
      // "棚户区改造安置住房累计建成2万套": the work, then what it counts (建成棚户区改造安置住房), as 新建X names are.
      const inner = CUMULATIVE_INNER.exec(built.names[0] ?? '');
      if (inner?.[1] && inner[2] && INCREMENT_VERB.exec(inner[2])?.[0] === inner[2]) {
        // (A span before 累计, 2021—2022年累计完成, is when: its first year is no part of the name, and with nothing else
        // before it the total is of the measure just named, 城镇新增就业规划目标为…,2021—2022年累计完成8.6万人.)
        const what = inner[1].replace(SPAN_START, '');
        built.names = [what ? inner[2] + what : (ctx.carry.value?.subject ?? inner[2])];
      }
    }
    // "截至2025年底,全市新提供学位六千个": places offered anew are places added (an increment, after 截至 too).
    if (kind === 'level' && !per && OFFERED_NEW.test(built.names[0] ?? '')) kind = 'increment';
    // "社区居家养老服务设施面积新增5万㎡", "养老床位新增500张": 新增 after what is added is its verb, and the thing added is named
    // as every addition is, 新增 first (新增养老床位; it was a level named 养老床位新增). (Not a rate: 覆盖率新增5个百分点.)
    const addedAfter = kind === 'level' && built.names.length === 1 && !isRateUnit(q.unit) ? ADDED_AFTER.exec(built.names[0] ?? '') : null;
    if (addedAfter?.[2]) {
      built.names = [`新增${addedAfter[2]}`];
      kind = addedAfter[1] || cumulativeAt < q.opStart ? 'cumulative' : 'increment';
    }
    // "截至2025年底,全市共有托育机构40家,提供托位约六千个": places offered, reported standing at a date, are the stock
    // then (托位, a level), not places added (新增/新提供/累计 before them say that, and keep it).
    const offered = achieved && past && kind === 'increment' && !perMatch ? OFFERED_STOCK.exec(built.names[0] ?? '') : null;
    const before = offered ? sentence.text.slice(0, at) : '';
    if (offered?.[1] && STANDING_AT.test(before) && !ADDED_BEFORE.test(before)) {
      kind = 'level';
      built.names = [offered[1]];
    }
    // Places added — an increment, or a total of them — are named 新增 and what is added, whichever verb adds them
    // (新提供学位, 增加学位, 额外提供…宿位, 累计提供托位, 新增…35家,提供托位1200个 → 新增学位, 新增托位 …), so one measure has
    // one name in every plan and report, targets and achievements alike, and the catalog finds what it knows
    // (新增托位 → childcare_places_new). They were 学位, 增加学位, 资助安老宿位, 托位 and 提供托位. (提供 with a per,
    // 每年提供学位, need not be new places: it keeps its verb.)
    const added = kind === 'increment' || kind === 'cumulative' ? ADDED_PLACES.exec(built.names[0] ?? '') : null;
    if (added?.[2] && (added[1] !== '提供' || !per)) built.names = [`新增${added[2]}`];
    // "增加日间护理服务名额,每年新增不少于600个名额": a bare thing added is the one the sentence added before it
    // (新增日间护理服务名额); it was 新增名额.
    const bareAdded = kind === 'increment' || kind === 'cumulative' ? BARE_ADDED.exec(built.names[0] ?? '') : null;
    if (bareAdded?.[1]) {
      let whole = '';
      for (const m of sentence.text.slice(0, at).matchAll(ADDS_BEFORE)) if (m[1]?.endsWith(bareAdded[1])) whole = m[1];
      if (whole.length > bareAdded[1].length) built.names = [`新增${whole}`];
    }
    // "养老床位达到8000张,其中养老机构床位5000张": a part after 其中 (or in brackets: (其中市区为97%)) is of the value
    // before it, and so are the later items of its list (其中城镇96%、农村93%); it is never mapped to the whole's
    // indicator (extract.ts). (其中2026年… is one year's figure of a total, the same measure: no part of it.)
    const inSentence = previous !== undefined && previous.span.start >= sentence.start;
    const wholeOf = !inSentence || YEAR_PART.test(raw) ? undefined : raw.includes('其中') ? (previous.partOf ?? previous.name) : startsWithOneOf(c.pre, '、和及与') ? previous.partOf : undefined;
    const split = splitFor(c, list, i, built.names[0] ?? '', area?.[2] ?? null);
    const pairs = eachOf && split.length === 1 && split[0] ? eachOf.map((place) => ({ name: `${split[0]?.name ?? ''}(${place})`, q: split[0]?.q ?? q })) : split;
    if (asideNames) for (const pair of pairs) asideNames.set(pair.q, pair.name);
    if (achieved && !past && !pending) continue;
    const lastQ = pairs[pairs.length - 1]?.q ?? q;
    const span: Span = { start: clause.start + built.start, end: clause.start + Math.max(built.end, lastQ.opEnd) };
    if (achieved) {
      // 已完成…N人次: the work verb after the report word still makes the figure a flow.
      const done = kind === 'level' && !/%|‰|百分点/u.test(q.unit) && (INCREMENT_VERB.test((built.names[0] ?? '').replace(REPORT_WORD, '')) || DONE_WORK.test(built.names[0] ?? ''));
      if (done) kind = 'increment';
      const reach = achievedOf({ ctx, opts, past, pending: pending && pendingAt ? { value: pending.baseline.value, ...pendingAt } : null, at, kind });
      for (const pair of past ? pairs : pairs.slice(0, 1)) {
        out.push({
          name: withoutNoteMarks(withoutHiringVerb(pair.name.replace(/[(]$/u, ''))),
          // (The start of 由A增加至B in its own unit: 由目前的1万2千张 is 12000 张 beside 2万张.)
          unit: (!past && pending ? pending.unit : pair.q.unit) || null,
          baseline: null,
          target: { value: past ? pair.q.value : (reach.value ?? pair.q.value), year: reach.year, op: past ? reachedOp(listOp(pair.q === q ? op : pair.q.op, pairs), pair.q, clause.text) : reach.op },
          stretch: null,
          kind: past ? kind : 'level',
          binding: null,
          span,
          per: null,
          aspirational: false,
          source: 'prose',
          domainHint: ctx.section.domain,
          yearFrom: past ? reach.yearFrom : null,
          ...(wholeOf === undefined ? {} : { partOf: wholeOf }),
        });
      }
      pending = null;
      pendingAt = null;
      continue;
    }
    for (const pair of pairs) {
      const draft: Draft = {
        name: withoutNoteMarks(withoutHiringVerb(pair.name.replace(/[(]$/u, ''))),
        unit: pair.q.unit || null,
        baseline: (pending ? inUnitOf(pending.baseline, pending.unit, pair.q.unit) : null) ?? carried?.baseline ?? null,
        // The later values of a 分别 list keep the first one's verb (分别控制在9/10万、4‰、5‰以下: each at most).
        // and 左右 closing the list (分别保持在80%、70%左右) is every value's, as Chinese writes it once.
        target: { value: pair.q.value, year: year.year, op: listOp(pair.q === q || pair.q.op === '=' ? op : pair.q.op, pairs) },
        stretch: null,
        kind,
        binding: null,
        span,
        per: per ? per.replace(/(?:至少|最少|都|均|要|应)$/u, '') : null,
        aspirational: striving,
        source: 'prose',
        domainHint: ctx.section.domain,
      };
      // "全县60岁及以上老年人口约9.6万人,占总人口的23.5%": the population and its shares are what a plan serves, the
      // context of its targets, never one (they were 2030's targets) — unless the sentence dates, holds or aims at it
      // (到2030年,全区常住人口控制在52万人以内: a population the plan sets is its target).
      if (POPULATION_SIZE.test(draft.name) && !POPULATION_FORWARD.test(sentence.text)) continue;
      // "服务标准：每人每年1次", "每户每年不少于1次": a name that is only who each gets it is a service standard, what every
      // person is owed (a 基本公共服务标准's column), never a count the region sets itself (it was a target named 每人).
      if (PER_HEAD_ONLY.test(draft.name)) continue;
      if (changeWords) draft.change = changeWords;
      if (wholeOf !== undefined) draft.partOf = wholeOf;
      if (ctx.goalsOnly === true) draft.name = draft.name.replace(GOAL_LEAD, '').replace(GOAL_TAIL, '') || draft.name;
      if (pair.q.valueMax !== null) {
        draft.target.value_max = pair.q.valueMax;
        draft.target.text = pair.q.written;
      }
      out.push(draft);
    }
    pending = null;
  }
}

/**
 * The measure a sentence reported reached ends with, and its last value as a baseline (2025年全市基本医疗保险参保率为
 * 96.3%), for a bare forward value in the paragraph's next sentence (今年将力争达到97%). Read from its last value back to
 * the first that names what it measures; null when none does.
 */
function reachedMeasure(memo: ProseMemo, k: number, sentence: Clause, mask: number, opts: ProseOptions, frame: number | null): ClauseContext['carry']['value'] {
  const clauseList = (memo.clauses[k] ??= clauses(sentence));
  let found = memo.candidates[k];
  if (found === undefined) {
    const facts0 = (memo.facts[k] ??= factsOf(sentence.text, mask));
    found = [];
    for (let i = 0; i < clauseList.length; i++) found.push(candidatesOf(clauseList[i] as Clause, sentence, facts0, i === 0));
    memo.candidates[k] = found;
  }
  const facts = (memo.facts[k] ??= factsOf(sentence.text, mask));
  let last: Candidate | undefined;
  let lastAt = 0;
  for (let i = found.length - 1; i >= 0; i--) {
    const list = found[i] ?? [];
    for (let j = list.length - 1; j >= 0; j--) {
      const c = list[j] as Candidate;
      if (c.skip) continue;
      last ??= c;
      if (last === c) lastAt = (clauseList[i] as Clause).start - sentence.start + c.q.start;
      const lead = stripLeading(c.pre.replace(REPORT_WORD, '')).replace(MOVE_END_YEAR, '$1');
      const p = predicateOf(lead);
      const subject = stripName(p ? lead.slice(0, p.index) : lead);
      if (subject.length < 2 || /^(?:比|较)/u.test(subject)) continue;
      // Only the measure of the last value: a value after it in another unit is another measure.
      if (c.q.unit !== last.q.unit) return null;
      const year = yearOf(facts, lastAt, opts.period, frame);
      return { subject, unit: last.q.unit, baseline: { value: last.q.value, year: year.stated ? year.year : null } };
    }
  }
  return null;
}

/** A unit without its scale (万个 → 个, 亿元 → 元). */
const MULTIPLIER: Record<string, number> = { 百: 100, 千: 1000, 万: 10000, 亿: 100000000 };
const multiplierOf = (unit: string): number => (unit.length > 1 ? (MULTIPLIER[unit.charAt(0)] ?? 1) : 1);

/**
 * A start value in the target's unit: 由目前的1万2千张增加至2万张 (12000 张 beside 2 万张) is a baseline of 1.2 万张 — it was
 * 12000 in 万张, ten thousand times the start. Units of other measures are left as they are.
 */
function inUnitOf(baseline: Baseline, from: string, to: string): Baseline {
  if (from === to || baseUnit(from) !== baseUnit(to)) return baseline;
  return { ...baseline, value: Number(((baseline.value * multiplierOf(from)) / multiplierOf(to)).toPrecision(12)) };
}

function baseUnit(unit: string): string {
  return unit.length > 1 ? unit.replace(/^[万亿千百]/u, '') : unit;
}

/** What opens the name of a total over a span (5年累计, 未来五年累计, “十五五”期间累计, 累计). */
const CUMULATIVE_HEAD = /^(?:(?:未来)?(?:\d+|[三五十])年(?:内)?|“?十[四五六]五”?(?:期间|时期)?)?累计/u;

/** …and what closes it (城镇新增就业累计, 城镇新增就业五年累计). */
const CUMULATIVE_TAIL = /(?:(?:(?<!\d)\d+|[三五十])年)?累计$/u;

/** 累计 between what is counted and its work verb alone (棚户区改造安置住房累计建成; not 城镇累计新增就业). */
/** The first year of a span whose second year ends it (2021— of 2021—2022年). */
const SPAN_START = /20\d\d[—–\-~～至到]$/u;
const CUMULATIVE_INNER = /^(.{2,}?)(?:(?:(?<!\d)\d+|[三五十])年)?累计([\u4e00-\u9fff]{2,5})$/u;

/** A sentence that names the plan's goal (规划目标为, 目标值是). */
const GOAL_NAMED = /目标(?:值)?(?:为|是|定为)|\d[%‰个人岁年张所]*的(?:规划|预期)?目标/u;
/** A value the goal words follow (已提前完成90%的规划目标, 尚未达到95%的规划目标). */
const GOAL_AFTER = /^\s*的(?:规划|预期)?目标(?!任务)/u;
/** A value after the goal named as such in its clause (规划目标为每千人口…达到4.5个, 规划目标为五年累计20万人). */
const GOAL_BEFORE = /目标(?:值)?(?:为|是|定为)[^,;。]*$/u;

/** The goal words around a goal's name: 规划目标为每千人口…, 城镇新增就业规划目标为. */
const GOAL_WORDS = /(?:的)?(?:规划|预期|计划)?目标(?:值)?(?:为|是|定为)/u;
const GOAL_LEAD = /^(?:规划|预期|计划)?目标(?:值)?(?:为|是|定为)/u;
const GOAL_TAIL = /(?:的)?(?:规划|预期|计划)?目标(?:值)?(?:为|是|定为)?$/u;
/** A level the text before reports (人均预期寿命2022年为79.6岁, …医师数由2020年的2.6人提高到2022年的2.9人): its measure. */
const REPORTED_LEVEL = /([\u4e00-\u9fff][\u4e00-\u9fff()\d]{1,30}?)(?:20\d\d年(?:底|末)?)?(?:由20\d\d年(?:底|末)?的\d+(?:\.\d+)?[^\d,;]{0,6}(?:提高|增加|增长|提升|下降|降低|减少)(?:到|至)(?:20\d\d年(?:底|末)?的)?|达到|已达到|已达|为|提高到)\d/gu;

/** Words that only say a figure is reached, with no measure (已, 现已, 目前). */
const REPORT_ONLY = /^(?:已经?|现已|目前|当前|实际(?:完成|达到|为)?)$/u;
/** A measure, then the words of its goal right before the goal's value (城镇新增就业预期目标, 参保率的年度目标为). */
const GOAL_OF = /^(.{2,}?)的?(?:年度|规划|预期|计划)?目标(?:值|任务)?(?:为|是)?$/u;

/** A mid-term evaluation's reading (its plan still runs): goals named as such are targets, no levels reached. */
function goalsAheadOf(opts: ProseOptions, ctx: ClauseContext): boolean {
  return ctx.results && opts.midterm === true && opts.period !== null;
}

function reportedBefore(text: string): string | null {
  let name: string | null = null;
  for (const m of text.matchAll(REPORTED_LEVEL)) name = stripName(m[1] ?? '') || name;
  return name;
}

/** The plan's goal named as such, or a share of it done: 规划目标为X, X的(规划)目标, 完成规划目标的X. */
function isGoalMention(c: Candidate): boolean {
  const pre = c.pre.trimEnd();
  const post = c.post.trimStart();
  // (规划目标(55%): the goal in brackets after its words, as 超过规划目标(55%)3.6个百分点 writes it.)
  if (/目标(?:值)?(?:为|是|定为|\()?$|完成[^,;。]{0,8}(?:目标|任务|计划)(?:任务)?的$/u.test(pre) || /^的?(?:规划|年度|预期)?目标/u.test(post)) return true;
  // A gap against the goal (比规划目标高0.3张, 较目标值多2个, 与规划目标值(80岁)相差0.9岁): how far from it, no level of
  // its own. (After a bracket closing on the goal's value, the words before it are the previous value's.)
  if (GOAL_GAP.test(pre) || /^\)\s*(?:相差|差距为?|还差|仍差|尚差)$/u.test(pre)) return true;
  // The task done, cited by its size (超额完成市下达的新增就业4000人任务): the task's figure, not what was reached.
  return /^(?:的)?(?:年度|规划|目标)?任务/u.test(post) && /完成[^,;。]{0,16}$/u.test(pre);
}
/** Words before a gap against the goal: 比规划目标高, 较年度目标多, 超出目标值. */
const GOAL_GAP = /(?:比|较|超过|超出|高出|高于|低于|距离?|与|同)(?:规划|年度|预期|计划)?目标(?:值|任务)?(?:高出?|低|多|少|超出|提高|相差|差距为?|还差|仍差|尚差|差)?$/u;

/** A count of work done (新增就业, 新建养老机构), which adds up over a period, unlike a level or a rate. */
function isFlow(name: string, unit: string): boolean {
  if (isRateUnit(unit)) return false;
  return INCREMENT_VERB.test(name) || /新增|培训|救助|帮扶|就业/u.test(name);
}

/**
 * "城镇新增就业五年累计30万人以上,年均6万人左右": a bare 年均 count after a count of the same sentence, in the same unit, is
 * that measure's yearly figure (the caller reads 年均 before a count as per 每年, an increment); null otherwise.
 */
function yearlyOf(c: Candidate, clause: string, previous: Draft | undefined, sentenceStart: number, q: Quantity): NameResult | null {
  if (!previous || previous.span.start < sentenceStart || isRateUnit(q.unit) || baseUnit(previous.unit ?? '') !== baseUnit(q.unit)) return null;
  if (!/^\s*年均\s*$/u.test(c.pre)) return null;
  const at = clause.lastIndexOf('年均', q.opStart);
  return at < 0 ? null : { names: [previous.name], verb: '', start: at, end: q.opEnd, served: false };
}

/** A frequency of work (每年, 每月): under “十五五”期间 its count is each year's, not the period's total. */
const YEARLY_PER = /^每(?:年|月|季度|周)/u;
/** What a 新增 names rather than does (新增劳动力平均受教育年限): a measure of those added, a level. */
const MEASURE_END = /(?:年限|寿命|率|占比|比例|比重)$/u;

function kindOf(marks: { cumulative: boolean; growth: boolean }, name: string, unit: string, per: string | null, doc: DocumentKind): TargetKind {
  if (marks.cumulative) return 'cumulative';
  if (marks.growth) return 'annual_growth';
  if (per && /^每(?:年|月|季度|周)/u.test(per)) return 'increment';
  if (per) return 'level';
  if (isRateUnit(unit)) return 'level';
  // An annual programme's counts are the year's work, whatever the verb — but not a ratio to the population
  // (每千人口拥有托位数达到4个, 人均体育场地面积), which is a level in a programme as in a plan.
  if (doc === 'annual_programme') return PER_CAPITA.test(name) || name.startsWith('人均') ? 'level' : 'increment';
  // "各县区共建成…", "全市共创建…": the work verb after the places that do it still says increment.
  return INCREMENT_VERB.test(name.replace(SCOPE_HEAD, '')) && !MEASURE_END.test(name) ? 'increment' : 'level';
}

/** A change reported reached of the level just read (its name, then the change's words): an increment of that level's year. */
function reachedChange(last: Draft, words: string, q: Quantity, start: number, end: number, domainHint: Draft['domainHint'], yearFrom: number | null): Draft {
  return {
    name: last.name + words,
    unit: q.unit || null,
    baseline: null,
    target: { value: q.value, year: last.target.year, op: q.op },
    stretch: null,
    kind: 'increment',
    binding: null,
    span: { start, end },
    per: null,
    aspirational: false,
    source: 'prose',
    domainHint,
    yearFrom,
  };
}

/** The words of a change after what changes (较2025年的水平提高 → 比2025年提高), as a change reported reached is named. */
function changeSuffix(change: string): string {
  return change.trim().replace(/^较/u, '比').replace(/(?:的水平|水平)(?=[\u4e00-\u9fff]{2}$)/u, '');
}

/** The year a change is measured from (比2020年 → 2020, 较“十三五”末 → 2020), else null. */
function comparedYear(change: string): number | null {
  const year = /(20\d\d)年/u.exec(change);
  if (year) return Number(year[1]);
  const plan = /十([一二三四五六])五/u.exec(change);
  return plan ? 2010 + '一二三四五六'.indexOf(plan[1] ?? '') * 5 : null;
}

/** 各 and a kind of place, then the work of setting up what each is to have (在各堂区设立…, 各乡镇建有…). */
/** A thing added named bare (新增名额, 新增床位): which places or beds the sentence may have said before. */
const BARE_ADDED = /^新增(名额|床位|宿位|学位|托位|岗位)$/u;
/** Work adding a thing named whole, ending its clause earlier in the sentence (增加日间护理服务名额,). */
const ADDS_BEFORE = /(?:增加|扩大|新增|增设|提供)([\u4e00-\u9fff]{2,14}?(?:名额|床位|宿位|学位|托位|岗位))(?=[,，;；])/gu;
/** Two places (or bodies) then 各 and work setting up what each is to have: 城市和农村各新建…, 城区和乡镇各建设…. */
const PLACES_EACH = /^([\u4e00-\u9fff]{2,8}?)和([\u4e00-\u9fff]{2,8}?)各((?:新建|新增|建成|建设|改造|改扩建|新改扩建|设立|设置|配备|打造|建有|创建|培育)[\u4e00-\u9fff(“].{0,24})$/u;
/** The noun two places share, written once after the second (城市和农村社区 → 城市社区, 农村社区). */
const PLACE_NOUN = /(?:社区|街道|乡镇|地区|学校|村)$/u;
const EACH_PLACE = /^(?:在)?(各(?:[\u4e00-\u9fff]{0,3}?)(?:堂区|社区|街道|乡镇|县|区|镇|村))(?:都|均)?(?:设立|建成|建有|设置|配备|建设|打造)([\u4e00-\u9fff(“].{1,24})$/u;

/** A value's comparator in a list of values: its own, else the one written after the list's last value (80%、70%左右). */
/**
 * The op of a level reported reached: 控制在5.2% says where the rate stood (5.2%), as 控制在5%以内 says at most 5%; a
 * target's 控制在 is a ceiling (it was read as one here too, and Outcomes took the figure for a bound).
 */
function reachedOp(op: Op, q: Quantity, clause: string): Op {
  if (op !== '<=' || !clause.startsWith('控制在', q.opStart)) return op;
  return /以内|之内|以下/u.test(clause.slice(q.end, q.opEnd)) ? op : '=';
}

function listOp(own: Op, pairs: readonly { q: Quantity }[]): Op {
  if (own !== '=' || pairs.length < 2) return own;
  const last = pairs[pairs.length - 1]?.q;
  // Only 左右/约 (80%、70%左右): a floor written after the last value is that value's own (100%和90%以上).
  return last && last.op === '~' && last.opEnd > last.end ? '~' : own;
}

const CITED_TARGET = /目标(?:任务|值)?$|^(?:超额)?完成[^,;]{0,12}目标/u;

/** Predicates that say a programme's count is a level reached or kept (提升至, 扩大到, 不低于), not work done. */
const PROGRAMME_LEVEL = /(?:达到|稳定在|保持在|维持在|不低于|不少于|控制在)$/u;
/** What a count of people or things held is named by (参保人数, 床位总数): a stock, never work done. */
const STOCK = /(?:人数|总数|总量|数量|数目|规模)$/u;
/** A time something takes (轮候…的平均时间, 办理时限) in units of time. */
const DURATION = /(?:时间|时长|时限|周期)$/u;
const DURATION_UNIT = /^(?:个月|月|天|日|个工作日|工作日|周|小时|分钟)$/u;
const PROGRAMME_MOVE = /(?:提高|提升|增加|扩大|缩短|减少|降低|延长)(?:到|至)$|增至$/u;

const SCOPE_HEAD = /^(?:各(?:县区|县\(市、区\)|区县|县|区|乡镇|街道|市)|全(?:市|区|县|省))?(?:共|均|都|累计)?/u;

/** Where the last year mark before `at` stands in its sentence (-1: none). */
function lastBefore(facts: SentenceFacts, at: number): number {
  // The marks are in text order: a binary search, so a sentence of thousands of values is not rescanned per value.
  let lo = 0;
  let hi = facts.years.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((facts.years[mid]?.index ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return facts.years[lo - 1]?.index ?? -1;
}

interface Reach {
  value: number | null;
  op: Op;
  year: number | null;
  yearFrom: number | null;
}

/**
 * The value, year and period of an achievement read in a clause: a past value itself, or the start value of
 * 由X提高到Y before a target. Year: as stated before the value; else the end of the period a review section
 * reports on (a 十四五 plan's 发展基础 → 2020); else the issue year (the text speaks of the present).
 */
/**
 * The year the ;-item before a sentence dated a level it reached (…2022年达到91.5%,…;), when the paragraph's text since
 * its last 。 is one such item and that year is before `fallback`; else null.
 */
function listYear(paragraph: string, fallback: number | null): number | null {
  if (fallback === null || paragraph.charCodeAt(paragraph.length - 1) !== 0x3b) return null;
  const tail = paragraph.slice(Math.max(paragraph.lastIndexOf('。'), paragraph.length - LIST_REACH) + 1, -1);
  if (tail.includes(';') || /将|力争|争取|计划|目标|到20\d\d年/u.test(tail.replace(/(?:完成|达到)[^,;。]{0,8}的规划目标/gu, ''))) return null;
  const dated = /^[^,;。\d]{2,30}?(20\d\d)年(?:底|末)?(?:已)?(?:达到|达|为)\d/u.exec(tail);
  const year = dated ? Number(dated[1]) : null;
  return year !== null && year < fallback ? year : null;
}

/** A sentence of a paragraph that opens with its year (截至2025年底, 2025年新建…), and what it goes on to say. */
const SENTENCE_YEAR = /(?:^|[。;!?])\s*(?:\([一二三四五六七八九十\d]{1,3}\)\s*)?(?:截至|截止)?(20\d\d)年(?:底|末)?([^。;!?]*)/gu;
/** How far back in its paragraph a level looks for the sentence that dated it (a few sentences). */
const PARAGRAPH_REACH = 600;
/** Words that put a figure now, not in the year before it (目前, 现有, 今年). */
const NOW_WORD = /目前|当前|现有|现时|今年|本年/u;

/**
 * The year the last sentence of `paragraph` that opens with one and states figures speaks of, when the sentences after
 * it name no other year and the value's sentence says nothing of now (`before`: its text up to the value); only a year
 * before `fallback`.
 */
function paragraphYear(paragraph: string, before: string, fallback: number | null): number | null {
  if (fallback === null || NOW_WORD.test(before)) return null;
  // Only the paragraph's last sentences, from a sentence's start: a paragraph of 100,000 values is not read again for each.
  const cut = paragraph.length > PARAGRAPH_REACH ? paragraph.indexOf('。', paragraph.length - PARAGRAPH_REACH) : 0;
  if (cut < 0) return null;
  const near = cut === 0 ? paragraph : paragraph.slice(cut);
  if (!near.includes('年')) return null;
  let year: number | null = null;
  let end = 0;
  SENTENCE_YEAR.lastIndex = 0;
  for (let m = SENTENCE_YEAR.exec(near); m !== null; m = SENTENCE_YEAR.exec(near)) {
    // (Only a sentence that states figures of its year: 2022年,…制定了…计划 narrates, it dates no level after it.)
    year = /\d/u.test(m[2] ?? '') ? Number(m[1]) : null;
    end = m.index + m[0].length;
    if (m[0].length === 0) SENTENCE_YEAR.lastIndex++;
  }
  if (year === null || year >= fallback || /20\d\d年|今年|目前/u.test(near.slice(end))) return null;
  return year;
}

function achievedOf(a: {
  ctx: ClauseContext;
  opts: ProseOptions;
  past: boolean;
  pending: { value: number; op: Op; year: number | null } | null;
  at: number;
  kind: TargetKind;
}): Reach {
  const { ctx, opts } = a;
  const at = a.at;
  // Stated when a year marker comes before it (the first one is enough to know; yearOf finds the nearest).
  const first = ctx.facts.years[0];
  const dated = first !== undefined && first.index < at ? yearOf(ctx.facts, at, opts.period, null) : null;
  const mark = dated?.stated ? dated : null;
  const period = opts.period;
  // A past section of a year's programme or work report (过去一年, 2025年工作回顾) reviews the year before it, not five.
  const lastPeriod = period ? { start: period.start - (period.end > period.start ? 5 : 1), end: period.start - 1 } : null;
  const reviewed = ctx.section.past ? (ctx.section.pastPeriod ?? lastPeriod) : ctx.reportedOn;
  // A report of results speaks of its own period; a plan's present is the year before its period.
  // A mid-term evaluation's present is neither (null, unless it is dated).
  const fallback = reviewed?.end ?? opts.now ?? (period && !(ctx.results && opts.midterm === true) ? (ctx.results ? period.end : period.start - 1) : null);
  // 去年/上年 before the value: the year before the one the text was issued in.
  // 去年/上年 before the value: the year before the one the text was issued in, or before the year stated ahead of it
  // (a dateline's 2026年3月2日,…去年…).
  const flow = a.kind === 'cumulative' || a.kind === 'increment';
  const text = ctx.sentence.text.slice(0, at);
  const lastAt = Math.max(text.lastIndexOf('去年'), text.lastIndexOf('上年'));
  const lastYear =
    lastAt < 0 ? null : mark ? (mark.year !== null && lastAt > lastBefore(ctx.facts, at) ? mark.year - 1 : null) : opts.now != null ? opts.now - 1 : null;
  // "学前教育毛入园率2022年达到91.5%,…;高中阶段教育毛入学率达到93.8%,…": a level reached in a ;-item with no year of
  // its own is of the year the item before it reached its level in (it was read as of the report's year).
  const listed = !mark && a.past && !flow ? listYear(ctx.paragraph, fallback) : null;
  // "截至2025年底,全市共有养老机构326家…。护理型床位占比达到58.6%": in a text dated only by when it was issued, a level
  // with no year of its own is of the year an earlier sentence of its paragraph opened with (it was the issue year's).
  // (So under a 发展基础 heading: 截至2024年底,…。每千人口…托位数达到3.9个 is of 2024, not of the period's end — a 2025 target
  // was judged by it.)
  const underReview = ctx.section.past && reviewed !== null && fallback === reviewed.end;
  const opened = !mark && listed === null && a.past && !flow && (underReview || (!reviewed && opts.now != null && fallback === opts.now)) ? paragraphYear(ctx.paragraph, text, fallback) : null;
  // ("“十四五”时期,…控制在5.5%以内;基本养老保险参保人数达到586万人": the ;'s clause is of the year the report before it
  // stated, 2025.)
  const year = !a.past && a.pending ? a.pending.year : (lastYear ?? (mark ? mark.year : (listed ?? (a.past ? ctx.reportedYear : null) ?? opened ?? fallback)));
  // A total or flow over a past period the sentence names (“十四五”期间累计新增… in a 十五五 plan) spans its five years.
  // (A flow of one year named alone has no span: year_from null, as the labelling policy has it.)
  // (截至2023年底,累计新增… in a mid-term evaluation: counted since its plan began, as 2021—2023年累计 says.)
  const since = mark?.upTo && mark.year !== null && goalsAheadOf(opts, ctx) && opts.period && opts.period.start < mark.year && mark.year <= opts.period.end ? opts.period.start : null;
  const yearFrom = !a.past || !flow ? null : mark ? (mark.from ?? since) : reviewed && reviewed.start < reviewed.end ? reviewed.start : null;
  return { value: a.past ? null : (a.pending?.value ?? null), op: a.pending?.op ?? '=', year, yearFrom };
}
