import { describe, expect, it } from 'vitest';
import { extractText } from './extract';
import { isResultsReport, tenseOf } from './prose-tense';

const PLAN = '某市“十四五”民生事业发展规划\n';
const found = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value]);

describe('reported results are not targets', () => {
  it.each([
    ['截至2024年底,全市每千人口拥有托位数达到3.2个。'],
    ['截止今年6月,全区养老机构护理型床位占比已提高到58%。'],
    ['“十四五”以来,全市养老服务床位提高到2.3万张,比“十三五”末提高15个百分点。'],
    ['2021年以来,累计新增城镇就业12.5万人。'],
    ['目前已建成社区食堂120个、老年助餐点300个。'],
    ['截至2024年底,全市新增普惠托位2000个,每千人口托位数达到3.5个。'],
    ['截至2024年底,全市每千人口擁有托位數達到3.2個。'],
    ['“十四五”以來,全市養老服務床位提高到2.3萬張。'],
  ])('%s', (sentence) => {
    expect(found(PLAN + sentence)).toEqual([]);
  });

  it('reads the target a sentence states after its report (…,到2025年…达到)', () => {
    expect(found(`${PLAN}截至2024年底,全市每千人口托位数达到3.2个,到2025年每千人口托位数将达到4.5个。`)).toEqual([['每千人口托位数', 4.5]]);
  });

  it('names a bare target after a reported figure by it, and takes that figure as its baseline', () => {
    const list = extractText(`${PLAN}目前全市每千人口托位数为2.1个,到2025年达到4.5个。截至2020年底,全市养老床位2.1万张,到2025年将达到3万张。`).targets;
    expect(list.map((t) => [t.name, t.target.value, t.baseline])).toEqual([
      ['每千人口托位数', 4.5, { value: 2.1, year: null }],
      ['养老床位', 3, { value: 2.1, year: 2020 }],
    ]);
  });

  it('does not let 截至2020年底 frame the sentences after it', () => {
    expect(extractText(`${PLAN}截至2020年底,全市养老床位2.1万张。新建养老院5所。`).targets.map((t) => t.target.year)).toEqual([2025]);
  });

  it('still reads a plain target in a similar shape', () => {
    expect(found(`${PLAN}到2025年,全市每千人口拥有托位数达到4.5个,养老服务床位提高到2.8万张。`)).toEqual([
      ['每千人口拥有托位数', 4.5],
      ['养老服务床位', 2.8],
    ]);
  });

  it('reads nothing but plan sentences in a results report', () => {
    const report = [
      '2024年民生实事项目完成情况',
      '(一)托育服务。全市新增普惠托位2300个,完成率115%。',
      '(二)养老服务。新建社区长者食堂45个,改造老旧小区38个。',
      '2025年,将新增普惠托位2000个。',
    ].join('\n');
    expect(isResultsReport(report)).toBe(true);
    expect(found(report)).toEqual([['新增普惠托位', 2000]]);
  });

  it('does not take a plan or a programme for a results report', () => {
    expect(isResultsReport('关于2025年民生实事项目安排的通知\n新增普惠托位2000个。')).toBe(false);
    expect(isResultsReport('某市“十四五”养老服务发展规划\n第一章 发展基础')).toBe(false);
  });

  it('does not take a plan whose first body sentence reviews the past for a results report', () => {
    // The review sentence is among the first lines, but it is a sentence, not a title: the 2030 goals stay targets.
    const plan = [
      '某省养老服务体系建设规划',
      '一、发展基础',
      '“十四五”时期,全省养老服务体系建设取得明显成效。截至2025年底,养老服务床位总数达到38.6万张。',
      '二、主要目标',
      '到2030年,养老服务床位总量达到45万张以上。',
      '全省基本养老保险参保率达到97%。每千人口拥有3岁以下婴幼儿托位数达到4.5个。',
    ].join('\n');
    expect(isResultsReport(plan)).toBe(false);
    expect(found(plan)).toEqual([
      ['养老服务床位总量', 45],
      ['基本养老保险参保率', 97],
      ['每千人口拥有3岁以下婴幼儿托位数', 4.5],
    ]);
    // A numbered review heading is one section of a document, not its title.
    expect(isResultsReport('2025年工作要点\n一、2024年工作成效\n全年新增托位2000个。')).toBe(false);
  });

  it('still reads a results report from its title, a news headline with a comma included', () => {
    expect(isResultsReport('雄安政办字〔2024〕7号\n2024年民生实事项目完成情况\n全市新增普惠托位2300个。')).toBe(true);
    expect(isResultsReport('今日,市人大常委会召开会议。2024年10件民生实事完成情况公布。\n(一)已新增托位235个。')).toBe(true);
    expect(isResultsReport('我市十件民生实事全部完成,群众满意度达95%\n记者从市政府获悉。')).toBe(false);
  });

  it('tenseOf marks the reported part up to the plan word', () => {
    const s = '截至2024年底,托位数达到3.2个,到2025年将达到4.5个';
    const t = tenseOf(s);
    expect(t.reportedUntil).toBe(s.indexOf('到2025年'));
    expect(t.projectedFrom).toBe(Infinity);
  });
});

