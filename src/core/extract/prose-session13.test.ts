// Families found by probes p44–p51 (session 13), one test each; every one failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const PLAN = '某市“十五五”民生事业发展规划\n';
const rows = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.op, t.target.year]);
const reached = (text: string) => extractText(text).achieved.map((a) => [a.name, a.value, a.unit, a.kind, a.year_from, a.year]);

describe('a plan for a span of years its title states', () => {
  it('reads a 实施方案 or 推动计画 for 2026—2029年 as a plan of that period (action_plan), no longer `other`', () => {
    const tw = extractText('○○縣長期照顧服務第二期實施方案(2026—2029年)\n\n貳、計畫目標\n至2029年,長照服務涵蓋率達到85%以上。\n');
    expect(tw.metadata).toMatchObject({ kind: 'action_plan', period: { start: 2026, end: 2029 } });
    // A five-year 发展计划 is a five-year plan, as a 规划 of those years is.
    expect(extractText('安老服务发展计划(2026至2030年)\n到2030年,资助宿位增加至36000个。\n').metadata.kind).toBe('five_year_plan');
    // A title with no span stays what it was.
    expect(extractText('某县长期照顾服务实施方案\n长照服务涵盖率达到85%以上。\n').metadata.kind).toBe('other');
  });
});

describe('a change against a year’s level', () => {
  it('names a target’s change as an achievement’s change is named (…比2025年提高), keeping the measure’s indicator', () => {
    const plan = extractText(`${PLAN}到2030年,基本养老保险参保率较2025年提高2个百分点。`);
    const report = extractText('我市“十四五”规划社会民生主要指标全面完成\n基本养老保险参保率达到96.3%,比2020年提高4.1个百分点。');
    expect(plan.targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.indicator])).toEqual([
      ['基本养老保险参保率比2025年提高', 2, '个百分点', 'increment', 'pension_insurance_coverage'],
    ]);
    expect(report.achieved.map((a) => [a.name, a.indicator])).toContainEqual(['基本养老保险参保率比2020年提高', 'pension_insurance_coverage']);
    // A change that restates the level after it still adds nothing: the level keeps the measure's name.
    expect(rows(`${PLAN}到2030年,养老机构护理型床位占比比2025年提高6.4个百分点,达到65%。`)).toEqual([['养老机构护理型床位占比', 65, '%', 'level', '=', 2030]]);
  });
});

describe('a statistical bulletin', () => {
  const BULLETIN = '某县2025年国民经济和社会发展统计公报\n\n某县统计局\n2026年3月18日\n\n';
  it('reads …统计公报 as the title of a report of the year it names: every figure reached in 2025, none a target', () => {
    const r = extractText(`${BULLETIN}一、人口与就业\n年末全县户籍人口52.36万人。全年城镇新增就业6120人,城镇登记失业率为2.9%。\n二、社会保障\n年末全县基本医疗保险参保率97.1%。全县共有乡镇综合文化站18个。\n`);
    expect(r.metadata).toMatchObject({ plan_title: '某县2025年国民经济和社会发展统计公报', kind: 'other', period: { start: 2025, end: 2025 } });
    expect(r.targets).toEqual([]);
    // 年末全县/全年/全县共有 say when and where the figure stands, not what is measured; the population is no achievement.
    expect(r.achieved.map((a) => [a.name, a.value, a.unit, a.kind, a.year_from, a.year])).toEqual([
      ['城镇新增就业', 6120, '人', 'increment', null, 2025],
      ['城镇登记失业率', 2.9, '%', 'level', null, 2025],
      ['基本医疗保险参保率', 97.1, '%', 'level', null, 2025],
      ['乡镇综合文化站', 18, '个', 'level', null, 2025],
    ]);
  });

  it('reads 比上年增加N after a level reached as that measure’s change since the year before', () => {
    expect(reached(`${BULLETIN}人均体育场地面积2.85平方米,比上年增加0.2平方米。`)).toEqual([
      ['人均体育场地面积', 2.85, '平方米', 'level', null, 2025],
      ['人均体育场地面积比上年增加', 0.2, '平方米', 'increment', 2024, 2025],
    ]);
  });

  it('leaves 全澳 out of a Macau report’s figure as 全市 is', () => {
    const r = extractText('澳门特别行政区婴幼儿照护服务发展规划(2026—2030年)\n一、现况\n截至2025年底,全澳共有托儿所62间。\n');
    expect(r.achieved.map((a) => [a.name, a.value, a.year])).toEqual([['托儿所', 62, 2025]]);
  });
});

