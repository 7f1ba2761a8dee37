// What a record measures, reduced so values of one indicator can share an axis: the unit's family and magnitude
// (万人 = 10,000 人) and the population a per-capita figure is counted against (每千人 vs 每万人 vs 每10万人).
// Values in comparable measures are converted, and the conversion is kept so the workbench can show it.
import { INDICATORS, matchIndicator, type Indicator } from '../catalog/catalog';
import { unitScale } from '../compare/compare-units';

export interface Measure {
  /** The unit as written ('' when none). */
  unit: string;
  /** What the unit counts once its magnitude is taken off (人 for 万人); '%' for shares. */
  family: string;
  /** The unit's multiple of its family: 1e4 for 万人. */
  factor: number;
  /** Population a per-capita value is counted against (1000 for 每千人口); null for a total or a share. */
  per: number | null;
  /**
   * Who that population is: 人 (每千人口, 每万人, 千人口), 老年人 (每千名老年人), 儿童 (每万名儿童), 户 (每百户); '' when the
   * name does not say. Two per-capita figures of different populations are never converted into each other. Absent
   * (as null) for a total or a share.
   */
  population?: string | null;
}

/** Why two values cannot be compared: different things counted, a rate against a total, or a level against a flow. */
export type ApartReason = 'unit' | 'per' | 'population' | 'kind' | 'qualitative' | 'bound';

/** How a value was brought into the display measure: "万人 → 人 ×10000", "每万人 → 每千人 ÷10". */
export interface Conversion {
  fromUnit: string;
  toUnit: string;
  fromPer: number | null;
  toPer: number | null;
  /** The multiplier applied to the value. */
  factor: number;
  /**
   * Who the per-capita values count against, the same on both sides (人, 老年人, 职工 …; '' when the name does not
   * say), so the conversion is shown as per 1,000 older people, never as per 1,000 people. Absent for a total.
   */
  population?: string | null;
}

const PER_WORDS: Readonly<Record<string, number>> = { 百: 100, 千: 1000, 万: 1e4, 十万: 1e5, '10万': 1e5, 百万: 1e6 };
/*
 * 每 + a base + who is counted (每千人口, 每万名儿童, 每百户, 每千名老年人), or a base written straight before 人口 as
 * table headings do (千人口托位数, 万人口全科医生数) when no number stands before it (城区人口10万人口 is a count).
 */
const PER_BASE =
  /(?:每|(?<![\d.〇零一二两三四五六七八九十百千万亿])(?=(?:十万|10万|百万|万|千)(?:常住|户籍)?人口))(十万|10万|百万|万|千|百)(?:名|个)?(?:常住)?(户籍人口|人口|老年人口|老年人|老人|儿童|户|人|名|职工|学生|在校学生|在校生)?/;
/*
 * Who each word counts (户籍人口 is the registered population, not the resident one 每千人口 means); a word not here gives
 * '' — the name does not say, and such a figure is kept apart from every named population.
 */
const POPULATIONS: Readonly<Record<string, string>> = {
  人口: '人', 人: '人', 名: '人', 户籍人口: '户籍人口', 老年人口: '老年人', 老年人: '老年人', 老人: '老年人', 儿童: '儿童', 户: '户',
  职工: '职工', 学生: '学生', 在校学生: '学生', 在校生: '学生',
};

/** The population a name counts against: 每千人口 → 1000, 每10万人 → 100000; null when the name is not per capita. */
export function perBaseOf(name: string): number | null {
  const m = PER_BASE.exec(name);
  return m ? (PER_WORDS[m[1] ?? ''] ?? null) : null;
}

/** Who a per-capita name counts against: 人 for 每千人口 and 千人口, 老年人 for 每千名老年人, 户 for 每百户; null when not per capita. */
export function populationOf(name: string): string | null {
  const m = PER_BASE.exec(name);
  return m ? (POPULATIONS[m[2] ?? ''] ?? '') : null;
}

export function measureOf(unit: string | null | undefined, name: string): Measure {
  const scale = unitScale(unit);
  return { unit: (unit ?? '').trim(), family: scale.family, factor: scale.factor, per: perBaseOf(name), population: populationOf(name) };
}

// 5.4 × 10000 is 54000.00000000001 in floating point; twelve significant digits are more than any plan writes.
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** Why `from` cannot be shown in `to`, or null when it can. */
export function apartReason(from: Measure, to: Measure): ApartReason | null {
  if (from.family !== to.family) return 'unit';
  if ((from.per === null) !== (to.per === null)) return 'per';
  // Per 1,000 older people is not per 1,000 people, nor per 100 households.
  if (from.per !== null && to.per !== null && (from.population ?? '') !== (to.population ?? '')) return 'population';
  return null;
}

/** The factor that brings a value in `from` into `to` (万人 → 人: 10000; 每万人 → 每千人: 0.1). */
export function conversionFactor(from: Measure, to: Measure): number {
  return tidy((from.factor / to.factor) * ((to.per ?? 1) / (from.per ?? 1)));
}

/** The value in `to`, with the conversion when one was needed; a reason when the measures differ. */
export function convertMeasure(value: number, from: Measure, to: Measure): { value: number; conversion: Conversion | null } | { reason: ApartReason } {
  const reason = apartReason(from, to);
  if (reason !== null) return { reason };
  const factor = conversionFactor(from, to);
  if (factor === 1) return { value, conversion: null };
  return { value: tidy(value * factor), conversion: { fromUnit: from.unit, toUnit: to.unit, fromPer: from.per, toPer: to.per, factor, ...(to.per !== null ? { population: to.population ?? '' } : {}) } };
}

/**
 * The catalog indicator a per-capita name stands for when it counts against another population than the catalog's:
 * 每万人口托位数 is the per-1,000 indicator counted per 10,000 (the catalog's rules look for 千人). Null otherwise.
 */
export function rescaledIndicator(name: string, unit: string | null): Indicator | null {
  const per = perBaseOf(name);
  if (per === null || per === 1000) return null;
  const found = matchIndicator(name.replace(PER_BASE, (whole, base: string) => whole.replace(base, '千')), { unit });
  return found && perBaseOf(found.zh) === 1000 ? found : null;
}

const CATALOG = new Map(INDICATORS.map((i) => [i.id, i]));
export function catalogIndicator(id: string | null): Indicator | null {
  return id === null ? null : (CATALOG.get(id) ?? null);
}
