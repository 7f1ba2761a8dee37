// What a value in a sentence is the target of: its subject before a predicate (参保率稳定在…), the work
// around it (新增托位132个, 建成5个平台), the items of 分别 lists and of shared predicates.
import { INDICATORS, matchIndicator, normalizeIndicatorName } from '../catalog/catalog';
import { INDICATOR_ROWS } from '../catalog/catalog-indicators';
import { isRateUnit, type Quantity } from './quantities';
import { hasCode, splitList } from './scan';

export const PREDICATE =
  /(?:(?:达到|实现)并(?:保持在|稳定在|维持在)|达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增至|降低到|降低至|降至|下降到|下降至|缩短到|缩短至|减少到|减少至|扩大到|扩大至|扩充到|扩充至|延长到|延长至|稳定在|保持在|保持|控制在|维持在|调整为|调整到|约为|约占|占|约达|实际完成|不低于|不少于|不超过|超过|高于|低于|为|在|至|(?:达到|占|维持在|保持在|稳定在|控制在)[^,]{1,12}的)$/u;
// (以乡镇(街道)为单位 says over what a rate is counted, before what is measured: no part of its name. A symbol or emoji a
// post's list opens with, ✅ 👉 💡, and the ellipsis ……, are none either.)
export const LEADING_CONTEXT =
  /^(?:以[\u4e00-\u9fff()、]{1,12}?为单位|[\p{So}]|\u2026{2}|[、,和及与并且以而;:\s▶►•●◆■□☆★※*·\-—]|\d{1,2}[.、)]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\(?其中[:]?|到20\d\d年(?:底|末)?前?|(?:在|于)?20\d\d年(?:底|末)?(?:或之前|之前|前)?|(?:在|于)?20\d\d\/\d\d年度|(?:在|于)?“十[三四五六]五”(?:末|期间|时期)?|(?:在|于)?十[三四五六]五(?:末|期间|时期)?|(?:在)?未来(?:\d+|[两二三四五六七八九十])年(?:内)?|第[一二三四五六七八九十百零〇\d]{1,6}段|(?:政府|我们)的目标是|目标是(?=在20|于20|把)|规划期内|力争|争取|确保|至少|最少|最多|至多|(?:为|对|向|给)(?=全|辖区|本[市区县])|辖区|全市|全区|全县|全省|全州|全旗|全新区|该(?:省|市(?!场)|县|区(?!域|间)|州|旗|盟)|我们|我市|我区|我县|本市|本县|本区(?!域)|还将|还要|也将|也要|(?:亦|也|还|将)?会(?=额外|再|为|新增|增加|提供|设立|推出|开设|建成|增设|把|在20|在未来)|目标(?=在20|于20|把)|把(?!握|关)|同时|年内|今年|全年(?=新增|新建|增加|增设|建设|改扩建|开展|培训|完成|建成|改造|实施|发放|提供|帮助|举办|组织|募集|招收|招聘|救助)|(?:预计|预测)(?=20\d\d年|[\u4e00-\u9fff])|去年|上年|计划|拟(?=[\u4e00-\u9fff]{2})|将|进一步|额外|另行|再(?=新增|新建|增加|增设|建成|建设|改造|改扩建|培训|完成|开展)|原则上|持续|逐步|到|实现|推动|使|保持(?=[\u4e00-\u9fff]{2,24}(?:率|比例|占比|比重)$)|支持(?=建设|新建|改造|改扩建|创建|打造|培育|建成))+/u;
// The lookbehind keeps it linear: a match never starts right after a filler word (the word's own start finds it).
// 仅 (only) before a figure a report finds short (持证养老护理员仅4200人, 运营率仅为60%) is no part of what is counted.
export const TRAILING_FILLER = /(?<!均|都|分别|也|总体|全部|基本|将|要|的|力争|争取|仅|计划)(?:均|都|分别|也|总体|全部|基本|将|要|的|力争|争取|仅|计划)+$/u;

// PREDICATE and TRAILING_FILLER only match at the end of a text: one that does not end with the last character of
// one of their words has no match, and is not searched (the expressions would be tried at every character of it).
// The last character is read by code (a one-character string made and hashed per name cost more than the test).
const PREDICATE_LAST = '到达至在持为于过的占成';
const FILLER_LAST = '均都别也体部本将要的争取仅划';

/** `PREDICATE.exec(s)`. */
export function predicateOf(s: string): RegExpExecArray | null {
  // '' is tested apart: reading out of bounds threw away the callers' optimised code.
  return s !== '' && hasCode(PREDICATE_LAST, s.charCodeAt(s.length - 1)) ? PREDICATE.exec(s) : null;
}

/** `s.replace(TRAILING_FILLER, '')`. */
export function withoutTrailingFiller(s: string): string {
  return s !== '' && hasCode(FILLER_LAST, s.charCodeAt(s.length - 1)) ? s.replace(TRAILING_FILLER, '') : s;
}
/** Verbs of work that a count follows or precedes (新建5个…, 改造…4个). */
export const WORK_VERB =
  /(?:新增|新建|新开工改造|新开工|新改扩建|改扩建|新建改建|改建|扩建|改造|建设|建成|建有|建立|完成|开展|培育|创建|回引|吸引|引入|引进|举办|组织|提供|支持|优化升级|选树|迁建|开工建设|开工改造|开工|竣工|恢复重建|培训|打造|实施|救助|帮助|资助|开办|推出|交付|加装|培养|筛查|增设|配建|配置|配备|安装|更新|铺设|整治|开通|开设|设立|办好|提升|招聘|招募|发放|慰问|走访|覆盖|认定|扶持|安置|筹措|筹集|放映|供应|贯通|修缮|维修|接种|检查|体检|惠及|服务|选派|评选|命名)$/u;

