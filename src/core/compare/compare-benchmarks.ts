// Which national and provincial benchmarks a comparison draws: the period a target belongs to, the province of a region, reference lines.
import type { Benchmark, BenchmarkPeriod, BenchmarkScope } from '../catalog/benchmarks';
import { convertValue, unitConversion, unitScale, type UnitConversion } from './compare-units';
import type { Op, TargetKind } from '../types';

/** The benchmark year each period is judged against: 十四五 plans by the 2025 targets, 十五五 plans by the 2030 ones. */
export const PERIOD_YEAR: Readonly<Record<BenchmarkPeriod, number>> = { '14th': 2025, '15th': 2030 };

/** A target for 2025 or earlier belongs to 十四五; 2026–2030 to 十五五; later, or without a year, to neither. */
export function benchmarkPeriodFor(year: number | null): BenchmarkPeriod | null {
  if (year === null) return null;
  if (year <= 2025) return '14th';
  if (year <= 2030) return '15th';
  return null;
}

/** A benchmark's indicator key, the same shape as indicatorKey of a target. */
export function benchmarkKey(b: Pick<Benchmark, 'indicator' | 'name'>): string {
  return b.indicator ?? `name:${b.name}`;
}

const PROVINCES = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西',
  '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃',
  '青海', '宁夏', '新疆', '台湾', '香港', '澳门',
] as const;
const PROVINCE_PATTERN = new RegExp(PROVINCES.join('|'), 'g');

/** The short name of a province written in full (河南省 → 河南, 广西壮族自治区 → 广西), or null. */
export function provinceShortName(name: string | null): string | null {
  if (!name) return null;
  return PROVINCES.find((p) => name.startsWith(p)) ?? null;
}

/** Every province named in a text, as short names, in order (河南, 河北, 河南 …). */
export function provinceMentions(text: string): string[] {
  return [...text.matchAll(PROVINCE_PATTERN)].map((m) => m[0]);
}

/**
 * The province a region's documents keep naming (河南 in a 新乡市 plan), as a short name, or null
 * when none is named at least twice and more often than any other. A guess from text, shown as such.
 */
export function guessProvince(texts: readonly string[]): string | null {
  const mentions: string[] = [];
  for (const text of texts) for (const match of text.matchAll(PROVINCE_PATTERN)) mentions.push(match[0]);
  return provinceOfMentions(mentions);
}

