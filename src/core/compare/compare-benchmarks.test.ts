import { describe, expect, it } from 'vitest';
import { benchmarkPeriodFor, guessProvince, isIntensive, provinceMentions, provinceOfMentions, provinceShortName, referenceFor, referenceLines } from './compare-benchmarks';
import { benchmark } from './compare.fixtures';

describe('benchmarkPeriodFor', () => {
  it('puts targets up to 2025 in 十四五 and 2026–2030 in 十五五', () => {
    expect(benchmarkPeriodFor(2022)).toBe('14th');
    expect(benchmarkPeriodFor(2025)).toBe('14th');
    expect(benchmarkPeriodFor(2026)).toBe('15th');
    expect(benchmarkPeriodFor(2030)).toBe('15th');
    expect(benchmarkPeriodFor(2035)).toBeNull();
    expect(benchmarkPeriodFor(null)).toBeNull();
  });
});

describe('guessProvince', () => {
  it('takes the province the documents name most, at least twice', () => {
    expect(guessProvince(['新乡市……河南省……河南', '对接郑州,河北'])).toBe('河南');
    expect(guessProvince(['四川'])).toBeNull();
    expect(guessProvince(['河南 河北', '河南 河北'])).toBeNull();
  });

  it('counts mentions already found as it counts them in the texts (Compare counts each document\'s stored mentions)', () => {
    const texts = ['新乡市……河南省……河南', '对接郑州,河北', '内蒙古自治区 黑龙江省 江西', '河北', '四川', '浙江 西藏', ''];
    for (let a = 0; a < texts.length; a++) {
      for (let b = a; b < texts.length; b++) {
        const some = texts.slice(a, b + 1);
        expect(provinceOfMentions(some.flatMap(provinceMentions)), some.join('|')).toBe(guessProvince(some));
      }
    }
    // One mention in each of two documents is twice; a tie is no guess.
    expect(provinceOfMentions(['四川', '四川'])).toBe('四川');
    expect(provinceOfMentions(['河南', '河北', '河北', '河南'])).toBeNull();
  });

  it('reads short names from full ones', () => {
    expect(provinceShortName('河南省')).toBe('河南');
    expect(provinceShortName('广西壮族自治区')).toBe('广西');
    expect(provinceShortName(null)).toBeNull();
  });
});

describe('isIntensive', () => {
  it('treats rates, shares and per-capita figures as comparable across scales, totals not', () => {
    expect(isIntensive('养老机构护理型床位占比', '%')).toBe(true);
    expect(isIntensive('每千人口拥有3岁以下婴幼儿托位数', '个')).toBe(true);
    expect(isIntensive('人均预期寿命', '岁')).toBe(true);
    expect(isIntensive('养老服务床位总量', '万张')).toBe(false);
    expect(isIntensive('城镇新增就业', '万人')).toBe(false);
  });
});

describe('referenceLines', () => {
  const query = { periods: new Set(['14th'] as const), provinces: new Set(['河北']), unit: '个', kind: 'level' as const, name: '每千人口托位数' };

  it('merges a national and a provincial benchmark of the same value into one line naming both', () => {
    const { lines } = referenceLines([benchmark({ value: 4.5 }), benchmark({ scope: 'provincial', province: '河北省', value: 4.5 })], query);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.scopes).toEqual([
      { scope: 'national', province: null, name: null },
      { scope: 'provincial', province: '河北', name: '河北省' },
    ]);
  });

  it('skips other periods, intermediate years and provinces not in view', () => {
    const { lines } = referenceLines(
      [
        benchmark({ value: 5.5, year: 2030, period: '15th' }),
        benchmark({ scope: 'provincial', province: '河北省', value: 2.9, year: 2023 }),
        benchmark({ scope: 'provincial', province: '河南省', value: 5 }),
      ],
      query,
    );
    expect(lines).toEqual([]);
  });

  it('lists qualitative benchmarks and other units without drawing them', () => {
    const { lines, undrawn } = referenceLines([benchmark({ value: null, text: '应保尽保' }), benchmark({ unit: '张' })], query);
    expect(lines).toEqual([]);
    expect(undrawn.map((u) => u.reason)).toEqual(['qualitative', 'unit']);
  });

  it('converts a benchmark to the panel’s unit', () => {
    const { lines } = referenceLines([benchmark({ indicator: 'x', unit: '万人', value: 1.5, name: '人均x' })], { ...query, unit: '人', name: '人均x' });
    expect(lines[0]?.value).toBe(15000);
  });

  it('prefers the province’s own line for its regions', () => {
    const { lines } = referenceLines([benchmark({ value: 4.5 }), benchmark({ scope: 'provincial', province: '河北省', value: 5 })], query);
    expect(referenceFor(lines, '14th', '河北')?.line.value).toBe(5);
    expect(referenceFor(lines, '14th', '四川')?.line.value).toBe(4.5);
    expect(referenceFor(lines, '15th', '四川')).toBeNull();
  });
});
