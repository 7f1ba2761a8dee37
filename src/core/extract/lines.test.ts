import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstLines, lastLines, linesWith } from './lines';

// What metadata read before: every line of the text, trimmed, the empty ones dropped.
const allLines = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

// Texts made of the pieces that decide where lines are: breaks of every kind, blanks, 号 and other characters.
const text = fc.array(fc.constantFrom('\n', '\r', '\r\n', '\n\r', ' ', '\u3000', '\u2028', '号', '文', 'a', '〔2021〕3号'), { maxLength: 40 }).map((parts) => parts.join(''));

describe('metadata lines', () => {
  it('reads a plan head, its signature block and its document number line as the whole-text split does', () => {
    const plan = '  关于印发某某规划的通知\r\n\r\n某府发〔2021〕3号\n\n正文第一段。\r第二段\n  某某市人民政府  \n2021年1月27日\n';
    expect(firstLines(plan, 3)).toEqual({ lines: allLines(plan).slice(0, 3), more: true });
    expect(lastLines(plan, 2)).toEqual(['某某市人民政府', '2021年1月27日']);
    expect(linesWith(plan, '号')).toEqual(['某府发〔2021〕3号']);
  });

  it('gives the same first, last and 号 lines as splitting every line, on any arrangement of breaks', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 6 }), (t, count) => {
        const all = allLines(t);
        expect(firstLines(t, count)).toEqual({ lines: all.slice(0, count), more: all.length > count });
        expect(lastLines(t, count)).toEqual(count === 0 ? [] : all.slice(-count));
        expect(linesWith(t, '号')).toEqual(all.filter((l) => l.includes('号')));
      }),
      { numRuns: 2000 },
    );
  });
});
