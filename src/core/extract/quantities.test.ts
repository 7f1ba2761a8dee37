import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';
import { findQuantities, HAS_CN, HAS_DIGIT, numeralsIn, opOf, parseCell } from './quantities';

describe('findQuantities', () => {
  it('reads a percentage with 以上 as a floor', () => {
    const [q] = findQuantities('覆盖率提高到92.5%以上');
    expect(q).toMatchObject({ value: 92.5, unit: '%', op: '>=' });
  });

  it('reads comparison words written before the number', () => {
    expect(findQuantities('演出不低于120场')[0]).toMatchObject({ value: 120, unit: '场', op: '>=' });
    expect(findQuantities('失业率控制在5%以内')[0]).toMatchObject({ value: 5, op: '<=' });
    expect(findQuantities('占比超过30%')[0]).toMatchObject({ value: 30, op: '>' });
    expect(findQuantities('新增岗位约300个')[0]).toMatchObject({ value: 300, op: '~' });
    expect(findQuantities('就诊率80%左右')[0]).toMatchObject({ value: 80, op: '~' });
  });

  it('reads a range as its lower bound with the upper bound kept', () => {
    const [q] = findQuantities('每个街道建成2~3所');
    expect(q).toMatchObject({ value: 2, valueMax: 3, op: '>=', written: '2~3', unit: '所' });
    expect(findQuantities('培育8-12个项目')[0]).toMatchObject({ value: 8, valueMax: 12 });
  });

  it('reads square metres however they are written (㎡, m², m2) as 平方米, the number kept as written', () => {
    for (const written of ['3.2平方米', '3.2㎡', '3.2m²', '3.2m2']) {
      const [q] = findQuantities(`人均体育场地面积达到${written}以上`);
      expect(q).toMatchObject({ value: 3.2, unit: '平方米', op: '>=', written: '3.2' });
    }
    // Not inside another unit: 5cm2 is no square metre.
    expect(findQuantities('面积5cm2').filter((q) => q.unit === '平方米')).toEqual([]);
  });

  it('prefers the longest unit so 万人次 is not read as 万人', () => {
    expect(findQuantities('培训2.5万人次')[0]?.unit).toBe('万人次');
  });

  it('reads a rate per 100,000 (15/10万) as one figure with its unit, not as 10万', () => {
    expect(findQuantities('孕产妇死亡率控制在15/10万以下')).toEqual([expect.objectContaining({ value: 15, unit: '/10万', op: '<=' })]);
    expect(findQuantities('孕产妇死亡率降至12.5/10万')[0]).toMatchObject({ value: 12.5, unit: '/10万' });
    // A count of people in 万 is still a count.
    expect(findQuantities('参保人数达到10万人')[0]).toMatchObject({ value: 10, unit: '万人' });
    const [rate] = extractText('某市“十四五”卫生健康规划\n到2025年,孕产妇死亡率控制在15/10万以下。').targets;
    expect(rate).toMatchObject({ name: '孕产妇死亡率', unit: '/10万', kind: 'level', target: { value: 15, op: '<=' } });
  });

  it('reads a small Chinese numeral before a measure word', () => {
    expect(findQuantities('办好一所学校')[0]).toMatchObject({ value: 1, unit: '所', chinese: true });
  });

  it('reads Chinese numerals of any length, with 万 kept in the unit as for digits', () => {
    const read = (t: string) => findQuantities(t).map((q) => [q.value, q.unit, q.op, t.slice(q.start, q.end)]);
    expect(read('新增学位一千二百个')).toEqual([[1200, '个', '=', '一千二百个']]);
    expect(read('发放三万张')).toEqual([[3, '万张', '=', '三万张']]);
    expect(read('惠及两万余人')).toEqual([[2, '万人', '>', '两万余人']]);
    expect(read('为一百二十万人提供体检')).toEqual([[120, '万人', '=', '一百二十万人']]);
    expect(read('服务不少于十万人次')).toEqual([[10, '万人次', '>=', '十万人次']]);
    expect(read('新增十二所')).toEqual([[12, '所', '=', '十二所']]);
    expect(read('提高两个百分点')).toEqual([[2, '个百分点', '=', '两个百分点']]);
  });

  it('reads 百分之… as a percentage', () => {
    const read = (t: string) => findQuantities(t).map((q) => [q.value, q.unit, q.op, t.slice(q.start, q.end)]);
    expect(read('覆盖率达到百分之九十七')).toEqual([[97, '%', '=', '百分之九十七']]);
    expect(read('达到百分之九十以上')).toEqual([[90, '%', '>=', '百分之九十']]);
    expect(read('保持在百分之百')).toEqual([[100, '%', '=', '百分之百']]);
    expect(read('不低于百分之九十七点五')).toEqual([[97.5, '%', '>=', '百分之九十七点五']]);
  });

  it('reads tenths written N成 as a percentage, and no 成 that begins a word', () => {
    const read = (t: string) => findQuantities(t).map((q) => [q.value, q.unit, q.op, t.slice(q.start, q.end)]);
    expect(read('留任率维持在七成以上')).toEqual([[70, '%', '>=', '七成']]);
    expect(read('满意度达到九成')).toEqual([[90, '%', '=', '九成']]);
    expect(read('覆盖率达到八成左右')).toEqual([[80, '%', '~', '八成']]);
    for (const words of ['三五成群', '一成不变', '完成', '建成三所学校', '七成员', '五成本']) expect(read(words).filter((q) => q[1] === '%'), words).toEqual([]);
  });

  it('reads 千分之… and 十万分之… as the rates plans write with ‰ and /10万', () => {
    const read = (t: string) => findQuantities(t).map((q) => [q.value, q.unit, q.op, t.slice(q.start, q.end)]);
    expect(read('婴儿死亡率控制在千分之五以下')).toEqual([[5, '‰', '<=', '千分之五']]);
    expect(read('孕产妇死亡率低于十万分之十')).toEqual([[10, '/10万', '<', '十万分之十']]);
    expect(read('八十岁以上')).toEqual([[80, '岁', '>=', '八十岁']]);
  });

  it('gives a rate per 10,000 one unit, /万, however the plan writes it: 万分之三, 3/万, 3‱ or a 1/万 or ‱ unit cell', () => {
    const read = (t: string) => findQuantities(t).map((q) => [q.value, q.unit, q.op, t.slice(q.start, q.end)]);
    expect(read('出生缺陷发生率控制在万分之三以下')).toEqual([[3, '/万', '<=', '万分之三']]);
    expect(read('出生缺陷发生率控制在3/万以下')).toEqual([[3, '/万', '<=', '3/万']]);
    // ‱ was no unit, so the sentence gave no value at all.
    expect(read('出生缺陷发生率控制在3‱以下')).toEqual([[3, '/万', '<=', '3‱']]);
    const table = extractText('| 指标 | 单位 | 2030年 |\n|---|---|---|\n| 出生缺陷发生率 | 1/万 | 3 |\n| 新生儿破伤风发病率 | ‱ | 0.1 |\n');
    expect(table.targets.map((t) => [t.name, t.target.value, t.unit])).toEqual([
      ['出生缺陷发生率', 3, '/万'],
      ['新生儿破伤风发病率', 0.1, '/万'],
    ]);
  });

  it('reads no number in words and years built of numerals', () => {
    for (const t of ['二〇三〇年', '“十四五”时期', '十五五规划', '第十五个五年规划', '一老一小', '千家万户', '每千人口', '数十个', '一人一档', '百姓']) {
      expect(findQuantities(t), t).toEqual([]);
    }
  });

  it('ignores numbers without a unit and money amounts', () => {
    expect(findQuantities('编号 12 与 3.5')).toHaveLength(0);
    expect(findQuantities('补助300元')).toHaveLength(0);
  });

  it('gives offsets that slice the number and unit out of the text', () => {
    const text = '目标是养老床位1200张';
    const [q] = findQuantities(text);
    expect(q && text.slice(q.start, q.end)).toBe('1200张');
  });
});

