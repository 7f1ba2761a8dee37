import { describe, expect, it } from 'vitest';
import { buildPanels, orderRows, polarityOf, signedGap, targetLabel, type Panel } from './compare';
import { benchmark, comparison, input, LIZHOU, REGIONS, XINXIANG, XIONGAN } from './compare.fixtures';
import { indicatorById } from '../catalog/catalog';

function panel(panels: Panel[], testId: string): Panel {
  const found = panels.find((p) => p.testId === testId);
  if (!found) throw new Error(`no panel ${testId} in ${panels.map((p) => p.testId).join(', ')}`);
  return found;
}

function row(p: Panel, regionName: string) {
  const found = p.rows.find((r) => r.regionName === regionName);
  if (!found) throw new Error(`no row for ${regionName}`);
  return found;
}

describe('targetLabel', () => {
  const base = { value: 55, op: null, upper: null, range: false, text: null, kind: 'level' } as const;

  it('writes the op in front of the value', () => {
    expect(targetLabel({ ...base, op: '>=' })).toBe('≥55');
    expect(targetLabel({ ...base, op: '>', value: 95 })).toBe('>95');
    expect(targetLabel({ ...base, op: '~', value: 90 })).toBe('~90');
    expect(targetLabel({ ...base, op: '<=', value: 5.5 })).toBe('≤5.5');
    expect(targetLabel({ ...base, op: '=' })).toBe('55');
  });

  it('reads a 力争 stretch after the floor', () => {
    expect(targetLabel({ ...base, value: 4.5, upper: 4.9, op: '=' })).toBe('4.5→4.9');
  });

  it('writes a range with both bounds and a cumulative total in brackets', () => {
    expect(targetLabel({ ...base, value: 1, upper: 2, range: true, op: '>=' })).toBe('1~2');
    expect(targetLabel({ ...base, value: 5.4, kind: 'cumulative' })).toBe('[5.4]');
  });

  it('gives the words of a qualitative target', () => {
    expect(targetLabel({ ...base, value: null, text: '应保尽保' })).toBe('应保尽保');
  });
});

