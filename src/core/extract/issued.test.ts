import { describe, expect, it } from 'vitest';
import { issuedPrecision, parseIssuedInput } from './issued';

describe('issue dates at the precision the document gives', () => {
  it('tells a day, a month and a year apart and refuses what is no date', () => {
    expect(issuedPrecision('2021-01-27')).toBe('day');
    expect(issuedPrecision('2021-01')).toBe('month');
    expect(issuedPrecision('2021')).toBe('year');
    expect(issuedPrecision('2021-02-30')).toBeNull();
    expect(issuedPrecision('2021-13')).toBeNull();
    expect(issuedPrecision('2021-1')).toBeNull();
    expect(issuedPrecision('二〇二一年')).toBeNull();
    expect(issuedPrecision(null)).toBeNull();
  });

  it('normalises what a researcher types and says undefined for anything that is not a date', () => {
    expect(parseIssuedInput('  ')).toBeNull();
    expect(parseIssuedInput('2021-01-27')).toBe('2021-01-27');
    expect(parseIssuedInput('2021-01')).toBe('2021-01');
    expect(parseIssuedInput('2021')).toBe('2021');
    expect(parseIssuedInput('2021-1-5')).toBe('2021-01-05');
    expect(parseIssuedInput('2021年1月')).toBe('2021-01');
    expect(parseIssuedInput('二〇二一年一月二十七日')).toBe('2021-01-27');
    expect(parseIssuedInput('2021-02-29')).toBeUndefined();
    expect(parseIssuedInput('2021-13')).toBeUndefined();
    expect(parseIssuedInput('一月')).toBeUndefined();
    expect(parseIssuedInput('soon')).toBeUndefined();
  });
});