export interface Candidate {
  q: Quantity;
  /** Clause text between the previous kept value and this one. */
  pre: string;
  /** Clause text between this value and the next kept one. */
  post: string;
  skip: boolean;
}

/**
 * The first character of every alternative of LEADING_CONTEXT (its \\s aside): a text opening with none of them has
 * no leading context, and is not matched against each alternative.
 */
const LEADING_FIRST = '该第政把目在于支保、,和及与并且以而;:▶►•●◆■□☆★※*·-—0123456789(一二三四五六七八九十其到“力争确至最为对向给辖全我本年今计将进原持逐实推使还也同去上未规拟…预';
/** What String.prototype.trim() drops: WhiteSpace and LineTerminator (ECMAScript), each one UTF-16 unit. */
export const TRIMMED = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/**
 * Per UTF-16 unit, whether a text opening with it may have leading context to strip: one of LEADING_FIRST, or a
 * character trim() drops. Read by code, so no one-character string is made (and hashed) per name.
 */
const MAY_LEAD = (() => {
  const t = new Uint8Array(0x10000);
  for (const ch of LEADING_FIRST + TRIMMED) t[ch.charCodeAt(0)] = 1;
  // Symbols and emoji (\p{So}): the BMP's symbol blocks, and the high surrogates of the emoji planes.
  for (let c = 0x2190; c <= 0x2bff; c++) t[c] = 1;
  for (let c = 0xd83c; c <= 0xd83e; c++) t[c] = 1;
  return t;
})();

/** The body that will do the work, named before it in a report (市卫健委将新增…, 区民政局还将…, 政府会把…): not what is measured. */
const ACTOR_WILL = /^[\u4e00-\u9fff]{0,8}?(?:委|局|厅|办|政府|部门)(?:还将|也将|将|要|(?:亦|也|还)?会(?=把|在20|为|新增|增加|提供|设立|增设))/u;

/** Whether 将, 要 or 会 is among the first `n` characters of `s`. */
function willWithin(s: string, n: number): boolean {
  const end = Math.min(n, s.length);
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c06 /* 将 */ || c === 0x8981 /* 要 */ || c === 0x4f1a /* 会 */) return true;
  }
  return false;
}

export function stripLeading(s: string): string {
  // Only a text with 将, 要 or 会 in its first 14 characters can open with a body that will act.
  const acting = willWithin(s, 14) ? s.replace(ACTOR_WILL, '') : s;
  if (acting.length > 0 && MAY_LEAD[acting.charCodeAt(0)] === 0) return acting.trim();
  return acting.replace(LEADING_CONTEXT, '').trim();
}

/**
 * Verbs of hiring or sending that come before the people counted (选聘社会工作者200名): not part of the name, nor 补充
 * after one (招聘补充中小学教师 → 中小学教师, the teachers hired; it was 补充中小学教师).
 */
const HIRING = /^(?:选聘|招聘|聘用|招募|选派|遴选|配备)(?:补充)?(?=[\u4e00-\u9fff]{2})/u;

/** 帮助 before the people whose jobs are counted (帮助失业人员再就业1.5万人): what is counted is their (re)employment. */
const HELPED = /^帮助(?=[\u4e00-\u9fff]{2,}?(?:再就业|就业|创业)$)/u;

/** A target's name without a hiring verb before the people it counts, nor 帮助 before those it finds jobs for. */
export function withoutHiringVerb(name: string): string {
  return name.replace(HIRING, '').replace(HELPED, '');
}

/** Footnote marks (① ⑴ ⒈ ❶ ㉑, also in brackets: [1] is not one) a plan writes after a name: 千人口托位数①达到… */
const NOTE_MARK = /[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]/gu;

/** A name without the footnote marks written in it (千人口托位数① → 千人口托位数). */
export function withoutNoteMarks(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 0x2460 && c <= 0x24ff) || (c >= 0x2776 && c <= 0x2793) || (c >= 0x3251 && c <= 0x32bf)) return name.replace(NOTE_MARK, '');
  }
  return name;
}

/** A year written between what is measured and its verb (学前教育毛入园率2022年达到91.5%): when, not what. */
const TRAILING_YEAR = /(?<=[\u4e00-\u9fff)])(?<![比较与同至到从由])(?:在|于)?20\d\d年(?:底|末)?$/u;

export function stripName(s: string): string {
  const name = withoutTrailingFiller(stripLeading(s)).replace(/^[的、,]+/u, '').trim();
  const last = name.charCodeAt(name.length - 1);
  return last === 0x5e74 /* 年 */ || last === 0x5e95 /* 底 */ || last === 0x672b /* 末 */ ? name.replace(TRAILING_YEAR, '') : name;
}

/** The verb that opens the 的 clause of a share (…达到服务能力标准的比例, …设置老年医学科的比例). */
const SHARE_CLAUSE = /(?:达到|设置|开设|设立|具备|实现|开展|提供|建有|配备|通过|纳入|参加|接受)[^,;。]{1,16}的(?:比例|占比|比重)$/u;

const METRIC_HEAD = /(?:参保人数|参保率|覆盖率|毛入学率|入学率|巩固率|筛查率|检查率|人数|比例|占比|率|数)$/u;

/** Every word the catalog knows a measure by (names, synonyms, rule terms): the nouns modifiers attach to. */
const CATALOG_WORDS = INDICATOR_ROWS.flatMap((r) => [r.zh, ...r.synonyms, ...r.rules.flatMap((m) => [...m.all.flat(), ...(m.none ?? [])])]).join('|');

/** Whether the catalog's vocabulary holds `s` (as a word or inside one). */
const known = (s: string) => s.length >= 2 && CATALOG_WORDS.includes(s);

/**
 * How many characters (2–4) at the end of a list item make a catalog word with the first two of `noun` (养老 + 保险),
 * or 0; also 0 when the item already ends with the noun.
 */
