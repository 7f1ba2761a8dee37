import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';
import { normalize } from '../text/normalize';

// Fragments that plans are made of, so generated text reaches the table and prose readers.
const fragments = [
  '到2030年,', '达到', '提高到', '稳定在', '不低于', '力争', '分别', '和', '、', ',', '。', '\n', '|', '\t',
  '以上', '左右', '%', '个', '万人', '所', '张', '[', ']', '*', '≥', '<', '“', '”', '(', ')', '其中:',
  '每千人口', '托位数', '参保率', '护理型床位占比', '新增', '建成', '指标', '2025年', '2030年', '预期性', '约束性',
  '每个乡镇', '至少', '1~2', '4.5', '95', '一所', '第一章 发展基础', '第二节 主要目标', '注:', '𠮷', '\r\n',
  '縣', '護理', '養老', '８', '％', '?。ㄊ┘', '﹐',
];

const noise = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.integer({ min: 0, max: 99999 }).map(String)), { maxLength: 20 }).map((parts) => parts.join(''));

// A target sentence built from its usual parts, with noise around it, so most samples hold targets.
const sentence = fc
  .tuple(
    fc.constantFrom('', '到2030年,', '力争', '“十五五”期间,', '每个乡镇'),
    fc.constantFrom('托位数', '養老機構護理型床位佔比', '参保率', '新增普惠托位', '建成', '城乡居民𠮷参保人数', '１５项'),
    fc.constantFrom('达到', '提高到', '稳定在', '不低于', '', '分别达到'),
    fc.oneof(fc.integer({ min: 1, max: 99999 }).map(String), fc.constantFrom('4.5', '1~2', '９５', '一')),
    fc.constantFrom('%', '个', '万人', '所', '％', '個', '张'),
    fc.constantFrom('', '以上', '左右', ',力争达到5个', '、3万人'),
    fc.constantFrom('。', ';', '\r\n', ','),
  )
  .map((parts) => parts.join(''));

/** A text without its line breaks. */
const flat = (s: string): string => s.replace(/\n/gu, '');
const planLike = fc.array(fc.oneof(sentence, noise), { maxLength: 8 }).map((parts) => parts.join(''));

describe('extraction properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), planLike), (text) => {
        extractText(text);
      }),
      { numRuns: 400 },
    );
  });

  it('points every record at a span of the original whose normalised form is the quote', () => {
    fc.assert(
      fc.property(planLike, (text) => {
        for (const t of extractText(text).targets) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.start).toBeLessThan(t.end);
          // Line breaks aside: the whole text's normalisation joins a line wrapped inside a sentence when the text's
          // wrap width says so (`unwrap`), which the span alone cannot show (…3万人\r\n力争… is quoted 3万人力争…).
          expect(flat(normalize(text.slice(t.start, t.end)).text)).toBe(flat(t.quote));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('quotes the original exactly when the text is already simplified and half-width', () => {
    const simple = planLike.filter((t) => normalize(t).text === t);
    fc.assert(
      fc.property(simple, (text) => {
        for (const t of extractText(text).targets) expect(text.slice(t.start, t.end)).toBe(t.quote);
      }),
      { numRuns: 300 },
    );
  });
});
