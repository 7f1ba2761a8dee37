// Families found by probes p52–p59 (session 14), one test each; every one failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const reached = (text: string) => extractText(text).achieved.map((a) => [a.name, a.value, a.unit, a.kind, a.year_from, a.year]);

describe('a table of a plan’s indicators and what was reached (主要指标完成情况)', () => {
  // One cell per line, as a Word table saved as text: 指标 | 单位 | 2020年基期 | 2025年目标 | 2025年完成 | 属性 | 完成情况.
  const TABLE = [
    '某市“十四五”规划主要指标完成情况', '', '指标', '单位', '2020年基期', '2025年目标', '2025年完成', '属性', '完成情况',
    '城镇新增就业', '万人', '[6.2]', '[25]', '[27.4]', '预期性', '超额完成',
    '基本养老保险参保率', '%', '92', '95', '96.3', '预期性', '完成',
    '每千人口拥有3岁以下婴幼儿托位数', '个', '1.6', '4.5', '4.1', '预期性', '未完成', '',
  ].join('\n');

  it('ends a row after the status column that follows 属性: the target is the 目标 column, the 完成 column is reached', () => {
    // The rows used to end at 预期性, so each status cell began the next row: the first row was lost and the others
    // were named 超额完成/完成 with their base cell as the target.
    const r = extractText(TABLE);
    expect(r.targets.map((t) => [t.name, t.baseline?.value, t.target.value, t.target.year, t.unit, t.kind])).toEqual([
      ['城镇新增就业', 6.2, 25, 2025, '万人', 'cumulative'],
      ['基本养老保险参保率', 92, 95, 2025, '%', 'level'],
      ['每千人口拥有3岁以下婴幼儿托位数', 1.6, 4.5, 2025, '个', 'level'],
    ]);
    expect(reached(TABLE).filter((a) => a[5] === 2025)).toEqual([
      // A bracketed cell under 2025年完成 is the five years' total reached (it was lost).
      ['城镇新增就业', 27.4, '万人', 'cumulative', 2021, 2025],
      ['基本养老保险参保率', 96.3, '%', 'level', null, 2025],
      ['每千人口拥有3岁以下婴幼儿托位数', 4.1, '个', 'level', null, 2025],
    ]);
  });

  it('reads a bracketed 完成 cell of a Markdown table as the five years’ total reached', () => {
    const md = '| 指标 | 单位 | 2020年 | 2025年目标 | 2025年完成 | 属性 |\n| --- | --- | --- | --- | --- | --- |\n| 城镇新增就业 | 人 | [5800] | [6000] | [6420] | 预期性 |\n';
    expect(reached(md)).toContainEqual(['城镇新增就业', 6420, '人', 'cumulative', 2021, 2025]);
  });
});

describe('thousands separated by a space', () => {
  it('reads 约32 000个 (Hong Kong, a PDF copy) as 32000, as 32,000 reads, and a table’s spaced columns as two numbers', () => {
    const r = extractText('二〇二六年施政報告\n我們會在未來五年額外提供約4 000個資助安老宿位,並把培訓名額提升至每年1 200 000個。\n');
    // The space cut the number: the values were 0 (4 000 → 000個) and the names ran over the first digits.
    expect(r.targets.map((t) => [t.target.value, t.unit])).toEqual([[4000, '个'], [1200000, '个']]);
    // Only a group of exactly three digits after one to three, with no other number spaced after it.
    const cols = extractText('某市“十五五”民生事业发展规划\n到2030年,新增托位 6 100个。\n');
    expect(cols.targets.map((t) => t.target.value)).not.toContain(6100);
    expect(extractText('某市“十五五”民生事业发展规划\n到2030年,参保率达到95 100%的社区。\n').targets.map((t) => t.target.value)).not.toContain(95100);
  });
});

describe('a life expectancy a move starts from', () => {
  it('reads 由2020年的78.3岁提高到2025年的79.8岁 as both ends reached, named 人均预期寿命', () => {
    // 78.3岁 before a verb was taken for an age saying who (65岁老年人): the start was lost and the end named
    // 人均预期寿命由2020年的78.3岁.
    expect(reached('某省“十五五”卫生健康事业发展规划\n一、发展基础\n“十四五”时期,全省人均预期寿命由2020年的78.3岁提高到2025年的79.8岁。\n')).toEqual([
      ['人均预期寿命', 78.3, '岁', 'level', null, 2020],
      ['人均预期寿命', 79.8, '岁', 'level', null, 2025],
    ]);
    // An age that says who is still no figure.
    expect(extractText('某省“十五五”卫生健康事业发展规划\n到2030年,65岁老年人健康管理率达到75%。\n').targets.map((t) => [t.name, t.target.value])).toEqual([['65岁老年人健康管理率', 75]]);
  });
});