function modifierBefore(item: string, noun: string): number {
  if (item.endsWith(noun)) return 0;
  const lead = noun.slice(0, 2);
  for (let n = 2; n <= 4; n++) if (item.length >= n && known(item.slice(-n) + lead)) return n;
  return 0;
}

/**
 * The head a list of modifiers shares with its last item: "养老、医疗保险参保率" shares 保险参保率 (养老保险 is a
 * catalog word), "普惠性、公办幼儿园在园幼儿占比" shares 幼儿园在园幼儿占比 (普惠性幼儿园 is one), "婴儿和孕产妇死亡率"
 * shares 死亡率 (a bare 率 or 数 widens to its two-character word). `completed`: a modifier needed the last
 * item's noun to make a word, which says the items are parallel. A scope before the first modifier
 * (城乡居民养老、医疗保险参保率, 城乡居民养老保险和医疗保险参保率) belongs to the whole list: `scope` is it.
 */
function sharedHead(earlier: readonly string[], last: string, metric: string): { head: string; scope: string; completed: boolean } {
  // "乡镇卫生院和社区卫生服务中心达到服务能力标准的比例": units, then the 的 clause that says what each share counts;
  // the clause, from its verb on, is the head every unit shares.
  const clause = SHARE_CLAUSE.exec(last);
  if (clause && clause.index >= 2) return { head: last.slice(clause.index), scope: '', completed: false };
  let head = metric;
  if ((metric === '率' || metric === '数') && last.length >= 4 && /[\u4e00-\u9fff]{2}$/u.test(last.slice(0, -1))) {
    // The last item's own noun of people ends like the earlier ones (老年人 | 残疾人, 从业者, 人员): the head is
    // what follows it (健康管理率); else the rate's two-character word (死亡率).
    const ends = new Set(earlier.map((it) => it.slice(-1)).filter((c) => /[人者员户]/u.test(c)));
    let at = -1;
    for (let i = last.length - 4; i >= 1 && at < 0; i--) if (ends.has(last[i] ?? '')) at = i;
    head = at >= 1 && last.length - at - 1 <= 6 ? last.slice(at + 1) : last.slice(-3);
  }
  // "职工医保和居民医保政策范围内住院费用基金支付比例": the items end alike (医保), and what follows that ending in the
  // last item is the head they share.
  const common = commonEnding(earlier, last, head);
  if (common) return { head: common, scope: '', completed: true };
  const rest = last.slice(0, -head.length);
  const first = earlier[0] ?? '';
  // Modifier lists are short; a long run of items is no such list (and each item costs catalog look-ups).
  if (earlier.length > 8) return { head, scope: '', completed: false };
  for (let k = Math.min(12, rest.length - 1); k >= 2; k--) {
    const noun = rest.slice(-k);
    if (!earlier.every((it) => modifierBefore(it, noun) > 0)) continue;
    // The scope is the first item's words before a modifier as long as the last item's own (养老 | 医疗).
    const own = modifierBefore(first, noun);
    const scope = rest.length - k === own ? first.slice(0, first.length - own) : '';
    return { head: noun + head, scope: isScope(scope) ? scope : '', completed: true };
  }
  // Whole modifiers (养老保险, 医疗保险): a longer first item carries the list's scope before its own.
  const own = first.slice(-rest.length);
  const scope = first.length > rest.length && known(rest) && known(own) ? first.slice(0, -rest.length) : '';
  return { head, scope: isScope(scope) ? scope : '', completed: false };
}

/**
 * The head after an ending every item shares (职工医保 | 居民医保政策范围内…比例 → 政策范围内…比例), or null: the ending
 * (two to four characters) closes each earlier item and stands inside the last one after its own words.
 */
function commonEnding(earlier: readonly string[], last: string, metric: string): string | null {
  const first = earlier[0] ?? '';
  for (let n = Math.min(4, first.length - 1); n >= 2; n--) {
    const ending = first.slice(-n);
    if (!earlier.every((it) => it.length > n && it.endsWith(ending))) continue;
    const at = last.indexOf(ending, 1);
    const head = at > 0 ? last.slice(at + n) : '';
    if (head.length >= 2 && head.endsWith(metric) && head.length > metric.length) return head;
  }
  return null;
}

/** Words that can scope a whole list (城乡居民, 城镇职工基本); an age or number (5岁以下) belongs to its own noun. */
function isScope(s: string): boolean {
  return s.length >= 2 && !/[\d以岁]/u.test(s);
}

function bigrams(s: string): string[] {
  // The characters are spread once, not once per character (quadratic on a long subject).
  const chars = [...s];
  return chars.slice(0, -1).map((c, i) => c + (chars[i + 1] ?? ''));
}

function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = new Set(bigrams(b));
  if (x.length + y.size === 0) return 0;
  return (2 * x.filter((g) => y.has(g)).length) / (x.length + y.size);
}

// Only catalog names that themselves join items with 和/、 say that such a list is one indicator.
const JOINED_NAMES = INDICATORS.flatMap((i) => [i.zh, ...i.synonyms])
  .filter((n) => /和|、|及|与/u.test(n))
  .map(normalizeIndicatorName);

/** Whether a name is (nearly) a catalog indicator's own wording with a 和 in it, so the 和 is part of the name. */
function isCatalogName(name: string): boolean {
  const n = normalizeIndicatorName(name);
  return JOINED_NAMES.some((c) => dice(n, c) >= 0.75);
}

