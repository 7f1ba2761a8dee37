// Administrative region names at the start of a title or an issuer line: 新乡市, 广元市利州区, 雄安新区, 延边朝鲜族自治州.

// Longest first, so 自治州 is tried before 州 and 新区 before 区.
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '新区', '地区', '省', '市', '州', '盟', '县', '区', '旗'];
const MAX_NAME = 8;
// Annual programmes may open with their year: 2024年某某区…, 二○二五年某某市…
const LEADING_YEAR = /^\s*(?:(?:20\d{2}|二[〇零○O][〇零○O一二三四五六七八九]{2})\s*年(?:度)?)?/;
const PROVINCE_LEVEL = /(?:省|自治区|特别行政区)$/;
// A province's short name in front of a 新区 (河北雄安新区) is usually dropped in the common form.
const PROVINCES = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建',
  '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏',
  '陕西', '甘肃', '青海', '宁夏', '新疆',
];
// Words that end in 区/市/县 without naming a government: 社区, 小区, 城区, 城市, 各县 …
const GENERIC_NAME = /^(?:[城社小园景片辖山街郊市全本我各该每两三四五六七八九十]|城乡|农村|中心城|主城)$|[小社园景片街]$/;

function isPlausibleUnit(name: string, suffix: string): boolean {
  if (GENERIC_NAME.test(name)) return false;
  // One-character names exist only for counties (雄县, 沛县).
  return name.length > 1 || suffix === '县';
}

/** The first administrative unit at the start of `s`: the shortest plausible name before a suffix. */
function unitAt(s: string): string | null {
  for (let n = 1; n <= MAX_NAME && n < s.length; n++) {
    // The name so far is all ideographs (U+4E00–9FA5): only its newest character needs checking.
    const c = s.charCodeAt(n - 1);
    if (c < 0x4e00 || c > 0x9fa5) return null;
    const name = s.slice(0, n);
    // 利州区 must not stop at 利州 just because 州 is also a suffix.
    const suffix = SUFFIXES.find((x) => s.startsWith(x, n) && isPlausibleUnit(name, x));
    if (suffix) return name + suffix;
  }
  return null;
}

/** The chain of administrative units a string starts with (广元市利州区), or [] when it starts with none. */
export function regionUnitsAt(s: string): string[] {
  const units: string[] = [];
  let rest = s;
  for (let unit = unitAt(rest); unit !== null; unit = unitAt(rest)) {
    units.push(unit);
    rest = rest.slice(unit.length);
  }
  return units;
}

/** The usual short form: no province in front of a city or county, none in front of a 新区. */
export function normalizeRegion(units: readonly string[]): string | null {
  const kept = units.length > 1 && PROVINCE_LEVEL.test(units[0] ?? '') ? units.slice(1) : [...units];
  const first = kept[0];
  if (first === undefined) return null;
  if (first.endsWith('新区')) {
    const province = PROVINCES.find((p) => first.startsWith(p) && first.length > p.length + 2);
    if (province) kept[0] = first.slice(province.length);
  }
  return kept.join('');
}

/** The region a string starts with, in its usual short form. */
export function regionAt(s: string): string | null {
  return normalizeRegion(regionUnitsAt(s.replace(LEADING_YEAR, '')));
}

/** A longer chain that ends with the region (广元市利州区 for 利州区), if one of the sources starts with one. */
export function withPrefecture(region: string, sources: readonly string[]): string {
  for (const source of sources) {
    const units = regionUnitsAt(source.replace(LEADING_YEAR, ''));
    const longer = normalizeRegion(units);
    if (units.length > 1 && longer && longer.length > region.length && longer.endsWith(region)) return longer;
  }
  return region;
}

/** The most frequent of the candidates, ties to the one named first. */
export function mostFrequent(candidates: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [c, n] of counts) {
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

/** 雄安 in a news dateline → 雄安新区, the full name the article uses most. */
export function expandPlaceName(place: string, text: string): string {
  if (regionUnitsAt(place).join('') === place) return place;
  const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const full = new RegExp(`${escaped}[\\u4e00-\\u9fa5]{0,3}?(?:新区|自治州|地区|市|州|盟|县|区|旗)`, 'g');
  const found = [...text.matchAll(full)].map((m) => normalizeRegion(regionUnitsAt(m[0])) ?? m[0]);
  return mostFrequent(found) ?? place;
}

/** The region for a plan of the whole country. */
export const NATIONAL = '全国';
// Central bodies and ministries carry no place name: 国务院办公厅, 国家发展改革委, 民政部.
const NATIONAL_BODY =
  /^(?:国务院|中共中央|中央|全国|国家|(?:教育|民政|财政|商务|公安|司法|科技|水利|人力资源(?:和)?社会保障|住房(?:和)?城乡建设|文化和旅游|农业农村|交通运输|工业和信息化|自然资源|生态环境|应急管理|退役军人事务)部)/;

/** Whether an organisation is a national one: no region of its own, and a central name. */
export function isNationalBody(name: string): boolean {
  return regionAt(name) === null && NATIONAL_BODY.test(name);
}

/** 重庆 at the start of `s` → 重庆市, when the text writes the full name somewhere; a bare province-level name as written. */
export function placeAt(s: string, text: string): string | null {
  const direct = regionAt(s);
  if (direct) return direct;
  const bare = s.replace(LEADING_YEAR, '');
  // 全市, 我区, 本县 refer to a region without naming it.
  if (/^[全本我各该每]/.test(bare)) return null;
  for (let n = 2; n <= 4 && n < bare.length; n++) {
    const stem = bare.slice(0, n);
    if (!/^[\u4e00-\u9fa5]+$/.test(stem)) break;
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
      const unit = unitAt(text.slice(at, at + MAX_NAME + 6));
      if (unit !== null && unit.length > stem.length && unit.startsWith(stem) && SUFFIXES.includes(unit.slice(n))) return unit;
    }
  }
  return PROVINCES.find((p) => bare.startsWith(p)) ?? null;
}

// What follows a region that acts in a lead sentence: its congress, its government, or what it will do.
const ACTING = /^(?:第[一二三四五六七八九十\d]+届|人民代表大会|人大|人民政府|政府|[省市区县州]委|将|今年|(?:20\d{2})年)/;

/** The region that opens a clause of the lines and acts in it (今日,杭州市第十四届人民代表大会…), or null. */
export function clauseRegion(lines: readonly string[]): string | null {
  for (const line of lines) {
    for (const clause of line.split(/[,，。;；:：!！?？(（)）\s]/)) {
      const units = regionUnitsAt(clause);
      const region = normalizeRegion(units);
      if (region && ACTING.test(clause.slice(units.join('').length))) return region;
    }
  }
  return null;
}
