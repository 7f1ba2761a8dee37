// Units in the reader's language: Chinese units as the plans write them, English ones from a small table (万人 → 10k persons).
/*
 * A unit is read as an optional magnitude (万, 千, 百, 亿) and a base unit (人, 张, 所 …). The
 * English name joins the two ("10k persons"); a unit not in the table is shown as written, so
 * nothing is ever lost. Chinese stays exactly as the plan wrote it.
 */

/** English names of base units, plural (the numbers beside them are rarely 1). */
const BASE_EN: Readonly<Record<string, string>> = {
  '%': '%',
  '％': '%',
  '‰': '‰',
  '‱': '‱',
  '/万': 'per 10k',
  '/10万': 'per 100k',
  个: 'units',
  项: 'items',
  件: 'items',
  人: 'persons',
  名: 'persons',
  人次: 'person-times',
  户: 'households',
  张: 'beds',
  床: 'beds',
  所: 'facilities',
  家: 'institutions',
  处: 'sites',
  座: 'buildings',
  间: 'rooms',
  套: 'flats',
  次: 'times',
  辆: 'vehicles',
  岁: 'years', // life expectancy 79.5岁 → "79.5 years"; an age 60岁 → "60 years"
  年: 'years',
  天: 'days',
  小时: 'hours',
  分钟: 'minutes',
  元: 'yuan',
  平方米: 'm²',
  平方公里: 'km²',
  公里: 'km',
  千米: 'km',
  米: 'm',
  百分点: 'percentage points',
  个百分点: 'percentage points',
  倍: 'times',
  // Who a per-capita unit cell counts against (个/千名职工, 张/千名老年人): named, never taken for people at large.
  人口: 'people',
  常住人口: 'residents',
  户籍人口: 'registered residents',
  名老年人: 'older people',
  名儿童: 'children',
  名职工: 'employees',
  名学生: 'students',
};

/** Magnitudes written before a base unit: 万人 = 10k persons. */
const MAGNITUDE_EN: Readonly<Record<string, string>> = { 万: '10k', 千: 'thousand', 百: 'hundred', 亿: '100 million' };

/** Units that start like a magnitude but are words of their own. */
const WHOLE = new Set(['千米', '百分点']);

export function englishUnit(unit: string): string {
  const u = unit.trim();
  const direct = BASE_EN[u];
  if (direct !== undefined) return direct;
  const [first = '', ...rest] = [...u];
  const base = rest.join('');
  const magnitude = MAGNITUDE_EN[first];
  if (magnitude !== undefined && !WHOLE.has(u) && base !== '') {
    const name = BASE_EN[base];
    if (name !== undefined) return `${magnitude} ${name}`;
  }
  // 张/千人, 个/万人: each side on its own.
  const slash = u.indexOf('/');
  if (slash > 0) {
    const left = englishUnit(u.slice(0, slash));
    const right = englishUnit(u.slice(slash + 1));
    return `${left} per ${right.replace(/^(\d+k|thousand|hundred|100 million) /u, '$1 ')}`;
  }
  return u;
}

/** The unit as shown in `locale`: English names in English, the plan's own unit otherwise. */
export function unitName(unit: string, locale: string): string {
  return locale === 'en' ? englishUnit(unit) : unit;
}
