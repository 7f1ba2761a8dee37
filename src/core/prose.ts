// Forward-looking targets in sentences: 到2025年…达到X以上, 力争 stretch values, 分别 lists, shared predicates,
// and the quotas of annual programmes (新增普惠托位132个).
import type { Draft } from './draft';
import { findQuantities, type Quantity } from './quantities';
import type { SectionContext } from './sections';
import type { Baseline, DocumentKind, Op, Span, TargetKind } from './types';

export interface ProseOptions {
  period: { start: number; end: number } | null;
  kind: DocumentKind;
  /** Spans already read as tables, and damaged runs: sentences never cross them. */
  skip: Span[];
  damage: Span[];
  sections: (offset: number) => SectionContext;
}

interface Clause {
  text: string;
  start: number;
}

const SENTENCE_END = /[。;!?\n]/u;
const CLAUSE_END = /[,:]/u;

const PREDICATE =
  /(?:达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增至|降低到|降低至|降至|下降到|下降至|稳定在|保持在|保持|控制在|维持在|调整为|调整到|不低于|不少于|不超过|超过|高于|低于|为|在|至|占[^,]{1,12}的)$/u;
const LEADING_CONTEXT =
  /^(?:[、,和及与并且以而;:\s]|\(?其中[:]?|到20\d\d年(?:底|末)?前?|20\d\d年(?:底|末)?前?|“十[三四五六]五”(?:末|期间|时期)?|十[三四五六]五(?:末|期间|时期)?|力争|争取|确保|全市|全区|全县|全省|全州|全旗|全新区|我市|我区|我县|本市|年内|今年|计划|将|进一步|原则上|持续|逐步|到|实现|推动|使)+/u;
const TRAILING_FILLER = /(?:均|都|分别|也|总体|全部|基本|将|要|的)+$/u;
const INCREMENT_VERB =
  /^(?:新增|新建|新开工改造|新开工|新改扩建|改扩建|改造|建设|建成|完成|开展|培育|创建|回引|吸引|引入|引进|举办|组织|提供|支持|优化升级|选树|迁建|开工建设|开工改造|开工|竣工|恢复重建|培训|打造|实施|救助|帮助|资助)/u;
const NOUN_PREFIX_VERB =
  /(?:新增|新建|建成|建有|建设|建立|打造|创建|培育|配备|培养|办好|设立|引入|引进|吸引|支持|开工建设|改扩建|新改扩建|迁建|改造|完成|开展|举办|组织|覆盖|选树|优化升级|提供|实施|扶持|认定|招收|录用|安置|新开工改造|建成覆盖)$/u;
const CHINESE_NUMERAL_VERB = /(?:办好|建成|建有|建设|配备|培养|新建|设立|打造|创建|建立|培育|开展|举办|新增|至少|落实|建)$/u;
const PAST_MARK = /已经|已(?!有)|截至|截止|目前|现有|先后|了(?=[,。;\d]|$)/u;
const NEWS_FUTURE = /将(?=[^,。]{0,2}(?:新增|建成|建设|实现|达到|完成|开展|提高|提升|推动|新建|改造|打造|培育|举办|引入|组织))|计划|力争|争取|目标|到20\d\d年/u;
const YEAR_MARK = /(到|至|在)?(20\d\d)年(底|末)?(前)?(的)?/gu;
const PERIOD_MARK = /“?十([三四五六])五”?(末|期间|时期)/gu;
const PER_UNIT = /每(?:个|年|月|季度|周|村|乡镇|县|所|校)[^\d,;。]*?(?=(?:至少|都|均|要|应)?(?:办好|建成|建有|建设|配备|开展|培养|设立|新建|举办|拥有|有|达到|设置|组织|提供|创建|打造))/u;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3400-\u9fff]/u.test(ch);
}

