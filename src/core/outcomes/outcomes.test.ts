import { describe, expect, it } from 'vitest';
import type { Benchmark } from '../catalog/benchmarks';
import { doc, PLAN14, PLAN15, REGION, REPORT25, reached, target } from './outcomes.fixtures';
import { orderDocuments, planPeriod, isPeriodPlan } from './periods';
import { buildTimelines, type Timeline, type TimelineInput } from './timeline';
import { judge, metResults } from './met';
import { defaultPeriods, planOverPlan } from './plan-over-plan';
import { convertMeasure, measureOf, perBaseOf, populationOf, rescaledIndicator } from './units';

const DOCS = [PLAN14, PLAN15, REPORT25];

function timelines(over: Partial<TimelineInput>): Timeline[] {
  return buildTimelines({ documents: DOCS, targets: [], achieved: [], ...over });
}

function only(over: Partial<TimelineInput>): Timeline {
  const all = timelines(over);
  expect(all).toHaveLength(1);
  return all[0]!;
}

describe('plan periods', () => {
  it('names the five-year period a plan or programme falls in', () => {
    expect(planPeriod(PLAN14.metadata)).toEqual({ fiveYear: 14, start: 2021, end: 2025, annual: false });
    expect(planPeriod(PLAN15.metadata).fiveYear).toBe(15);
    expect(planPeriod({ period: { start: 2016, end: 2020 }, kind: 'five_year_plan', issued: null }).fiveYear).toBe(13);
    expect(planPeriod(REPORT25.metadata)).toEqual({ fiveYear: 14, start: 2025, end: 2025, annual: true });
    // An action plan of 2023–2025 belongs to 十四五; a programme without a period is placed by its issue year.
    expect(planPeriod({ period: { start: 2023, end: 2025 }, kind: 'action_plan', issued: null }).fiveYear).toBe(14);
    expect(planPeriod({ period: null, kind: 'annual_programme', issued: '2024-03' })).toEqual({ fiveYear: 14, start: 2024, end: 2024, annual: true });
    expect(isPeriodPlan(REPORT25.metadata)).toBe(false);
    expect(isPeriodPlan(PLAN15.metadata)).toBe(true);
  });

  it('orders a region’s documents 十三五, 十四五, its last year’s report, 十五五, undated last', () => {
    const plan13 = doc('plan13', { period: { start: 2016, end: 2020 } });
    const undated = doc('undated', { period: null, issued: null, kind: 'other' });
    const report24 = doc('report24', { period: null, kind: 'annual_programme', issued: '2024-02-01' });
    const ordered = orderDocuments([undated, PLAN15, REPORT25, report24, PLAN14, plan13]).map((d) => d.id);
    expect(ordered).toEqual(['plan13', 'report24', 'plan14', 'report25', 'plan15', 'undated']);
  });
});

