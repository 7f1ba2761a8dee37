// Leftovers session 14 named (h-names6), one test per family; every one failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const PLAN = '某区“十五五”老龄事业发展规划\n';
const rows = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.year]);

describe('a population stated as it stands', () => {
  it('reads no target in a population, its share or structure with no year and no forward word (nor an achievement)', () => {
    const text = `${PLAN}二、主要任务\n到2030年,区级养老服务中心覆盖率达到100%。\n全区65周岁以上常住人口约4.3万人,占常住人口的16.8%,其中城镇老年人口占比超过六成。\n`;
    // The three figures were targets of 2030 (4.3 万人, 16.8 %, 60 %).
    expect(rows(text)).toEqual([['区级养老服务中心覆盖率', 100, '%', 'level', 2030]]);
    expect(extractText(text).achieved).toEqual([]);
  });

  it('keeps a population the plan dates or holds as its target', () => {
    expect(rows(`${PLAN}到2030年,全区常住人口控制在52万人以内。\n`)).toEqual([['常住人口', 52, '万人', 'level', 2030]]);
    expect(rows(`${PLAN}全区户籍人口2030年达到48万人。\n`)).toEqual([['户籍人口', 48, '万人', 'level', 2030]]);
  });
});

describe('a scan’s misread digits', () => {
  it('reads a year written with O for 0 (到2O30年) as the year: it dates the value and stays out of the name', () => {
    // It was a target named 2O30年全区日间照料中心, dated 2030 only by the plan's period.
    expect(rows(`${PLAN}到2O28年全区日间照料中心达到46个以上\n`)).toEqual([['日间照料中心', 46, '个', 'level', 2028]]);
    expect(rows(`${PLAN}到2O3O年老年人健康管理率达到75%\n`)).toEqual([['老年人健康管理率', 75, '%', 'level', 2030]]);
  });

  it('ends a name at a misread number: lines joined without punctuation do not run into the next measure', () => {
    const text = `${PLAN}二、发展目标\n到2030年,每千名老年人拥有养老床位数达到38张,老年助餐服务覆盖率达到9O%\n新增认知障碍照护床位3O0张 一 培训家庭照护者每年不少于2000人次\n`;
    // It was named 老年助餐服务覆盖率达到9O%新增认知障碍照护床位3O0张 一 培训家庭照护者.
    expect(rows(text)).toEqual([
      ['每千名老年人拥有养老床位数', 38, '张', 'level', 2030],
      ['培训家庭照护者', 2000, '人次', 'increment', 2030],
    ]);
    // A Latin word with digits and no unit (O2O) is no misread number: the name keeps it.
    expect(rows(`${PLAN}到2030年,发展O2O助老服务网点120个。\n`).map((r) => r[0])).toEqual(['发展O2O助老服务网点']);
  });
});

describe('a measure named by the sentence’s own subject or its unit', () => {
  it('names a bare 参保人数 by the scheme of its own sentence (长期护理保险), not one the paragraph named before', () => {
    const text = '某市“十五五”医疗保障规划\n一、发展基础\n“十四五”时期,全市基本医疗保险参保率稳定在96%。长期护理保险覆盖范围逐步扩大,参保人数达到52万人。\n二、发展目标\n到2030年,基本医疗保险参保率稳定在97%,大病保险制度更加完善,参保人数保持在300万人以上。\n';
    const r = extractText(text);
    // They were 基本医疗保险参保人数.
    expect(r.achieved.map((a) => [a.name, a.value, a.unit])).toContainEqual(['长期护理保险参保人数', 52, '万人']);
    expect(r.targets.map((t) => [t.name, t.target.value, t.unit])).toContainEqual(['大病保险参保人数', 300, '万人']);
  });

  it('takes a unit of money per person and month out of a table row’s name into its unit', () => {
    const text = ['某县“十五五”社会救助规划', '指标\t2025年\t2030年\t属性', '农村低保标准(元/人·年)\t7200\t≥8400\t预期性', '临时救助标准(元/户)\t1500\t2000\t预期性', ''].join('\n');
    const table = extractText(text).targets.filter((t) => t.source === 'table');
    // They were named 农村低保标准(元/人·年) and 临时救助标准(元/户), with no unit.
    expect(table.map((t) => [t.name, t.baseline?.value, t.target.value, t.unit])).toEqual([
      ['农村低保标准', 7200, 8400, '元/人·年'],
      ['临时救助标准', 1500, 2000, '元/户'],
    ]);
  });
});