describe('opOf', () => {
  it('lets 控制在…左右 mean about, and 控制在 alone a ceiling', () => {
    expect(opOf('控制在', '左右')).toBe('~');
    expect(opOf('控制在', undefined)).toBe('<=');
    expect(opOf(undefined, undefined)).toBe('=');
  });
});

describe('parseCell', () => {
  it('reads a bracketed five-year total', () => {
    expect(parseCell('[3.2]')).toMatchObject({ value: 3.2, kind: 'cumulative', op: '=' });
  });
  it('reads a starred annual growth rate', () => {
    expect(parseCell('6.5*')).toMatchObject({ value: 6.5, kind: 'annual_growth' });
  });
  it('reads comparison prefixes', () => {
    expect(parseCell('≤5.5')).toMatchObject({ value: 5.5, op: '<=' });
    expect(parseCell('<3')).toMatchObject({ value: 3, op: '<' });
    expect(parseCell('> 60')).toMatchObject({ value: 60, op: '>' });
    expect(parseCell('≥ 90')).toMatchObject({ value: 90, op: '>=' });
  });
  it('treats a dash as no value and words as qualitative', () => {
    expect(parseCell('-')).toBeNull();
    expect(parseCell('—')).toBeNull();
    expect(parseCell('全覆盖')).toMatchObject({ value: null, text: '全覆盖' });
  });
  it('keeps trailing zeros out of the value', () => {
    expect(parseCell('7.0')?.value).toBe(7);
  });
});