describe('units', () => {
  it('reads the population a per-capita name counts against', () => {
    expect(perBaseOf('每千人口拥有3岁以下婴幼儿托位数')).toBe(1000);
    expect(perBaseOf('每万人口全科医生数')).toBe(1e4);
    expect(perBaseOf('每10万人口体育场地数')).toBe(1e5);
    expect(perBaseOf('基本养老保险参保率')).toBeNull();
  });

  it('converts 万人 to 人 and per 10,000 to per 1,000, recording the conversion', () => {
    expect(convertMeasure(59, measureOf('万人', '参保人数'), measureOf('人', '参保人数'))).toEqual({
      value: 590000,
      conversion: { fromUnit: '万人', toUnit: '人', fromPer: null, toPer: null, factor: 10000 },
    });
    const per10k = measureOf('个', '每万人口托位数');
    const per1k = measureOf('个', '每千人口托位数');
    expect(convertMeasure(45, per10k, per1k)).toMatchObject({ value: 4.5, conversion: { factor: 0.1, fromPer: 10000, toPer: 1000 } });
    expect(convertMeasure(2, measureOf('张', '每十万人床位'), per1k)).toEqual({ reason: 'unit' });
    expect(convertMeasure(2, measureOf('万张', '每十万人床位'), measureOf('张', '每千人床位'))).toMatchObject({ value: 200 });
  });

  it('keeps apart what counts different things: a share and a count, a rate and a total', () => {
    expect(convertMeasure(5, measureOf('%', '托位'), measureOf('个', '托位'))).toEqual({ reason: 'unit' });
    expect(convertMeasure(5000, measureOf('个', '托位总数'), measureOf('个', '每千人口托位数'))).toEqual({ reason: 'per' });
  });

  it('reads who a per-capita name counts, and a table heading’s 千人口 without 每', () => {
    expect([perBaseOf('千人口托位数'), populationOf('千人口托位数')]).toEqual([1000, '人']);
    expect([perBaseOf('万人口全科医生数'), populationOf('万人口全科医生数')]).toEqual([1e4, '人']);
    expect([perBaseOf('每千名老年人护理型床位数'), populationOf('每千名老年人护理型床位数')]).toEqual([1000, '老年人']);
    expect([perBaseOf('每千老年人口养老床位数'), populationOf('每千老年人口养老床位数')]).toEqual([1000, '老年人']);
    expect([perBaseOf('每万名儿童拥有儿童福利机构床位'), populationOf('每万名儿童拥有儿童福利机构床位')]).toEqual([1e4, '儿童']);
    expect([perBaseOf('每百户居民拥有社区综合服务设施面积'), populationOf('每百户居民拥有社区综合服务设施面积')]).toEqual([100, '户']);
    // A count of people is no per-capita base.
    expect(perBaseOf('城区常住人口达到50万人口')).toBeNull();
    expect(perBaseOf('新增托位数')).toBeNull();
  });

  it('converts per-capita figures of one population only', () => {
    // 千人口 without 每 is per 1,000 people: 4.5 of it is 45 per 10,000 people.
    expect(convertMeasure(4.5, measureOf('个', '千人口托位数'), measureOf('个', '每万人口托位数'))).toMatchObject({ value: 45 });
    expect(convertMeasure(50, measureOf('张', '每万名儿童床位数'), measureOf('张', '每千名儿童床位数'))).toMatchObject({ value: 5 });
    // Per 1,000 older people, per 1,000 people and per 100 households count different things.
    expect(convertMeasure(35, measureOf('张', '每千名老年人养老床位数'), measureOf('张', '每千人口床位数'))).toEqual({ reason: 'population' });
    expect(convertMeasure(30, measureOf('平方米', '每百户社区服务设施面积'), measureOf('平方米', '每百人社区服务设施面积'))).toEqual({ reason: 'population' });
  });

  it('converts a rate between its scales and never a change in percentage points into one', () => {
    expect(convertMeasure(1.2, measureOf('/万', '孕产妇死亡率'), measureOf('/10万', '孕产妇死亡率'))).toEqual({
      value: 12,
      conversion: { fromUnit: '/万', toUnit: '/10万', fromPer: null, toPer: null, factor: 10 },
    });
    expect(convertMeasure(4.5, measureOf('‰', '婴儿死亡率'), measureOf('%', '婴儿死亡率'))).toMatchObject({ value: 0.45 });
    expect(convertMeasure(2, measureOf('个百分点', '参保率'), measureOf('%', '参保率'))).toEqual({ reason: 'unit' });
  });

  it('finds the per-1,000 catalog indicator behind a per-10,000 name', () => {
    expect(rescaledIndicator('每万人口拥有3岁以下婴幼儿托位数', '个')?.id).toBe('childcare_places_per_1000');
    expect(rescaledIndicator('每千人口拥有3岁以下婴幼儿托位数', '个')).toBeNull();
    expect(rescaledIndicator('城镇新增就业', '万人')).toBeNull();
  });
});