describe('buildPanels', () => {
  const childcare = [
    input(XINXIANG, { target: { value: 4.5, year: 2025, op: '=' }, stretch: 4.9 }),
    input(LIZHOU, { target: { value: 5, year: 2025, op: '=' }, baseline: { value: 0.3, year: 2020 } }),
  ];

  it('lists every region in view, a region without a target as unset and never as zero', () => {
    const panels = buildPanels(comparison(childcare, { domain: 'childcare' }));
    const p = panel(panels, 'chart-childcare_places_per_1000');
    expect(p.rows.map((r) => r.regionName)).toEqual(['新乡市', '雄安新区', '广元市利州区']);
    expect(row(p, '新乡市')).toMatchObject({ status: 'set', value: 4.5, upper: 4.9, label: '4.5→4.9', year: 2025 });
    expect(row(p, '广元市利州区')).toMatchObject({ status: 'set', value: 5, label: '5', baseline: { value: 0.3, year: 2020 } });
    expect(row(p, '雄安新区')).toMatchObject({ status: 'unset', value: null, label: '' });
  });

  it('keeps only the regions in view and the chosen domain', () => {
    const rows = [...childcare, input(XINXIANG, { indicator: 'nursing_bed_ratio', domain: 'elderly', name: '护理型床位占比', unit: '%' })];
    const panels = buildPanels(comparison(rows, { domain: 'childcare', regions: [LIZHOU] }));
    expect(panels.map((p) => p.testId)).toEqual(['chart-childcare_places_per_1000']);
    expect(panels[0]?.rows.map((r) => r.regionName)).toEqual(['广元市利州区']);
  });

  it('never puts units of different families on one axis', () => {
    const rows = [
      input(XINXIANG, { indicator: 'old_community_renovation', domain: 'housing', name: '老旧小区改造', unit: '户', target: { value: 61122, year: 2025, op: '=' } }),
      input(LIZHOU, { indicator: 'old_community_renovation', domain: 'housing', name: '老旧小区改造', unit: '个', target: { value: 614, year: 2025, op: '=' } }),
      input(XIONGAN, { indicator: 'old_community_renovation', domain: 'housing', name: '老旧小区改造', unit: '个', target: { value: 4, year: 2025, op: '=' } }),
    ];
    const panels = buildPanels(comparison(rows));
    expect(panels).toHaveLength(2);
    const primary = panel(panels, 'chart-old_community_renovation');
    expect(primary.unit).toBe('个');
    expect(row(primary, '新乡市')).toMatchObject({ status: 'elsewhere', value: null });
    const other = panels.find((p) => !p.primary) as Panel;
    expect(other.unit).toBe('户');
    expect(row(primary, '新乡市').elsewhere).toBe(other.id);
    expect(other.rows.map((r) => r.regionName)).toEqual(['新乡市']);
  });

  it('converts 万人 and 人 to one display unit without changing the record', () => {
    const rows = [
      input(XINXIANG, { indicator: 'urban_new_jobs', domain: 'employment', name: '城镇新增就业', unit: '人', kind: 'cumulative', target: { value: 30000, year: 2025, op: '=' } }),
      input(LIZHOU, { indicator: 'urban_new_jobs', domain: 'employment', name: '城镇新增就业', unit: '万人', kind: 'cumulative', target: { value: 5.4, year: 2025, op: '=' } }),
    ];
    const [p] = buildPanels(comparison(rows));
    expect(p?.unit).toBe('万人');
    expect(row(p as Panel, '新乡市')).toMatchObject({ value: 3, label: '[3]' });
    expect(row(p as Panel, '新乡市').record?.target.value).toBe(30000);
    expect(row(p as Panel, '广元市利州区').value).toBe(5.4);
  });

  it('puts a rate per 10,000 beside a benchmark per 100,000 on one axis, converted and saying so, the record unchanged', () => {
    const mm = { indicator: 'maternal_mortality', domain: 'health' as const, name: '孕产妇死亡率' };
    const rows = [
      input(XINXIANG, { ...mm, unit: '/万', target: { value: 1.05, year: 2025, op: '<=' } }),
      input(LIZHOU, { ...mm, unit: '/10万', target: { value: 9, year: 2025, op: '<=' } }),
    ];
    const national = benchmark({ indicator: 'maternal_mortality', name: '孕产妇死亡率', unit: '/10万', value: 16.5, op: '<=' });
    const panels = buildPanels(comparison(rows, { benchmarks: [national] }));
    // One chart: per 10,000 and per 100,000 are one rate at two scales.
    expect(panels).toHaveLength(1);
    const p = panels[0] as Panel;
    expect(p.unit).toBe('/10万');
    expect(row(p, '新乡市')).toMatchObject({ value: 10.5, label: '≤10.5', conversion: { fromUnit: '/万', toUnit: '/10万', factor: 10 } });
    expect(row(p, '新乡市').record).toMatchObject({ unit: '/万', target: { value: 1.05 } });
    expect(row(p, '广元市利州区')).toMatchObject({ value: 9, conversion: null });
    expect(p.lines.map((l) => [l.value, l.conversions])).toEqual([[16.5, []]]);
    // Against the national 16.5/10万, 1.05/万 (10.5/10万) is 6 per 100,000 more ambitious: the gap is measured at one scale.
    expect(row(p, '新乡市').reference?.gap).toBe(6);
  });

  it('converts a benchmark per 100,000 onto an axis per 10,000, and never a change in percentage points onto a rate axis', () => {
    const own = { indicator: null, domain: 'health' as const, name: '某病发病率' };
    const rows = [input(XINXIANG, { ...own, unit: '/万', target: { value: 3, year: 2025, op: '<=' } }), input(LIZHOU, { ...own, unit: '/万', target: { value: 2, year: 2025, op: '<=' } })];
    const line = benchmark({ indicator: null, name: '某病发病率', unit: '/10万', value: 25, op: '<=' });
    const [p] = buildPanels(comparison(rows, { benchmarks: [line] }));
    expect(p?.unit).toBe('/万');
    expect(p?.lines.map((l) => [l.value, l.conversions])).toEqual([[2.5, [{ fromUnit: '/10万', toUnit: '/万', factor: 0.1 }]]]);
    const change = input(XIONGAN, { ...own, unit: '个百分点', target: { value: 1, year: 2025, op: '=' } });
    const panels = buildPanels(comparison([...rows, change]));
    expect(panels.map((x) => x.unit)).toEqual(['/万', '个百分点']);
  });

  it('puts increments and cumulative totals in their own section, apart from levels', () => {
    const rows = [
      ...childcare,
      input(XIONGAN, { indicator: 'childcare_places_new', name: '新增普惠托位', kind: 'increment', target: { value: 132, year: 2024, op: '=' } }),
      // (Named in the catalog's words as the level beside it is, so the id still makes the increment the effective one:
      // a target named otherwise comes after one named as the catalog names the indicator, effective.ts step 7.)
      input(LIZHOU, { indicator: 'childcare_places_per_1000', kind: 'increment', name: '每千人口拥有3岁以下婴幼儿托位数', target: { value: 1.2, year: 2025, op: '=' } }),
    ];
    const panels = buildPanels(comparison(rows, { domain: 'childcare' }));
    const levels = panel(panels, 'chart-childcare_places_per_1000');
    expect(levels.section).toBe('level');
    const increments = panels.filter((p) => p.section === 'flow');
    expect(increments.map((p) => p.kind)).toEqual(['increment', 'increment']);
    expect(increments.map((p) => p.indicator).sort()).toEqual(['childcare_places_new', 'childcare_places_per_1000']);
    expect(panels.map((p) => p.section)).toEqual(['level', 'flow', 'flow']);
  });

  it('shows a qualitative target as its words, with no number', () => {
    const rows = [input(LIZHOU, { indicator: 'orphan_protection_coverage', name: '孤儿保障覆盖率', unit: '%', target: { value: null, year: 2025, op: null, text: '应保尽保' } })];
    const p = panel(buildPanels(comparison(rows)), 'chart-orphan_protection_coverage');
    expect(row(p, '广元市利州区')).toMatchObject({ status: 'qualitative', value: null, label: '应保尽保' });
  });

  it('gives targets outside the catalog a sanitised chart id', () => {
    const rows = [input(LIZHOU, { indicator: null, name: '婚检筛查率(%)', unit: '%', target: { value: 90, year: 2025, op: '>=' } })];
    const [p] = buildPanels(comparison(rows));
    expect(p?.testId).toBe('chart-name-婚检筛查率');
    expect(p?.indicator).toBe('name:婚检筛查率(%)');
  });

  it('measures a 十四五 target against the 2025 benchmarks and a 十五五 one against the 2030 ones', () => {
    const rows = [
      input(XINXIANG, { indicator: 'nursing_bed_ratio', domain: 'elderly', unit: '%', target: { value: 55, year: 2025, op: '>=' } }),
      input(LIZHOU, { indicator: 'nursing_bed_ratio', domain: 'elderly', unit: '%', target: { value: 70, year: 2030, op: '=' } }),
    ];
    const benchmarks = [
      benchmark({ indicator: 'nursing_bed_ratio', unit: '%', value: 55, year: 2025, period: '14th' }),
      benchmark({ indicator: 'nursing_bed_ratio', unit: '%', value: 73, year: 2030, period: '15th' }),
    ];
    const [p] = buildPanels(comparison(rows, { benchmarks }));
    expect(p?.periods).toEqual(['14th', '15th']);
    expect(p?.lines.map((l) => [l.year, l.value])).toEqual([
      [2025, 55],
      [2030, 73],
    ]);
    expect(row(p as Panel, '新乡市').reference).toMatchObject({ gap: 0, line: { year: 2025 } });
    expect(row(p as Panel, '广元市利州区').reference).toMatchObject({ gap: -3, line: { year: 2030 } });
  });

  it('uses a province’s own benchmark for its regions and the national one for the others', () => {
    const benchmarks = [
      benchmark({ value: 4.5 }),
      benchmark({ scope: 'provincial', province: '河南省', value: 5 }),
      benchmark({ scope: 'provincial', province: '河北省', value: 2.9, year: 2023 }),
    ];
    const [p] = buildPanels(comparison(childcare, { benchmarks }));
    expect(p?.lines.map((l) => [l.value, l.scopes.map((s) => s.province ?? s.scope)])).toEqual([
      [4.5, ['national']],
      [5, ['河南']],
    ]);
    expect(row(p as Panel, '新乡市').reference).toMatchObject({ gap: -0.5, scope: { scope: 'provincial', province: '河南' } });
    expect(row(p as Panel, '广元市利州区').reference).toMatchObject({ gap: 0.5, scope: { scope: 'national' } });
  });

  it('draws one line for sources that agree and keeps every source', () => {
    const benchmarks = [benchmark({ value: 4.5 }), benchmark({ value: 4.5, source: { title: '纲要', url: 'u', alsoSeenAt: [], note: null } })];
    const [p] = buildPanels(comparison(childcare, { benchmarks }));
    expect(p?.lines).toHaveLength(1);
    expect(p?.lines[0]?.sources).toHaveLength(2);
  });

  it('lists a national total but draws no line for it beside a region’s amount', () => {
    const rows = [input(LIZHOU, { indicator: 'elderly_care_beds_total', domain: 'elderly', name: '养老服务床位总量', unit: '万张', target: { value: 0.3, year: 2025, op: '=' } })];
    const benchmarks = [benchmark({ indicator: 'elderly_care_beds_total', name: '养老服务床位总量', unit: '万张', value: 1000, op: '~' })];
    const [p] = buildPanels(comparison(rows, { benchmarks }));
    expect(p?.lines).toEqual([]);
    expect(p?.undrawn.map((u) => u.reason)).toEqual(['total']);
  });

  it('signs the gap by polarity: a lower unemployment target is the more ambitious', () => {
    const rows = [input(LIZHOU, { indicator: 'urban_surveyed_unemployment', domain: 'employment', name: '城镇调查失业率', unit: '%', target: { value: 6, year: 2025, op: '<' } })];
    const benchmarks = [benchmark({ indicator: 'urban_surveyed_unemployment', unit: '%', value: 5.5, op: '<=' })];
    const [p] = buildPanels(comparison(rows, { benchmarks }));
    expect(p?.polarity).toBe('lower');
    expect(row(p as Panel, '广元市利州区').reference?.gap).toBe(-0.5);
  });
});

