import { describe, expect, it } from 'vitest';
import { normalize, originalSlice } from './normalize';
import type { Normalized } from './normalize';

/** GBK encoder for building mojibake, inverted from the platform's GB18030 decoder. */
const GBK = (() => {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  return table;
})();

/** What a GBK file looks like after losing its first byte and being decoded anyway. */
function lostFirstByte(line: string): string {
  const bytes: number[] = [];
  for (const ch of line) {
    const c = ch.codePointAt(0) ?? 0;
    bytes.push(...(c < 0x80 ? [c] : (GBK.get(ch) ?? [0x3f])));
  }
  return new TextDecoder('gb18030').decode(new Uint8Array(bytes.slice(1)));
}

function spanOf(n: Normalized, needle: string, from = 0) {
  const start = n.text.indexOf(needle, from);
  if (start === -1) throw new Error(`${needle} not in ${n.text}`);
  return { start, end: start + needle.length };
}

function damagedText(n: Normalized): string[] {
  return n.damage.map((d) => n.text.slice(d.start, d.end));
}

describe('normalize: traditional to simplified', () => {
  it('converts a traditional sentence and says it was traditional', () => {
    const n = normalize('區內新建衛生戶廁與養老機構，舊城鎮改造。');
    expect(n.text).toBe('区内新建卫生户厕与养老机构,旧城镇改造。');
    expect(n.script).toBe('traditional');
  });

  it.each([
    ['區', '区'],
    ['戶', '户'],
    ['廁', '厕'],
    ['糞', '粪'],
    ['衛', '卫'],
    ['衞', '卫'],
    ['鎮', '镇'],
    ['舊', '旧'],
    ['個', '个'],
    ['養', '养'],
    ['託', '托'],
    ['托', '托'],
    ['臺賬', '台账'],
  ])('turns %s into %s', (trad, simp) => {
    expect(normalize(`新${trad}`).text).toBe(`新${simp}`);
  });

  it('leaves simplified text alone, including 显著', () => {
    const src = '社会保障能力显著提升，着力解决群众急难愁盼问题。';
    const n = normalize(src);
    expect(n.text).toBe('社会保障能力显著提升,着力解决群众急难愁盼问题。');
    expect(n.script).toBe('simplified');
  });

  it('calls a simplified text with one stray traditional form simplified', () => {
    const n = normalize('到2025年，全区养老机构护理型床位占比达到55%，社区养老服务设施覆盖率达到100%，於城乡之间均衡布局。');
    expect(n.text).toContain('于城乡');
    expect(n.script).toBe('simplified');
  });
});

describe('normalize: width folding and punctuation', () => {
  it('folds full-width digits, percent, parentheses and commas to ASCII', () => {
    expect(normalize('（一）覆盖率达到９５％以上，新增１２０张；比率＜５：１').text).toBe('(一)覆盖率达到95%以上,新增120张;比率<5:1');
  });

  it('folds the ideographic space, wave dashes, full-width minus and small forms', () => {
    expect(normalize('目标\u3000值：１～２所、3〜5人，－2％﹐下降﹙约﹚').text).toBe('目标 值:1~2所、3~5人,-2%,下降(约)');
  });

  it('keeps Chinese quotes, title marks, the em dash, comparison signs and circled numbers', () => {
    const src = '“十四五”《规划》、目标。——①≥90%②≤5‰ 面积50㎡ 10²';
    expect(normalize(src).text).toBe(src);
  });
});

describe('normalize: thousands separators', () => {
  it('drops an ASCII comma that separates thousands, and maps the number back to what was written', () => {
    const n = normalize('体检1,200人次,资金12,500,000元,1,234.5万');
    expect(n.text).toBe('体检1200人次,资金12500000元,1234.5万');
    const at = n.text.indexOf('1200');
    expect(n.original.slice(n.toOriginal({ start: at, end: at + 6 }).start, n.toOriginal({ start: at, end: at + 6 }).end)).toBe('1,200人次');
  });

  it('keeps every comma that does not: full-width ones, lists of small numbers, decimals, years, percentages, cells of decimals', () => {
    for (const text of ['新增1，200个', '分别为1,2,3', '分别为1,2,345', '坐标1.234,567', '2025,2026年', '达到95,100%的社区', '托位数,4.5,5.5', '编号1,2345'])
      expect(normalize(text).text, text).toBe(text.replace('，', ','));
  });
});