describe('buildTimelines', () => {
  it('lines up baseline, each plan’s target and the values reached, duplicates of a year collapsed with every quote', () => {
    const t = only({
      targets: [
        target(PLAN14.id, { baseline: { value: 95, year: 2020 }, target: { value: 97, year: 2025, op: '>=' } }),
        target(PLAN15.id, { baseline: { value: 96.5, year: 2025 }, target: { value: 98, year: 2030, op: '>=' } }),
      ],
      achieved: [reached(PLAN15.id, { value: 96.5, year: 2025 }), reached(REPORT25.id, { value: 96.5, year: 2025 }), reached(PLAN14.id, { value: 95, year: 2020 })],
    });
    expect(t.name).toBe('基本医疗保险参保率');
    expect(t.unit).toBe('%');
    expect(t.targets.map((x) => [x.year, x.value, x.op, x.plan.fiveYear])).toEqual([
      [2025, 97, '>=', 14],
      [2030, 98, '>=', 15],
    ]);
    expect(t.achieved.map((a) => [a.year, a.value, a.sources.length])).toEqual([
      [2020, 95, 1],
      [2025, 96.5, 2],
    ]);
    // Both documents' quotes of the 2025 value are kept in time order: the 2025 report, then the 十五五 plan.
    expect(t.achieved[1]!.sources.map((s) => s.documentId)).toEqual([REPORT25.id, PLAN15.id]);
    expect(t.baselines.map((b) => [b.year, b.value])).toEqual([
      [2020, 95],
      [2025, 96.5],
    ]);
  });

  it('converts 万人 and 人 of one indicator into one unit and records it', () => {
    const enrol = { name: '失业保险参保人数', indicator: 'unemployment_insurance_enrollees', domain: 'insurance' as const };
    const t = only({
      targets: [target(PLAN14.id, { ...enrol, unit: '万人', target: { value: 59, year: 2025, op: '=' } }), target(PLAN15.id, { ...enrol, unit: '万人', target: { value: 62, year: 2030, op: '>=' } })],
      achieved: [reached(REPORT25.id, { ...enrol, unit: '人', value: 603000, year: 2025 })],
    });
    expect(t.unit).toBe('万人');
    expect(t.achieved[0]).toMatchObject({ value: 60.3, conversion: { fromUnit: '人', toUnit: '万人', factor: 0.0001 } });
  });

  it('puts a per-10,000 figure on the per-1,000 indicator’s axis, and keeps a total apart', () => {
    const t = only({
      targets: [target(PLAN14.id, { name: '每千人口拥有3岁以下婴幼儿托位数', indicator: 'childcare_places_per_1000', domain: 'childcare', unit: '个', target: { value: 4.5, year: 2025, op: '=' }, stretch: 4.9 })],
      achieved: [
        reached(REPORT25.id, { name: '每万人口拥有3岁以下婴幼儿托位数', indicator: null, domain: 'childcare', unit: '个', value: 50, year: 2025 }),
        reached(REPORT25.id, { name: '每千人口拥有3岁以下婴幼儿托位数', indicator: 'childcare_places_per_1000', domain: 'childcare', unit: '%', value: 12, year: 2024 }),
      ],
    });
    expect(t.indicator).toBe('childcare_places_per_1000');
    expect(t.achieved.map((a) => [a.year, a.value, a.conversion?.factor])).toEqual([[2025, 5, 0.1]]);
    expect(t.targets[0]).toMatchObject({ value: 4.5, stretch: 4.9 });
    expect(t.apart.map((a) => [a.what, a.reason, a.year])).toEqual([['achieved', 'unit', 2024]]);
  });

  it('keeps a flow apart from a level of the same indicator', () => {
    const t = only({
      targets: [target(PLAN14.id, { name: '每千人口医疗卫生机构床位数', indicator: 'hospital_beds_per_1000', domain: 'health', unit: '张', target: { value: 6.5, year: 2025, op: '=' } })],
      achieved: [reached(PLAN14.id, { name: '每千人口医疗卫生机构床位数比“十二五”末增长', indicator: 'hospital_beds_per_1000', domain: 'health', unit: '%', value: 31.1, year: 2020, kind: 'increment' })],
    });
    expect(t.kind).toBe('level');
    expect(t.apart.map((a) => a.reason)).toEqual(['kind']);
  });

  it('draws the benchmarks of each period that apply to the region', () => {
    const bench = (over: Partial<Benchmark>): Benchmark =>
      ({ id: 'b', indicator: 'childcare_places_per_1000', name: '每千人口拥有3岁以下婴幼儿托位数', scope: 'national', province: null, period: '14th', value: 4.5, text: null, op: '=', year: 2025, unit: '个', kind: 'level', binding: 'expected', baseline: null, quote: '4.5个', url: null, source: { title: '国家“十四五”规划', url: '', alsoSeenAt: [], note: null }, note: null, conflicts: [], ...over }) as Benchmark;
    const t = only({
      targets: [target(PLAN14.id, { name: '每千人口拥有3岁以下婴幼儿托位数', indicator: 'childcare_places_per_1000', domain: 'childcare', unit: '个', target: { value: 4.5, year: 2025, op: '=' } })],
      benchmarks: [bench({ id: 'n14' }), bench({ id: 'n15', period: '15th', year: 2030, value: 5.5 }), bench({ id: 'sc', scope: 'provincial', province: '四川省', value: 4 }), bench({ id: 'hn', scope: 'provincial', province: '河南省', value: 4.2 })],
      provinces: new Map([[REGION, '河南']]),
    });
    expect(t.benchmarks.map((b) => [b.id, b.year, b.value])).toEqual([
      ['n14', 2025, 4.5],
      ['hn', 2025, 4.2],
      ['n15', 2030, 5.5],
    ]);
  });

  it('gives each region its own timelines', () => {
    const all = timelines({ documents: [...DOCS, doc('other', {}, 'r-2')], targets: [target(PLAN14.id), target('other', {}, 'r-2')] });
    expect(all.map((t) => t.regionId)).toEqual(['r-2', REGION]);
  });
});

