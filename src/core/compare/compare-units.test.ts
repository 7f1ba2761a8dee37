import { describe, expect, it } from 'vitest';
import { convertValue, displayUnit, sameFamily, unitScale } from './compare-units';

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