describe('a year between what is measured and its verb', () => {
  it('leaves 2022年 out of 学前教育毛入园率2022年达到91.5% and 2028年 out of a target’s name, dating the value by it', () => {
    const report = '某市“十四五”规划实施情况中期评估报告\n某市发展改革委\n2023年11月\n学前教育毛入园率2022年达到91.5%;人均预期寿命2022年为79.6岁。\n';
    expect(reached(report)).toEqual([['学前教育毛入园率', 91.5, '%', 'level', null, 2022], ['人均预期寿命', 79.6, '岁', 'level', null, 2022]]);
    const plan = extractText('某市“十五五”民生事业发展规划\n到2030年,千人口托位数2028年达到4.5个。\n');
    expect(plan.targets.map((t) => [t.name, t.target.value, t.target.year])).toEqual([['千人口托位数', 4.5, 2028]]);
    // A year compared with stays: 比2025年 is the change's.
    expect(extractText('某市“十五五”民生事业发展规划\n到2030年,普惠托位占比比2025年提高10个百分点。\n').targets[0]?.name).toBe('普惠托位占比比2025年提高');
  });
});

describe('a mid-term evaluation’s goals named as such', () => {
  const REPORT = '某市“十四五”社会事业发展规划实施情况中期评估报告\n某市发展和改革委员会\n2023年11月\n';
  it('reads 规划目标为X as the plan’s target for its end year beside the level reached, in either order', () => {
    const text = `${REPORT}二、主要指标进展情况\n规划目标为每千人口拥有3岁以下婴幼儿托位数达到4.5个,2022年底已达3.1个,完成进度68.9%。普惠性幼儿园覆盖率规划目标为85%,2022年已达到87.2%。人均预期寿命2022年为79.6岁,规划目标为80岁以上;每千人口执业(助理)医师数由2020年的2.6人提高到2022年的2.9人,规划目标为3.2人,尚未达到。城镇新增就业规划目标为五年累计20万人。\n`;
    const r = extractText(text);
    // The goals were no targets (the report's sentences are reported), and the move to 2022 was a target of 2022.
    expect(r.targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.op, t.target.year])).toEqual([
      ['每千人口拥有3岁以下婴幼儿托位数', 4.5, '个', 'level', '=', 2025],
      ['普惠性幼儿园覆盖率', 85, '%', 'level', '=', 2025],
      ['人均预期寿命', 80, '岁', 'level', '>=', 2025],
      ['每千人口执业(助理)医师数', 3.2, '人', 'level', '=', 2025],
      ['城镇新增就业', 20, '万人', 'cumulative', '=', 2025],
    ]);
    // What was reached is named by the goal before it (3.1 was named 规划目标为每千人口…, 87.2 lost); a share of the goal
    // done (完成进度68.9%) is no level reached, nor is the goal itself.
    expect(reached(text)).toEqual([
      ['每千人口拥有3岁以下婴幼儿托位数', 3.1, '个', 'level', null, 2022],
      ['普惠性幼儿园覆盖率', 87.2, '%', 'level', null, 2022],
      ['人均预期寿命', 79.6, '岁', 'level', null, 2022],
      ['每千人口执业(助理)医师数', 2.6, '人', 'level', null, 2020],
      ['每千人口执业(助理)医师数', 2.9, '人', 'level', null, 2022],
    ]);
  });

  it('reads no goal of a report written after its plan ended as a target (目标 cited in results)', () => {
    const after = '某市“十四五”规划实施情况总结评估报告\n某市发展和改革委员会\n2026年2月\n每千人口拥有3岁以下婴幼儿托位数达到4.6个,规划目标为4.5个。\n';
    expect(extractText(after).targets).toEqual([]);
  });
});

describe('a yearly count in a period’s list, and a measure of those added', () => {
  const PLAN = '某省“十五五”卫生健康事业发展规划\n';
  it('reads 每年…不少于6000人次 after “十五五”期间 as each year’s work (increment, per 每年), not the period’s total', () => {
    const r = extractText(`${PLAN}“十五五”期间,累计培养全科医生8000名,每年培训乡村医生不少于6000人次。\n`);
    expect(r.targets.map((t) => [t.name, t.target.value, t.kind, t.per])).toEqual([
      ['培养全科医生', 8000, 'cumulative', null],
      ['培训乡村医生', 6000, 'increment', '每年'],
    ]);
  });

  it('reads 新增劳动力平均受教育年限 as a level: 新增 names those added, it counts no work', () => {
    const r = extractText(`${PLAN}到2030年,劳动年龄人口平均受教育年限提高到11.8年,新增劳动力平均受教育年限达到14.5年。\n`);
    expect(r.targets.map((t) => [t.name, t.target.value, t.unit, t.kind])).toEqual([
      ['劳动年龄人口平均受教育年限', 11.8, '年', 'level'],
      ['新增劳动力平均受教育年限', 14.5, '年', 'level'],
    ]);
  });
});