describe('judge', () => {
  const ask = (value: number, op: '>=' | '<=' | '=' | '~' | '>' | null, over: { stretch?: number; valueMax?: number } = {}) => ({ value, op, stretch: over.stretch ?? null, valueMax: over.valueMax ?? null });
  it('reads ≥ and = targets of a higher-is-better indicator as floors', () => {
    expect(judge(ask(97, '>='), { value: 96.5, op: '=' }, 'higher')).toBe('not-met');
    expect(judge(ask(97, '>='), { value: 97, op: '=' }, 'higher')).toBe('met');
    expect(judge(ask(94, '='), { value: 95, op: '=' }, 'higher')).toBe('met');
    expect(judge(ask(95, '>'), { value: 95, op: '=' }, 'higher')).toBe('not-met');
  });

  it('reads a ≤ target, or a plain one of a lower-is-better indicator, as a ceiling', () => {
    expect(judge(ask(5.5, '<='), { value: 5.2, op: '=' }, 'lower')).toBe('met');
    expect(judge(ask(5.5, '='), { value: 5.8, op: '=' }, 'lower')).toBe('not-met');
    expect(judge(ask(12, '<='), { value: 11, op: '=' }, 'higher')).toBe('met');
  });

  it('tells a target met at its 力争 stretch', () => {
    expect(judge(ask(4.5, '=', { stretch: 4.9 }), { value: 5, op: '=' }, 'higher')).toBe('met-stretch');
    expect(judge(ask(4.5, '=', { stretch: 4.9 }), { value: 4.6, op: '=' }, 'higher')).toBe('met');
    expect(judge(ask(6, '<=', { stretch: 5 }), { value: 4.8, op: '=' }, 'lower')).toBe('met-stretch');
  });

  it('reads a range by polarity: floor, ceiling or inside', () => {
    expect(judge(ask(1, null, { valueMax: 2 }), { value: 1.2, op: '=' }, 'higher')).toBe('met');
    expect(judge(ask(1, null, { valueMax: 2 }), { value: 2.5, op: '=' }, 'lower')).toBe('not-met');
    expect(judge(ask(1, null, { valueMax: 2 }), { value: 2.5, op: '=' }, 'neutral')).toBe('not-met');
    expect(judge(ask(100, '~'), { value: 103, op: '=' }, 'neutral')).toBe('met');
  });

  it('decides with a reached bound only when the bound is enough', () => {
    expect(judge(ask(95, '>='), { value: 96, op: '>' }, 'higher')).toBe('met');
    expect(judge(ask(95, '>='), { value: 90, op: '>' }, 'higher')).toBe('bound');
    expect(judge(ask(95, '>='), { value: 90, op: '<=' }, 'higher')).toBe('not-met');
  });
});

