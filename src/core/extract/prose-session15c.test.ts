// Names session 15's first round noticed and left (h-names7), one test per family; every one failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const PLAN = '某县“十五五”就业和社会保障规划\n二、主要目标\n';
const rows = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.year]);

describe('one year’s share of a total after 其中', () => {
  it('names 其中2027年 + a verb alone by the total’s measure, as that year’s work (and the list’s later years too)', () => {
    const text = `${PLAN}到2030年,城镇新增就业累计12万人,其中2027年新增2.5万人、2028年新增2.8万人。\n`;
    // They were named just 新增 (the first one cumulative).
    expect(rows(text)).toEqual([
      ['城镇新增就业', 12, '万人', 'cumulative', 2030],
      ['城镇新增就业', 2.5, '万人', 'increment', 2027],
      ['城镇新增就业', 2.8, '万人', 'increment', 2028],
    ]);
  });

  it('leaves a stock’s yearly addition its own work: no level of the stock', () => {
    const text = `${PLAN}到2030年,全县养老床位达到2600张,其中2027年新增300张。\n`;
    expect(rows(text)[0]).toEqual(['养老床位', 2600, '张', 'level', 2030]);
    expect(rows(text).filter((r) => r[1] === 300).map((r) => r[0])).not.toContain('养老床位');
  });
});

describe('a share’s verb', () => {
  it('leaves 占 (with no 约 before it) out of a share’s name', () => {
    // It was named 社区嵌入式养老机构床位占.
    expect(rows(`${PLAN}到2030年,社区嵌入式养老机构床位占45%。\n`)).toEqual([['社区嵌入式养老机构床位', 45, '%', 'level', 2030]]);
  });
});

describe('an achievement’s report words and place, in any order', () => {
  const REVIEW = '某市“十五五”托育服务发展规划\n一、发展基础\n';
  const reached = (text: string) => extractText(text).achieved.map((a) => [a.name, a.value, a.unit]);
  it('leaves 目前 and 全市 out of a reached level’s name whichever comes first', () => {
    // The first was named 全市托育机构平均入托率 (目前 was stripped after 全市 was looked for).
    expect(reached(`${REVIEW}目前全市托育机构平均入托率为52%。\n`)).toEqual([['托育机构平均入托率', 52, '%']]);
    expect(reached(`${REVIEW}全市目前托育机构平均入托率为52%。\n`)).toEqual([['托育机构平均入托率', 52, '%']]);
  });
});

// (A 其中: sub-row of an HTML or DOCX table: src/import/readers/table-subrows.test.ts, beside the readers it builds
// the table with, so src/core's tests import no reader.)

describe('training for one named group', () => {
  it('maps migrant workers’ training (外来务工人员) to no subsidised-training total, as 农民工 already was', () => {
    const text = '某市“十五五”就业促进规划\n二、主要目标\n到2030年,累计开展外来务工人员职业技能培训8万人次。\n';
    const t = extractText(text).targets;
    expect(t.map((r) => [r.name, r.target.value, r.unit])).toEqual([['开展外来务工人员职业技能培训', 8, '万人次']]);
    // It was charted as the region's 补贴性职业技能培训.
    expect(t[0]?.indicator).toBeNull();
  });
});

describe('当前 (now), as 目前', () => {
  it('reads 当前… as a level reached now, not a target of the plan’s end; 当前和今后一个时期 still looks ahead', () => {
    const text = `${PLAN}当前全区养老机构入住率为48%。当前和今后一个时期,全区养老机构护理型床位占比达到65%。\n`;
    // The first was a target of 2030 named 当前全区养老机构入住率.
    const r = extractText(text);
    expect(r.targets.map((t) => [t.name, t.target.value])).toEqual([['养老机构护理型床位占比', 65]]);
    expect(r.achieved.map((a) => [a.name, a.value])).toEqual([['养老机构入住率', 48]]);
  });
});
