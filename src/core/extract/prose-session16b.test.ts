// Session 16's open probe gaps and the names session 15 left (h-names8), one test per family; every one failed before
// its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const rows = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.year]);

describe('a 基本公共服务标准 list', () => {
  const TITLE = '某市“十五五”基本公共服务标准(2026—2030年)\n\n';
  it('reads no target in its rows, one cell a line: each person’s service is owed, no figure of the region', () => {
    const text =
      `${TITLE}服务项目\n服务对象\n服务内容\n服务标准\n孕产妇健康服务\n辖区内常住孕产妇\n孕期提供5次产前检查、2次产后访视\n每人不少于5次\n` +
      '预防接种\n辖区内0—6岁儿童\n每年开展1次入托入学查验\n按国家规定执行\n\n到2030年,全市孕产妇系统管理率达到92%。\n';
    // 提供5次产前检查, 2次产后访视 and 开展1次入托入学查验 were 2030 targets.
    expect(rows(text)).toEqual([['孕产妇系统管理率', 92, '%', 'level', 2030]]);
  });
  it('reads none in a row a line either, and prose after the list with no blank line before it', () => {
    const text = `${TITLE}服务项目 服务对象 服务内容 服务标准\n健康教育 辖区内常住居民 每年举办2次健康讲座 每人每年1次\n到2030年,居民健康素养水平达到35%。\n`;
    expect(rows(text)).toEqual([['居民健康素养水平', 35, '%', 'level', 2030]]);
  });
  it('still reads a per-year frequency a plan sets in its prose', () => {
    const text = '某县“十五五”养老服务规划\n二、主要目标\n到2030年,每年开展老年人健康体检不少于1次。\n';
    expect(rows(text)).toEqual([['开展老年人健康体检', 1, '次', 'increment', 2030]]);
  });
});