describe('measure words and units plans use', () => {
  it.each([
    ['新建社会足球场地50块', 50, '块'],
    ['投放智能回收箱300只', 300, '只'],
    ['开展食品安全抽检2万批次', 2, '万批次'],
    ['食品抽检量达到4批次/千人', 4, '批次/千人'],
    ['城镇新增就业保持在5万左右', 5, '万'],
    ['为200万中小学生开展心理健康测评', 200, '万'],
    ['配送文艺指导不少于1800课时', 1800, '课时'],
  ])('%s', (text, value, unit) => {
    expect(findQuantities(text)[0]).toMatchObject({ value, unit });
  });

  it('keeps the whole per-population unit in the quoted span', () => {
    const text = '抽检量达到4批次/千人。';
    const [q] = findQuantities(text);
    expect(q && text.slice(q.start, q.end)).toBe('4批次/千人');
  });

  it('reads a count after a comparison with no measure word (不少于50, 不少于20社区食堂)', () => {
    expect(findQuantities('新建社区健身点不少于50,')[0]).toMatchObject({ value: 50, unit: '', op: '>=' });
    expect(findQuantities('建设不少于20社区食堂')[0]).toMatchObject({ value: 20, unit: '', op: '>=' });
  });

  it('does not take money or a bare figure without a predicate for a quantity', () => {
    expect(findQuantities('投资3万')).toHaveLength(0);
    expect(findQuantities('补助资金达到5万')).toHaveLength(0);
    expect(findQuantities('常住人口120万')).toHaveLength(0);
  });
});

// findQuantities tries its expressions only on what one pass over the text found (numeralsIn): a text it passed over
// that held a numeral would lose its value. The pass must answer exactly what these two expressions ask.
describe('the numeral pre-check', () => {
  const numeral = '零〇一二两三四五六七八九十百千万亿';
  const units = '个所家张套户座处场件名片轮次支间台辆条块只岁年';
  const piece = fc.constantFrom(...numeral, ...units, '分', '成', '之', '0', '5', '9', '%', '人', '达', ',', ' ', 'a', '１', '٣');
  it('finds an ASCII digit, and a numeral before a unit, another numeral, 分 or 成, as the expressions do', () => {
    const digit = /\d/u;
    const chinese = new RegExp(`[${numeral}](?:[${numeral}${units}]|分|成)`, 'u');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const found = numeralsIn(text);
        expect((found & HAS_DIGIT) !== 0).toBe(digit.test(text));
        expect((found & HAS_CN) !== 0).toBe(chinese.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('still reads values the pre-check lets through: digits and numerals in one clause, a rate per population', () => {
    expect(findQuantities('新建幼儿园两所,新增托位300个').map((q) => [q.value, q.unit])).toEqual([[2, '所'], [300, '个']]);
    expect(findQuantities('开展筛查4批次/千人').map((q) => q.unit)).toEqual(['批次/千人']);
    expect(findQuantities('覆盖率达到百分之九十').map((q) => [q.value, q.unit])).toEqual([[90, '%']]);
  });
});
