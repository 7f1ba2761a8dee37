// Generators of hostile text for the fuzz properties: plan words mixed with long runs, deep nesting,
// many digits, repeated separators and invisible characters, so generated text reaches every reader path.
import fc from 'fast-check';
import { expect } from 'vitest';
import { normalize } from '../text/normalize';
import { isPlausibleNumber } from './plausible';
import type { AchievedRecord, TargetRecord } from '../types';

const words = [
  '到2030年,', '达到', '提高到', '不低于', '力争', '分别', '和', '、', ',', '。', '\n', '\r\n', '|', '\t', '以上', '左右',
  '%', '个', '万人', '所', '每年', '每个乡镇', '至少', '1~2', '4.5', '95', '一所', '第一章 发展基础', '二、主要目标',
  '托位数', '参保率', '护理型床位占比', '新增', '其中:', '关于印发', '的通知', '人民政府办公室', '2024年民生实事',
  '医疗保险', '“', '”', '(', ')', '《', '》', '[', ']', '*', '≥', '縣', '８', '％', '𠮷',
];
/** Characters a person does not see: zero-width space/joiner, soft hyphen, word joiner, bidi controls, BOM. */
export const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\u202e', '\u202d', '\u2066', '\u2069', '\ufeff'];
const runChars = ['1', '9', '.', ' ', '\u3000', '\t', '\n', '|', '-', ',', '的', '每年', '关于', '和', '(', '“', '《', '其中', ...INVISIBLES];

/** A long run of one piece: up to `max` characters of digits, spaces, separators or words. */
const run = (max: number) =>
  fc.tuple(fc.constantFrom(...runChars), fc.integer({ min: 1, max })).map(([c, n]) => c.repeat(Math.ceil(n / c.length)));

/** Text a hostile or unlucky file could hold, up to a few tens of thousands of characters. */
export const hostileText = (maxRun = 4_000) =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...words) },
        { weight: 2, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
        { weight: 1, arbitrary: run(maxRun) },
        { weight: 1, arbitrary: fc.constantFrom(...INVISIBLES) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));

/** Markup a hostile page could hold: deep nesting, unclosed and stray tags, tables in tables, entities. */
export const hostileHtml = () =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom('<div>', '</div>', '<p>', '<span>', '</b>', '<table>', '<tr>', '<td>', '</table>', '<br>', '<pre>', '</pre>',
          '<script>', '</script>', '<svg>', '<math>', '<form>', '<li>', '<!--', '-->', '&amp;', '&#8203;', '&shy;', '&#x202E;', '<![CDATA['),
        fc.tuple(fc.constantFrom('<div>', '<span>', '<td>', '<li>', '</i>', '<table>'), fc.integer({ min: 1, max: 3_000 })).map(([t, n]) => t.repeat(n)),
        hostileText(500),
      ),
      { maxLength: 25 },
    )
    .map((parts) => parts.join(''));

/** What every record of any text must satisfy: a span inside the text that normalises to the quote, no implausible number. */
/** Every achievement's span lies inside the text and reads back as its quote; its value is a plausible number. */
export function checkAchieved(text: string, achieved: readonly AchievedRecord[]): void {
  for (const a of achieved) {
    expect(a.start).toBeGreaterThanOrEqual(0);
    expect(a.end).toBeLessThanOrEqual(text.length);
    expect(a.start).toBeLessThan(a.end);
    expect(normalize(text.slice(a.start, a.end)).text).toBe(a.quote);
    expect(isPlausibleNumber(a.value)).toBe(true);
  }
}

export function checkRecords(text: string, targets: readonly TargetRecord[]): void {
  for (const t of targets) {
    expect(Number.isInteger(t.start) && Number.isInteger(t.end)).toBe(true);
    expect(t.start).toBeGreaterThanOrEqual(0);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(t.start).toBeLessThan(t.end);
    expect(normalize(text.slice(t.start, t.end)).text).toBe(t.quote);
    for (const n of [t.target.value, t.target.value_max, t.baseline?.value, t.stretch]) {
      if (typeof n === 'number') expect(isPlausibleNumber(n)).toBe(true);
    }
    if (t.target.value === null) expect(typeof t.target.text).toBe('string');
  }
}

