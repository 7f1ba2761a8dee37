import { describe, expect, it } from 'vitest';
import { detachedOp, opOf } from './comparators';
import { extractText } from './extract';
import { parseCell } from './quantities';

const PLAN = '某市“十四五”公共服务规划\n';
const targets = (body: string) => extractText(PLAN + body).targets;
const one = (body: string, name: string) => targets(body).find((t) => t.name === name);

describe('comparators spelled in words keep their meaning', () => {
  // Every word before the number, with the op it means and the name the target keeps.
  const before: [string, string][] = [
    ['不小于', '>='], ['不低于', '>='], ['不少于', '>='], ['至少', '>='],
    ['不大于', '<='], ['不超过', '<='], ['不高于', '<='], ['不多于', '<='], ['最多', '<='],
    ['超过', '>'], ['高于', '>'], ['大于', '>'],
    ['低于', '<'], ['小于', '<'], ['不足', '<'],
  ];
  for (const [word, op] of before) {
    it(`${word}60% → ${op}, and ${word} stays out of the name`, () => {
      const t = one(`到2025年,普惠托位占比${word}60%。`, '普惠托位占比');
      expect(t?.target).toMatchObject({ value: 60, op, year: 2025 });
    });
  }

  const after: [string, string][] = [
    ['以上', '>='], ['及以上', '>='], ['或以上', '>='], ['(含)以上', '>='], ['（含）以上', '>='], ['以下', '<='], ['以内', '<='], ['及以下', '<='], ['左右', '~'],
  ];
  for (const [word, op] of after) {
    it(`60%${word} → ${op}`, () => {
      expect(one(`到2025年,公办园在园幼儿占比达到60%${word}。`, '公办园在园幼儿占比')?.target.op).toBe(op);
    });
  }

  it('reads the traditional spellings the same way', () => {
    const list = targets('到2025年,普惠托位佔比不小於60%,城鎮調查失業率不大於5.5%,護理型床位佔比不少於55%,住院費用自付比例不超過30%。');
    expect(list.map((t) => [t.name, t.target.op, t.target.value])).toEqual([
      ['普惠托位占比', '>=', 60],
      ['城镇调查失业率', '<=', 5.5],
      ['护理型床位占比', '>=', 55],
      ['住院费用自付比例', '<=', 30],
    ]);
    expect(list[1]?.indicator).toBe('urban_surveyed_unemployment');
  });

  it('reads a comparator a verb stands between (至少建成1个, 最多设置3个) and keeps it out of the name', () => {
    const list = targets('到2025年,每个乡镇至少建成1个养老服务中心,每个街道最多设置3个分中心。');
    expect(list.map((t) => [t.name, t.target.op, t.target.value])).toEqual([
      ['养老服务中心', '>=', 1],
      ['分中心', '<=', 3],
    ]);
  });

  it('keeps a plain value plain when no comparator is written', () => {
    expect(one('到2025年,普惠托位占比达到60%。', '普惠托位占比')?.target.op).toBe('=');
  });

  it('opOf and detachedOp agree with the words', () => {
    expect(opOf('不小于', undefined)).toBe('>=');
    expect(opOf('不大于', undefined)).toBe('<=');
    expect(opOf('控制在', '左右')).toBe('~');
    expect(detachedOp('每年最多举办')).toBe('<=');
    expect(detachedOp('每年举办')).toBeNull();
  });
});

describe('table cells that carry their comparator or unit', () => {
  it.each([
    ['12.3年以上', 12.3, '>=', '年'],
    ['99%以上', 99, '>=', '%'],
    ['不低于95%', 95, '>=', '%'],
    ['不大于5.5', 5.5, '<=', null],
    ['约80%', 80, '~', '%'],
    ['≤4.5', 4.5, '<=', null],
  ])('%s', (cell, value, op, unit) => {
    expect(parseCell(cell)).toMatchObject({ value, op, unit });
  });
});
