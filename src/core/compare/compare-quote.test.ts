import { describe, expect, it } from 'vitest';
import { sourceExcerpt, valueSpans } from './compare-quote';

describe('sourceExcerpt', () => {
  it('cuts out the sentence and marks the quote and its values', () => {
    const text = '一、总体要求。到2025年,每千人口3岁以下婴幼儿托位数达到4.5个,力争达到4.9个。二、其他';
    const quote = '每千人口3岁以下婴幼儿托位数达到4.5个,力争达到4.9个';
    const start = text.indexOf(quote);
    const excerpt = sourceExcerpt(text, { start, end: start + quote.length }, quote, [4.5, 4.9]);
    expect(excerpt.parts.map((p) => p.text).join('')).toBe('到2025年,每千人口3岁以下婴幼儿托位数达到4.5个,力争达到4.9个。');
    expect(excerpt.parts.filter((p) => p.value).map((p) => p.text)).toEqual(['4.5', '4.9']);
    expect(excerpt.parts.filter((p) => p.quote).map((p) => p.text).join('')).toBe(quote);
    expect(excerpt.clippedStart).toBe(false);
  });

  it('works on text outside the BMP and full-width digits', () => {
    const text = '𠮷地：护理型床位占比达到５５％。';
    const start = text.indexOf('护理');
    const excerpt = sourceExcerpt(text, { start, end: text.length - 1 }, '护理型床位占比达到５５％', [55]);
    expect(excerpt.parts.find((p) => p.value)?.text).toBe('５５');
    expect(excerpt.parts[0]?.text).toBe('𠮷地：');
  });

  it('falls back to the quote when the span does not fit the text', () => {
    const excerpt = sourceExcerpt('short', { start: 0, end: 0 }, '手工录入90%', [90]);
    expect(excerpt.parts.map((p) => p.text)).toEqual(['手工录入', '90', '%']);
  });
});

describe('valueSpans', () => {
  it('finds only the numbers equal to the values', () => {
    expect(valueSpans('2025年达到5.0个', [5])).toEqual([{ start: 7, end: 10 }]);
  });
});
