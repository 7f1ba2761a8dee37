// Canonical indicators and domains, and the matching of a plan's own wording (names, headings) to them.
import type { DomainId } from '../types';
import { DOMAINS, GUESS_KEYWORDS, OVERVIEW_HEADING_WORDS, type DomainInfo } from './catalog-domains';
import { INDICATOR_ROWS, type Indicator, type IndicatorRow, type MatchRule } from './catalog-indicators';

export type { DomainInfo, Indicator };
export { DOMAINS };

export const INDICATORS: readonly Indicator[] = INDICATOR_ROWS.map(({ rules: _rules, ...indicator }) => indicator);

export interface MatchContext {
  unit?: string | null;
  domain?: DomainId | null;
}

const BRACKETED = /[(（[［【〔｛{][^()（）[\]［］【】〔〕｛｝{}]*[)）\]］】〕｝}]/g;
const QUOTES = /[“”"'‘’「」『』《》〈〉]/g;
// Words that say where or whose, never what is measured.
const FILLERS = /拥有|全市|全区|全县|全省|全州|全旗|全盟|全域|本地|本市|本区|本县|我市|我区|我县|我省|的/g;
const TARGET_YEAR = /(?:到|至|截至)?20\d{2}年(?:底|末)?/g;
const SEPARATORS = /[\s、,，;；:：.。·・\-—–~～/]/g;
const TRAILING_UNIT = /[(（]([^()（）]{1,6})[)）]\s*$/;
const UNIT_WORD =
  /^(?:[%％‰]|百分点|[万千百亿]?(?:人次|平方米|公里|小时|个|人|次|张|岁|年|套|户|所|家|名|处|座|场|件|轮|片|项|间|栋|幢|床|元|天|㎡))$/;
const RATE_NAME = /率|占比|比例|比重/;
// A rate per 100,000 (孕产妇死亡率 15/10万) or per 10,000 (1.2/万, 3‱) is a rate as % and ‰ are; 人/万人 is a count per person.
const PERCENT_UNIT = /[%％‰‱]|百分点|\/10万|^1?\/万$/;

/** The name reduced to what it measures: no brackets, quotes, fillers, years or separators. */
export function normalizeIndicatorName(name: string): string {
  return name
    .replace(BRACKETED, '')
    .replace(QUOTES, '')
    .replace(TARGET_YEAR, '')
    .replace(FILLERS, '')
    .replace(SEPARATORS, '');
}

/** The unit a table heading carries in trailing brackets: “托位数(个)” → 个. */
export function unitInName(name: string): string | null {
  const inner = TRAILING_UNIT.exec(name.trim())?.[1]?.trim();
  return inner && UNIT_WORD.test(inner) ? inner : null;
}

/** 万人次 → 人次: the magnitude is a matter of scale, not of what is counted. */
function baseUnit(unit: string): string {
  const stripped = unit.replace(/^[万千百亿]/, '');
  return stripped === '' ? unit : stripped;
}

function isPercentIndicator(row: IndicatorRow): boolean {
  return PERCENT_UNIT.test(row.unit);
}

/** `anyUnit` waives the rule's unitRequired (the catalog's own wording needs no unit evidence). */
function unitFits(row: IndicatorRow, rule: MatchRule, name: string, unit: string | null, anyUnit = false): boolean {
  if (isPercentIndicator(row)) {
    return unit === null ? RATE_NAME.test(name) : PERCENT_UNIT.test(unit);
  }
  if (RATE_NAME.test(name) || (unit !== null && PERCENT_UNIT.test(unit))) return false;
  if (unit === null) return anyUnit || !rule.unitRequired;
  return rule.units === undefined || rule.units.includes(baseUnit(unit));
}

/** Sum of the longest word found per group, or 0 when a group or the rule's exclusions fail. */
function ruleScore(rule: MatchRule, name: string): number {
  // Plain loops: this runs for every rule of every catalog row on every target name.
  if (rule.none) for (const word of rule.none) if (name.includes(word)) return 0;
  let score = 0;
  for (const group of rule.all) {
    let hit = 0;
    for (const word of group) if (word.length > hit && name.includes(word)) hit = word.length;
    if (hit === 0) return 0;
    score += hit;
  }
  return score;
}

const EXACT_SCORE = 100;
const exactNames: readonly Set<string>[] = INDICATOR_ROWS.map(
  (row) => new Set([row.zh, ...row.synonyms].map(normalizeIndicatorName)),
);

/**
/**
 * Words that make a measure a part of the region's: a place inside it (农村, 城区, 乡镇) or one owner or kind of provider
 * (公办, 民办, 普惠), or one sex (妇女, 女性, 女生: a 妇女发展规划's 妇女基本医疗保险参保率 is not the region's 基本医疗保险参保率).
 * 农村养老床位 is not the region's 养老床位 and 农村义务教育巩固率 not its 义务教育巩固率; 乡镇 is the townships beside the 城区
 * (城区和乡镇养老床位分别…): no catalog row holds it, so 乡镇养老床位 maps to no total.
 */
const PART_WORDS = /农村|乡村|乡镇|城市|城镇|城区|市区|县城|公办|公建|民办|公立|民营|普惠|妇女|女性|女生|女童|女职工|男性|男生|男童/gu;
/**
 * A bracket that names a part (养老服务床位总量(农村), 参保率(城镇), 托位覆盖率(一类区), 新增托位(东城区)): a part word,
 * or a place ending as places do. Not an aside that says what is included (含大病保险, 包括农村) nor the whole (全市, 城乡).
 */
const PART_BRACKET = /[(（[［【〔]\s*((?!含|包括|包含|全|本|我|城乡)[\u4e00-\u9fff]{1,8}?(?:区|县|市|镇|乡|村|街道|社区))\s*[)）\]］】〕]/gu;
/** Every word of a catalog row: its name, synonyms and rule words. A part word among them is the row's own. */
const ROW_WORDS: readonly string[] = INDICATOR_ROWS.map((row) =>
  [row.zh, ...row.synonyms, ...row.rules.flatMap((rule) => rule.all.flat())].join('|'),
);

/**
 * The part words of a name as written (before its brackets are dropped): those outside brackets, and each bracket that
 * names a part, by its part word when it has one (城镇) and else whole (东城区). Empty for a name of a whole.
 */
export function partWords(name: string): string[] {
  const found = new Set<string>();
  for (const m of name.replace(BRACKETED, '').matchAll(PART_WORDS)) found.add(m[0]);
  if (name.includes('(') || name.includes('（') || name.includes('[') || name.includes('【')) {
    for (const m of name.matchAll(BRACKETED)) {
      const inner = m[0].slice(1, -1).trim();
      const words = [...inner.matchAll(PART_WORDS)].map((w) => w[0]);
      if (words.length > 0 && inner.replace(PART_WORDS, '') === '') for (const w of words) found.add(w);
      else for (const place of m[0].matchAll(PART_BRACKET)) if (place[1]) found.add(place[1]);
    }
  }
  return [...found];
}

function rowScore(row: IndicatorRow, index: number, name: string, unit: string | null): number {
  // The catalog's own wording needs no extra unit evidence, but still must not contradict its units.
  const exact = exactNames[index]?.has(name) && row.rules.some((rule) => unitFits(row, rule, name, unit, true));
  let best = exact ? EXACT_SCORE : 0;
  for (const rule of row.rules) {
    if (!unitFits(row, rule, name, unit)) continue;
    best = Math.max(best, ruleScore(rule, name));
  }
  return best;
}

/**
 * The catalog indicator a target name stands for, or null when none fits. The unit (from
 * the context, else from the name's trailing brackets) keeps rates and amounts apart:
 * 公办幼儿园 counted in 所 is not the share of children in them.
 */
export function matchIndicator(name: string, context?: MatchContext): Indicator | null {
  // The name as written, before it is reduced: a name seen before skips the five rewrites below. Looked up by name,
  // then unit, then domain, so no key string is built for each of the thousands of names of a plan.
  const unit = context?.unit ?? '';
  const domain = context?.domain ?? '';
  let byUnit = rawCache.get(name);
  let byDomain = byUnit?.get(unit);
  const known = byDomain?.get(domain);
  if (known !== undefined) return known;
  const found = matchReduced(name, context);
  if (rawSize >= MATCH_CACHE_SIZE) {
    rawCache.clear();
    rawSize = 0;
    byUnit = undefined;
    byDomain = undefined;
  }
  if (byUnit === undefined) rawCache.set(name, (byUnit = new Map()));
  if (byDomain === undefined) byUnit.set(unit, (byDomain = new Map()));
  byDomain.set(domain, found);
  rawSize++;
  return found;
}

const ROW_INDEX = new Map(INDICATOR_ROWS.map((row, index) => [row.id, index]));
const wordingCache = new Map<string, boolean>();

/**
 * Whether a name is an indicator's own wording: its name or a synonym, reduced as names are (养老服务床位总数 is
 * elderly_care_beds_total's), and no part of it (养老服务床位总数(农村) reduces to the same words but is not).
 */
export function isOwnWording(name: string, id: string): boolean {
  const key = `${id}\u0001${name}`;
  const known = wordingCache.get(key);
  if (known !== undefined) return known;
  const index = ROW_INDEX.get(id);
  const own = index !== undefined && (exactNames[index]?.has(normalizeIndicatorName(name)) ?? false) && partWords(name).length === 0;
  return remembered(wordingCache, key, own);
}

/**
 * The indicator of a part of a whole (the 其中 part after 养老床位达到8000张): none when it is the whole's own, which
 * the part is only a share of; else the part's as matchIndicator finds it.
 */
export function matchPart(name: string, whole: string | undefined, context?: MatchContext): Indicator | null {
  const found = matchIndicator(name, context);
  return found !== null && whole !== undefined && matchIndicator(whole, context) === found ? null : found;
}

function matchReduced(name: string, context?: MatchContext): Indicator | null {
  const unit = context?.unit?.trim() || unitInName(name);
  const normalized = normalizeIndicatorName(name);
  if (normalized === '') return null;
  // The same names come back in every plan of a corpus (and twice in one: table and prose): each (name, unit,
  // domain) is scored against the catalog's rows once. Bounded: emptied when it grows past MATCH_CACHE_SIZE.
  // (The part words come from the name as written: 养老服务床位总量(农村) and (城区) reduce to one name.)
  const parts = partWords(name);
  const key = `${normalized}\u0001${unit ?? '\u0002'}\u0001${context?.domain ?? ''}\u0001${parts.join('|')}`;
  const known = matchCache.get(key);
  if (known !== undefined) return known;
  return remembered(matchCache, key, scoreRows(normalized, unit, context?.domain ?? null, parts));
}

const MATCH_CACHE_SIZE = 20_000;

/**
 * Keeps `found`, the answer for `key` just computed (the caller looked the key up first, without creating a function
 * to compute it); the cache is emptied when it grows past MATCH_CACHE_SIZE.
 */
function remembered<T>(cache: Map<string, T>, key: string, found: T): T {
  if (cache.size >= MATCH_CACHE_SIZE) cache.clear();
  cache.set(key, found);
  return found;
}
const matchCache = new Map<string, Indicator | null>();
/**
 * By the name, unit and domain as given (an empty unit, null and none all read the unit from the name): name → unit
 * → domain → answer, with rawSize answers in all, emptied past MATCH_CACHE_SIZE like the others.
 */
const rawCache = new Map<string, Map<string, Map<string, Indicator | null>>>();
let rawSize = 0;

function scoreRows(normalized: string, unit: string | null, domain: DomainId | null, parts: readonly string[]): Indicator | null {
  let bestIndex = -1;
  let bestScore = 0;
  INDICATOR_ROWS.forEach((row, index) => {
    // A name of a part (农村…, …(城区), 公办…) is only a row that has the part in its own words (城镇新增就业,
    // 农村低收入群体住房安全保障率, 公办幼儿园在园幼儿占比): of any other row it would be a part charted as the whole.
    for (const part of parts) if (!(ROW_WORDS[index] ?? '').includes(part)) return;
    let score = rowScore(row, index, normalized, unit);
    if (score === 0) return;
    // The section a name sits in only breaks ties; it never makes a match on its own.
    if (domain && domain === row.domain) score += 0.5;
    if (score > bestScore) {
      bestScore = score;
      bestIndex = index;
    }
  });
  return INDICATORS[bestIndex] ?? null;
}

/** A domain's name in the language asked for (Chinese unless 'en'), or null for no domain or one the catalog does not know. */
export function domainLabel(id: string | null, locale: string): string | null {
  const domain = id === null ? undefined : DOMAINS.find((d) => d.id === id);
  if (!domain) return null;
  return locale === 'en' ? domain.en : domain.zh;
}

export function indicatorById(id: string): Indicator | null {
  return INDICATORS.find((indicator) => indicator.id === id) ?? null;
}

const HEADING_NUMBER =
  /^\s*(?:第[一二三四五六七八九十百零〇\d]+[章节篇部分条]|专栏\s*[一二三四五六七八九十\d]+|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[、.．\s])\s*/;
// “公共服务和就业促进” names a plan's whole subject, not one domain.
const UMBRELLA = /公共服务(?:和|与|及|、)/;

/** The domain a section heading announces (第四节 老有所养, 专栏4 老有所养工程), or null for overview and generic sections. */
export function domainOfHeading(heading: string): DomainId | null {
  // Headings and table groups repeat across the plans of a corpus: each is scored against the domains' words once.
  const known = headingCache.get(heading);
  return known !== undefined ? known : remembered(headingCache, heading, scoreHeading(heading));
}

const headingCache = new Map<string, DomainId | null>();

function scoreHeading(heading: string): DomainId | null {
  const text = heading.replace(HEADING_NUMBER, '').replace(/\s+/g, '');
  if (text === '' || UMBRELLA.test(text)) return null;
  if (OVERVIEW_HEADING_WORDS.some((word) => text.includes(word))) return null;
  let best: DomainId | null = null;
  let bestLength = 0;
  for (const domain of DOMAINS) {
    for (const word of domain.headings) {
      // The longest word decides: 养老保险 is insurance even though it contains 养老.
      if (word.length > bestLength && text.includes(word)) {
        best = domain.id;
        bestLength = word.length;
      }
    }
  }
  return best;
}

/** GUESS_KEYWORDS by their first UTF-16 unit, each keyword with the rank of its group (earlier groups win). */
const KEYWORDS_BY_HEAD = (() => {
  const heads = new Map<number, { word: string; rank: number }[]>();
  GUESS_KEYWORDS.forEach(([, words], rank) => {
    for (const word of words) {
      const head = word.charCodeAt(0);
      const list = heads.get(head);
      if (list) list.push({ word, rank });
      else heads.set(head, [{ word, rank }]);
    }
  });
  return heads;
})();

/**
 * The domain of the first group of GUESS_KEYWORDS with a word in the text: one pass over the text, trying at each
 * character only the keywords that start with it (not a search of the whole text for each of ~120 keywords).
 */
function firstKeywordDomain(text: string): DomainId | null {
  let best = GUESS_KEYWORDS.length;
  for (let i = 0; i < text.length && best > 0; i++) {
    const list = KEYWORDS_BY_HEAD.get(text.charCodeAt(i));
    if (list === undefined) continue;
    for (const k of list) if (k.rank < best && text.startsWith(k.word, i)) best = k.rank;
  }
  return GUESS_KEYWORDS[best]?.[0] ?? null;
}

/** A keyword guess at the domain of a free-text target name, for names outside the catalog. */
export function guessDomain(name: string): DomainId | null {
  // Names outside the catalog come back plan after plan (and as target and achievement in one): each is guessed once.
  const known = guessCache.get(name);
  return known !== undefined ? known : remembered(guessCache, name, guessUncached(name));
}

const guessCache = new Map<string, DomainId | null>();

function guessUncached(name: string): DomainId | null {
  const plain = name.replace(QUOTES, '');
  // Brackets often hold an aside (含大病保险) that would mislead, but sometimes the only clue (敬老院).
  const bare = plain.replace(BRACKETED, '');
  return firstKeywordDomain(bare) ?? (bare === plain ? null : firstKeywordDomain(plain));
}
