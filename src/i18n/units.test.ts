import { describe, expect, it } from 'vitest';
import { englishUnit, unitName } from './units';

describe('unitName', () => {
  it('names the units of the catalog in English', () => {
    expect(unitName('个', 'en')).toBe('units');
    expect(unitName('万人', 'en')).toBe('10k persons');
    expect(unitName('万张', 'en')).toBe('10k beds');
    expect(unitName('张', 'en')).toBe('beds');
    expect(unitName('人', 'en')).toBe('persons');
    expect(unitName('所', 'en')).toBe('facilities');
    expect(unitName('万人次', 'en')).toBe('10k person-times');
    expect(unitName('平方米', 'en')).toBe('m²');
    expect(unitName('%', 'en')).toBe('%');
    // Life expectancy reads "79.5 years", not "79.5 years (age)".
    expect(unitName('岁', 'en')).toBe('years');
  });

  it('keeps Chinese exactly as the plan wrote it', () => {
    for (const unit of ['个', '万人', '万张', '张', '所', '%', '平方米']) expect(unitName(unit, 'zh-CN')).toBe(unit);
  });

  it('does not read a word of its own as a magnitude', () => {
    expect(englishUnit('千米')).toBe('km');
    expect(englishUnit('百分点')).toBe('percentage points');
  });

  it('names both sides of a rate', () => {
    expect(englishUnit('张/千人')).toBe('beds per thousand persons');
  });

  it('names a rate per 10,000 and per 100,000 by its scale', () => {
    expect(englishUnit('/10万')).toBe('per 100k');
    expect(englishUnit('/万')).toBe('per 10k');
    expect(englishUnit('‰')).toBe('‰');
  });

  it('shows a unit it does not know as written rather than losing it', () => {
    expect(englishUnit('羽')).toBe('羽');
    expect(englishUnit('万羽')).toBe('万羽');
  });
});