describe('metResults', () => {
  it('judges a target by the value reached in its year, keeps both quotes, and says when there is no data', () => {
    const t = only({
      targets: [target(PLAN14.id, { target: { value: 97, year: 2025, op: '>=' } }), target(PLAN15.id, { target: { value: 98, year: 2030, op: '>=' } })],
      achieved: [reached(PLAN15.id, { value: 96.5, year: 2025 })],
    });
    const results = metResults(t);
    expect(results.map((r) => [r.year, r.status, r.gap])).toEqual([
      [2025, 'not-met', -0.5],
      [2030, 'no-data', null],
    ]);
    expect(results[0]!.target!.source.quote).toContain('97%');
    expect(results[0]!.achieved!.sources[0]!.quote).toContain('96.5%');
  });

  it('lets the latest report decide and lists the other values of the year', () => {
    const t = only({
      targets: [target(PLAN14.id)],
      achieved: [reached(PLAN15.id, { value: 96.8 }), reached(REPORT25.id, { value: 97.1 })],
    });
    // The 十五五 plan (2026) is later than the 2025 report.
    const [r] = metResults(t);
    expect(r!.achieved!.value).toBe(96.8);
    expect(r!.status).toBe('not-met');
    expect(r!.others.map((o) => o.value)).toEqual([97.1]);
  });

  it('never guesses across units: a target whose year has only an incomparable value is not comparable, with the reason', () => {
    const t = only({
      targets: [target(PLAN14.id, { name: '养老服务设施', indicator: null, unit: '个', target: { value: 500, year: 2025, op: '>=' } })],
      achieved: [reached(REPORT25.id, { name: '养老服务设施', indicator: null, unit: '%', value: 100, year: 2025 })],
    });
    const [r] = metResults(t);
    expect(r).toMatchObject({ status: 'not-comparable', reason: 'unit' });
  });

  it('judges a target per 100,000 by a value reached per 10,000, converted and saying so', () => {
    const mm = { name: '孕产妇死亡率', indicator: 'maternal_mortality', domain: 'health' as const };
    const report = reached(REPORT25.id, { ...mm, unit: '/万', value: 1.05, year: 2025 });
    const t = only({ targets: [target(PLAN14.id, { ...mm, unit: '/10万', target: { value: 12, year: 2025, op: '<=' } })], achieved: [report] });
    expect(t.unit).toBe('/10万');
    const [r] = metResults(t);
    expect(r).toMatchObject({ status: 'met', gap: 1.5 });
    expect(r!.achieved).toMatchObject({ value: 10.5, conversion: { fromUnit: '/万', toUnit: '/10万', factor: 10 } });
    // The record stays as the report wrote it.
    expect(report.record).toMatchObject({ unit: '/万', value: 1.05 });
  });

  it('judges a lower-is-better target by its ceiling', () => {
    const unemp = { name: '城镇调查失业率', indicator: 'urban_surveyed_unemployment', domain: 'employment' as const };
    const t = only({ targets: [target(PLAN14.id, { ...unemp, target: { value: 5.5, year: 2025, op: '<=' } })], achieved: [reached(REPORT25.id, { ...unemp, value: 5.1 })] });
    expect(metResults(t)[0]).toMatchObject({ status: 'met', gap: 0.4 });
  });
});

