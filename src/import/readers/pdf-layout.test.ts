import { describe, expect, it } from 'vitest';
import { documentText, groupLines, pageText, type Piece } from './pdf-layout';

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

describe('groupLines: superscripts', () => {
  /** A superscript: 7 pt, its baseline 4 pt above the 12 pt text it follows. */
  const raised = (text: string, x: number, y: number): Piece => ({ ...piece(text, x, y - 4, 7), width: 3.5 * [...text].length });
  /** Pieces set one after the other on the baseline y, from x = 72: a string is body text, [mark] a superscript. */
  const run = (parts: Array<string | [string]>, y: number): Piece[] => {
    let x = 72;
    return parts.map((part) => {
      const p = typeof part === 'string' ? piece(part, x, y) : raised(part[0], x, y);
      x += p.width;
      return p;
    });
  };

  it('drops a footnote mark after a number, so the sentence stays one line and the mark never joins the value', () => {
    const lines = groupLines([...run(['到2030年，公共文化设施免费开放率达到100%', ['1'], '。人均体育场地面积达到3.2平方米', ['[2]'], '。'], 100), piece('下一行', 72, 118)]);
    expect(lines.map((l) => l.text)).toEqual(['到2030年，公共文化设施免费开放率达到100%。人均体育场地面积达到3.2平方米。', '下一行']);
  });

  it('keeps the power of a Latin unit as ² and drops the mark that starts a footnote at the foot of the page', () => {
    const lines = groupLines([...run(['人均体育场地面积达到3.2m', ['2']], 100), ...run([['1'], '含图书馆、文化馆。'], 700)]);
    expect(lines.map((l) => l.text)).toEqual(['人均体育场地面积达到3.2m²', '含图书馆、文化馆。']);
  });
});