describe('a report on a plan that has ended', () => {
  const REPORT = '关于检查《某市托育服务促进条例》实施情况的报告\n\n——2026年8月20日在某市人民代表大会常务委员会会议上\n\n';
  it('reads the goals it cites as nothing and its levels after a paragraph’s 截至2025年底 as of 2025', () => {
    const text = `${REPORT}一、主要成效\n(一)托育供给持续扩大。截至2025年底,全市共有托育机构412家,每千人口拥有托位3.6个,未完成“十四五”规划提出的4.5个目标。普惠托位占比达到52%,超过规划目标(50%)2个百分点。\n(二)服务质量稳步提升。2025年新增社区托育点86个。托育从业人员持证率达到81%,距“十四五”90%的目标仍有差距。\n二、存在的问题\n目前托育机构平均收托率仅为48%。\n`;
    const r = extractText(text);
    expect(r.targets).toEqual([]);
    // 52 % and 81 % were of 2026, the report's year; 目前 stays now.
    expect(r.achieved.map((a) => [a.name, a.value, a.year])).toEqual([
      ['托育机构', 412, 2025], ['每千人口拥有托位', 3.6, 2025], ['普惠托位占比', 52, 2025],
      ['新增社区托育点', 86, 2025], ['托育从业人员持证率', 81, 2025], ['托育机构平均收托率', 48, 2026],
    ]);
  });
});

describe('what each place is to have', () => {
  it('reads a place sized by its population without 每 (20万至30万人口的县…至少建有1个) as the per-unit, not the name', () => {
    const text = `${PLAN}到2030年,每个50万人口以上的县(市)建成1所老年大学,10万至50万人口的县(市)至少建有1个老年教育学习中心。\n`;
    const r = extractText(text);
    // It was named 10万至50万人口的县(市)至少建有老年教育学习中心, with no per-unit.
    expect(r.targets.map((t) => [t.name, t.target.value, t.target.op, t.per])).toEqual([
      ['老年大学', 1, '=', '每个50万人口以上的县(市)'],
      ['老年教育学习中心', 1, '>=', '10万至50万人口的县(市)'],
    ]);
  });

  it('leaves 各 out of the per-unit and the quote (每个乡镇和街道各建成1个…)', () => {
    const r = extractText(`${PLAN}到2030年,每个镇和街道各建成1个老年人日间照料中心,每个社区各配备1名养老服务专员。\n`);
    // The per-units were 每个镇和街道各 and 每个社区各.
    expect(r.targets.map((t) => [t.name, t.target.value, t.per, t.quote])).toEqual([
      ['老年人日间照料中心', 1, '每个镇和街道', '建成1个老年人日间照料中心'],
      ['养老服务专员', 1, '每个社区', '配备1名养老服务专员'],
    ]);
  });
});

describe('a list of work whose items name their own', () => {
  it('leaves a bracketed unit after the value before out of the next name (2万套(间)、新开工…)', () => {
    const r = extractText('某市“十五五”住房发展规划\n到2030年,筹集保障性租赁住房3万套(间)、新开工安置住房8000套。\n');
    // It was named (间)、新开工安置住房, a level.
    expect(r.targets.map((t) => [t.name, t.target.value, t.unit, t.kind])).toEqual([
      ['筹集保障性租赁住房', 3, '万套', 'increment'],
      ['新开工安置住房', 8000, '套', 'increment'],
    ]);
  });

  it('gives no later item the verb of an item after a first with none (已完成A、新建B、C)', () => {
    const r = extractText('某区2025年民生实事项目完成情况\n已完成老年人免费体检3.2万人次、新建社区食堂12家、社区卫生服务站提质改造8家,整体完成率120%。\n');
    // The last was named 新建社区卫生服务站提质改造.
    expect(r.achieved.map((a) => a.name).slice(1)).toEqual(['新建社区食堂', '社区卫生服务站提质改造']);
  });
});