describe('planOverPlan', () => {
  const kinds = new Map(DOCS.map((d) => [d.id, d.metadata.kind]));
  function change(targets: ReturnType<typeof target>[]) {
    const tl = timelines({ targets });
    return planOverPlan(tl, 14, 15, kinds);
  }

  it('says raised, lowered or unchanged with the size of the change and whether it is more ambitious', () => {
    const raised = change([target(PLAN14.id), target(PLAN15.id, { target: { value: 98, year: 2030, op: '>=' } })])[0]!;
    expect(raised).toMatchObject({ change: 'raised', delta: 1, ambition: 'more' });
    expect(raised.relative).toBeCloseTo(1 / 97);
    const unemp = { name: '城镇调查失业率', indicator: 'urban_surveyed_unemployment', domain: 'employment' as const };
    const lowered = change([target(PLAN14.id, { ...unemp, target: { value: 5.5, year: 2025, op: '<=' } }), target(PLAN15.id, { ...unemp, target: { value: 5, year: 2030, op: '<=' } })])[0]!;
    expect(lowered).toMatchObject({ change: 'lowered', delta: -0.5, ambition: 'more' });
    const same = change([target(PLAN14.id), target(PLAN15.id, { target: { value: 97, year: 2030, op: '>=' } })])[0]!;
    expect(same).toMatchObject({ change: 'unchanged', delta: 0, ambition: 'same' });
  });

  it('says new and dropped, and ignores annual programmes', () => {
    const unemp = { name: '城镇调查失业率', indicator: 'urban_surveyed_unemployment', domain: 'employment' as const, unit: '%' };
    const rows = change([
      target(PLAN14.id),
      target(REPORT25.id, { target: { value: 99, year: 2025, op: '>=' } }),
      target(PLAN15.id, { ...unemp, target: { value: 5.5, year: 2030, op: '<=' } }),
    ]);
    expect(rows.map((r) => [r.indicator, r.change, r.from?.target?.value ?? null])).toEqual([
      ['medical_insurance_coverage', 'dropped', 97],
      ['urban_surveyed_unemployment', 'new', null],
    ]);
  });

  it('compares only regions with plans of both periods: one without its 十五五 plan has dropped nothing', () => {
    const other = doc('other14', {}, 'r-2');
    const tl = buildTimelines({ documents: [...DOCS, other], targets: [target(PLAN14.id), target(PLAN15.id, { target: { value: 98, year: 2030, op: '>=' } }), target(other.id, {}, 'r-2')], achieved: [] });
    expect(planOverPlan(tl, 14, 15, kinds).map((c) => c.regionId)).toEqual([REGION]);
  });

  it('compares across 万人 and 人, and not across a share and a count', () => {
    const enrol = { name: '失业保险参保人数', indicator: 'unemployment_insurance_enrollees', domain: 'insurance' as const };
    const [c] = change([target(PLAN14.id, { ...enrol, unit: '万人', target: { value: 59, year: 2025, op: '=' } }), target(PLAN15.id, { ...enrol, unit: '人', target: { value: 620000, year: 2030, op: '=' } })]);
    expect(c).toMatchObject({ change: 'raised', delta: 3 });
    const facility = { name: '养老服务设施', indicator: null };
    const [d] = change([
      target(PLAN14.id, { ...facility, unit: '个', target: { value: 500, year: 2025, op: '>=' } }),
      target(PLAN15.id, { ...facility, unit: '%', target: { value: 100, year: 2030, op: '=' } }),
      target(PLAN15.id, { ...facility, unit: '%', target: { value: 100, year: 2029, op: '=' } }),
    ]);
    expect(d).toMatchObject({ change: 'not-comparable', reason: 'unit' });
  });

  it('chooses the two latest periods by default', () => {
    const tl = timelines({ targets: [target(PLAN14.id), target(PLAN15.id, { target: { value: 98, year: 2030, op: '>=' } })] });
    expect(defaultPeriods(tl)).toEqual({ from: 14, to: 15 });
    expect(defaultPeriods([])).toBeNull();
  });
});