/** Sentences of the text, cut at sentence punctuation, table regions and damaged runs. */
function sentences(text: string, cuts: Span[]): Clause[] {
  const out: Clause[] = [];
  const sorted = [...cuts].sort((a, b) => a.start - b.start);
  let start = 0;
  let cut = 0;
  const push = (end: number) => {
    if (end > start) out.push({ text: text.slice(start, end), start });
  };
  for (let i = 0; i < text.length; i++) {
    const next = sorted[cut];
    if (next && i === next.start) {
      push(i);
      i = Math.max(i, next.end - 1);
      start = next.end;
      cut++;
      while (sorted[cut] && (sorted[cut]?.end ?? 0) <= start) cut++;
      continue;
    }
    if (SENTENCE_END.test(text[i] ?? '')) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return out;
}

/** Clauses of a sentence, cut at commas and colons outside brackets and quotation marks. */
function clauses(sentence: Clause): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  const t = sentence.text;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i] ?? '';
    if ('(“《'.includes(ch)) depth++;
    else if (')”》'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_END.test(ch)) {
      if (i > start) out.push({ text: t.slice(start, i), start: sentence.start + start });
      start = i + 1;
    }
  }
  if (t.length > start) out.push({ text: t.slice(start), start: sentence.start + start });
  return out;
}

/** Nesting depth of “” and 《》 before each index of a sentence, computed once so long sentences stay linear. */
function quoteDepths(text: string): Int32Array {
  const depth = new Int32Array(text.length + 1);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    depth[i] = d;
    const ch = text[i];
    if (ch === '“' || ch === '《') d++;
    else if ((ch === '”' || ch === '》') && d > 0) d--;
  }
  depth[text.length] = d;
  return depth;
}

interface YearMark {
  index: number;
  year: number;
}

/** Year markers of a sentence in order, leaving out those that date the things counted ("2000年前建成的"). */
function yearMarks(sentence: string): YearMark[] {
  const marks: YearMark[] = [];
  for (const m of sentence.matchAll(YEAR_MARK)) {
    if (/^(?:以)?前[^,]{0,8}的/u.test(sentence.slice(m.index + m[0].length - (m[4] ? 1 : 0), m.index + m[0].length + 12))) continue;
    marks.push({ index: m.index, year: Number(m[2]) });
  }
  for (const m of sentence.matchAll(PERIOD_MARK)) {
    marks.push({ index: m.index, year: 2005 + ('三四五六'.indexOf(m[1] ?? '') + 3) * 5 });
  }
  return marks.sort((a, b) => a.index - b.index);
}

interface SentenceFacts {
  depth: Int32Array;
  years: YearMark[];
  /** Positions of words that turn a past year into a plan (2022年将…). */
  future: number[];
}

function factsOf(sentence: string): SentenceFacts {
  return {
    depth: quoteDepths(sentence),
    years: yearMarks(sentence),
    future: [...sentence.matchAll(/将|力争|争取|计划/gu)].map((m) => m.index),
  };
}

interface YearInfo {
  year: number | null;
  past: boolean;
}

/** The year a value belongs to: the nearest year marker before it in the sentence, else the plan's end year. */
function yearOf(facts: SentenceFacts, at: number, opts: ProseOptions): YearInfo {
  let best: YearMark | null = null;
  for (const m of facts.years) {
    if (m.index >= at) break;
    best = m;
  }
  if (!best) return { year: opts.period?.end ?? null, past: false };
  const from = best.index;
  const future = facts.future.some((f) => f > from && f < at);
  const start = opts.period?.start ?? null;
  return { year: best.year, past: start !== null && best.year < start && !future };
}

function stripLeading(s: string): string {
  return s.replace(LEADING_CONTEXT, '').trim();
}

function stripName(s: string): string {
  return stripLeading(s).replace(TRAILING_FILLER, '').replace(/^[的、,]+/u, '').trim();
}

/** Splits "A和B参保率" into ["A参保率", "B参保率"] when the items are parallel. */
function splitParallel(subject: string, forced: boolean): string[] {
  const items = subject.split(/、|和|及|与/u).map((s) => s.trim()).filter((s) => s.length > 0);
  if (items.length < 2) return [subject];
  const last = items[items.length - 1] ?? '';
  const head = /(?:参保人数|参保率|覆盖率|入学率|巩固率|筛查率|检查率|人数|比例|占比|率|数)$/u.exec(last)?.[0];
  const bigrams = (s: string) => new Set([...s].slice(0, -1).map((c, i) => c + (s[i + 1] ?? '')));
  const lastGrams = bigrams(last);
  const parallel = forced || items.slice(0, -1).every((it) => [...bigrams(it)].some((g) => lastGrams.has(g)));
  if (!parallel || !head || items.slice(0, -1).some((it) => it.endsWith(head))) return [subject];
  return items.map((it, i) => (i === items.length - 1 ? it : it + head));
}

