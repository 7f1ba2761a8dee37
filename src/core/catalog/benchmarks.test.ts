import { describe, expect, it } from 'vitest';
import referenceFile from '../../data/benchmarks.json';
import { conflictIndicators, disagreements, loadBenchmarks, parseBenchmarks, periodOfYear, type Benchmark } from './benchmarks';

function loaded() {
  const result = loadBenchmarks();
  if (!result.ok) throw new Error(`benchmarks invalid: ${result.issues.join(', ')}`);
  return result.value;
}

function minimalFile(target: Record<string, unknown> = {}) {
  return {
    version: 1,
    benchmarks: [
      {
        scope: 'province',
        region: '河南省',
        source_title: '河南省规划',
        source_url: 'https://example.org/henan',
        targets: [
          {
            indicator: 'medical_insurance_coverage',
            name: '基本医疗保险参保率',
            unit: '%',
            baseline: null,
            target: { value: 97, year: 2025, op: '=' },
            kind: 'level',
            binding: null,
            quote: '参保率97%',
            ...target,
          },
        ],
      },
    ],
    conflicts: [],
    not_found: [],
  };
}

describe('loadBenchmarks', () => {
  it('reads every target of the bundled reference file into a row', () => {
    const set = loaded();
    const count = referenceFile.benchmarks.reduce((sum, source) => sum + source.targets.length, 0);
    expect(count).toBeGreaterThan(40);
    expect(set.rows).toHaveLength(count);
    expect(new Set(set.rows.map((r) => r.id)).size).toBe(set.rows.length);
    expect(set.notFound.length).toBeGreaterThan(0);
  });

  it('keeps the source, its other addresses and notes on each row', () => {
    const henan = loaded().rows.find((r) => r.province === '河南省');
    expect(henan).toMatchObject({
      scope: 'provincial',
      indicator: 'medical_insurance_coverage',
      value: 97,
      period: '14th',
      source: { url: 'https://www.laitimes.com/en/article/33p1d_3kejm.html', alsoSeenAt: ['https://www.porvex.com/yixue/208016.html'] },
    });
    expect(henan?.note).toContain('English translation');
    expect(henan?.source.note).toContain('headline figure');
  });

  it('keeps qualitative targets with their wording and no value', () => {
    const orphan = loaded().rows.find((r) => r.indicator === 'orphan_protection_coverage');
    expect(orphan).toMatchObject({ value: null, op: null, text: '应保尽保' });
  });

  it('places 2030 targets in the 十五五 period and 2023 ones in 十四五', () => {
    const rows = loaded().rows;
    expect(rows.find((r) => r.indicator === 'life_expectancy' && r.year === 2030)?.period).toBe('15th');
    expect(rows.find((r) => r.province === '河北省' && r.year === 2023)?.period).toBe('14th');
  });

  it('keeps a baseline’s own address and note', () => {
    const childcare = loaded().rows.find((r) => r.id === 's0t0');
    expect(childcare?.baseline).toMatchObject({ value: 1.8, year: 2020, url: 'http://www.xrxxw.com/tag/481798.html' });
  });

  it('attaches the file’s conflict entries to every indicator they name', () => {
    const set = loaded();
    expect(set.conflicts.find((c) => c.label.startsWith('childcare'))?.indicators).toEqual([
      'childcare_places_per_1000',
      'nursing_bed_ratio',
      'pension_insurance_coverage',
    ]);
    const training = set.rows.filter((r) => r.indicator === 'subsidized_skills_training');
    expect(training).toHaveLength(2);
    for (const row of training) expect(row.conflicts.some((d) => d.includes('7500'))).toBe(true);
  });

  it('shows both skills-training figures as a disagreement rather than choosing one', () => {
    const found = disagreements(loaded().rows);
    const training = found.find((d) => d.indicator === 'subsidized_skills_training');
    expect(training?.rows.map((r) => r.value).sort()).toEqual([1500, 7500]);
    // Several sources state the same 4.5 托位 and 55% 护理型床位: agreement is not a disagreement.
    expect(found.map((d) => d.indicator)).not.toContain('childcare_places_per_1000');
    expect(found.map((d) => d.indicator)).not.toContain('nursing_bed_ratio');
  });
});

describe('parseBenchmarks', () => {
  it('accepts a minimal valid file', () => {
    const result = parseBenchmarks(minimalFile());
    expect(result.ok && result.value.rows[0]).toMatchObject({ id: 's0t0', province: '河南省', text: null, url: null, conflicts: [] });
  });

  it('reports the path of each invalid field', () => {
    const result = parseBenchmarks(minimalFile({ target: { value: '97', year: 2025, op: '≥' } }));
    expect(result).toEqual({
      ok: false,
      code: 'invalid-benchmarks',
      issues: ['benchmarks.0.targets.0.target.value', 'benchmarks.0.targets.0.target.op'],
    });
  });

  it('refuses a target year outside 十四五 and 十五五', () => {
    const result = parseBenchmarks(minimalFile({ target: { value: 97, year: 2035, op: '=' } }));
    expect(result).toEqual({ ok: false, code: 'invalid-benchmarks', issues: ['benchmarks.0.targets.0.target.year'] });
  });

  it('refuses something that is not the reference file', () => {
    expect(parseBenchmarks([]).ok).toBe(false);
    expect(parseBenchmarks({ ...minimalFile(), version: 2 }).ok).toBe(false);
  });
});

describe('periodOfYear', () => {
  it('maps the five-year periods and nothing else', () => {
    expect([2020, 2021, 2025, 2026, 2030, 2031].map(periodOfYear)).toEqual([null, '14th', '14th', '15th', '15th', null]);
  });
});

describe('conflictIndicators', () => {
  it('ignores the parenthesis and keeps catalog ids only', () => {
    expect(conflictIndicators('a_b / c (baselines)')).toEqual(['a_b', 'c']);
    expect(conflictIndicators('养老 / x')).toEqual(['x']);
  });
});

describe('disagreements', () => {
  it('separates provinces and years', () => {
    const base = loaded().rows.find((r) => r.province === '河南省') as Benchmark;
    const national: Benchmark = { ...base, id: 'n', scope: 'national', province: null, value: 95 };
    const later: Benchmark = { ...base, id: 'l', year: 2024, value: 96 };
    expect(disagreements([base, national, later])).toEqual([]);
    expect(disagreements([base, { ...base, id: 'x', op: '>=' }])).toHaveLength(1);
  });
});
