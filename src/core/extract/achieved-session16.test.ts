// Achievements the probes' labels (session 16, h-achieved2) and sentences written for them found read wrong, one test
// per family, in this test's own wording; every one failed before its fix. First figures that were fakes (a goal or a
// task cited, a gap against a goal, a completion rate, a bound where the text gave the value), then missing ones.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const reached = (text: string) => extractText(text).achieved.map((a) => [a.name, a.value, a.unit, a.kind, a.year_from, a.year, a.op]);
const REPORT = '某区2026年政府工作报告\n\n——2026年1月9日在某区第五届人民代表大会第六次会议上\n\n一、2025年工作回顾\n';
const FINAL = '某县“十四五”社会事业发展规划实施总结评估报告\n\n一、主要指标完成情况\n';
const PLAN = '某市“十五五”社会保障事业发展规划\n\n第一章 发展基础\n';

describe('a goal or a task cited by a report is no figure reached', () => {
  it('reads no share of a year’s task done (完成年度任务的100%)', () => {
    // It was an achievement named 完成年度任务, 100 %.
    expect(reached(`${REPORT}全年新建农村公路65公里,完成年度任务的100%。\n`)).toEqual([['新建农村公路', 65, '公里', 'increment', null, 2025, '=']]);
  });

  it('reads no task cited by its size (超额完成…3500人任务)', () => {
    // It was an achievement of 3500 人, the task's size, named 超额完成上级下达的城镇新增就业任务.
    expect(reached(`${REPORT}全区城镇新增就业4100人,超额完成上级下达的城镇新增就业3500人任务。\n`)).toEqual([
      ['城镇新增就业', 4100, '人', 'increment', null, 2025, '='],
    ]);
  });

  it('reads no gap against the goal (比规划目标高0.4张) as a level of its own', () => {
    // It was a level named 比规划目标高, 0.4 张.
    expect(reached(`${FINAL}每千人口医疗卫生机构床位数达到6.4张,比规划目标高0.4张。\n`)).toEqual([
      ['每千人口医疗卫生机构床位数', 6.4, '张', 'level', null, 2025, '='],
    ]);
  });
});

describe('the comparator of a level reported reached', () => {
  it('reads 控制在4.9% reached as the rate it stood at, 控制在3%以内 as at most 3%', () => {
    // 控制在4.9% was ≤ 4.9: a bound, so Outcomes could not say whether a ≤4.5% target was missed.
    expect(reached(`${PLAN}“十四五”期间,全市城镇调查失业率控制在4.9%,城镇登记失业率控制在3%以内。\n`)).toEqual([
      ['城镇调查失业率', 4.9, '%', 'level', null, 2025, '='],
      ['城镇登记失业率', 3, '%', 'level', null, 2025, '<='],
    ]);
  });

  it('gives 左右 closing a 分别 list to every value reached, as a target’s list does', () => {
    // The first value was =, the list's 左右 only the last one's.
    expect(reached(`${PLAN}“十四五”时期,全市城乡居民、职工大病保险报销比例分别稳定在62%、65%左右。\n`).map((r) => [r[1], r[6]])).toEqual([
      [62, '~'], [65, '~'],
    ]);
  });
});

describe('a plan’s final report says where the plan ended', () => {
  it('reads 到2025年底…达到 in the final report on a plan that ended in 2025 as reached, 到2030年 still as a target', () => {
    const text = '某区“十四五”养老服务体系建设规划终期评估报告\n\n一、主要指标完成情况\n到2025年底,全区养老机构护理型床位占比达到61%,完成规划目标的110.9%。到2030年,全区养老机构护理型床位占比力争达到70%。\n';
    const r = extractText(text);
    // 61% was a target of 2025 and no achievement.
    expect(reached(text)).toEqual([['养老机构护理型床位占比', 61, '%', 'level', null, 2025, '=']]);
    expect(r.targets.map((t) => [t.target.value, t.target.year])).toEqual([[70, 2030]]);
  });
});

