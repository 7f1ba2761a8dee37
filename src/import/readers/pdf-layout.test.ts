import { describe, expect, it } from 'vitest';
import { groupLines, pageText, type Piece } from './pdf-layout';

/** A piece of full-width glyphs (CJK) or half-width ones (ASCII), one em or half an em each. */
const piece = (text: string, x: number, y: number, size = 12): Piece => {
  const ems = [...text].reduce((n, c) => n + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);
  return { text, x, y, width: ems * size, size };
};

describe('groupLines', () => {
  it('orders lines top to bottom and pieces left to right, whatever order the PDF drew them in', () => {
    const lines = groupLines([piece('第二行', 72, 120), piece('右半', 96, 100), piece('左半', 72, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['左半右半', '第二行']);
  });

  it('keeps a piece whose baseline is a little lower on the same line (mixed fonts, subscripts)', () => {
    const lines = groupLines([piece('托位数达到', 72, 100), piece('4.5', 132, 102), piece('个', 150, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['托位数达到4.5个']);
  });

  it('starts a new line when the baseline moves by more than half the font size', () => {
    const lines = groupLines([piece('上', 72, 100), piece('下', 84, 107)]);
    expect(lines.map((l) => l.text)).toEqual(['上', '下']);
  });

  it('joins pieces across a wide gap with pipes, as a table row', () => {
    const lines = groupLines([piece('指标', 72, 100), piece('2020年', 250, 100), piece('2025年', 400, 100)]);
    expect(lines[0]).toMatchObject({ row: true, text: '| 指标 | 2020年 | 2025年 |' });
  });

  it('puts a space between Latin words a small gap apart but none between Chinese pieces', () => {
    const latin = groupLines([piece('GDP', 72, 100), piece('growth', 72 + 18 + 4, 100)]);
    const chinese = groupLines([piece('婴幼儿', 72, 100), piece('托位', 72 + 36 + 4, 100)]);
    expect(latin[0]?.text).toBe('GDP growth');
    expect(chinese[0]?.text).toBe('婴幼儿托位');
  });

  it('drops the copies fake bold draws a fraction of an em to the right', () => {
    const lines = groupLines([piece('主要指标', 72, 100), piece('主要指标', 72.4, 100), piece('主要指标', 72.8, 100.2)]);
    expect(lines.map((l) => l.text)).toEqual(['主要指标']);
  });

  it('keeps a "|" inside a cell from splitting the row', () => {
    const lines = groupLines([piece('A|B', 72, 100), piece('1', 300, 100)]);
    expect(lines[0]?.text).toBe('| A¦B | 1 |');
  });

  it('ignores whitespace-only pieces', () => {
    expect(groupLines([piece('  ', 72, 100)])).toEqual([]);
  });
});

describe('pageText', () => {
  // A text block from x = 72 to x = 72 + 30 em at 12 pt.
  const full = (text: string, y: number, x = 72) => ({ ...piece(text, x, y), width: 72 + 360 - x });

  it('joins a paragraph wrapped at the right margin back into one line', () => {
    const text = pageText([full('到2025年，每千人口拥有3岁以下婴幼儿托位数达到', 100), piece('4.5个。', 72, 118)]);
    expect(text).toBe('到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。');
  });

  it('keeps a line break before an indented line, which starts a new paragraph', () => {
    const text = pageText([full('上一段最后一行写满了整行', 100), piece('新的一段从缩进开始', 96, 118)]);
    expect(text).toBe('上一段最后一行写满了整行\n新的一段从缩进开始');
  });

  it('keeps a line break after a line that ends short of the margin (a heading)', () => {
    const text = pageText([piece('一、总体要求', 72, 100), full('正文第一行', 118)]);
    expect(text).toBe('一、总体要求\n正文第一行');
  });

  it('keeps a line break before a numbered item even without an indent', () => {
    const text = pageText([full('上一项写满了整行', 100), full('（二）主要目标', 118)]);
    expect(text).toBe('上一项写满了整行\n（二）主要目标');
  });

  it('keeps a line break across a vertical gap wider than line spacing', () => {
    const text = pageText([full('第一段', 100), full('隔了很远的一段', 160)]);
    expect(text).toBe('第一段\n隔了很远的一段');
  });

  it('never joins table rows with their neighbours', () => {
    const text = pageText([
      full('表格前的正文写满整行', 100),
      piece('指标', 72, 118),
      piece('2025年', 300, 118),
      full('表格后的正文', 136),
    ]);
    expect(text).toBe('表格前的正文写满整行\n| 指标 | 2025年 |\n表格后的正文');
  });

  it('gives an empty page no text', () => {
    expect(pageText([])).toBe('');
  });
});
