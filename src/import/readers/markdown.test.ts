import { describe, expect, it } from 'vitest';
import { extractText } from '../../core/extract/extract';
import { markdownToText } from './markdown';

const records = (md: string) =>
  extractText(markdownToText(md)).targets.map((t) => ({ name: t.name, value: t.target.value, op: t.target.op, year: t.target.year, unit: t.unit, baseline: t.baseline?.value ?? null }));

describe('markdownToText', () => {
  it('takes the marks off headings, quotes and emphasis, line for line', () => {
    const md = '# 某县“十五五”养老服务规划 #\n\n## 第二章 发展目标\n> 注：**数据**来源于县民政局。\n正文\n=====';
    expect(markdownToText(md)).toBe('某县“十五五”养老服务规划\n\n第二章 发展目标\n注：数据来源于县民政局。\n正文\n');
  });

  it('gives a plan its title and sections from its headings, not "# …"', () => {
    const doc = extractText(markdownToText('# 某县“十五五”养老服务规划\n\n## 第二章 发展目标\n\n到2030年，养老机构护理型床位占比达到65%以上。\n'));
    expect(doc.metadata.plan_title).toBe('某县“十五五”养老服务规划');
  });

  it('reads a pipe table with an alignment row, and a cell with an escaped pipe as one cell', () => {
    const md = [
      '| 序号 | 指标 | 单位 | 2025年 | 2030年 | 属性 |',
      '|:---:|:-----|:---:|---:|---:|:---:|',
      '| 1 | 每千名老年人拥有养老床位数 | 张 | 32 | 35 | 预期性 |',
      '| 2 | 护理型床位占比\\|养老机构 | % | 55 | ≥65 | 约束性 |',
      '| 3 | 托位数<br>(每千人口) | 个 | 4.5 | 5.5 | 预期性 |',
    ].join('\n');
    expect(markdownToText(md).split('\n')[3]).toBe('| 2 | 护理型床位占比¦养老机构 | % | 55 | ≥65 | 约束性 |');
    expect(records(md)).toEqual([
      { name: '每千名老年人拥有养老床位数', value: 35, op: '=', year: 2030, unit: '张', baseline: 32 },
      { name: '护理型床位占比¦养老机构', value: 65, op: '>=', year: 2030, unit: '%', baseline: 55 },
      { name: '托位数(每千人口)', value: 5.5, op: '=', year: 2030, unit: '个', baseline: 4.5 },
    ]);
  });

  it('reads figures inside code spans, links and list items, and not struck-through ones or footnote marks', () => {
    const md = '到2030年：\n1. 新增养老床位 `800` 张。\n- [x] 完成社区食堂改造 [20](https://example.org) 个。\n- 新建托育点~~40~~ 45个[^1]。\n[^1]: 含社区嵌入式。';
    expect(markdownToText(md).split('\n')).toEqual(['到2030年：', '1. 新增养老床位 800 张。', '- 完成社区食堂改造 20 个。', '- 新建托育点 45个。', '含社区嵌入式。']);
  });

  it('keeps fenced code as written and other lines untouched', () => {
    expect(markdownToText('```\n# 不是标题 **x**\n```\n带*的为约束性指标，带*的为预期性指标')).toBe('\n# 不是标题 **x**\n\n带*的为约束性指标，带*的为预期性指标');
  });

  it('reads a line of ten thousand brackets and backticks in linear time', () => {
    const hostile = `${'['.repeat(100_000)}${'`'.repeat(100_000)}${'<sup>'.repeat(20_000)}`;
    const started = performance.now();
    markdownToText(hostile);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('markdownToText: an HTML table in Markdown', () => {
  it('reads it as pipe rows, its merged cells spread, the lines around it untouched', () => {
    const md = [
      '## 主要指标',
      '<table>',
      '<tr><td rowspan="2">指标</td><td>2025年</td><td>2030年</td></tr>',
      '<tr><td>基期</td><td>目标</td></tr>',
      '<tr><td>托位数(个)</td><td>4.5</td><td>5.5</td></tr>',
      '</table>',
      '**注**：托位数按常住人口计算。',
    ].join('\n');
    expect(markdownToText(md).split('\n')).toEqual(['主要指标', '| 指标 | 2025年基期 | 2030年目标 |', '| 托位数(个) | 4.5 | 5.5 |', '注：托位数按常住人口计算。']);
    expect(records(md)).toEqual([{ name: '托位数', value: 5.5, op: '=', year: 2030, unit: '个', baseline: 4.5 }]);
  });
});