describe('shares of a task done and changes that name nothing', () => {
  it('reads no completion rate (完成率) in a work report or a news item', () => {
    // Both were achievements (only a results report's 完成率 was left out).
    expect(reached(`${REPORT}全区新增普惠托位380个,年度任务完成率达到126.7%。\n`)).toEqual([['新增普惠托位', 380, '个', 'increment', null, 2025, '=']]);
    const news = '我县民生实事进展顺利\n2025-10-12 来源:某县融媒体\n\n截至9月底,全县新建村卫生室12个,城镇新增就业目标完成率为81.2%。\n';
    expect(reached(news).map((r) => r[0])).toEqual(['新建村卫生室']);
  });

  it('reads no change whose measure is money left out (收入…万元,增长5.8%): it names nothing', () => {
    // It was a level named 增长, 5.8 %.
    expect(reached(`${REPORT}全区城乡居民人均可支配收入达到3.9万元,增长6.1%。城镇新增就业5100人。\n`)).toEqual([['城镇新增就业', 5100, '人', 'increment', null, 2025, '=']]);
  });

  it('reads no gap against a goal whose value is in brackets (与规划目标值(81岁)相差0.7岁)', () => {
    const text = '某市“十四五”卫生健康规划中期评估报告\n\n2023年11月\n\n二、主要指标进展\n2022年,全市人均预期寿命达到80.3岁,与规划目标值(81岁)相差0.7岁。\n';
    // 0.7 was a level named )相差.
    expect(reached(text)).toEqual([['人均预期寿命', 80.3, '岁', 'level', null, 2022, '=']]);
  });
});

describe('names a report gives by the goal before them', () => {
  it('names 实际完成N by the measure whose goal the clause before gave (预期目标…,实际完成…)', () => {
    // It was named 实际完成.
    expect(reached(`${REPORT}全年城镇新增就业预期目标4500人,实际完成5230人。\n`)).toEqual([['城镇新增就业', 5230, '人', 'increment', null, 2025, '=']]);
  });
});

describe('the first year of a total a mid-term evaluation reports', () => {
  it('counts 截至2023年底,…累计… and the work done by then from the plan’s first year', () => {
    const text = '某县“十四五”教育发展规划实施情况中期评估报告\n\n二、主要指标进展\n截至2023年底,全县累计新增公办学位4800个,新建改扩建幼儿园9所,学前教育毛入园率达到91%。\n';
    // Both were of 2023 with no first year (a total of one year, to Outcomes).
    expect(reached(text)).toEqual([
      ['新增公办学位', 4800, '个', 'cumulative', 2021, 2023, '='],
      ['新建改扩建幼儿园', 9, '所', 'increment', 2021, 2023, '='],
      ['学前教育毛入园率', 91, '%', 'level', null, 2023, '='],
    ]);
  });
});

describe('a completion table whose columns say 目标值 and 实际值', () => {
  it('reads 2025年实际值 as reached and 2025年目标值 as the target, whatever their order', () => {
    const text = '某区“十四五”规划主要指标完成情况\n\n| 指标 | 单位 | 2025年目标值 | 2025年实际值 | 完成情况 |\n| --- | --- | --- | --- | --- |\n| 九年义务教育巩固率 | % | 96 | 97.3 | 完成 |\n| 城镇登记失业率 | % | <4 | 3.6 | 完成 |\n';
    const r = extractText(text);
    // The two columns were swapped: 96 and <4 reached, 97.3 and 3.6 the targets (Outcomes: 96 against 97.3, not met).
    expect(r.targets.map((t) => [t.name, t.target.op, t.target.value, t.target.year])).toEqual([
      ['九年义务教育巩固率', '=', 96, 2025], ['城镇登记失业率', '<', 4, 2025],
    ]);
    expect(reached(text)).toEqual([
      ['九年义务教育巩固率', 97.3, '%', 'level', null, 2025, '='], ['城镇登记失业率', 3.6, '%', 'level', null, 2025, '='],
    ]);
  });
});