describe('a Hong Kong policy address’s paragraph numbers and goal wording', () => {
  it('leaves 第一百二十二段, 政府的目标是 and 会在未来五年 out of the names', () => {
    const r = extractText('二〇二六年施政報告\n\n第一百二十一段　為加快服務供應，我們會在未來五年額外提供約4000個資助安老宿位。\n\n第一百二十二段　政府的目標是在2028年底前把輪候資助護養院宿位的平均時間縮短至12個月以內。\n');
    // They were 会在未来五年额外提供资助安老宿位 and 第一百二十二段 政府的目标是在2028年底前把轮候…平均时间.
    expect(r.targets.map((t) => [t.name, t.target.value, t.unit, t.target.year])).toEqual([
      // (未来五年 from a 2026 address ends in 2031: h-names5, prose-session14-names.test.ts.)
      ['新增资助安老宿位', 4000, '个', 2031],
      ['轮候资助护养院宿位的平均时间', 12, '个月', 2028],
    ]);
  });
});

describe('a move between values written in units ten thousand apart', () => {
  it('gives 由目前的1万2千张增加至2万张 a baseline of 1.2 万张 and reaches 12000 张, not 12000 万张', () => {
    const r = extractText('二〇二六年施政報告\n我們會把社區照顧服務券的數目由目前的1萬2千張增加至2萬張。\n');
    expect(r.targets.map((t) => [t.target.value, t.unit, t.baseline?.value])).toEqual([[2, '万张', 1.2]]);
    expect(r.achieved.map((a) => [a.value, a.unit])).toEqual([[12000, '张']]);
    const plan = extractText('某市“十五五”养老服务体系规划\n到2030年,养老床位由2025年的1.2万张增加到25000张。\n');
    expect(plan.targets.map((t) => [t.target.value, t.unit, t.baseline?.value])).toEqual([[25000, '张', 12000]]);
  });
});

describe('what a Hong Kong text says stands now (现时)', () => {
  it('reads 现时全港共有约32000个资助安老宿位 as the stock reached, named 资助安老宿位, not a target of the year', () => {
    const r = extractText('二〇二六年施政報告\n人口高齡化持續加劇。現時全港共有約32000個資助安老宿位。\n');
    // It was a target (an increment of 2026) named 现时全港共有资助安老宿位.
    expect(r.targets).toEqual([]);
    expect(r.achieved.map((a) => [a.name, a.value, a.unit, a.kind])).toEqual([['资助安老宿位', 32000, '个', 'level']]);
  });
});

describe('a mid-term evaluation’s goal cited after the level reached', () => {
  it('reads 已提前完成90%的规划目标 and 尚未达到95%的规划目标 as targets of the measure just reported', () => {
    const text = '某市“十四五”社会事业发展规划实施情况中期评估报告\n某市发展和改革委员会\n2023年11月\n学前教育毛入园率2022年达到91.5%,已提前完成90%的规划目标;高中阶段教育毛入学率达到93.8%,尚未达到95%的规划目标。\n';
    // They were nothing; a completion rate (完成规划目标的85%) stays nothing.
    expect(extractText(text).targets.map((t) => [t.name, t.target.value, t.target.year])).toEqual([
      ['学前教育毛入园率', 90, 2025],
      ['高中阶段教育毛入学率', 95, 2025],
    ]);
    expect(extractText('某市“十四五”规划实施情况中期评估报告\n累计新增城镇就业6.8万人,完成规划目标的85%。\n').targets).toEqual([]);
  });
});

describe('a total reported over a span of years', () => {
  it('reads 2021—2022年累计完成8.6万人 after the goal of 城镇新增就业 as that measure’s total over 2021–2022', () => {
    const text = '某市“十四五”规划实施情况中期评估报告\n某市发展改革委\n2023年11月\n城镇新增就业规划目标为五年累计20万人,2021—2022年累计完成8.6万人。\n';
    // It was named 完成2021— (the span's first year left in the name), over no span.
    expect(reached(text)).toEqual([['城镇新增就业', 8.6, '万人', 'cumulative', 2021, 2022]]);
    expect(reached('某县“十四五”社会事业发展规划实施情况中期评估报告\n养老床位2021至2022年累计新建1200张。\n')).toEqual([['新建养老床位', 1200, '张', 'cumulative', 2021, 2022]]);
  });
});
