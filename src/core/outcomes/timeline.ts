// One region × indicator across time: baselines, each plan's targets, the values reached and the benchmarks of each
// period, all in one display measure (converted where the units allow, kept apart with a reason where they do not).
import type { Benchmark, BenchmarkPeriod, BenchmarkScope } from '../catalog/benchmarks';
import type { Indicator } from '../catalog/catalog';
import { isIntensive, provinceShortName } from '../compare/compare-benchmarks';
import { polarityOf } from '../compare/compare';
import { displayUnit } from '../compare/compare-units';
import { indicatorKey } from '../review/effective';
import type { AchievedRecord, Binding, DocumentMetadata, Op, Polarity, TargetKind, TargetRecord } from '../types';
import { orderDocuments, planPeriod, type PlanPeriod } from './periods';
import { catalogIndicator, convertMeasure, measureOf, rescaledIndicator, type ApartReason, type Conversion, type Measure } from './units';

export interface OutcomeDocument {
  id: string;
  regionId: string;
  metadata: DocumentMetadata;
  /** Title or file name, for citations when the metadata has no title. */
  label: string;
}

/** A target of a document (edits applied; rejected ones left out by the caller). */
export interface OutcomeTarget {
  id: string;
  documentId: string;
  regionId: string;
  record: TargetRecord;
}

/** An achieved value of a document (edits applied; rejected ones left out by the caller). */
export interface OutcomeAchieved {
  id: string;
  documentId: string;
  regionId: string;
  record: AchievedRecord;
}

/** Where a point came from: the record and the words of its document. */
export interface PointSource {
  /** The stored id of the target or achieved row. */
  id: string;
  documentId: string;
  quote: string;
  /** Offsets of the quote in the document's original text. */
  start: number;
  end: number;
}

export interface TimelineTarget {
  source: PointSource;
  /** In the timeline's unit. */
  value: number;
  /** Upper bound of a range, in the timeline's unit. */
  valueMax: number | null;
  stretch: number | null;
  op: Op | null;
  year: number;
  kind: TargetKind;
  binding: Binding;
  plan: PlanPeriod;
  conversion: Conversion | null;
  /** The value and unit as the plan wrote them. */
  written: { value: number; unit: string | null };
}

export interface TimelineBaseline {
  source: PointSource;
  value: number;
  year: number;
  conversion: Conversion | null;
}

/** One value reached in one year; the same figure reported by several documents is one point with every source kept. */
export interface TimelineAchieved {
  value: number;
  op: Op;
  year: number;
  yearFrom: number | null;
  kind: TargetKind;
  conversion: Conversion | null;
  /** In document order: the latest report last. */
  sources: PointSource[];
  /** Rank of the latest document reporting it (higher is later). */
  rank: number;
}

export interface TimelineBenchmark {
  id: string;
  value: number;
  op: Op | null;
  year: number;
  period: BenchmarkPeriod;
  scope: BenchmarkScope;
  province: string | null;
  quote: string;
  sourceTitle: string;
}

/** A record of the region × indicator that cannot share the timeline's axis, and why. */
export interface ApartRecord {
  reason: ApartReason;
  what: 'target' | 'achieved';
  source: PointSource;
  value: number | null;
  unit: string | null;
  year: number | null;
  kind: TargetKind;
  /** For a target: its op, stretch and plan, so "met?" and plan over plan can still name it. */
  target?: TargetRecord;
  achieved?: AchievedRecord;
  plan: PlanPeriod;
}

export interface Timeline {
  regionId: string;
  /** Catalog id, or 'name:' + the name when the catalog has none (as Compare groups them). */
  indicator: string;
  name: string;
  catalog: Indicator | null;
  polarity: Polarity;
  /** The display unit every value is in. */
  unit: string | null;
  /** Per-capita base of the display measure (1000 for 每千人口), null for totals and shares. */
  per: number | null;
  kind: TargetKind;
  baselines: TimelineBaseline[];
  targets: TimelineTarget[];
  achieved: TimelineAchieved[];
  benchmarks: TimelineBenchmark[];
  apart: ApartRecord[];
}

export interface TimelineInput {
  documents: readonly OutcomeDocument[];
  targets: readonly OutcomeTarget[];
  achieved: readonly OutcomeAchieved[];
  benchmarks?: readonly Benchmark[];
  /** Short province name per region id (河南), for provincial benchmarks. */
  provinces?: ReadonlyMap<string, string | null>;
}

type Item =
  | { what: 'target'; row: OutcomeTarget; measure: Measure; indicator: Indicator | null }
  | { what: 'achieved'; row: OutcomeAchieved; measure: Measure; indicator: Indicator | null };

/** The indicator a record is lined up under: its own, or the catalog's per-1,000 one for a per-10,000 name. */
function indicatorOf(record: { indicator: string | null; name: string; unit: string | null }): Indicator | null {
  return catalogIndicator(record.indicator) ?? (record.indicator === null ? rescaledIndicator(record.name, record.unit) : null);
}

