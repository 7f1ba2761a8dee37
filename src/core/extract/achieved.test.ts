import { describe, expect, it } from 'vitest';
import { extractText } from './extract';
import type { AchievedRecord } from '../types';

function reached(text: string): AchievedRecord[] {
  return extractText(text).achieved;
}

const pick = (records: AchievedRecord[]) =>
  records.map((a) => ({ name: a.name, value: a.value, unit: a.unit, op: a.op, year: a.year, year_from: a.year_from, kind: a.kind }));

describe('achievements of a 十五五 plan’s 发展基础 section', () => {
  const plan = [
    '青禾市“十五五”养老服务发展规划',
    '青禾市人民政府',
    '2026年3月2日',
    '第一章 发展基础',
    '“十四五”时期,全市养老服务体系不断完善。全市养老机构床位达到1.2万张,护理型床位占比达到62%。',
    '五年累计新建社区养老服务中心45个。培训养老护理员3200人次。',
    '第二章 主要目标',
    '到2030年,护理型床位占比达到70%以上,每千名老年人拥有养老床位数达到40张。',
  ].join('\n');
  const doc = extractText(plan);

  it('reads levels and flows reported there, dated by the end of the period reviewed (2025)', () => {
    expect(pick(doc.achieved)).toEqual([
      { name: '养老机构床位', value: 1.2, unit: '万张', op: '=', year: 2025, year_from: null, kind: 'level' },
      expect.objectContaining({ name: '护理型床位占比', value: 62, unit: '%', year: 2025, kind: 'level' }),
      expect.objectContaining({ value: 45, unit: '个', year: 2025, year_from: 2021, kind: 'cumulative' }),
      expect.objectContaining({ value: 3200, unit: '人次', year: 2025, year_from: 2021, kind: 'increment' }),
    ]);
  });

  it('keeps the 2030 goals as targets and never as achievements, and the reached figures out of the targets', () => {
    expect(doc.targets.map((t) => t.target.value)).toEqual([70, 40]);
    expect(doc.achieved.some((a) => a.value === 70 || a.value === 40)).toBe(false);
  });

  it('quotes the exact words of each achievement', () => {
    for (const a of doc.achieved) expect(plan.slice(a.start, a.end)).toBe(a.quote);
    expect(doc.achieved[1]?.quote).toBe('护理型床位占比达到62%');
  });
});