/** guessProvince over mentions already found (provinceMentions' short names), without searching text again. */
export function provinceOfMentions(mentions: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m, (counts.get(m) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return null;
  return first[0];
}

const INTENSIVE_NAME = /每[千万百]|人均|平均|率|占比|比例|比重|年限|寿命/;
// '%' is every rate: %, ‰, /万, /10万 (compare-units.ts).
const INTENSIVE_FAMILIES = new Set(['%', '岁', '百分点']);

/**
 * Whether a value can be set beside the same indicator elsewhere regardless of size: a rate, share,
 * per-capita or per-1,000 figure. A national total (1000万张 beds) is no reference line for a district.
 */
export function isIntensive(name: string, unit: string | null): boolean {
  return INTENSIVE_FAMILIES.has(unitScale(unit).family) || INTENSIVE_NAME.test(name);
}

export interface ReferenceScope {
  scope: BenchmarkScope;
  /** Short province name for a provincial benchmark. */
  province: string | null;
  /** The province as the benchmark writes it (河南省). */
  name: string | null;
}

/** One reference line: benchmarks of one year that state the same value, whoever set them. */
export interface ReferenceLine {
  id: string;
  /** In the panel's display unit. */
  value: number;
  op: Op | null;
  year: number;
  period: BenchmarkPeriod;
  scopes: ReferenceScope[];
  sources: Benchmark[];
  /** How sources written in another unit were brought into the panel's (16.5/10万 drawn at 1.65 on a /万 axis); one per unit. */
  conversions: UnitConversion[];
}

export type UndrawnReason = 'qualitative' | 'total' | 'unit' | 'kind';

/** A benchmark of the panel's indicator and periods that is listed but not drawn, with why. */
export interface UndrawnBenchmark {
  reason: UndrawnReason;
  benchmark: Benchmark;
}

export interface ReferenceQuery {
  /** Periods of the targets in view. */
  periods: ReadonlySet<BenchmarkPeriod>;
  /** Short names of the provinces of the regions in view. */
  provinces: ReadonlySet<string>;
  unit: string | null;
  kind: TargetKind;
  /** Name used to tell rates from totals (the catalog's or the target's own). */
  name: string;
}

function scopeOf(b: Benchmark): ReferenceScope {
  if (b.scope === 'national') return { scope: 'national', province: null, name: null };
  return { scope: 'provincial', province: provinceShortName(b.province), name: b.province };
}

function applies(b: Benchmark, q: ReferenceQuery): boolean {
  if (!q.periods.has(b.period) || b.year !== PERIOD_YEAR[b.period]) return false;
  if (b.scope === 'national') return true;
  const province = provinceShortName(b.province);
  return province !== null && q.provinces.has(province);
}

function undrawnReason(b: Benchmark, q: ReferenceQuery): UndrawnReason | null {
  if (b.value === null) return 'qualitative';
  if (unitScale(b.unit).family !== unitScale(q.unit).family) return 'unit';
  if (b.kind !== null && b.kind !== q.kind) return 'kind';
  if (!isIntensive(q.name, q.unit) || !isIntensive(b.name, b.unit)) return 'total';
  return null;
}

function scopeRank(s: ReferenceScope): string {
  return s.scope === 'national' ? '0' : `1${s.province ?? ''}`;
}

/**
 * The reference lines of one indicator's panel: benchmarks of the periods in view (the end year
 * of each: 2025 or 2030), national ones always, provincial ones for provinces in view. Benchmarks
 * that state the same value in the same year share a line; disagreeing ones get a line each.
 */
export function referenceLines(benchmarks: readonly Benchmark[], q: ReferenceQuery): { lines: ReferenceLine[]; undrawn: UndrawnBenchmark[] } {
  const groups = new Map<string, ReferenceLine>();
  const undrawn: UndrawnBenchmark[] = [];
  for (const b of benchmarks) {
    if (!applies(b, q)) continue;
    const reason = undrawnReason(b, q);
    const value = b.value === null ? null : convertValue(b.value, b.unit, q.unit);
    if (reason !== null || value === null) {
      undrawn.push({ reason: reason ?? 'unit', benchmark: b });
      continue;
    }
    const key = JSON.stringify([b.year, value, b.op]);
    const line = groups.get(key) ?? { id: `line-${groups.size}`, value, op: b.op, year: b.year, period: b.period, scopes: [], sources: [], conversions: [] };
    const conversion = unitConversion(b.unit, q.unit);
    if (conversion && !line.conversions.some((c) => c.fromUnit === conversion.fromUnit)) line.conversions.push(conversion);
    const scope = scopeOf(b);
    if (!line.scopes.some((s) => s.scope === scope.scope && s.province === scope.province)) line.scopes.push(scope);
    line.sources.push(b);
    groups.set(key, line);
  }
  const lines = [...groups.values()];
  for (const line of lines) line.scopes.sort((a, b) => (scopeRank(a) < scopeRank(b) ? -1 : 1));
  lines.sort((a, b) => a.year - b.year || (scopeRank(a.scopes[0]!) < scopeRank(b.scopes[0]!) ? -1 : 1) || a.value - b.value);
  return { lines, undrawn };
}

/**
 * The line a region's target is measured against: its province's benchmark of the target's
 * period when there is one, else the national one; null when neither exists.
 */
export function referenceFor(
  lines: readonly ReferenceLine[],
  period: BenchmarkPeriod | null,
  province: string | null,
): { line: ReferenceLine; scope: ReferenceScope } | null {
  if (period === null) return null;
  const ofPeriod = lines.filter((l) => l.period === period);
  if (province !== null) {
    for (const line of ofPeriod) {
      const scope = line.scopes.find((s) => s.scope === 'provincial' && s.province === province);
      if (scope) return { line, scope };
    }
  }
  const national = ofPeriod.find((l) => l.scopes.some((s) => s.scope === 'national'));
  return national ? { line: national, scope: { scope: 'national', province: null, name: null } } : null;
}