describe('normalize: offset map', () => {
  it('maps a simplified word back to the traditional word it came from', () => {
    const n = normalize('（二）農村衛生戶廁改造３６０７７座。');
    const span = spanOf(n, '卫生户厕');
    expect(originalSlice(n, span)).toBe('衛生戶廁');
    expect(originalSlice(n, spanOf(n, '36077'))).toBe('３６０７７');
  });

  it('maps the whole text to the whole original', () => {
    const original = '區域\r\n（一）新增１２個\r\n';
    const n = normalize(original);
    expect(n.toOriginal({ start: 0, end: n.text.length })).toEqual({ start: 0, end: original.length });
  });

  it('maps \\n back to \\r\\n and the text after it exactly', () => {
    const original = '第一行\r\n第二行\r第三行';
    const n = normalize(original);
    expect(n.text).toBe('第一行\n第二行\n第三行');
    expect(originalSlice(n, { start: 3, end: 4 })).toBe('\r\n');
    expect(originalSlice(n, spanOf(n, '第二行'))).toBe('第二行');
    expect(originalSlice(n, spanOf(n, '第三行'))).toBe('第三行');
  });

  it('keeps supplementary characters whole, also when half of one is asked for', () => {
    const original = '區𠮷家５戶';
    const n = normalize(original);
    expect(n.text).toBe('区𠮷家5户');
    expect(n.toOriginal({ start: 1, end: 3 })).toEqual({ start: 1, end: 3 });
    expect(n.toOriginal({ start: 1, end: 2 })).toEqual({ start: 1, end: 3 });
    expect(n.toOriginal({ start: 2, end: 3 })).toEqual({ start: 1, end: 3 });
    expect(originalSlice(n, spanOf(n, '5户'))).toBe('５戶');
  });

  it('maps a conversion that changes length: each unit of the result stands for the whole source character', () => {
    // OpenCC turns the BMP character 綄 into the supplementary 𬘫.
    const original = '區綄共５個';
    const n = normalize(original);
    expect(n.text.length).toBe(original.length + 1);
    const i = n.text.indexOf('𬘫');
    expect(i).toBe(1);
    expect(originalSlice(n, { start: i, end: i + 2 })).toBe('綄');
    expect(originalSlice(n, { start: i, end: i + 1 })).toBe('綄');
    expect(originalSlice(n, { start: i + 1, end: i + 2 })).toBe('綄');
    expect(originalSlice(n, spanOf(n, '共5个'))).toBe('共５個');
    expect(n.toOriginal({ start: 0, end: n.text.length })).toEqual({ start: 0, end: original.length });
  });

  it('maps empty spans to positions and clamps spans outside the text', () => {
    const n = normalize('區域１２');
    expect(n.toOriginal({ start: 2, end: 2 })).toEqual({ start: 2, end: 2 });
    expect(n.toOriginal({ start: 4, end: 4 })).toEqual({ start: 4, end: 4 });
    expect(n.toOriginal({ start: -3, end: 99 })).toEqual({ start: 0, end: 4 });
  });

  it('handles the empty string', () => {
    const n = normalize('');
    expect(n.text).toBe('');
    expect(n.damage).toEqual([]);
    expect(n.toOriginal({ start: 0, end: 0 })).toEqual({ start: 0, end: 0 });
  });
});

describe('normalize: damaged runs', () => {
  it('marks the mojibake of a GBK line that lost a byte and keeps the clean part after it', () => {
    const original = lostFirstByte('（四）職業技能培訓工程。培訓農民工1500人次。');
    const n = normalize(original);
    expect(n.damage).toHaveLength(1);
    const [d] = n.damage;
    if (!d) throw new Error('no damage');
    expect(d.start).toBe(0);
    const clean = n.text.slice(d.end);
    expect(clean.endsWith('技能培训工程。培训农民工1500人次。')).toBe(true);
    expect(clean.length).toBeLessThanOrEqual('技能培训工程。培训农民工1500人次。'.length + 1);
  });

  it('ends a run before a number glued to the garbage', () => {
    const n = normalize('?。ㄎ澹塂殬1500人次，另有30个。');
    expect(damagedText(n)).toEqual(['?。ㄎ澹塂殬']);
    expect(n.text.slice(n.damage[0]?.end)).toBe('1500人次,另有30个。');
  });

  it('reports damage in normalized coordinates after a \\r\\n', () => {
    const n = normalize('第一行\r\n\r\n\uFFFD第二行');
    expect(n.damage).toEqual([{ start: 5, end: 6 }]);
    expect(n.toOriginal(n.damage[0] ?? { start: 0, end: 0 })).toEqual({ start: 7, end: 8 });
  });

  it('marks a lone replacement character and nothing around it', () => {
    const n = normalize('新增托位\uFFFD132个');
    expect(damagedText(n)).toEqual(['\uFFFD']);
  });

  it('extends a run over stray letters, kana and rare characters but stops at a clause mark', () => {
    const n = normalize('目标任务，┢栈萃杏諗U容工程，新增普惠托位');
    expect(damagedText(n)).toEqual(['┢栈萃杏谂U']);
  });

  it('marks a circled number glued to a lone Latin letter', () => {
    expect(damagedText(normalize('康复救助⑤o助器具适配、职业培训'))).toEqual(['⑤o']);
  });

  it('leaves clean text alone: question marks, list markers, Latin words, drawn tables', () => {
    const clean = [
      '如何提高服务质量？我们要加强培训。',
      '是否达标?是。',
      '①新增托位120个；②建成3A级景区2个；③做B超检查。',
      '①GDP年均增长6%。',
      'PM2.5浓度下降10%，5G基站达到1200个。',
      '┌──────┬──────┐',
      '│ 指标名称 │ 目标值 │',
      '└──────┴──────┘',
      '“十四五”时期，全面推进健康中国建设。',
      '區域衛生機構達到１２個，鄉鎮衛生院標準化建設達標率１００％。',
    ].join('\n');
    expect(normalize(clean).damage).toEqual([]);
  });
});