describe('achievements in sentences of a plan', () => {
  it('takes the start of 由X提高到Y as reached in the plan’s base year, and Y as the target', () => {
    const doc = extractText('某县“十四五”教育规划\n到2025年,学前教育毛入园率由88%提高到95%。');
    expect(doc.targets.map((t) => [t.name, t.target.value, t.baseline?.value])).toEqual([['学前教育毛入园率', 95, 88]]);
    expect(pick(doc.achieved)).toEqual([
      { name: '学前教育毛入园率', value: 88, unit: '%', op: '=', year: 2020, year_from: null, kind: 'level' },
    ]);
    // A year the sentence states for the start value is its year.
    const dated = extractText('某县“十四五”教育规划\n到2025年,学前教育毛入园率由2019年的86%提高到95%。');
    expect(dated.achieved.map((a) => [a.value, a.year])).toEqual([[86, 2019]]);
    // …and it does not date the target after 提高到, which stays a target of the plan.
    expect(dated.targets.map((t) => [t.target.value, t.target.year, t.baseline])).toEqual([[95, 2025, { value: 86, year: 2019 }]]);
  });

  it('reads both ends of a past move, each item of a 分别 list with its own name and year', () => {
    const text = '某市“十四五”卫生规划\n第一节 发展基础\n孕产妇系统管理率、儿童健康管理率分别由2015年的90.1%、91%提高到2020年的95.2%、96%。';
    expect(pick(reached(text)).map((a) => [a.name, a.value, a.year])).toEqual([
      ['孕产妇系统管理率', 90.1, 2015],
      ['儿童健康管理率', 91, 2015],
      ['孕产妇系统管理率', 95.2, 2020],
      ['儿童健康管理率', 96, 2020],
    ]);
  });

  it('dates the second end of a past move without its own year by the period reviewed, not by the start year', () => {
    const text = '某市“十四五”卫生规划\n第一节 发展基础\n孕产妇系统管理率由2015年的90.1%提高到95.2%。';
    expect(pick(reached(text)).map((a) => [a.value, a.year])).toEqual([
      [90.1, 2015],
      [95.2, 2020],
    ]);
  });

  it('reads a state reported with 截至 as of its date, and the target after it in the same sentence', () => {
    const doc = extractText('某区“十四五”托育服务规划\n截至2021年底,每千人口托位数为1.6个,到2025年达到4.5个。');
    expect(pick(doc.achieved)).toEqual([
      { name: '每千人口托位数', value: 1.6, unit: '个', op: '=', year: 2021, year_from: null, kind: 'level' },
    ]);
    expect(doc.targets.map((t) => t.target.value)).toEqual([4.5]);
    expect(doc.achieved[0]?.indicator).toBe('childcare_places_per_1000');
  });

  it('dates a present state without a year by the issue date', () => {
    const doc = extractText('某区2024年养老服务工作要点\n某区民政局\n2024年2月1日\n目前,全区已建成社区食堂36个。2024年,新建社区食堂10个。');
    expect(pick(doc.achieved)).toEqual([
      expect.objectContaining({ name: '建成社区食堂', value: 36, unit: '个', year: 2024 }),
    ]);
    expect(doc.targets.map((t) => t.target.value)).toEqual([10]);
  });

  it('reads changes against a past level, each item named with what it is compared with', () => {
    const text = '某市“十四五”卫生规划\n第一节 发展基础\n全市每千人口床位数、执业(助理)医师数比“十二五”末分别增长了21%、15%。';
    expect(pick(reached(text))).toEqual([
      { name: '每千人口床位数比“十二五”末增长', value: 21, unit: '%', op: '=', year: 2020, year_from: 2015, kind: 'increment' },
      { name: '每千人口执业(助理)医师数比“十二五”末增长', value: 15, unit: '%', op: '=', year: 2020, year_from: 2015, kind: 'increment' },
    ]);
    // Each is a change of its catalog indicator, in % of it.
    expect(reached(text).map((a) => a.indicator)).toEqual(['hospital_beds_per_1000', 'physicians_per_1000']);
  });
});

describe('what is not an achievement', () => {
  it('leaves out money, budget shares, enforcement tallies, age rules and the items of a programme list', () => {
    const text = [
      '某区“十四五”公共服务规划',
      '第一节 发展基础',
      '民生支出占一般公共预算支出比重保持在70%以上。全面完成120项民生工程。城乡低保标准分别提高30%。',
      '打掉涉恶犯罪集团3个。将参保年龄放宽至65岁。城镇登记失业率控制在3.5%以内。',
    ].join('\n');
    expect(pick(reached(text)).map((a) => [a.name, a.value])).toEqual([['城镇登记失业率', 3.5]]);
  });

  it('finds no achievement in a plan that only sets targets', () => {
    expect(reached('某市“十五五”托育服务规划\n到2030年,每千人口托位数达到5.5个,普惠托位占比不低于60%。')).toEqual([]);
  });
});