describe('a review of the last plan’s period', () => {
  it('reads the figures under “十四五”发展回顾 in a 十五五 plan as reached in 2025, where they were read as 2030’s targets', () => {
    const r = extractText(`${PLAN}一、“十四五”发展回顾\n2025年末,基本养老保险参保率达到95.2%;失业保险参保人数达到86.4万人。\n二、发展目标\n到2030年,失业保险参保人数达到95万人。\n`);
    expect(r.targets.map((t) => [t.name, t.target.value, t.target.year])).toEqual([['失业保险参保人数', 95, 2030]]);
    expect(r.achieved.map((a) => [a.name, a.value, a.year])).toEqual([
      ['基本养老保险参保率', 95.2, 2025],
      ['失业保险参保人数', 86.4, 2025],
    ]);
  });
});

describe('a move’s dated end', () => {
  it('does not let 下降到2025年的N frame the next sentence of a news report: its 今年 stays the dateline’s year', () => {
    const r = extractText('我市卫生健康事业开局良好\n2026-03-12 09:15 来源:东江日报\n\n本报讯(记者 林晓)3月11日,市卫生健康委主任介绍,孕产妇死亡率由2020年的12.5/10万下降到2025年的8.1/10万。今年,全市将新增普惠托位3000个。');
    expect(r.targets.map((t) => [t.name, t.target.value, t.target.year])).toEqual([['新增普惠托位', 3000, 2026]]);
    expect(r.achieved.map((a) => [a.name, a.value, a.year])).toEqual([
      ['孕产妇死亡率', 12.5, 2020],
      ['孕产妇死亡率', 8.1, 2025],
    ]);
  });
});

describe('services counted for someone', () => {
  const PROGRAMME = '2026年全省民生工程实施方案\n';
  it('names a count after 全年 by the service before it, as after 每年 (per null in a programme, 每年 in a plan)', () => {
    expect(extractText(`${PROGRAMME}8.老年人健康体检。为65周岁以上老年人提供免费健康体检,全年不少于600万人次。`).targets.map((t) => [t.name, t.target.value, t.unit, t.per, t.target.year])).toEqual([
      ['65周岁以上老年人免费健康体检', 600, '万人次', null, 2026],
    ]);
    expect(extractText(`${PLAN}为65周岁以上老年人提供免费健康体检,全年不少于60万人次。`).targets.map((t) => [t.name, t.per])).toEqual([
      ['65周岁以上老年人免费健康体检', '每年'],
    ]);
  });

  it('reads a short rate after a count of a 服务 as that service’s rate (…提供康复救助服务,救助覆盖率 → 残疾儿童康复救助覆盖率)', () => {
    expect(rows(`${PROGRAMME}为1.8万名残疾儿童提供康复救助服务,救助覆盖率达到95%以上。`).map((r) => [r[0], r[1]])).toEqual([
      ['残疾儿童康复救助服务', 1.8],
      ['残疾儿童康复救助覆盖率', 95],
    ]);
  });

  it('gives the later items of a 、 list of services the people the first is for', () => {
    expect(rows(`${PROGRAMME}为35—64岁农村适龄妇女开展宫颈癌筛查50万人、乳腺癌筛查30万人。`).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['35—64岁农村适龄妇女宫颈癌筛查', 50, '万人'],
      ['35—64岁农村适龄妇女乳腺癌筛查', 30, '万人'],
    ]);
    // Also in a numbered item of a list of the year's work.
    expect(rows(`${PROGRAMME}四、为困难残疾人家庭实施无障碍改造500户、适配辅助器具3000件。`).map((r) => r[0])).toEqual([
      '困难残疾人家庭无障碍改造', '困难残疾人家庭适配辅助器具',
    ]);
  });
});