describe('pageText', () => {
  // A text block from x = 72 to x = 72 + 30 em at 12 pt.
  const full = (text: string, y: number, x = 72) => ({ ...piece(text, x, y), width: 72 + 360 - x });

  it('joins a paragraph wrapped at the right margin back into one line', () => {
    const text = pageText([full('到2025年，每千人口拥有3岁以下婴幼儿托位数达到', 100), piece('4.5个。', 72, 118)]);
    expect(text).toBe('到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。');
  });

  it('joins a wrapped line ending an em short when other lines hang a comma into the margin', () => {
    // Full lines end at 432; one hangs its 、 beyond, and a line ending in a Latin number stops 1.7 em short.
    const text = pageText([
      full('坚持尽力而为、量力而行，聚焦群众最关心最直接最现实的利', 100),
      { ...piece('益问题，补足基本公共服务短板，织密扎牢社会保障网均等化、', 72, 118), width: 360 + 12 },
      { ...piece('到2030年，居民人均预期寿命达到80.5岁，托位数达到', 72, 136), width: 360 - 20 },
      piece('5.5个。', 72, 154),
    ]);
    expect(text.split('\n')).toEqual([
      '坚持尽力而为、量力而行，聚焦群众最关心最直接最现实的利益问题，补足基本公共服务短板，织密扎牢社会保障网均等化、到2030年，居民人均预期寿命达到80.5岁，托位数达到5.5个。',
    ]);
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

describe('documentText: indicator tables as a grid', () => {
  // Columns: 序号 at 60, 指标 from 100 (wide), 2020年 at 330, 2025年 at 400, 属性 at 470; 12 pt, 18 pt between lines.
  const X = [60, 100, 330, 400, 470];
  /** One table row: each cell a string (one line) or several lines, laid out from `y` down, or centred on `y`. */
  const row = (cells: Array<string | string[]>, y: number, align: 'top' | 'middle' | 'bottom' = 'top'): Piece[] => {
    const tallest = Math.max(...cells.map((c) => (Array.isArray(c) ? c.length : 1)));
    return cells.flatMap((c, i) => {
      const lines = Array.isArray(c) ? c : [c];
      const shift = align === 'top' ? 0 : align === 'middle' ? ((tallest - lines.length) * 18) / 2 : (tallest - lines.length) * 18;
      return lines.filter((t) => t !== '').map((t, k) => piece(t, X[i] ?? 0, y + shift + k * 18));
    });
  };
  const header = (y: number) => row(['序号', '指标', '2020年', '2025年', '属性'], y);
  const page = (pieces: Piece[]) => ({ pieces, width: 595, height: 842 });

  it.each(['top', 'middle', 'bottom'] as const)('joins a name wrapped over two lines into its row, cells aligned to the %s', (align) => {
    const text = documentText([
      page([
        ...header(100),
        ...row(['1', ['每千人口拥有3岁以下', '婴幼儿托位数(个)'], '1.6', '4.5', '预期性'], 120, align),
        ...row(['2', '养老机构护理型床位占比(%)', '44.5', '55', '约束性'], 160, align),
        ...row(['3', ['义务教育学校达到省定', '办学标准的比例(%)'], '86.44', '95', '预期性'], 180, align),
      ]),
    ]);
    expect(text.split('\n')).toEqual([
      '| 序号 | 指标 | 2020年 | 2025年 | 属性 |',
      '| 1 | 每千人口拥有3岁以下婴幼儿托位数(个) | 1.6 | 4.5 | 预期性 |',
      '| 2 | 养老机构护理型床位占比(%) | 44.5 | 55 | 约束性 |',
      '| 3 | 义务教育学校达到省定办学标准的比例(%) | 86.44 | 95 | 预期性 |',
    ]);
  });

  it('keeps an empty cell in its column, so a missing baseline never moves the target left', () => {
    const text = documentText([page([...header(100), ...row(['1', '特殊困难老年人月探访率(%)', '', '100', '约束性'], 120)])]);
    expect(text.split('\n')[1]).toBe('| 1 | 特殊困难老年人月探访率(%) |  | 100 | 约束性 |');
  });

  it('reads a header whose first line alone reads as one (序 over 号 in a narrow column) as one header, every name in its row', () => {
    const text = documentText([
      page([
        ...row([['序', '号'], '指标', '2020年', '2025年', '属性'], 100),
        ...row(['1', ['每千人口拥有3岁以下', '婴幼儿托位数(个)'], '1.6', '4.5', '预期性'], 140),
        ...row(['2', ['养老机构护理型床位', '占比(%)'], '44.5', '55', '约束性'], 180),
      ]),
    ]);
    expect(text.split('\n')).toEqual([
      '| 序号 | 指标 | 2020年 | 2025年 | 属性 |',
      '| 1 | 每千人口拥有3岁以下婴幼儿托位数(个) | 1.6 | 4.5 | 预期性 |',
      '| 2 | 养老机构护理型床位占比(%) | 44.5 | 55 | 约束性 |',
    ]);
  });

  it('reads a header whose cells wrap (2025年 over 目标值) as one header row', () => {
    const text = documentText([
      page([...row(['序号', '指标', ['2020年', '基期值'], ['2025年', '目标值'], '属性'], 100, 'middle'), ...row(['1', '人均预期寿命(岁)', '78.2', '79', '预期性'], 140)]),
    ]);
    expect(text.split('\n')).toEqual(['| 序号 | 指标 | 2020年基期值 | 2025年目标值 | 属性 |', '| 1 | 人均预期寿命(岁) | 78.2 | 79 | 预期性 |']);
  });

  it('keeps a group heading across the columns as a one-cell row inside the table, and ends the table at its note', () => {
    const text = documentText([
      page([
        ...header(100),
        piece('一、幼有所育', 60, 120),
        ...row(['1', '普惠性托位占比(%)', '40', '60', '预期性'], 140),
        piece('注：[]内为五年累计数。', 60, 160),
      ]),
    ]);
    expect(text.split('\n')).toEqual(['| 序号 | 指标 | 2020年 | 2025年 | 属性 |', '| 一、幼有所育 |', '| 1 | 普惠性托位占比(%) | 40 | 60 | 预期性 |', '注：[]内为五年累计数。']);
  });

  it('reads a table on across a page break, under its header, whether page 2 repeats the header or not', () => {
    const first = page([...header(100), ...row(['1', '人均预期寿命(岁)', '78.2', '79', '预期性'], 120)]);
    const bare = page(row(['2', '婴儿死亡率(‰)', '3.9', '<5', '约束性'], 100));
    const repeated = page([...header(100), ...row(['2', '婴儿死亡率(‰)', '3.9', '<5', '约束性'], 120)]);
    const expected = ['| 序号 | 指标 | 2020年 | 2025年 | 属性 |', '| 1 | 人均预期寿命(岁) | 78.2 | 79 | 预期性 |', '| 2 | 婴儿死亡率(‰) | 3.9 | <5 | 约束性 |'];
    expect(documentText([first, bare]).split('\n')).toEqual(expected);
    expect(documentText([first, repeated]).split('\n')).toEqual(expected);
  });
});

describe('documentText: page furniture', () => {
  const body = (text: string) => piece(text, 72, 300);
  const page = (pieces: Piece[]) => ({ pieces, width: 595, height: 842 });

  it.each(['— 3 —', '- 3 -', '3', '第3页', '第 3 页 共 10 页', '3/10', 'Page 3 of 10'])('drops the page number %s at the foot of a page', (number) => {
    expect(documentText([page([body('正文写在这里。'), piece(number, 280, 800)])])).toBe('正文写在这里。');
  });

  it('drops a running header repeated on the pages, but not the title at the top of page 1', () => {
    const text = documentText([
      page([piece('某市人民政府文件', 200, 40), piece('某市“十四五”养老服务规划', 150, 80), body('第一页正文。')]),
      page([piece('某市人民政府文件', 200, 40), body('第二页正文。')]),
    ]);
    expect(text.split('\n')).toEqual(['某市“十四五”养老服务规划', '第一页正文。', '第二页正文。']);
  });

  it('keeps a number in the body of the page', () => {
    expect(documentText([page([body('正文写在这里。'), piece('2025', 72, 400)])])).toContain('2025');
  });
});

describe('documentText: a table without a 序号 column, names flush left under a centred 指标', () => {
  it('keeps short names in the name column', () => {
    const at = (cells: string[], y: number) => cells.map((t, i) => piece(t, [60, 330, 400, 470][i] ?? 0, y));
    const text = documentText([
      {
        pieces: [
          ...[piece('指标', 180, 100), piece('2020年', 330, 100), piece('2025年', 400, 100), piece('属性', 470, 100)],
          ...at(['人均预期寿命(岁)', '78.2', '79', '预期性'], 120),
          ...at(['婴儿死亡率(‰)', '3.9', '<5', '约束性'], 138),
        ],
        width: 595,
        height: 842,
      },
    ]);
    expect(text.split('\n').slice(1)).toEqual(['| 人均预期寿命(岁) | 78.2 | 79 | 预期性 |', '| 婴儿死亡率(‰) | 3.9 | <5 | 约束性 |']);
  });
});

describe('groupLines: bounded work', () => {
  it('groups a page of 40,000 small and large pieces on a few baselines within seconds', () => {
    const pieces: Piece[] = [];
    for (let i = 0; i < 20_000; i++) {
      pieces.push(piece('字', 72 + (i % 400) * 12, 100 + Math.floor(i / 400) * 0.01));
      pieces.push({ ...piece('1', 72 + (i % 400) * 12 + 6, 97, 7), width: 3.5 });
    }
    const started = performance.now();
    expect(groupLines(pieces).length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
