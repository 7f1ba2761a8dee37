// Small inputs for the comparison tests: effective targets built from a few records, and benchmark rows.
import type { Benchmark } from '../catalog/benchmarks';
import type { CompareRegion, ComparisonInput } from './compare';
import { effectiveTargets, type EffectiveInput, type EffectiveTarget } from '../review/effective';
import type { DocumentMetadata, TargetRecord } from '../types';

export const XINXIANG: CompareRegion = { id: 'r-xx', name: '新乡市', province: '河南' };
export const XIONGAN: CompareRegion = { id: 'r-xa', name: '雄安新区', province: '河北' };
export const LIZHOU: CompareRegion = { id: 'r-lz', name: '广元市利州区', province: '四川' };
export const REGIONS = [XINXIANG, XIONGAN, LIZHOU];

let counter = 0;

export function record(over: Partial<TargetRecord> = {}): TargetRecord {
  counter += 1;
  return {
    id: `rec${counter}`,
    name: '每千人口3岁以下婴幼儿托位数',
    indicator: 'childcare_places_per_1000',
    domain: 'childcare',
    unit: '个',
    baseline: null,
    target: { value: 4.5, year: 2025, op: '=' },
    stretch: null,
    kind: 'level',
    binding: 'expected',
    quote: '每千人口托位数达到4.5个',
    start: 0,
    end: 10,
    per: null,
    aspirational: false,
    source: 'prose',
    ...over,
  };
}

const META: DocumentMetadata = {
  region: null,
  plan_title: '某市“十四五”公共服务规划',
  issuer: null,
  issued: '2022-01-01',
  period: { start: 2021, end: 2025 },
  kind: 'five_year_plan',
  doc_number: null,
};

/** One target of a region; the document id is derived from the region so each region has its own plan. */
export function input(region: CompareRegion, over: Partial<TargetRecord> = {}, doc: Partial<DocumentMetadata> = {}): EffectiveInput {
  const rec = record(over);
  return {
    target: { id: `doc${region.id}:${rec.id}`, regionId: region.id, extracted: rec, edits: null, status: 'extracted' },
    document: { ...META, ...doc },
  };
}

export function benchmark(over: Partial<Benchmark> = {}): Benchmark {
  return {
    id: `b${(counter += 1)}`,
    indicator: 'childcare_places_per_1000',
    name: '每千人口拥有3岁以下婴幼儿托位数',
    scope: 'national',
    province: null,
    period: '14th',
    value: 4.5,
    text: null,
    op: '=',
    year: 2025,
    unit: '个',
    kind: 'level',
    binding: null,
    baseline: null,
    quote: '每千人口拥有3岁以下婴幼儿托位数4.5个',
    url: null,
    source: { title: '《“十四五”公共服务规划》', url: 'https://example.org/plan', alsoSeenAt: [], note: null },
    note: null,
    conflicts: [],
    ...over,
  };
}

export function comparison(rows: EffectiveInput[], over: Partial<ComparisonInput> = {}): ComparisonInput & { effective: readonly EffectiveTarget[] } {
  return {
    effective: effectiveTargets(rows),
    regions: REGIONS,
    benchmarks: [],
    documents: new Map(),
    domain: 'all',
    ...over,
  } as ComparisonInput & { effective: readonly EffectiveTarget[] };
}
