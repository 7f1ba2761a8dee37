import { describe, expect, it } from 'vitest';
import { convertValue, displayUnit, isRateUnit, sameFamily, unitConversion, unitScale } from './compare-units';

describe('unitScale', () => {
  it('reads the magnitude in front of what is counted', () => {
    expect(unitScale('万人')).toEqual({ family: '人', factor: 1e4 });
    expect(unitScale('万人次')).toEqual({ family: '人次', factor: 1e4 });
    expect(unitScale('万平方米')).toEqual({ family: '平方米', factor: 1e4 });
    expect(unitScale('个')).toEqual({ family: '个', factor: 1 });
    expect(unitScale('％')).toEqual({ family: '%', factor: 1 });
    expect(unitScale(null)).toEqual({ family: '', factor: 1 });
  });

  it('keeps units that only look like multiples whole', () => {
    expect(unitScale('百分点')).toEqual({ family: '百分点', factor: 1 });
    expect(unitScale('亿元')).toEqual({ family: '元', factor: 1e8 });
  });

  it('tells units that may share an axis from those that may not', () => {
    expect(sameFamily('万人', '人')).toBe(true);
    expect(sameFamily('户', '个')).toBe(false);
    expect(sameFamily('%', '百分点')).toBe(false);
  });
});

describe('convertValue', () => {
  it('converts within a family without floating-point noise', () => {
    expect(convertValue(5.4, '万人', '人')).toBe(54000);
    expect(convertValue(30000, '人', '万人')).toBe(3);
  });

  it('refuses to convert across families', () => {
    expect(convertValue(614, '个', '户')).toBeNull();
  });
});

describe('displayUnit', () => {
  it('takes the unit most values use, then the catalog’s, then the largest', () => {
    expect(displayUnit(['人', '万人', '万人'])).toBe('万人');
    expect(displayUnit(['人', '万人'], '人')).toBe('人');
    expect(displayUnit(['人', '万人'])).toBe('万人');
    expect(displayUnit([null])).toBeNull();
  });
});

describe('rates at every scale', () => {
  // How many of the whole one unit is: a share per 100, per 1,000, per 10,000 and per 100,000.
  const PARTS: [string, number][] = [['%', 1e-2], ['％', 1e-2], ['‰', 1e-3], ['‱', 1e-4], ['/万', 1e-4], ['/10万', 1e-5], ['/十万', 1e-5], ['1/10万', 1e-5]];

  it('converts between every pair of rate units by their scale', () => {
    for (const [from, a] of PARTS) {
      for (const [to, b] of PARTS) {
        expect(sameFamily(from, to), `${from} ${to}`).toBe(true);
        expect(convertValue(3, from, to), `3${from} in ${to}`).toBeCloseTo((3 * a) / b, 9);
      }
    }
  });

  it('reads the rates a researcher meets without floating-point noise', () => {
    // 孕产妇死亡率 1.2/万 is 12/10万; the national 16.5/10万 is 1.65/万; a ‰ is 10/万 and 0.1%.
    expect(convertValue(1.2, '/万', '/10万')).toBe(12);
    expect(convertValue(16.5, '/10万', '/万')).toBe(1.65);
    expect(convertValue(1, '‰', '/万')).toBe(10);
    expect(convertValue(5.4, '‰', '%')).toBe(0.54);
    expect(convertValue(3, '‱', '/万')).toBe(3);
    expect(isRateUnit('/10万')).toBe(true);
    expect(isRateUnit('/万')).toBe(true);
    expect(isRateUnit('万人')).toBe(false);
  });

  it('never converts a change in percentage points into a rate, nor a per-population count', () => {
    for (const change of ['个百分点', '百分点']) {
      expect(isRateUnit(change)).toBe(false);
      for (const [rate] of PARTS) expect(convertValue(3, change, rate), `${change} ${rate}`).toBeNull();
    }
    expect(convertValue(4, '批次/千人', '‰')).toBeNull();
    expect(convertValue(4, '万', '/万')).toBeNull();
  });

  it('says how a rate was converted, and nothing when it was not', () => {
    expect(unitConversion('/万', '/10万')).toEqual({ fromUnit: '/万', toUnit: '/10万', factor: 10 });
    expect(unitConversion('%', '‰')).toEqual({ fromUnit: '%', toUnit: '‰', factor: 10 });
    expect(unitConversion('％', '%')).toBeNull();
    expect(unitConversion('/10万', '/10万')).toBeNull();
    expect(unitConversion('个百分点', '%')).toBeNull();
  });

  it('shows rates at the catalog’s scale whatever most of them use', () => {
    expect(displayUnit(['/万', '/万', '/10万'], '/10万')).toBe('/10万');
    expect(displayUnit(['%', '%'], '‰')).toBe('‰');
    expect(displayUnit(['/万', '/万'])).toBe('/万');
  });
});
