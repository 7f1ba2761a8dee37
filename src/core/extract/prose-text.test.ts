import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMERAL_CHARS } from './cn-numerals';
import { factsOf, frameYear, isQuotedAt, KEY, keyMask, sentences, withArabicYears } from './prose-text';

// What the readers asked before: the nesting depth of “” and 《》 before each index of the sentence.
function depthBefore(text: string, index: number): number {
  let d = 0;
  for (let i = 0; i < Math.min(index, text.length); i++) {
    const c = text.charAt(i);
    if (c === '“' || c === '《') d++;
    else if ((c === '”' || c === '》') && d > 0) d--;
  }
  return index <= text.length ? d : 0;
}

// Sentences made of the pieces that decide quotation, years and frames.
const piece = fc.constantFrom('“', '”', '《', '》', '"', '十四五', '到', '至', '前', '2030年', '二〇三〇年', '末', '由', '日', '完成', '期', '率', '5%', '八成', '。', ',', '\n');
const sentence = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

describe('prose sentences', () => {
  it('knows a value inside a quotation as the depth before it did, at every index of any sentence', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const facts = factsOf(s);
        for (let i = 0; i <= s.length + 1; i++) expect(isQuotedAt(facts, i)).toBe(depthBefore(s, i) > 0);
      }),
    );
    const facts = factsOf('称为“十大专科”和《规划》的5个项目');
    expect(isQuotedAt(facts, 3)).toBe(true); // 十, inside “”
    expect(isQuotedAt(facts, 8)).toBe(false); // 和, between the quotations
    expect(isQuotedAt(facts, 10)).toBe(true); // 规, inside 《》
    expect(isQuotedAt(facts, 14)).toBe(false); // 5, after them
  });

  it('notes per sentence the characters its readers look for, so a reading with the mask equals one without', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const masks: number[] = [];
        const list = sentences(text, [], [], masks);
        list.forEach((s, k) => {
          const mask = masks[k] ?? -1;
          // The mask is of the sentence as written, before its years and quotes are rewritten.
          const raw = text.slice(s.start, s.start + s.text.length);
          expect(mask).toBe(keyMask(raw));
          expect(frameYear(s.text, mask)).toBe(frameYear(s.text));
          expect(factsOf(s.text, mask)).toEqual(factsOf(s.text));
        });
      }),
    );
    expect(keyMask('到2030年末') & (KEY.dao | KEY.nian | KEY.mo)).toBe(KEY.dao | KEY.nian | KEY.mo);
    expect(withArabicYears('到二〇三〇年,达到95%')).toBe('到2030年,达到95%');
    expect(frameYear('到二〇三〇年,达到95%')).toBe(null);
    expect(frameYear(withArabicYears('到二〇三〇年,达到95%'))).toBe(2030);
  });

  it('cuts sentences at sentence ends and around any cut regions, in any order, and loses no other character', () => {
    // Cut regions (tables, running-table cells, damaged runs): apart, touching, nested, overlapping or empty, in any
    // order — a damaged run may cross a running table's cell edge.
    const cutsOf = (n: number) =>
      fc
        .tuple(fc.array(fc.tuple(fc.nat(n), fc.nat(n)), { maxLength: 8 }), fc.boolean())
        .map(([pairs, reversed]) => {
          const cuts = pairs.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
          return reversed ? cuts.reverse() : cuts;
        });
    const textAndCuts = sentence.chain((text) => fc.tuple(fc.constant(text), cutsOf(text.length)));
    fc.assert(
      fc.property(textAndCuts, ([text, cuts]) => {
        const valued: boolean[] = [];
        const masks: number[] = [];
        const list = sentences(text, cuts, valued, masks);
        expect(valued).toHaveLength(list.length);
        expect(masks).toHaveLength(list.length);
        const skipped = new Set<number>();
        for (const c of cuts) for (let i = c.start; i < c.end; i++) skipped.add(i);
        const covered = new Set<number>();
        let last = -1;
        list.forEach((s, k) => {
          expect(s.start).toBeGreaterThan(last);
          last = s.start;
          const raw = text.slice(s.start, s.start + s.text.length);
          expect(s.text.length).toBeGreaterThan(0);
          expect(/[。;!?\n]/u.test(raw)).toBe(false);
          for (let i = s.start; i < s.start + s.text.length; i++) {
            expect(skipped.has(i)).toBe(false);
            covered.add(i);
          }
          // May hold a value: a digit, or a Chinese numeral before another, before a count unit, in 百分之, or tenths (八成).
          const numeral = (ch: string | undefined) => ch !== undefined && NUMERAL_CHARS.includes(ch);
          const chars = [...raw];
          const counted = chars.some((ch, j) => numeral(ch) && (numeral(chars[j + 1]) || '个所家名座处张套户件条台间岁年分成'.includes(chars[j + 1] ?? '-')));
          expect(valued[k]).toBe(/\d/u.test(raw) || counted);
        });
        for (let i = 0; i < text.length; i++) {
          if (!skipped.has(i) && !/[。;!?\n]/u.test(text.charAt(i))) expect(covered.has(i)).toBe(true);
        }
      }),
    );
  });
});