/** Splits "A和B参保率" into ["A参保率", "B参保率"] when the items are parallel; `catalogOnly`: only into distinct catalog indicators. */
export function splitParallel(subject: string, forced: boolean, catalogOnly = false): string[] {
  const items = splitList(subject).map((s) => s.trim()).filter((s) => s.length > 0);
  if (items.length < 2) return [subject];
  const last = items[items.length - 1] ?? '';
  const earlier = items.slice(0, -1);
  const metric = METRIC_HEAD.exec(last)?.[0];
  if (!metric) return [subject];
  // "九年义务教育巩固率和高中阶段毛入学率分别达到98%和95%": in a 分别 list, items that each name a rate of their own are
  // whole names — a head shared from the last (毛入学率) made 九年义务教育巩固率毛入学率.
  if (forced && earlier.every((it) => WHOLE_RATE.test(it))) return perCapitaShared(items);
  // "乡镇卫生院和社区卫生服务中心达到服务能力标准的比例": with one value, the share of both kinds of unit that meet
  // what the 的 clause says — one measure, not a bare 乡镇卫生院比例 beside the rest.
  if (!forced && /的(?:比例|占比|比重)$/u.test(last)) return [subject];
  const shared = sharedHead(earlier, last, metric);
  const { scope, completed } = shared;
  const head = placeHead(earlier, last) ?? shared.head;
  const lastGrams = new Set(bigrams(last));
  const similar = earlier.every((it) => bigrams(it).some((g) => lastGrams.has(g)));
  const catalogBacked = completed && distinctIndicators(items, head);
  if (catalogOnly ? !catalogBacked : !forced && !similar && !catalogBacked) return [subject];
  // "婴儿死亡率、孕产妇死亡率": every item is a whole name already.
  if (earlier.every((it) => it.endsWith(metric) && it.length > metric.length)) return forced ? perCapitaShared(items) : [subject];
  if (earlier.some((it) => it.endsWith(metric))) return [subject];
  // "失能、半失能老年人集中照护率": the list qualifies one noun (an earlier item recurs inside the last one's
  // first word), so the name stays whole.
  const lastLead = last.slice(0, Math.max(...items.slice(0, -1).map((it) => it.length)) + 2);
  if (!forced && items.slice(0, -1).every((it) => it.length <= 3 && lastLead.includes(it))) return [subject];
  const split = items.map((it, i) => (i > 0 && !it.startsWith(scope) ? scope : '') + (i === items.length - 1 ? it : it + head));
  // One catalog indicator whose name holds a list (困难残疾人生活补贴和重度残疾人护理补贴覆盖率) stays whole,
  // unless its parts are catalog indicators of their own (养老保险和医疗保险参保率).
  if (!forced && isCatalogName(subject)) return [subject];
  return perCapitaShared(split);
}

/** A rate, share or ratio named in full: at least two characters of what it is of before the rate word. */
const WHOLE_RATE = /^[\u4e00-\u9fff]{2,}(?:率|比例|占比|比重)$/u;

/** A per-capita head (每千常住人口, 每万名老年人拥有) that the later items of a list share with the first. */
export const PER_CAPITA = /^每[千万百](?:常住)?(?:人口|人|户|名老年人)?(?:拥有)?/u;

/** "每千人口执业(助理)医师数、注册护士数": the later items are per thousand too (每千人口注册护士数). */
export function perCapitaShared(items: string[]): string[] {
  const head = PER_CAPITA.exec(items[0] ?? '')?.[0];
  return head ? items.map((it, i) => (i > 0 && !PER_CAPITA.test(it) ? head + it : it)) : items;
}

/**
 * "城市和农村社区综合服务设施覆盖率", "县级和乡镇养老服务中心覆盖率": places or levels before one noun; the head is the
 * last item after its own place (社区综合服务设施覆盖率), or null when the items are not places.
 */
function placeHead(earlier: readonly string[], last: string): string | null {
  if (!earlier.every(isPlaceOrLevel)) return null;
  for (let n = 2; n <= 4; n++) if (isPlaceOrLevel(last.slice(0, n)) && last.length - n >= 3) return last.slice(n);
  return null;
}

/** 城市, 农村, 县级: a place or level of two to four characters. */
function isPlaceOrLevel(s: string): boolean {
  return s.length >= 2 && s.length <= 4 && (QUALIFIER_END.test(s) || /级$/u.test(s));
}

/**
 * Without 分别 or 均, a list whose modifiers only complete a catalog word (养老、医疗保险参保率) is split only when
 * each part is its own catalog indicator; 公办和普惠性民办幼儿园覆盖率 stays one measure.
 */
function distinctIndicators(items: readonly string[], head: string): boolean {
  const ids = items.map((it, i) => matchIndicator(i === items.length - 1 ? it : it + head)?.id ?? null);
  return ids.every((id) => id !== null) && new Set(ids).size === ids.length;
}

/** A work verb that opens a name (新建街道综合养老服务中心): what is counted is the rest. */
const WORK_VERB_HEAD = new RegExp(`^(?:至少)?(?:${WORK_VERB.source.slice(3, -2)})`, 'u');

/** A name without the work verb it opens with (新建街道综合养老服务中心 → 街道综合养老服务中心). */
export function withoutWorkVerb(name: string): string {
  return name.replace(WORK_VERB_HEAD, '');
}

export interface NameResult {
  names: string[];
  verb: string;
  /** Clause-relative range the quote covers. */
  start: number;
  end: number;
  /**
   * A count of those a service or work is for (为3000户…开展适老化改造): work done, a flow. Always set, so every result
   * has one object shape and the prose reader's optimised code is not thrown away for a second one.
   */
  served: boolean;
}

const NEXT_WORK = /新增|新建|建成|配建|增设|改造|提供|开设|培育/u;

const PURPOSE = /^以[^,;。]{1,40}?为(?:主|重点|核心|主体)的/u;