describe('normalize: large input', () => {
  it('converts 5 MB of traditional text and keeps one offset per character', () => {
    const line = '到2025年，區域內每千人口擁有3歲以下嬰幼兒托位數達到4.5個，鄉鎮衛生院標準化建設達標率100％。\n';
    const big = line.repeat(Math.ceil(5_000_000 / line.length));
    const n = normalize(big);
    expect(n.script).toBe('traditional');
    expect(n.text.length).toBe(big.length);
    expect(n.text.slice(0, 14)).toBe('到2025年,区域内每千人口');
    expect(n.toOriginal({ start: big.length - 3, end: big.length - 1 })).toEqual({ start: big.length - 3, end: big.length - 1 });
  });
});

describe('normalize: invisible format characters', () => {
  it('drops a zero-width space or soft hyphen inside a number, keeping the quote on the original', () => {
    for (const [original, read] of [
      ['达到5\u200B5%', '达到55%'],
      ['达到9\u00AD5%', '达到95%'],
      ['达到1\u2060\u200D2\uFEFF0张', '达到120张'],
    ] as const) {
      const n = normalize(original);
      expect(n.text).toBe(read);
      expect(originalSlice(n, spanOf(n, read.slice(2)))).toBe(original.slice(2));
    }
  });

  it('drops bidi controls so names read in logical order, and spans stop before the control', () => {
    const original = '\u202E托位数\u202C达到\u2066120\u2069个';
    const n = normalize(original);
    expect(n.text).toBe('托位数达到120个');
    // 托位数 maps to its three characters, not to the controls around them.
    expect(n.toOriginal(spanOf(n, '托位数'))).toEqual({ start: 1, end: 4 });
    expect(originalSlice(n, spanOf(n, '120'))).toBe('120');
  });

  it('drops variation selectors and tag characters outside the BMP', () => {
    const n = normalize('养老\uFE0F床位\u{E0041}\u{E007F}3张');
    expect(n.text).toBe('养老床位3张');
    expect(originalSlice(n, spanOf(n, '3张'))).toBe('3张');
  });

  it('gives empty text for a text of invisible characters only', () => {
    expect(normalize('\u200B\u00AD\uFEFF').text).toBe('');
  });
});

describe('normalize: radicals and compatibility ideographs', () => {
  it('reads Kangxi and supplement radicals as the ideographs they look like', () => {
    // As a Chrome-printed PDF's text layer gives 每千人口拥有…, 民生, 十四五, 长期, 门诊.
    const n = normalize('每千⼈⼝拥有3岁以下婴幼⼉托位数，⺠⽣实事，“⼗四五”，⻓期护理，⻔诊');
    expect(n.text).toBe('每千人口拥有3岁以下婴幼儿托位数,民生实事,“十四五”,长期护理,门诊');
  });

  it('unifies traditional-form radicals and then simplifies them', () => {
    // ⾨ KANGXI RADICAL GATE is 門, which the simplified text writes 门.
    expect(normalize('⾨诊').text).toBe('门诊');
  });

  it('folds compatibility ideographs, also outside the BMP, keeping the map exact', () => {
    const original = '\u{2F800}\uF900床位达到5张';
    const n = normalize(original);
    expect(n.text.startsWith('丽岂床位')).toBe(true);
    expect(n.toOriginal({ start: 0, end: 1 })).toEqual({ start: 0, end: 2 });
    expect(n.toOriginal({ start: 1, end: 2 })).toEqual({ start: 2, end: 3 });
    expect(originalSlice(n, spanOf(n, '5张'))).toBe('5张');
  });

  it('expands a BMP radical whose ideograph lies outside the BMP, both units mapping to it', () => {
    const n = normalize('⺇5');
    expect(n.text).toBe('\u{20628}5');
    expect(n.toOriginal({ start: 0, end: 2 })).toEqual({ start: 0, end: 1 });
    expect(originalSlice(n, spanOf(n, '5'))).toBe('5');
  });
});