describe('achievements in other shapes', () => {
  it('reads a news report of results, dated by the year it names', () => {
    const news = [
      '去年我市民生实事交出亮眼答卷',
      '本报讯(记者 李明)2025年1月10日,记者从市发改委获悉,2024年,我市新增普惠托位1200个,改造老旧小区85个,城乡居民医保参保率稳定在97%以上。',
    ].join('\n');
    const doc = extractText(news);
    expect(doc.targets).toEqual([]);
    expect(pick(doc.achieved).map((a) => [a.name, a.value, a.unit, a.op, a.year])).toEqual([
      ['新增普惠托位', 1200, '个', '=', 2024],
      ['改造老旧小区', 85, '个', '=', 2024],
      ['城乡居民医保参保率', 97, '%', '>=', 2024],
    ]);
  });

  it('reads the base-year column of an indicator table, a [bracketed] cell as a five-year total', () => {
    const table = [
      '某县“十四五”就业规划',
      '指标 | 2020年 | 2025年 | 属性',
      '城镇新增就业(万人) | [2.1] | [2.5] | 预期性',
      '城镇调查失业率(%) | 5.2 | <5.5 | 预期性',
    ].join('\n');
    const doc = extractText(table);
    expect(pick(doc.achieved)).toEqual([
      { name: '城镇新增就业', value: 2.1, unit: '万人', op: '=', year: 2020, year_from: 2016, kind: 'cumulative' },
      { name: '城镇调查失业率', value: 5.2, unit: '%', op: '=', year: 2020, year_from: null, kind: 'level' },
    ]);
    expect(doc.achieved.every((a) => a.source === 'table')).toBe(true);
    expect(doc.targets.map((t) => t.target.value)).toEqual([2.5, 5.5]);
  });

  it('reads the progress column of a programme report beside the year’s quota, which stays the target', () => {
    const report = [
      '青禾市2025年民生实事项目推进情况',
      '青禾市人民政府办公室',
      '2025年9月30日',
      '指标 | 2025年目标 | 目前已完成',
      '新增普惠托位(个) | 1200 | 850',
      '改造老旧小区(个) | 85 | 已开工62个',
      '城乡居民医保参保率(%) | 97 | 完成率96%',
    ].join('\n');
    const doc = extractText(report);
    expect(doc.targets.map((t) => [t.name, t.target.value, t.target.year])).toEqual([
      ['新增普惠托位', 1200, 2025],
      ['改造老旧小区', 85, 2025],
      ['城乡居民医保参保率', 97, 2025],
    ]);
    // A completion rate is not a level reached; the counts are the year's flows so far.
    expect(pick(doc.achieved)).toEqual([
      { name: '新增普惠托位', value: 850, unit: '个', op: '=', year: 2025, year_from: null, kind: 'increment' },
      { name: '改造老旧小区', value: 62, unit: '个', op: '=', year: 2025, year_from: null, kind: 'increment' },
    ]);
    expect(report.slice(doc.achieved[0]?.start, doc.achieved[0]?.end)).toBe('新增普惠托位(个) | 1200 | 850');
  });

  it('reads traditional characters, quoting the original words', () => {
    const text = '某區“十四五”養老服務規劃\n第一節 發展基礎\n截至2020年底,全區養老機構床位達到3500張,每千人口擁有執業醫師3.2人。';
    const achieved = reached(text);
    expect(pick(achieved).map((a) => [a.name, a.value, a.unit, a.year])).toEqual([
      ['养老机构床位', 3500, '张', 2020],
      ['每千人口拥有执业医师', 3.2, '人', 2020],
    ]);
    expect(achieved.map((a) => text.slice(a.start, a.end))).toEqual(['養老機構床位達到3500張', '每千人口擁有執業醫師3.2人']);
  });

  it('gives every achievement an id of its own, apart from the targets’ ids', () => {
    const doc = extractText('某县“十四五”教育规划\n到2025年,学前教育毛入园率由2020年的88%提高到95%。');
    const ids = [...doc.targets, ...doc.achieved].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('achievements dated by 去年', () => {
  it('dates a figure reported for 去年 the year before the article, and keeps this year’s goals as targets', () => {
    const text = ['我市今年将新增普惠托位2000个', '2026-01-15 08:30 来源:青禾日报', '记者从市卫健委获悉,今年,全市将新增普惠托位2000个。去年,全市新增托位1800个。'].join('\n');
    const doc = extractText(text);
    expect(doc.achieved.map((a) => [a.name, a.value, a.year])).toEqual([['新增托位', 1800, 2025]]);
    expect(doc.targets.every((t) => t.target.year === 2026)).toBe(true);
  });
});
