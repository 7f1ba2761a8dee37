import { describe, expect, it } from 'vitest';
import { headerRole, readTables } from './tables';
import { mergeHeaderRows } from './tables-header';

const P = { start: 2026, end: 2030 };
const rows = (text: string) => readTables(text, P).drafts.map((d) => ({ name: d.name, unit: d.unit, target: d.target, baseline: d.baseline, binding: d.binding }));

describe('pipe tables whose header fills two rows', () => {
  it('reads a 规划目标 heading spread over 2025年 | 2030年 in the row below (the table was lost)', () => {
    const text = [
      '| 指标 | 单位 | 规划目标 | 属性 |',
      '| | | 2025年 | 2030年 | |',
      '| 婴儿死亡率 | ‰ | 3.1 | ≤3 | 预期性 |',
      '| 每万人口全科医生数 | 人 | 3.8 | 5 | 约束性 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      { name: '婴儿死亡率', unit: '‰', target: { value: 3, year: 2030, op: '<=' }, baseline: { value: 3.1, year: 2025 }, binding: 'expected' },
      { name: '每万人口全科医生数', unit: '人', target: { value: 5, year: 2030, op: '=' }, baseline: { value: 3.8, year: 2025 }, binding: 'binding' },
    ]);
  });

  it('reads a lower row that writes only the years under 指标值, the merged-down cells once', () => {
    const text = ['| 指标 | 单位 | 指标值 | 属性 |', '| 2025年 | 2030年 |', '| 婴儿死亡率 | ‰ | 3.1 | ≤3 | 预期性 |'].join('\n');
    expect(rows(text)).toMatchObject([{ name: '婴儿死亡率', unit: '‰', target: { value: 3, year: 2030 }, baseline: { value: 3.1, year: 2025 } }]);
  });

  it('takes the years from a lower row under 基期 | 目标, across a markdown rule line', () => {
    const text = ['| 指标 | 基期 | 目标 | 属性 |', '|---|---|---|---|', '| | 2025年 | 2030年 | |', '| 婴儿死亡率(‰) | 3.1 | ≤3 | 预期性 |'].join('\n');
    expect(rows(text)).toMatchObject([{ name: '婴儿死亡率', unit: '‰', target: { value: 3, year: 2030 }, baseline: { value: 3.1, year: 2025 } }]);
  });

  it('reads 指标 over 名称 | 单位 (a heading merged over two columns) with the unit column', () => {
    const text = ['| 类别 | 指标 | | 2025年 | 2030年 | 属性 |', '| | 名称 | 单位 | | | |', '| 健康 | 婴儿死亡率 | ‰ | 3.1 | ≤3 | 预期性 |'].join('\n');
    expect(rows(text)).toMatchObject([{ name: '婴儿死亡率', unit: '‰', target: { value: 3, year: 2030 }, baseline: { value: 3.1, year: 2025 } }]);
  });

  it('still reads the first data row after a one-row header', () => {
    const text = ['| 指标 | 单位 | 2025年 | 2030年 |', '| 婴儿死亡率 | ‰ | 3.1 | ≤3 |', '| 孕产妇死亡率 | /10万 | 8.2 | ≤8 |'].join('\n');
    expect(rows(text).map((r) => r.name)).toEqual(['婴儿死亡率', '孕产妇死亡率']);
    expect(rows(['| 指标 | 2025年 | 2030年 |', '| 托位数(个) | 4.5 | 5.5 |'].join('\n'))).toMatchObject([{ name: '托位数', target: { value: 5.5 } }]);
  });

  it('merges column by column, and refuses a lower row of data or a single group cell', () => {
    expect(mergeHeaderRows(['指标', '单位', '2025年', '2030年', '属性'], ['', '', '基期值', '目标值', ''], headerRole)).toEqual([
      '指标', '单位', '2025年基期值', '2030年目标值', '属性',
    ]);
    expect(mergeHeaderRows(['指标', '单位', '2025年', '2030年'], ['婴儿死亡率', '‰', '3.1', '≤3'], headerRole)).toBeNull();
    // Not even when a cell would make a heading joined to the one above it (指标 + 托位数, 2025年 + 4.5).
    expect(mergeHeaderRows(['指标', '2025年', '2030年'], ['托位数(个)', '4.5', '5.5'], headerRole)).toBeNull();
    expect(mergeHeaderRows(['指标', '单位', '2025年', '2030年'], ['一、幼有所育', '', '', ''], headerRole)).toBeNull();
  });
});

describe('a rate per 100,000 in a table', () => {
  it('reads 1/10万 in the name’s brackets or the 单位 cell as the /10万 prose reads (it stayed in the name, or unread)', () => {
    const text = ['| 指标 | 单位 | 2025年 | 2030年 |', '| 孕产妇死亡率(1/10万) | | 9.5 | <10 |', '| 孕产妇死亡率 | 1/10万 | 9.5 | <10 |'].join('\n');
    expect(rows(text).map((r) => [r.name, r.unit, r.target.op, r.target.value])).toEqual([
      ['孕产妇死亡率', '/10万', '<', 10],
      ['孕产妇死亡率', '/10万', '<', 10],
    ]);
  });
});
