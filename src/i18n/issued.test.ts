import { describe, expect, it } from 'vitest';
import { createAppI18n } from './index';
import { formatIssued } from './issued';

describe('an issue date on screen', () => {
  it('shows a day, a month and a year each as precisely as known, in Chinese and in English', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { d } = createAppI18n(locale).global;
      const day = formatIssued('2021-01-27', d);
      const month = formatIssued('2021-01', d);
      expect(day).toMatch(/27/u);
      // A month is never shown with a day the document did not give (01/01/2021 would invent one).
      expect(month.match(/\d+/gu)?.map(Number).sort((a, b) => a - b)).toEqual([1, 2021]);
      expect(formatIssued('2021', d)).toBe('2021');
      expect(formatIssued(null, d)).toBe('—');
    }
  });
});