interface Candidate {
  q: Quantity;
  pre: string;
  post: string;
  skip: boolean;
}

function candidatesOf(clause: Clause, sentence: Clause, facts: SentenceFacts): Candidate[] {
  const qs = findQuantities(clause.text).filter((q) => (facts.depth[clause.start - sentence.start + q.start] ?? 0) === 0);
  const list: Candidate[] = qs.map((q, i) => ({
    q,
    pre: clause.text.slice(i > 0 ? (qs[i - 1]?.opEnd ?? 0) : 0, q.opStart),
    post: clause.text.slice(q.opEnd, qs[i + 1]?.opStart ?? clause.text.length),
    skip: false,
  }));
  for (const c of list) {
    const { q } = c;
    if (q.unit === '年' && (q.value >= 1900 || !/年限|年数$/u.test(c.pre))) c.skip = true;
    if (/第$/u.test(c.pre) || c.post.startsWith('/')) c.skip = true;
    if (q.unit === '岁' && isCjk(c.post[0]) && !/^(?:以上|以下)$/u.test(c.post)) c.skip = true;
    if (q.chinese && (!CHINESE_NUMERAL_VERB.test(c.pre) || /^[批些样体致]/u.test(c.post))) c.skip = true;
    if (/^[万千亿]/u.test(c.post)) c.skip = true;
  }
  // Scope counts ("5个街道、3个镇的614个老旧小区") qualify the value after them.
  for (let i = list.length - 2; i >= 0; i--) {
    const c = list[i];
    const next = list[i + 1];
    if (!c || !next) continue;
    if (/的$/u.test(c.post) || (/^[^\d]{1,8}、$/u.test(c.post) && next.skip && /的$/u.test(next.post))) c.skip = true;
  }
  // A value inside a relative clause ("在100人以上的村") qualifies a noun; it is not a target.
  for (const c of list) if (PREDICATE.test(stripLeading(c.pre)) && /^的/u.test(c.post) && /在$/u.test(c.pre)) c.skip = true;
  // Names run from the previous value that is kept, so a qualifier like "3岁以下" stays inside the name.
  const live = list.filter((c) => !c.skip);
  live.forEach((c, i) => {
    c.pre = clause.text.slice(i > 0 ? (live[i - 1]?.q.opEnd ?? 0) : 0, c.q.opStart);
    c.post = clause.text.slice(c.q.opEnd, live[i + 1]?.q.opStart ?? clause.text.length);
  });
  return live;
}

export function readProse(text: string, opts: ProseOptions): Draft[] {
  const drafts: Draft[] = [];
  for (const sentence of sentences(text, [...opts.skip, ...opts.damage])) {
    if (!/\d|[一两二三四五六七八九十][个所家名座处]/u.test(sentence.text)) continue;
    const section = opts.sections(sentence.start);
    const sentenceDrafts: Draft[] = [];
    if (section.past && !/到20\d\d年|力争|争取|将|计划/u.test(sentence.text)) continue;
    if (opts.kind === 'news_report' && (!NEWS_FUTURE.test(sentence.text) || /率先|已/u.test(sentence.text))) continue;
    const facts = factsOf(sentence.text);
    for (const clause of clauses(sentence)) {
      readClause(clause, sentence, facts, text.slice(text.lastIndexOf('\n', sentence.start) + 1, sentence.start), section, opts, sentenceDrafts);
    }
    drafts.push(...sentenceDrafts);
  }
  return drafts;
}