/** The noun a count is followed by ("5个智慧养老服务平台"), up to the next list item; a bare parenthetical note is not one. */
function nounAfter(post: string, hasNext: boolean): string {
  // "1所以失能、部分失能特困人员专业照护为主的县级供养服务设施": what it is for (以…为主的) only describes the noun after it.
  const purpose = PURPOSE.exec(post)?.[0] ?? '';
  if (purpose) return purpose + nounAfter(post.slice(purpose.length), hasNext);
  let raw = beforeQizhong(/^(?:[^、,;及]|(?<=以)及)*/u.exec(post)?.[0] ?? '');
  // "新建5所学校新增学位3000个": the next value's work starts at its verb, so this noun stops there.
  const verb = hasNext ? NEXT_WORK.exec(raw.slice(2)) : null;
  if (verb) raw = raw.slice(0, verb.index + 2);
  // "1000场社区公益电影放映服务以及1000场艺术导赏": 以及 before the next item joins the list, as 和 does (the name
  // ran on into 以及); 以及 before a noun of its own stays in the name (its 及 is no stop).
  const noun = raw.replace(/(?<![和与等])(?:[和与等]|以及)+$/u, '');
  return noun.startsWith('(') && noun.endsWith(')') ? noun.replace(/^\([^()]*\)$/u, '') : noun;
}

/** `s.replace(/\(?其中.*$/u, '')` without rescanning the rest of the text from every 其中 (`.` stops at line ends). */
function beforeQizhong(s: string): string {
  let lineStart = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      lineStart = i + 1;
      break;
    }
  }
  const at = s.indexOf('其中', lineStart);
  if (at < 0) return s;
  return s.slice(0, at > 0 && s[at - 1] === '(' ? at - 1 : at);
}

/**
 * What `/^(.*?)([^和、]+)和([^和、]+?)((?:项目|活动|工作)?)$/u` captures (A和B活动 → prefix, A, B, 活动),
 * found with lastIndexOf so a long name is read in linear time.
 */
function pairAroundAnd(name: string): [string, string, string, string] | null {
  const and = name.lastIndexOf('和');
  if (and <= 0) return null;
  const tail = name.slice(and + 1);
  if (tail === '' || tail.includes('、')) return null;
  const itemStart = Math.max(name.lastIndexOf('和', and - 1), name.lastIndexOf('、', and - 1)) + 1;
  if (itemStart >= and) return null;
  const prefix = name.slice(0, itemStart);
  if (/[\n\r\u2028\u2029]/u.test(prefix)) return null;
  const suffix = tail.length > 2 && /(?:项目|活动|工作)$/u.test(tail) ? tail.slice(-2) : '';
  return [prefix, name.slice(itemStart, and), tail.slice(0, tail.length - suffix.length), suffix];
}

/** Urban / rural qualifiers a sentence contrasts (城市…,农村…): alone before a predicate, they name no measure. */
const PLACES = '城市|城镇|城区|市区|县城|农村|乡村|农村地区|城市地区|乡镇|农牧区|牧区';
// (…覆盖率城市社区达到95%、农村社区达到70%: the place with its 社区 is as bare.)
const PLACE_ONLY = new RegExp(`^(?:${PLACES})(?:社区)?$`, 'u');
const PLACE_OPEN = new RegExp(`^(?:${PLACES})`, 'u');

/** The measure of `previous` for another place: its own place swapped (城市社区…覆盖率 → 农村社区…覆盖率), else marked. */
function placeFor(previous: string, place: string): string | null {
  const open = PLACE_OPEN.exec(previous)?.[0];
  if (open === place) return null;
  const rest = open ? previous.slice(open.length) : '';
  // 农村社区 for 城市社区…覆盖率: the 社区 both have is written once.
  if (open) return rest.length >= 2 ? (place.endsWith('社区') && rest.startsWith('社区') ? place.slice(0, -2) : place) + rest : null;
  return `${previous}(${place})`;
}