describe('signedGap and polarityOf', () => {
  it('counts a higher value as more ambitious unless lower is better', () => {
    expect(signedGap(5, 4.5, 'higher')).toBe(0.5);
    expect(signedGap(5, 4.5, 'lower')).toBe(-0.5);
    expect(signedGap(5, 4.5, 'neutral')).toBe(0.5);
  });

  it('takes the catalog’s polarity, and guesses from the name outside it', () => {
    expect(polarityOf(indicatorById('urban_registered_unemployment'), '')).toBe('lower');
    expect(polarityOf(null, '孕产妇死亡率')).toBe('lower');
    expect(polarityOf(null, '婚检筛查率')).toBe('higher');
  });
});

describe('orderRows', () => {
  it('orders by value or ambition and leaves rows without a number last', () => {
    const rows = [input(XINXIANG, { target: { value: 4.5, year: 2025, op: '=' } }), input(LIZHOU, { target: { value: 5, year: 2025, op: '=' } })];
    const [p] = buildPanels(comparison(rows, { regions: REGIONS }));
    const names = (order: Parameters<typeof orderRows>[1], polarity: Parameters<typeof orderRows>[2] = 'higher') =>
      orderRows((p as Panel).rows, order, polarity).map((r) => r.regionName);
    expect(names('region')).toEqual(['新乡市', '雄安新区', '广元市利州区']);
    expect(names('value-desc')).toEqual(['广元市利州区', '新乡市', '雄安新区']);
    expect(names('value-asc')).toEqual(['新乡市', '广元市利州区', '雄安新区']);
    expect(names('ambition', 'lower')).toEqual(['新乡市', '广元市利州区', '雄安新区']);
  });
});