describe('numbers that are not targets', () => {
  it.each([
    ['counts of the plan’s own items', '本规划共设置4类共20项指标,涵盖8个方面。'],
    ['counts of its parts in other words', '规划围绕6大领域,提出12项重点任务。'],
    ['the places a sentence is about', '市级和5个区分别建立养老服务指导中心。'],
    ['a planning standard (按照…不低于N的标准)', '新建居住区按照人均用地不低于0.2平方米的标准配建养老服务设施。'],
    ['a planning ratio (按人口的N%配置)', '社区卫生服务中心按服务人口的5%配置康复床位。'],
    ['a projection (预计…将突破)', '预计到“十四五”末,全市老龄化率将突破25%。'],
    ['a projection in traditional characters', '預計到“十四五”末,全市老齡化率將突破25%。'],
  ])('%s', (_what, sentence) => {
    expect(found(PLAN + sentence)).toEqual([]);
  });

  it('still reads targets in similar shapes', () => {
    expect(found(`${PLAN}到2025年,每个街道建成1个综合养老服务中心,新建居住区配建养老服务设施达标率100%,城镇新增就业突破10万人。`)).toEqual([
      ['综合养老服务中心', 1],
      ['新建居住区配建养老服务设施达标率', 100],
      ['城镇新增就业', 10],
    ]);
  });
});

describe('a report on how a plan is carried out', () => {
  const review = [
    '河湾市“十四五”公共服务规划实施情况中期评估报告',
    '一、主要指标完成情况',
    '每千人口拥有3岁以下婴幼儿托位数已达到2.6个,规划目标为4.5个。养老机构护理型床位占比达到52%,提前实现55%的目标尚需努力。学前教育毛入园率达到92%,已提前完成90%的规划目标。截至2023年底,全市累计新增城镇就业6.8万人,完成规划目标的85%。',
    '二、下一步工作',
    '到2025年,养老机构护理型床位占比达到55%。',
  ].join('\n');

  it('is a results report though its title names the plan, and not the plan itself', () => {
    expect(isResultsReport(review)).toBe(true);
    expect(extractText(review).metadata.kind).toBe('other');
    // A final evaluation too.
    const final = extractText('某市“十四五”养老服务体系规划终期评估报告\n一、目标完成情况\n截至2025年底,全市养老服务床位达到2.8万张,超额完成2.5万张的规划目标;护理型床位占比达到62%。');
    expect(final.targets).toEqual([]);
    expect(final.achieved.map((a) => [a.name, a.value, a.year])).toEqual([
      ['养老服务床位', 2.8, 2025],
      ['护理型床位占比', 62, 2025],
    ]);
    // A report that also sets next year's plan is a plan.
    expect(isResultsReport('关于青禾市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况')).toBe(false);
  });

  it('reads only what it plans as targets, and what it reports as reached as achievements, undated when it states no date', () => {
    const r = extractText(review);
    // The plan's goals the review names (规划目标为4.5个, 55%的目标, 90%的规划目标) are still ahead of it: targets of the plan's
    // end since session 14 (2026.12.56/.61; they were nothing); 完成规划目标的85% stays nothing.
    expect(r.targets.map((t) => [t.name, t.target.value, t.target.year])).toEqual([
      ['每千人口拥有3岁以下婴幼儿托位数', 4.5, 2025],
      ['养老机构护理型床位占比', 55, 2025],
      ['学前教育毛入园率', 90, 2025],
      ['养老机构护理型床位占比', 55, 2025],
    ]);
    expect(r.achieved.map((a) => [a.name, a.value, a.unit, a.year])).toEqual([
      ['每千人口拥有3岁以下婴幼儿托位数', 2.6, '个', null],
      ['养老机构护理型床位占比', 52, '%', null],
      ['学前教育毛入园率', 92, '%', null],
      ['新增城镇就业', 6.8, '万人', 2023],
    ]);
  });
});