describe('a 十五五 table that gives the last plan’s goals beside what was reached', () => {
  const table = (goalHeader: string) =>
    `某县“十五五”教育发展规划\n\n专栏1 主要指标\n| 指标 | 单位 | ${goalHeader} | 2025年实际 | 2030年目标 | 属性 |\n| --- | --- | --- | --- | --- | --- |\n| 学前教育毛入园率 | % | 90 | 91.6 | ≥95 | 约束性 |\n| 普惠性幼儿园覆盖率 | % | 85 | 88 | 92 | 预期性 |\n`;

  it('reads 2025年目标 as no value reached in 2025 (only 2025年实际 is), 2030年目标 as the targets', () => {
    // 90 and 85, the goals, were reached in 2025 beside 91.6 and 88 (and the baselines of the 2030 targets).
    const r = extractText(table('2025年目标'));
    expect(reached(table('2025年目标'))).toEqual([['学前教育毛入园率', 91.6, '%', 'level', null, 2025, '='], ['普惠性幼儿园覆盖率', 88, '%', 'level', null, 2025, '=']]);
    expect(r.targets.map((t) => [t.name, t.target.op, t.target.value, t.target.year, t.baseline?.value ?? null])).toEqual([
      ['学前教育毛入园率', '>=', 95, 2030, null], ['普惠性幼儿园覆盖率', '=', 92, 2030, null],
    ]);
  });

  it('reads a column headed “十四五”目标 as that plan’s goals: the table is read (it was not at all)', () => {
    expect(reached(table('“十四五”目标')).map((a) => [a[0], a[1], a[5]])).toEqual([['学前教育毛入园率', 91.6, 2025], ['普惠性幼儿园覆盖率', 88, 2025]]);
    expect(extractText(table('“十四五”目标')).targets.map((t) => [t.target.value, t.target.year])).toEqual([[95, 2030], [92, 2030]]);
  });
});

describe('names: the words that say a figure was done or held', () => {
  it('leaves 完成, 始终 and 共 out of what was measured, and keeps the work a name is (完成…改造)', () => {
    const text = `${PLAN}“十四五”期间,全市城镇新增就业累计完成24.8万人,城镇调查失业率始终控制在5.5%以内,共建成街道综合养老服务中心38个,完成农村危房改造1200户。\n`;
    // They were 完成城镇新增就业, 城镇调查失业率始终 and 共建成街道综合养老服务中心.
    expect(reached(text).map((r) => r[0])).toEqual(['城镇新增就业', '城镇调查失业率', '建成街道综合养老服务中心', '完成农村危房改造']);
    expect(reached(`${REPORT}城镇新增就业完成5900人。\n`).map((r) => r[0])).toEqual(['城镇新增就业']);
  });

  it('leaves the span a total is over (五年来) out of its name', () => {
    const text = '某县“十四五”规划实施总结评估报告\n\n一、主要指标完成情况\n五年来累计新增城镇就业2.2万人。\n';
    // It was named 五年来累计新增城镇就业.
    expect(reached(text)).toEqual([['新增城镇就业', 2.2, '万人', 'cumulative', 2021, 2025, '=']]);
  });
});

describe('the year of a 发展基础 figure after a dated sentence', () => {
  it('dates a level under a 十五五 plan’s 发展基础 by the paragraph’s 截至2024年底, not by the period’s end', () => {
    const text = '某市“十五五”养老服务体系规划\n\n一、发展基础\n截至2024年底,全市养老机构达到186家。养老机构护理型床位占比达到56%。\n';
    // 56% was of 2025: Outcomes judged a 2025 target by a figure of 2024.
    expect(reached(text)).toEqual([['养老机构', 186, '家', 'level', null, 2024, '='], ['养老机构护理型床位占比', 56, '%', 'level', null, 2024, '=']]);
  });
});