function keyOf(record: { indicator: string | null; name: string }, indicator: Indicator | null): string {
  return indicator?.id ?? indicatorKey(record);
}

function mostCommon<T>(values: readonly T[], preferred: T | null): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n || (c === n && v === preferred)) [best, n] = [v, c];
  return best;
}

function documentMeasure(items: readonly Item[], catalog: Indicator | null, kind: TargetKind): Measure {
  const sameKind = items.filter((i) => i.row.record.kind === kind);
  const pool = sameKind.length > 0 ? sameKind : items;
  // The family most records use (the catalog's when tied), then the unit most of that family use.
  const families = pool.map((i) => i.measure.family);
  const catalogFamily = catalog ? measureOf(catalog.unit, catalog.zh).family : null;
  const family = mostCommon(families, catalogFamily) ?? '';
  const inFamily = pool.filter((i) => i.measure.family === family);
  const pers = inFamily.map((i) => i.measure.per);
  const catalogPer = catalog && measureOf(catalog.unit, catalog.zh).family === family ? measureOf(catalog.unit, catalog.zh).per : null;
  const per = catalog && catalogPer !== null && pers.some((p) => p !== null) ? catalogPer : mostCommon(pers, catalogPer);
  const chosen = inFamily.filter((i) => (i.measure.per !== null) === (per !== null));
  const unit = displayUnit(
    chosen.map((i) => i.row.record.unit),
    catalog && measureOf(catalog.unit, '').family === family ? catalog.unit : null,
  );
  const m = measureOf(unit, '');
  if (per === null) return { ...m, per };
  // Who the per-capita figures count against: the catalog's population when its base was chosen, else the most common.
  const catalogPopulation = catalogPer === per && catalog ? measureOf(catalog.unit, catalog.zh).population ?? null : null;
  const population = mostCommon(chosen.map((i) => i.measure.population ?? ''), catalogPopulation) ?? '';
  return { ...m, per, population };
}

function benchmarksOf(
  benchmarks: readonly Benchmark[],
  key: string,
  name: string,
  province: string | null,
  measure: Measure,
  kind: TargetKind,
): TimelineBenchmark[] {
  const out: TimelineBenchmark[] = [];
  for (const b of benchmarks) {
    if ((b.indicator ?? `name:${b.name}`) !== key || b.value === null) continue;
    if (b.scope === 'provincial' && (province === null || provinceShortName(b.province) !== province)) continue;
    if (b.kind !== null && b.kind !== kind) continue;
    // A national total (1000万张) is no reference for one region's figure.
    if (!isIntensive(name, measure.unit || null) || !isIntensive(b.name, b.unit)) continue;
    // A benchmark named by the catalog's words counts against the same population as the timeline unless it says otherwise.
    const own = measureOf(b.unit, b.name);
    const converted = convertMeasure(b.value, own.per === null ? { ...own, per: measure.per, population: measure.population ?? null } : own, measure);
    if ('reason' in converted) continue;
    out.push({
      id: b.id,
      value: converted.value,
      op: b.op,
      year: b.year,
      period: b.period,
      scope: b.scope,
      province: b.scope === 'provincial' ? provinceShortName(b.province) : null,
      quote: b.quote,
      sourceTitle: b.source.title,
    });
  }
  return out.sort((a, b) => a.year - b.year || (a.scope === b.scope ? 0 : a.scope === 'national' ? -1 : 1));
}

/**
 * Every region × indicator that has a target or an achieved value, lined up in time. Records whose unit, per-capita
 * base or kind (level vs flow) differ from the timeline's are kept in `apart` with the reason, never drawn.
 */