describe('a place written after the measure', () => {
  it('reads 社区综合服务设施覆盖率城市达到100%、农村达到90%以上 as the urban and the rural rate', () => {
    expect(rows(`${PLAN}到2030年,社区综合服务设施覆盖率城市达到100%、农村达到90%以上。`)).toEqual([
      ['城市社区综合服务设施覆盖率', 100, '%', 'level', '=', 2030],
      ['农村社区综合服务设施覆盖率', 90, '%', 'level', '>=', 2030],
    ]);
    // The place with its 社区, after the measure or alone after a measure that has it (it was named 农村社区).
    expect(rows(`${PLAN}到2030年,老年助餐服务覆盖率城市社区达到95%、农村社区达到70%。`).map((r) => r[0])).toEqual([
      '城市社区老年助餐服务覆盖率', '农村社区老年助餐服务覆盖率',
    ]);
    expect(rows(`${PLAN}到2030年,城市社区老年助餐服务覆盖率达到95%,农村社区达到70%。`).map((r) => r[0])).toEqual([
      '城市社区老年助餐服务覆盖率', '农村社区老年助餐服务覆盖率',
    ]);
  });
});

describe('a total of a service counted for someone', () => {
  it('names 累计为1.2万名残疾人适配辅助器具 as the service for whom (残疾人适配辅助器具), a total; its name was 累计', () => {
    const plan = '某市“十五五”残疾人事业发展规划\n';
    expect(rows(`${plan}“十五五”期间,累计为1.2万名残疾人适配辅助器具。`).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([['残疾人适配辅助器具', 1.2, '万名', 'cumulative']]);
    expect(reached(`${plan}一、发展环境\n“十四五”时期,全市累计为1.2万名残疾人适配辅助器具。`)).toEqual([['残疾人适配辅助器具', 1.2, '万名', 'cumulative', 2021, 2025]]);
  });
});

describe('年均 after what is counted', () => {
  it('reads 城镇新增就业年均50万人以上 as 城镇新增就业 per 每年 (it was named 城镇新增就业年)', () => {
    expect(extractText(`${PLAN}到2030年,全市城镇新增就业年均5万人以上。`).targets.map((t) => [t.name, t.target.op, t.target.value, t.unit, t.kind, t.per, t.indicator])).toEqual([
      ['城镇新增就业', '>=', 5, '万人', 'increment', '每年', 'urban_new_jobs'],
    ]);
  });
});

describe('a news report’s figures of several years in one paragraph', () => {
  const NEWS = '本市医保惠民再升级\n2026-02-18 10:02 来源:某市融媒体中心\n\n';
  it('dates 今年 after a stated year as the report’s year (it was the stated year’s)', () => {
    expect(extractText(`${NEWS}局长表示,2025年全市基本医疗保险参保率为96.3%,今年力争达到97%。`).targets.map((t) => [t.name, t.target.value, t.target.year, t.baseline])).toEqual([
      ['基本医疗保险参保率', 97, 2026, { value: 96.3, year: 2025 }],
    ]);
  });

  it('gives a bare forward value the measure the paragraph just reported, its last value the baseline', () => {
    const read = (body: string) => extractText(NEWS + body).targets.map((t) => [t.name, t.target.value, t.target.year, t.baseline]);
    // After a ; or a 。, and after two years of the measure (the later one is the baseline).
    expect(read('局长表示,2024年全市基本医疗保险参保率为95.6%,2025年提高到96.3%;今年将力争达到97%。')).toEqual([
      ['基本医疗保险参保率', 97, 2026, { value: 96.3, year: 2025 }],
    ]);
    expect(read('2025年全市基本医疗保险参保率为96.3%。今年将达到97%。')).toEqual([['基本医疗保险参保率', 97, 2026, { value: 96.3, year: 2025 }]]);
    // A change against an earlier year between them names no measure (它 kept 较2024年 as the subject, and lost 75%).
    expect(read('他介绍,2025年全市异地就医直接结算率达到68%,较2024年提高12个百分点,2026年将提高到75%以上。')).toEqual([
      ['异地就医直接结算率', 75, 2026, { value: 68, year: 2025 }],
    ]);
    // Another unit is another measure: 5000人 is not the rate's.
    expect(read('2025年全市基本医疗保险参保率为96.3%。今年将新增5000人。').map((r) => r[0])).not.toContain('基本医疗保险参保率');
  });
});

describe('a move between two dated values', () => {
  it('names 千人口托位数由2025年的3.2个提高到2030年的4.5个 by what moves (it was named 提高到2030年), 3.2 its baseline', () => {
    expect(extractText(`${PLAN}到2030年,千人口托位数由2025年的3.2个提高到2030年的4.5个。`).targets.map((t) => [t.name, t.target.value, t.target.year, t.baseline])).toEqual([
      ['千人口托位数', 4.5, 2030, { value: 3.2, year: 2025 }],
    ]);
  });

  it('carries what moved past a reached move to a later clause’s goal (…已由2023年的22个月缩短至2025年的16个月,目标在2028年进一步缩短至12个月)', () => {
    const r = extractText('行政长官2026年施政报告\n\n安老服务\n轮候资助护养院宿位的平均时间已由2023年的22个月缩短至2025年的16个月,目标在2028年进一步缩短至12个月。');
    expect(r.targets.map((t) => [t.name, t.target.value, t.unit, t.target.year, t.baseline])).toEqual([
      ['轮候资助护养院宿位的平均时间', 12, '个月', 2028, { value: 16, year: 2025 }],
    ]);
  });

  it('leaves a Hong Kong fiscal year (于2026/27年度) out of a name as 于2026年 is', () => {
    expect(extractText('行政长官2026年施政报告\n\n政府将于2026/27年度增加1200个资助安老宿位。').targets.map((t) => [t.name, t.target.value, t.target.year])).toEqual([
      ['新增资助安老宿位', 1200, 2026],
    ]);
  });
});

describe('a per-capita head shared by a 、 list', () => {
  it('is not given to a share after it (每千人口拥有…托位数达到4.5个、普惠托位占比达到60% → 普惠托位占比)', () => {
    expect(rows(`${PLAN}到2030年,每千人口拥有3岁以下婴幼儿托位数达到4.5个、普惠托位占比达到60%。`).map((r) => [r[0], r[1]])).toEqual([
      ['每千人口拥有3岁以下婴幼儿托位数', 4.5],
      ['普惠托位占比', 60],
    ]);
    // A count after it still shares it (每千人口执业(助理)医师数、注册护士数 → 每千人口注册护士数).
    expect(rows(`${PLAN}到2030年,每千人口执业(助理)医师数、注册护士数分别达到3.2人、3.8人。`).map((r) => r[0])).toEqual(['每千人口执业(助理)医师数', '每千人口注册护士数']);
  });
});

describe('names that were cut or ran on (h-names2)', () => {
  it('gives each value of a 分别 list the place in brackets after it (…入园率(城区), …入园率(乡村)); the second was named (城区)和', () => {
    expect(rows(`${PLAN}到2030年,学前教育毛入园率分别达到98%(城区)和90%(乡村)。`)).toEqual([
      ['学前教育毛入园率(城区)', 98, '%', 'level', '=', 2030],
      ['学前教育毛入园率(乡村)', 90, '%', 'level', '=', 2030],
    ]);
    // Reported as reached, the same.
    expect(reached(`${PLAN}一、发展基础\n“十四五”时期,全市基本养老保险参保率分别达到97.5%(城镇)、94.2%(农村)。`).map((r) => [r[0], r[1]])).toEqual([
      ['基本养老保险参保率(城镇)', 97.5],
      ['基本养老保险参保率(农村)', 94.2],
    ]);
  });

  it('reads 医疗救助年均救助5万人次 as 医疗救助 per 每年: the verb after 年均 repeats the name’s (it was 医疗救助年均救助)', () => {
    expect(extractText(`${PLAN}到2030年,医疗救助年均救助5万人次以上。`).targets.map((t) => [t.name, t.target.op, t.target.value, t.unit, t.kind, t.per])).toEqual([
      ['医疗救助', '>=', 5, '万人次', 'increment', '每年'],
    ]);
  });

  it('names 全年服务N人次 after a count of those a service is for by that service (it was 全年服务)', () => {
    expect(extractText(`${PLAN}每年为全市3万名残疾人提供家庭医生签约服务,全年服务不少于12万人次。`).targets.map((t) => [t.name, t.target.value, t.unit, t.per])).toEqual([
      ['残疾人家庭医生签约服务', 3, '万名', '每年'],
      ['残疾人家庭医生签约服务', 12, '万人次', '每年'],
    ]);
  });

  it('names a part after 其中 with a rate of its own by the part’s measure (…其中公办养老机构不低于70% → 公办养老机构护理型床位占比)', () => {
    expect(rows(`${PLAN}到2030年,养老机构护理型床位占比达到60%,其中公办养老机构不低于70%。`).map((r) => [r[0], r[1]])).toEqual([
      ['养老机构护理型床位占比', 60],
      ['公办养老机构护理型床位占比', 70],
    ]);
    // A place stands before the measure; a part the measure shares no words with follows it in brackets.
    expect(rows(`${PLAN}到2030年,失业保险参保率达到90%,其中农村不低于80%。`).map((r) => r[0])).toEqual(['失业保险参保率', '农村失业保险参保率']);
    expect(rows(`${PLAN}到2030年,糖尿病患者规范管理率达到70%,其中65岁以上老年人不低于75%。`).map((r) => r[0])).toEqual(['糖尿病患者规范管理率', '糖尿病患者规范管理率(65岁以上老年人)']);
    // Each part of a list after 其中 is of the same measure (the second was a measure named 乡村).
    expect(rows(`${PLAN}到2030年,学前教育毛入园率达到95%(其中城区97%、乡村92%)。`).map((r) => r[0])).toEqual(['学前教育毛入园率', '城区学前教育毛入园率', '乡村学前教育毛入园率']);
    // A part of a count keeps its own name (其中公办托位不少于2000个).
    expect(rows(`${PLAN}到2030年,新增普惠托位5000个,其中公办托位不少于1500个。`).map((r) => r[0])).toEqual(['新增普惠托位', '公办托位']);
  });

  it('reads places offered in a sentence that reports where things stand at a date as the stock then (托位, a level), not places added', () => {
    const REVIEW = '某市托育服务发展规划(2026—2030年)\n一、发展现状\n';
    expect(reached(`${REVIEW}截至2025年底,全市共有普惠托育机构35家,提供托位约四千八百个。`)).toEqual([
      ['普惠托育机构', 35, '家', 'level', null, 2025],
      ['托位', 4800, '个', 'level', null, 2025],
    ]);
    // Beside work that adds (新增), the places are still counted as added.
    expect(reached(`${REVIEW}截至2025年底,全市新增普惠托育机构35家,提供托位约四千八百个。`).map((r) => [r[0], r[3]])).toContainEqual(['新增托位', 'increment']);
  });
});

describe('a bracketed aside inside a 分别 list (h-names3)', () => {
  it('reads the value after an aside that gives a year’s level as the list’s next value, and the aside as that item’s level then', () => {
    expect(rows(`${PLAN}到2030年,城乡居民养老保险参保率分别达到96%(2025年为92%)和94%。`)).toEqual([
      ['城市居民养老保险参保率', 96, '%', 'level', '=', 2030],
      ['农村居民养老保险参保率', 94, '%', 'level', '=', 2030],
    ]);
    // Each aside is the level of the item before it, in the year it names (it was a measure named (2025年).
    expect(reached(`${PLAN}到2030年,城区和乡村学前教育毛入园率分别达到98%(2025年底95%)、93%(2025年底90%)。`)).toEqual([
      ['城区学前教育毛入园率', 95, '%', 'level', null, 2025],
      ['乡村学前教育毛入园率', 90, '%', 'level', null, 2025],
    ]);
    // Outside a list too: the aside is the measure's level, no measure named (2025年.
    expect(reached(`${PLAN}到2030年,儿童健康管理率达到95%(2025年为91%)。`)).toEqual([['儿童健康管理率', 91, '%', 'level', null, 2025]]);
  });

  it('dates by an aside’s year only the aside’s own value: the next clause’s value stays the plan’s target', () => {
    const r = extractText(`${PLAN}到2030年,孕产妇系统管理率达到95%(2025年为92%),3岁以下儿童系统管理率达到93%。`);
    expect(r.targets.map((t) => [t.name, t.target.value, t.target.year])).toEqual([
      ['孕产妇系统管理率', 95, 2030],
      ['3岁以下儿童系统管理率', 93, 2030],
    ]);
    expect(r.achieved.map((a) => [a.name, a.value, a.year])).toEqual([['孕产妇系统管理率', 92, 2025]]);
  });
});

describe('places offered anew or in all (h-names3)', () => {
  it('reads 新提供 places as places added, after 截至 too, and 累计提供 places as a total, each named by what is offered', () => {
    const REVIEW = '某县教育事业发展规划(2026—2030年)\n一、发展基础\n';
    // 新提供 says added: no stock of places named 新提供学位.
    expect(reached(`${REVIEW}截至2025年底,全县新提供公办学位四千二百个。`)).toEqual([['新增公办学位', 4200, '个', 'increment', null, 2025]]);
    // 累计提供 is all places offered over the years: a total of places added, 新增养老床位 since 2026.12.61.
    expect(reached(`${REVIEW}截至2025年底,全县累计提供养老床位3500张。`)).toEqual([['新增养老床位', 3500, '张', 'cumulative', null, 2025]]);
    // As a target too.
    expect(rows(`${PLAN}到2030年,全市新提供普惠托位2400个。`)).toEqual([['新增普惠托位', 2400, '个', 'increment', '=', 2030]]);
  });
});

describe('a list of counts joined by 以及 (h-names3)', () => {
  it('ends the name of the item before 以及 where the next value starts, as before 和', () => {
    expect(rows(`${PLAN}到2030年,全市举办青少年科普讲座200场、亲子阅读活动300场,开展100场社区健康讲座以及80场家庭教育指导活动。`).map((r) => [r[0], r[1]])).toEqual([
      ['举办青少年科普讲座', 200],
      ['举办亲子阅读活动', 300],
      ['开展社区健康讲座', 100],
      ['开展家庭教育指导活动', 80],
    ]);
    // 以及 before a noun of its own stays in the name.
    expect(rows(`${PLAN}到2030年,建设8个社区食堂以及配套用房。`).map((r) => r[0])).toEqual(['建设社区食堂以及配套用房']);
  });
});

describe('words before a rate that say when or that it is kept (h-names3)', () => {
  it('leaves 保持 out of a rate’s name when the value follows the rate (保持…巩固率100% → …巩固率)', () => {
    expect(rows(`${PLAN}到2030年,保持九年义务教育巩固率100%。`)).toEqual([['九年义务教育巩固率', 100, '%', 'level', '=', 2030]]);
  });
  it('leaves 在“十五五”末 out of the name, as 在2030年 is', () => {
    expect(rows(`${PLAN}在“十五五”末实现社保卡持卡率达98%以上。`).map((r) => r[0])).toEqual(['社保卡持卡率']);
  });
});

describe('分别 lists of measures each named in full, and a part of one value in brackets', () => {
  it('pairs rates that each name their own measure with their values (巩固率和毛入学率分别达到98%和95%)', () => {
    // A head shared from the last item (毛入学率) made 九年义务教育巩固率毛入学率 and 九年义务教高中阶段毛入学率.
    expect(rows(`${PLAN}到2030年,九年义务教育巩固率和高中阶段毛入学率分别达到98%和95%。`)).toEqual([
      ['九年义务教育巩固率', 98, '%', 'level', '=', 2030],
      ['高中阶段毛入学率', 95, '%', 'level', '=', 2030],
    ]);
    // Items that share one measure still take it from the last (城镇和农村…参保率).
    expect(rows(`${PLAN}到2030年,城镇和农村基本医疗保险参保率分别达到95%和96%。`).map((r) => r[0])).toEqual(['城镇基本医疗保险参保率', '农村基本医疗保险参保率']);
  });

  it('pairs things counted in units of their own, the first item’s work verb theirs too (新增托位和养老床位分别达到5000个和2000张)', () => {
    // The 2000张 was lost: nothing paired the two items, and the second value, named by 和 alone, was dropped.
    // (Added over “十五五”期间: the period's totals, as any 新增 over a plan's period.)
    expect(rows(`${PLAN}“十五五”期间,新增托位和养老床位分别达到5000个和2000张。`).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['新增托位', 5000, '个', 'cumulative'],
      ['新增养老床位', 2000, '张', 'cumulative'],
    ]);
    // Values in one unit give no such pairing: without a measure word to split on, nothing is guessed — bare 学位.
    // (Items each a thing counted are paired since 2026.12.60: prose-session14-names.test.ts.)
    expect(rows(`${PLAN}到2030年,新增托位和学位分别达到5000个和3000个。`).map((r) => r[0])).not.toContain('学位');
  });

  it('reads a part of one value in brackets (95%(其中市区为97%)和96%) as that part’s, the list going on after it', () => {
    // The list ended at the bracket: 市区和农村… for the 97 and a measure named )和 for the 96.
    expect(rows(`${PLAN}到2030年,城镇和农村基本医疗保险参保率分别达到95%(其中市区为97%)和96%。`)).toEqual([
      ['城镇基本医疗保险参保率', 95, '%', 'level', '=', 2030],
      ['农村基本医疗保险参保率', 96, '%', 'level', '=', 2030],
      ['城镇基本医疗保险参保率(市区)', 97, '%', 'level', '=', 2030],
    ]);
    // A part of a rate that names no place is that part's rate in brackets; a part of a count is named by itself, a
    // total over the period as its whole is.
    expect(rows(`${PLAN}到2030年,九年义务教育巩固率和高中阶段毛入学率分别达到98%(其中乡村学校为97%)和95%。`).map((r) => [r[0], r[1]])).toEqual([
      ['九年义务教育巩固率', 98],
      ['高中阶段毛入学率', 95],
      ['九年义务教育巩固率(乡村学校)', 97],
    ]);
    expect(rows(`${PLAN}“十五五”期间,新增托位和养老床位分别达到5000个(其中普惠托位为3000个)和2000张。`).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['新增托位', 5000, 'cumulative'],
      ['新增养老床位', 2000, 'cumulative'],
      ['普惠托位', 3000, 'cumulative'],
    ]);
    // Reported as reached, the same: each value the place's, the part of the first.
    expect(reached('截至2025年底,城镇和农村基本医疗保险参保率分别为94%(其中市区为96%)和92%。').map((a) => [a[0], a[1], a[5]])).toEqual([
      ['城镇基本医疗保险参保率', 94, 2025],
      ['农村基本医疗保险参保率', 92, 2025],
      ['城镇基本医疗保险参保率(市区)', 96, 2025],
    ]);
  });
});
