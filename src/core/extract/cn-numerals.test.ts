import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseInt, parseChineseNumber } from './cn-numerals';

const DIGITS = '零一二三四五六七八九';

/** A number below 10,000 in the standard written form: 一千零五, 二百一十, 十二 (only at the very start). */
function below10k(n: number, leading: boolean): string {
  const parts: string[] = [];
  let zero = false;
  for (const [size, unit] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
    const d = Math.floor(n / size) % 10;
    if (d === 0) {
      if (parts.length > 0) zero = true;
      continue;
    }
    if (zero) parts.push('零');
    zero = false;
    parts.push(size === 10 && d === 1 && parts.length === 0 && leading ? '十' : DIGITS.charAt(d) + unit);
  }
  return parts.join('');
}

/** The standard written form of 1 … 99,999,999 (三万五千, 一百二十万, 二十万零三百). */
function written(n: number): string {
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (high === 0) return below10k(low, true);
  const head = below10k(high, true) + '万';
  if (low === 0) return head;
  return head + (low < 1000 ? '零' : '') + below10k(low, false);
}

describe('parseChineseInt', () => {
  it.each([
    ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['一百二十', 120], ['一千二百', 1200], ['一千零五', 1005],
    ['三万', 30000], ['三万五千', 35000], ['一百二十万', 1200000], ['两万', 20000], ['一亿二千万', 120000000],
  ])('reads %s as %d', (s, n) => {
    expect(parseChineseInt(s)).toBe(n);
  });

  it.each(['二〇三〇', '二零二五', '十四五', '十五五', '十一五', '一二三', '万', '千', '百', '零', '一千二', '三万五', '万一', '千万'])(
    '%s is no number (a year written digit by digit, a plan name, a bare magnitude, a colloquial abbreviation)',
    (s) => {
      expect(parseChineseInt(s)).toBeNull();
    },
  );

  it('reads back every number written in the standard form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => {
        expect(parseChineseInt(written(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('never reads a year written digit by digit (二〇三〇) as a number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (year) => {
        const s = [...String(year)].map((d) => '〇一二三四五六七八九'.charAt(Number(d))).join('');
        expect(parseChineseInt(s)).toBeNull();
      }),
    );
  });
});

describe('parseChineseNumber', () => {
  it('reads decimals after 点', () => {
    expect(parseChineseNumber('九十七点五')).toBe(97.5);
    expect(parseChineseNumber('四点五')).toBe(4.5);
    expect(parseChineseNumber('四点')).toBeNull();
  });
});