export function nameFor(
  c: Candidate,
  clause: string,
  subject: string,
  hasPredicate: boolean,
  clauseVerb: string,
  previousName: string | null,
  perUnit: (text: string) => RegExpExecArray | null,
  /** The last value read before this sentence in its paragraph, in the same unit: what a bare quota may count. */
  beforeName: string | null = null,
): NameResult | null {
  const { q } = c;
  const cleanSubject = stripName(subject);
  const nounRaw = nounAfter(c.post, q.opEnd + c.post.length < clause.length);
  const noun = stripName(nounRaw.replace(PURPOSE, ''));
  const nounEnd = q.opEnd + nounRaw.length;
  const at = (part: string) => {
    const i = part ? clause.lastIndexOf(part, q.opStart) : -1;
    return i >= 0 ? i : q.opStart;
  };
  // "为两万名长者提供上门服务": 为 is "for", not "is" — the people served and the service are the name (长者上门服务).
  // (为辖区/为全市 … are the same: the place words are left out first.)
  // (每年为N名…: a frequency before it is the record's per, not its name.)
  // (A list number before it, (一)每年为…, is no part of either.)
  const pre = LIST_NUMBER.test(c.pre) ? c.pre.replace(LIST_NUMBER, '') : c.pre;
  const freq = /^\s*每(?:年|月|季度|周)/u.test(pre) ? perUnit(pre) : null;
  const forPart = freq ? pre.slice(freq.index + freq[0].length) : c.pre;
  // (累计为N名… is a total of the same: 累计 says the kind, as before any other count.)
  const servedNoun = /为(?:全市|全区|全县|全省|辖区|本[市区县])?\s*$/u.test(forPart) && ['', '为'].includes(stripLeading(forPart).replace(/^累计(?=为)/u, '')) ? servedService(noun) : null;
  if (servedNoun) return { names: [servedNoun], verb: '', start: at(c.pre.trim()), end: nounEnd, served: true };
  if (hasPredicate) {
    // "城市社区养老服务设施覆盖率达到100%,农村达到80%": a bare place stands for the measure just named, there.
    const elided = previousName && PLACE_ONLY.test(cleanSubject) ? placeFor(previousName, cleanSubject) : null;
    if (elided) return { names: [elided], verb: '', start: at(cleanSubject), end: q.opEnd, served: false };
    if (cleanSubject.length >= 2) return { names: [cleanSubject], verb: '', start: at(cleanSubject), end: q.opEnd, served: false };
    if (noun.length >= 2) return { names: [noun], verb: '', start: at(c.pre.trim()), end: nounEnd, served: false };
    if (previousName) return { names: [previousName], verb: '', start: at(c.pre.trim()), end: q.opEnd, served: false };
    return null;
  }
  // With the count after it: a unit is also known by the count that follows it (每个社区至少1个).
  const per = perUnit(c.pre + clause.slice(q.opStart, q.opEnd));
  // (每个乡镇和街道各建成1个…: 各 after the place says each again, no part of the work.)
  const lead = per ? stripLeading(c.pre.slice(0, per.index) + c.pre.slice(per.index + per[0].length).replace(/^\s*各(?=[\u4e00-\u9fff])/u, '')) : stripLeading(c.pre);
  const listItem = /[、的]$/u.test(c.pre.trim()) || lead === '';
  // 每个街道至少建有1个综合为老服务中心: what each place has is named by what is counted, not by the work or the place.
  const quota = per !== null && !/^每(?:年|月|季度|周)/u.test(per[0]);
  if (quota && noun.length >= 2 && /^[\u3400-\u9fff(“]/u.test(noun)) return { names: [noun], verb: '', start: lead && !listItem ? at(lead) : q.opStart, end: nounEnd, served: false };
  // 新建街道综合养老服务中心十五个,每个街道至少一个: a quota with no noun counts what was just counted.
  const counted = quota && noun === '' && stripName(lead).replace(WORK_VERB_HEAD, '') === '' ? withoutWorkVerb(previousName ?? beforeName ?? '') : '';
  if (counted.length >= 2) return { names: [counted], verb: '', start: at(per?.[0] ?? ''), end: q.opEnd, served: false };
  // The noun may open with an age (新增2000个3岁以下婴幼儿托位): it belongs to the noun.
  if (noun.length >= 1 && /^(?:[\u3400-\u9fff(“]|\d{1,3}(?:周)?岁)/u.test(noun)) {
    // A count before its noun: the work (verb and object before it) plus the noun after it.
    const verb = listItem ? clauseVerb : lead;
    const workVerb = WORK_VERB.test(lead) ? lead : listItem ? clauseVerb : '';
    return { names: [stripName(verb + noun)], verb: workVerb, start: verb && !listItem ? at(verb) : q.opStart, end: nounEnd, served: false };
  }
  const name = stripName(lead);
  if (name.length < 2) return null;
  // "C级巷弄长照站每年新增15处": what is counted, how often, then the work alone — the work first (新增C级巷弄长照站), as
  // 累计 between them puts it, and the quote from what is counted.
  if (per && !quota) {
    const counted = stripName(c.pre.slice(0, per.index));
    const work = c.pre.slice(per.index + per[0].length).trim();
    if (counted.length >= 2 && WORK_VERB.exec(work)?.[0] === work) return { names: [work + counted], verb: work, start: at(counted), end: q.opEnd, served: false };
  }
  // "为未成年人提供假期公益托管服务12万人次": the same service for the same people, named the same way.
  const served = servedFor(name);
  return { names: [served ?? name], verb: '', start: at(name), end: q.opEnd, served: served !== null };
}

/** A list number opening a clause: (一), 1., 2、, 一、. */
const LIST_NUMBER = /^\s*(?:\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、)]|[一二三四五六七八九十]{1,3}、)\s*/u;