export function buildTimelines(input: TimelineInput): Timeline[] {
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const rank = new Map(orderDocuments(input.documents).map((d, i) => [d.id, i]));
  const groups = new Map<string, Item[]>();
  const add = (regionId: string, key: string, item: Item) => {
    const k = `${regionId}\u0001${key}`;
    groups.set(k, [...(groups.get(k) ?? []), item]);
  };
  for (const row of input.targets) {
    if (!documents.has(row.documentId)) continue;
    const indicator = indicatorOf(row.record);
    add(row.regionId, keyOf(row.record, indicator), { what: 'target', row, measure: measureOf(row.record.unit, row.record.name), indicator });
  }
  for (const row of input.achieved) {
    if (!documents.has(row.documentId)) continue;
    const indicator = indicatorOf(row.record);
    add(row.regionId, keyOf(row.record, indicator), { what: 'achieved', row, measure: measureOf(row.record.unit, row.record.name), indicator });
  }
  // One measure per indicator across every region, so the regions of one chart share its axis.
  const byIndicator = new Map<string, Item[]>();
  for (const [k, items] of groups) {
    const key = k.split('\u0001')[1] ?? '';
    byIndicator.set(key, [...(byIndicator.get(key) ?? []), ...items]);
  }
  const shared = new Map<string, { kind: TargetKind; measure: Measure; catalog: Indicator | null }>();
  for (const [key, items] of byIndicator) {
    const catalog = items.find((i) => i.indicator)?.indicator ?? null;
    // The timeline is about levels when any record is one (a 参保率 line), else the kind most records have.
    const kinds = items.map((i) => i.row.record.kind);
    const kind: TargetKind = kinds.includes('level') ? 'level' : (mostCommon(kinds, null) ?? 'level');
    shared.set(key, { kind, measure: documentMeasure(items, catalog, kind), catalog });
  }
  const timelines: Timeline[] = [];
  for (const [k, items] of groups) {
    const [regionId = '', key = ''] = k.split('\u0001');
    const { kind, measure, catalog } = shared.get(key)!;
    const name = catalog?.zh ?? items[0]?.row.record.name ?? key;
    const timeline: Timeline = {
      regionId,
      indicator: key,
      name,
      catalog,
      polarity: polarityOf(catalog, name),
      unit: measure.unit === '' ? null : measure.unit,
      per: measure.per,
      kind,
      baselines: [],
      targets: [],
      achieved: [],
      benchmarks: benchmarksOf(input.benchmarks ?? [], key, name, input.provinces?.get(regionId) ?? null, measure, kind),
      apart: [],
    };
    const achievedByKey = new Map<string, TimelineAchieved>();
    const ordered = [...items].sort((a, b) => (rank.get(a.row.documentId) ?? 0) - (rank.get(b.row.documentId) ?? 0) || (a.row.id < b.row.id ? -1 : 1));
    for (const item of ordered) {
      const doc = documents.get(item.row.documentId);
      const plan = planPeriod(doc?.metadata ?? { period: null, kind: 'other', issued: null });
      const source: PointSource = { id: item.row.id, documentId: item.row.documentId, quote: item.row.record.quote, start: item.row.record.start, end: item.row.record.end };
      const record = item.row.record;
      const value = item.what === 'target' ? item.row.record.target.value : item.row.record.value;
      const year = item.what === 'target' ? item.row.record.target.year : item.row.record.year;
      const apart = (reason: ApartReason) =>
        timeline.apart.push({
          reason,
          what: item.what,
          source,
          value,
          unit: record.unit,
          year,
          kind: record.kind,
          plan,
          ...(item.what === 'target' ? { target: item.row.record } : { achieved: item.row.record }),
        });
      if (value === null) {
        apart('qualitative');
        continue;
      }
      if (record.kind !== kind) {
        apart('kind');
        continue;
      }
      const converted = convertMeasure(value, item.measure, measure);
      if ('reason' in converted) {
        apart(converted.reason);
        continue;
      }
      const scale = (v: number) => {
        const c = convertMeasure(v, item.measure, measure);
        return 'reason' in c ? v : c.value;
      };
      if (item.what === 'target') {
        const r = item.row.record;
        if (r.baseline && r.baseline.year !== null && (r.baseline.kind ?? r.kind) === kind) {
          const b = convertMeasure(r.baseline.value, item.measure, measure);
          if (!('reason' in b)) timeline.baselines.push({ source, value: b.value, year: r.baseline.year, conversion: b.conversion });
        }
        if (r.target.year === null) {
          apart('qualitative');
          continue;
        }
        timeline.targets.push({
          source,
          value: converted.value,
          valueMax: r.target.value_max === undefined ? null : scale(r.target.value_max),
          stretch: r.stretch === null ? null : scale(r.stretch),
          op: r.target.op,
          year: r.target.year,
          kind: r.kind,
          binding: r.binding,
          plan,
          conversion: converted.conversion,
          written: { value, unit: r.unit },
        });
      } else {
        const r = item.row.record;
        if (r.year === null) {
          apart('qualitative');
          continue;
        }
        const at = JSON.stringify([r.year, converted.value, r.op, r.year_from]);
        const point = achievedByKey.get(at);
        if (point) {
          point.sources.push(source);
          point.rank = Math.max(point.rank, rank.get(item.row.documentId) ?? 0);
        } else {
          achievedByKey.set(at, {
            value: converted.value,
            op: r.op,
            year: r.year,
            yearFrom: r.year_from,
            kind: r.kind,
            conversion: converted.conversion,
            sources: [source],
            rank: rank.get(item.row.documentId) ?? 0,
          });
        }
      }
    }
    timeline.achieved = [...achievedByKey.values()].sort((a, b) => a.year - b.year || a.rank - b.rank);
    timeline.targets.sort((a, b) => a.year - b.year || (rank.get(a.source.documentId) ?? 0) - (rank.get(b.source.documentId) ?? 0));
    // The same baseline stated by two plans is one point.
    const seen = new Set<string>();
    timeline.baselines = timeline.baselines.filter((b) => {
      const id = `${b.year}:${b.value}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    timelines.push(timeline);
  }
  return timelines.sort((a, b) => (a.regionId < b.regionId ? -1 : a.regionId > b.regionId ? 1 : a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0));
}