/** `paragraph` is the text of the paragraph before the sentence: it names what a bare 参保率 is about. */
function readClause(clause: Clause, sentence: Clause, facts: SentenceFacts, paragraph: string, section: SectionContext, opts: ProseOptions, out: Draft[]): void {
  const list = candidatesOf(clause, sentence, facts);
  // Where clause-wide words first occur, so each value only compares offsets.
  const firstAt = (re: RegExp) => re.exec(clause.text)?.index ?? Infinity;
  const pastAt = firstAt(PAST_MARK);
  const strivingAt = firstAt(/力争|争取/u);
  const cumulativeAt = firstAt(/累计/u);
  const growthAt = firstAt(/年均|每年增长/u);
  const perMatch = PER_UNIT.exec(clause.text);
  let verb = '';
  let pendingBaseline: Baseline | null = null;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (!c || c.skip) continue;
    const { q } = c;
    const at = clause.start - sentence.start + q.start;
    const year = yearOf(facts, at, opts);
    if (pastAt < q.opStart || year.past) {
      if (/(?:由|从)(?:20\d\d年的?)?$/u.test(c.pre)) pendingBaseline = { value: q.value, year: year.year };
      continue;
    }
    if (/(?:由|从)(?:20\d\d年的?)?$/u.test(c.pre)) {
      pendingBaseline = { value: q.value, year: year.year };
      continue;
    }
    const raw = c.pre;
    // A bracketed breakdown ("(其中:A 600个、B 600个)") lists parts, not more of the same work.
    if (/[(]|其中/u.test(raw)) verb = '';
    const lead = stripLeading(raw);
    const predicate = PREDICATE.exec(lead);
    let subject = predicate ? lead.slice(0, predicate.index) : lead;
    subject = subject.replace(TRAILING_FILLER, '');
    const striving = strivingAt < q.opStart;
    const previous = out[out.length - 1];
    if (predicate && stripName(subject) === '' && striving && previous && previous.unit === q.unit && previous.stretch === null) {
      previous.stretch = q.value;
      previous.span = { start: previous.span.start, end: clause.start + q.opEnd };
      continue;
    }
    const built = nameFor(c, clause.text, subject, !!predicate, verb, previous?.name ?? null);
    if (!built) continue;
    const leadingVerb = INCREMENT_VERB.exec(built.names[0] ?? '')?.[0];
    if (!built.verb && !leadingVerb && verb && /^[、和及与]/u.test(c.pre)) built.names = [verb + (built.names[0] ?? '')];
    verb = built.verb || leadingVerb || verb;
    const next = list[i + 1];
    // A noun read after this value ("28所小学和14所中学") is not part of the next value's name.
    if (next && built.end > q.opEnd) next.pre = clause.text.slice(Math.min(built.end, next.q.opStart), next.q.opStart);
    if (BARE_METRIC.test(built.names[0] ?? '')) {
      const scheme = [...(paragraph + sentence.text.slice(0, at)).matchAll(/(?:基本)?(?:医疗|养老|失业|工伤|生育)保险|退役军人/gu)].pop()?.[0];
      if (scheme) built.names = [scheme + built.names[0]];
    }
    const per = perMatch && perMatch.index + perMatch[0].length <= q.opStart ? perMatch[0].trim() : null;
    const op: Op = q.op === '=' && /至少|不少于|不低于/u.test(raw) ? '>=' : q.op;
    const kind = kindOf({ cumulative: cumulativeAt < q.opStart, growth: growthAt < q.opStart }, built.names[0] ?? '', q.unit, per);
    const pairs = splitFor(c, list, i, built.names[0] ?? '');
    const lastQ = pairs[pairs.length - 1]?.q ?? q;
    const span: Span = { start: clause.start + built.start, end: clause.start + Math.max(built.end, lastQ.opEnd) };
    for (const pair of pairs) {
      const draft: Draft = {
        name: pair.name.replace(/[(]$/u, ''),
        unit: pair.q.unit,
        baseline: pendingBaseline,
        target: { value: pair.q.value, year: year.year, op: pair.q === q ? op : pair.q.op },
        stretch: null,
        kind,
        binding: null,
        span,
        per: per ? per.replace(/(?:至少|都|均|要|应)$/u, '') : null,
        aspirational: striving,
        source: 'prose',
        domainHint: section.domain,
      };
      if (pair.q.valueMax !== null) {
        draft.target.value_max = pair.q.valueMax;
        draft.target.text = pair.q.written;
      }
      out.push(draft);
    }
    pendingBaseline = null;
  }
}

function kindOf(marks: { cumulative: boolean; growth: boolean }, name: string, unit: string, per: string | null): TargetKind {
  if (marks.cumulative) return 'cumulative';
  if (marks.growth) return 'annual_growth';
  if (per && /^每(?:年|月|季度|周)/u.test(per)) return 'increment';
  if (per) return 'level';
  if (unit === '%' || unit === '‰' || unit.endsWith('百分点')) return 'level';
  return INCREMENT_VERB.test(name) ? 'increment' : 'level';
}

interface NameResult {
  names: string[];
  verb: string;
  /** Clause-relative range the quote covers. */
  start: number;
  end: number;
}

const BARE_METRIC = /^(?:参保率|覆盖率|参保人数|入学率|安置率)$/u;

function nameFor(c: Candidate, clause: string, subject: string, hasPredicate: boolean, clauseVerb: string, previousName: string | null): NameResult | null {
  const { q } = c;
  const cleanSubject = stripName(subject);
  const nounRaw = (/^[^、,;及]*/u.exec(c.post)?.[0] ?? '').replace(/[和与等]+$/u, '');
  const noun = stripName(nounRaw);
  const nounEnd = q.opEnd + nounRaw.length;
  const at = (part: string) => {
    const i = part ? clause.lastIndexOf(part, q.opStart) : -1;
    return i >= 0 ? i : q.opStart;
  };
  if (hasPredicate) {
    if (cleanSubject.length >= 2) return { names: [cleanSubject], verb: '', start: at(cleanSubject), end: q.opEnd };
    if (noun.length >= 2) return { names: [noun], verb: '', start: at(c.pre.trim()), end: nounEnd };
    if (previousName) return { names: [previousName], verb: '', start: at(c.pre.trim()), end: q.opEnd };
    return null;
  }
  const lead = stripLeading(c.pre.replace(PER_UNIT, ''));
  const verbMatch = NOUN_PREFIX_VERB.exec(lead);
  const listItem = /[、的]$/u.test(c.pre.trim()) || lead === '';
  if ((verbMatch || listItem || lead.length <= 3) && noun.length >= 1 && /^[\u3400-\u9fff(“]/u.test(noun)) {
    const verb = verbMatch?.[0] ?? (listItem ? clauseVerb : lead);
    return { names: [stripName(verb + noun)], verb, start: verb && !listItem ? at(verb) : q.opStart, end: nounEnd };
  }
  const name = stripName(lead);
  if (name.length < 2) return null;
  return { names: [name], verb: '', start: at(name), end: q.opEnd };
}

/** One value shared by parallel subjects (A和B参保率均达到X) yields one target each; 分别 lists pair names and values. */
function splitFor(c: Candidate, list: Candidate[], index: number, name: string): { name: string; q: Quantity }[] {
  if (/分别/u.test(c.pre)) {
    const items = splitParallel(name, true);
    const group = [c];
    for (let j = index + 1; j < list.length && /^[、和及与\s]*$/u.test(list[j]?.pre ?? 'x'); j++) group.push(list[j] as Candidate);
    if (items.length === group.length && group.length > 1) {
      // The later values of the list are paired here, so they are not read again on their own.
      for (const other of group.slice(1)) other.skip = true;
      return items.map((it, k) => ({ name: it, q: (group[k] as Candidate).q }));
    }
  }
  if (/各$/u.test(c.pre)) {
    const m = /^(.*?)([^和、]+)和([^和、]+?)((?:项目|活动|工作)?)$/u.exec(name);
    if (m && m[1] !== undefined && m[2] && m[3]) {
      return [`${m[1]}${m[2]}${m[4] ?? ''}`, `${m[1]}${m[3]}${m[4] ?? ''}`].map((n) => ({ name: n, q: c.q }));
    }
  }
  const shared = /[均都]$/u.test(c.pre.replace(PREDICATE, '').trim());
  return splitParallel(name, shared).map((n) => ({ name: n, q: c.q }));
}