/** Those served and the service (长者 提供 上门服务): the service verb between them is left out. */
const SERVED = /^([\u4e00-\u9fff\d()—–~、]{1,16}?)(?:免费)?(提供|开展|实施|进行|发放|适配|配发|安装|建立)([\u4e00-\u9fff(“][^,;。]{1,30})$/u;
/** Verbs that only say a service is given: left out of the name (the others say what the work is, and stay). */
const GIVEN = new Set(['提供', '开展', '实施', '进行', '发放']);

/**
 * The name of a count of people a service is for (为两万名长者提供上门服务, 为未成年人提供假期公益托管服务…): who
 * they are, then the service (长者上门服务, 未成年人假期公益托管服务), or null when the text is not of that shape.
 */
export function servedService(text: string): string | null {
  const m = SERVED.exec(text);
  if (!m) return null;
  const verb = m[2] ?? '';
  return `${m[1] ?? ''}${GIVEN.has(verb) ? '' : verb}${m[3] ?? ''}`;
}

/** 为 and the place the service is for (为全市, 为辖区) before those served: "for", no part of a name. */
const FOR_LEAD = /^为(?:全市|全区|全县|全省|辖区|本[市区县])?/u;

/**
 * A clause of work for people, with or without their count (为80周岁以上老年人发放高龄津贴, 为全市老年人提供免费体检):
 * who and the service as servedService names them, or null when the text does not open with 为 or is not of that shape.
 */
export function servedFor(text: string): string | null {
  const lead = FOR_LEAD.exec(text);
  return lead ? servedService(text.slice(lead[0].length)) : null;
}

/** "总量分别达到城区2.1万张、农村1.3万张": the subject before 分别 and the area named before each value. */
export const AREA_LIST = /^(.*?)分别(?:达到|达|为|提高到|增加到|稳定在|保持在|控制在)([^、,到至在][^、,]{0,7})$/u;

/** The end of a place or grade qualifier: 三类区, 城市, 农村地区. */
const QUALIFIER_END = /(?:地区|城区|城市|农村|区|县|镇|乡|村|社区|街道|类)$/u;

/**
 * "一类、二类、三类区的托位覆盖率分别达到…": the list qualifies one noun, so each value is that noun for one
 * qualifier (托位覆盖率(一类区)). The later items' shared ending (区) comes from the last one.
 */
export function qualifierList(name: string, n: number): string[] | null {
  const m = /^(.+)的([^的]+)$/u.exec(name);
  if (!m || !m[1] || !m[2]) return null;
  const items = m[1].split(/、|和|及|与/u).map((it) => it.trim()).filter(Boolean);
  if (items.length !== n || items.some((it) => it.length > 8)) return null;
  const last = items[items.length - 1] ?? '';
  const ending = QUALIFIER_END.exec(last)?.[0] ?? '';
  const noun = m[2];
  const stem = last.length - ending.length;
  return items.map((it) => `${noun}(${ending && stem > 0 && it.length === stem ? it + ending : it})`);
}

/**
 * "城乡社区综合服务设施覆盖率分别达到100%和90%": 城乡 is 城市 and 农村, one value each (城市社区…, 农村社区…). Null unless
 * the name opens with 城乡 and the list has two values.
 */
export function urbanRural(name: string, n: number): string[] | null {
  return n === 2 && name.startsWith('城乡') && name.length > 3 ? [`城市${name.slice(2)}`, `农村${name.slice(2)}`] : null;
}

/** The items of a 分别 list's name; 城乡 split in two only when the name lists nothing else (城乡居民养老、医疗保险… does). */
function parallelOrUrbanRural(name: string, n: number): string[] {
  const items = splitParallel(name, true);
  return items.length === n ? items : (urbanRural(name, n) ?? items);
}

/** Work verbs that open the first of two items counted each (组织…和…各2次): the second's work too. */
const PAIR_WORK = /^(?:新增|新建|新改扩建|改扩建|建成|建设|改造|完成|提供|举办|开展|组织|创建|打造|实施)/u;

/** The work a list of counts opens with (新增托位和养老床位): each item's. */
const COUNT_WORK = /^(?:新增|新建|新改扩建|改扩建|建成|建设|改造|培训|完成|提供)/u;

/**
 * The items of a 分别 list's name when its values count things each item names (5000个和2000张, also 5000个和3000个):
 * each item by name, the first item's work verb given to the later ones. Null unless the items are as many as the
 * values and each a noun of two to twelve characters; when values share a unit, also unless every item, its verb
 * left out, names a thing counted rather than a kind or place of one (公办和民办托位, 城市和农村养老床位, 新建和改扩建
 * 幼儿园 share the last item's noun: no pairing says which value is whose).
 */
function countedItems(name: string, group: readonly Candidate[]): string[] | null {
  const items = name.replace(/以及/gu, '和').split(/[、和及与]/u).map((it) => it.trim());
  if (items.length !== group.length || items.some((it) => it.length < 2 || it.length > 12)) return null;
  const units = new Set(group.map((g) => g.q.unit));
  if (units.has('') || group.some((g) => isRateUnit(g.q.unit))) return null;
  // "新建和改扩建幼儿园分别达到10所和8所": work verbs sharing the last item's noun, one value each.
  const last = items[items.length - 1] ?? '';
  const lastWork = COUNT_WORK.exec(last)?.[0];
  if (lastWork && last.length > lastWork.length + 1 && items.slice(0, -1).every((it) => COUNT_WORK.exec(it)?.[0] === it)) {
    const noun = last.slice(lastWork.length);
    return items.map((it, k) => (k === items.length - 1 ? last : it + noun));
  }
  const work = COUNT_WORK.exec(items[0] ?? '')?.[0] ?? '';
  if (units.size !== group.length && items.some((it) => !COUNTED_THING.test(it.replace(COUNT_WORK, '')))) return kindsOfOne(items, work);
  return items.map((it, k) => (k > 0 && work && !COUNT_WORK.test(it) ? work + it : it));
}

/**
 * "新增公办和民办托位分别达到3000个和2000个": kinds or places of one thing (公办, 民办; 城市, 农村), the thing written once
 * after the last — each kind's count of it (新增公办托位, 新增民办托位), the first item's work verb theirs. The last
 * item's kind is its longest lead ending as the first item's kind does (民办 after 公办), else as long as the first's
 * (农村 after 城市). Null unless what is left is a thing counted and every kind two to four characters, no verb: such a
 * pair was left out (no record) while a part could be charted as the total; a kind's count now maps to no indicator of
 * the whole (catalog.ts PART_WORDS), so each is listed by its name.
 */
function kindsOfOne(items: readonly string[], work: string): string[] | null {
  const first = (items[0] ?? '').slice(work.length);
  const last = items[items.length - 1] ?? '';
  const end = first[first.length - 1];
  let cut = first.length;
  for (let k = Math.min(last.length - 2, 4); k >= 2; k--) {
    if (last[k - 1] === end) {
      cut = k;
      break;
    }
  }
  const noun = last.slice(cut);
  if (!COUNTED_THING.test(noun)) return null;
  const kinds = [first, ...items.slice(1, -1), last.slice(0, cut)];
  if (kinds.some((kind) => kind.length < 2 || kind.length > 4 || COUNT_WORK.test(kind) || COUNTED_THING.test(kind))) return null;
  return kinds.map((kind) => work + kind + noun);
}

/**
 * A thing counted, named whole: two characters or more ending in a noun of what plans count (位, 床, 园, 校, 所, 站 …),
 * so not a kind or place of one (公办, 普惠性, 城市) nor a verb alone (新建).
 */
const COUNTED_THING = /^[\u4e00-\u9fff]{1,11}(?:位|床|园|学|校|所|站|院|点|室|馆|场|中心|机构|设施|住房|套|间|家庭)$/u;

/** A place in brackets right after a value of a 分别 list (95%(城镇)), and that place before the next value ((城镇)和). */
const PLACE_AFTER_VALUE = /^\s*\(([^()、,;和及与\d]{1,8})\)/u;
const PLACE_BETWEEN = /^\s*\([^()、,;和及与\d]{1,8}\)\s*[、和及与]\s*$/u;
/**
 * "95%(2025年为93%)和96%": a bracketed aside opened right after a value, holding that measure's level in the year it
 * names; its close, and the list going on after it.
 */
export const YEAR_ASIDE = /^\s*\(\s*20\d\d年(?:底|末)?(?:为|是|达到|达)?\s*$/u;
/** A bracketed part of the value before it (95%(其中市区为97%)): the part's name in group 1. */
export const PART_ASIDE = /^\s*\(\s*其中([\u4e00-\u9fff]{2,8}?)(?:为|是|达到|达|不低于|不少于)?\s*$/u;
export const ASIDE_THEN_ITEM = /^\s*\)\s*[、和及与]\s*$/u;

/**
 * One value shared by parallel subjects (A和B参保率均达到X) yields one target each; 分别 lists pair
 * names (or areas) and values; 各N次 gives each item the value.
 */
export function splitFor(c: Candidate, list: Candidate[], index: number, name: string, area: string | null): { name: string; q: Quantity }[] {
  if (/分别/u.test(c.pre)) {
    const group = [c];
    // "参保率分别达到95%(城镇)和92%(农村)": a place in brackets after each value says whose each is.
    const placed = !area && PLACE_AFTER_VALUE.test(c.post);
    for (let j = index + 1; j < list.length; j++) {
      let next = list[j];
      let pre = next?.pre ?? 'x';
      // "分别达到95%(2025年为93%)和96%": the aside is the first value's level in 2025 (readClause names it so), and the
      // list goes on after it — it used to end there, the 96% read alone and named )和.
      const aside = list[j + 1];
      // "分别达到95%(其中市区为97%)和96%": a part of the first value in brackets does not end the list either; readClause
      // names it the part's (城镇…参保率(市区)).
      if (!area && !placed && next && aside && (YEAR_ASIDE.test(next.pre) || PART_ASIDE.test(next.pre)) && ASIDE_THEN_ITEM.test(aside.pre)) {
        j++;
        next = aside;
        pre = aside.pre.replace(/^\s*\)/u, '');
      }
      const ok = area ? /^[、和及与]\s*[^、和及与\d]{1,8}$/u.test(pre) : placed ? PLACE_BETWEEN.test(pre) : /^[、和及与\s]*$/u.test(pre);
      if (!next || !ok) break;
      group.push(next);
    }
    const after = placed ? group.map((g) => PLACE_AFTER_VALUE.exec(g.post)?.[1] ?? '') : [];
    const items = area
      ? group.map((g, k) => `${name}(${k === 0 ? area : g.pre.replace(/^[、和及与\s]+/u, '')})`)
      : placed && after.every((p) => p !== '')
        ? after.map((p) => `${name}(${p})`)
        : (qualifierList(name, group.length) ?? parallelOrUrbanRural(name, group.length));
    // "新增托位和养老床位分别达到5000个和2000张": things counted in units of their own (个, 张) are one item each, the work
    // verb of the first (新增) theirs too — no shared measure word paired them, and the later values were lost.
    if (items.length !== group.length && !area && !placed) {
      const own = countedItems(name, group);
      if (own) {
        for (const other of group.slice(1)) other.skip = true;
        return own.map((n, k) => ({ name: n, q: (group[k] as Candidate).q }));
      }
    }
    // "新增公办和民办托位分别达到5000个和3000个": values no item can be paired with give no record — the first value
    // named by the whole list (新增公办和民办托位 5000) was wrong, and the later ones were lost anyway.
    if (items.length !== group.length && group.length > 1 && !area && !placed && /[、和及与]/u.test(name)) {
      for (const other of group.slice(1)) other.skip = true;
      return [];
    }
    if (items.length === group.length && group.length > 1) {
      // The later values of the list are paired here, so they are not read again on their own.
      for (const other of group.slice(1)) other.skip = true;
      const pairs: { name: string; q: Quantity }[] = [];
      for (let k = 0; k < items.length; k++) pairs.push({ name: items[k] as string, q: (group[k] as Candidate).q });
      return pairs;
    }
  }
  if (/各$/u.test(c.pre)) {
    // "组织消防安全宣传和应急演练活动各2次": 各 says each, no part of the last item's name (应急演练活动各), which kept 活动
    // from the first; the work the first item opens with is the second's too (新建幼儿园和中小学各2所 → 新建中小学).
    const m = pairAroundAnd(name.replace(/各$/u, ''));
    if (m) {
      const [prefix, a, b, suffix] = m;
      const work = prefix === '' ? PAIR_WORK.exec(a)?.[0] : undefined;
      const second = work && !PAIR_WORK.test(b) && b.length >= 2 ? work + b : b;
      // "建设和改造养老服务站各1个": two verbs of one noun, each verb's.
      const bWork = PAIR_WORK.exec(b)?.[0];
      const first = work === a && bWork && b.length > bWork.length + 1 ? a + b.slice(bWork.length) : a;
      return withQuantity([`${prefix}${first}${suffix}`, `${prefix}${second}${suffix}`], c.q);
    }
  }
  const shared = /[均都]$/u.test(c.pre.slice(0, predicateOf(c.pre)?.index ?? c.pre.length).trim());
  return withQuantity(splitParallel(name, shared), c.q);
}

/**
 * Each name with the quantity, built by push, not map(): map() gives a packed array while its caller is interpreted
 * and a holey one once TurboFan inlines it, and the clause reader's optimised code was thrown away at each switch.
 */
function withQuantity(names: readonly string[], q: Quantity): { name: string; q: Quantity }[] {
  const out: { name: string; q: Quantity }[] = [];
  for (const name of names) out.push({ name, q });
  return out;
}
