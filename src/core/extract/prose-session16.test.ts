// Families found by probes p82–p88 (session 16), one test each; every one failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const fields = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.op, t.target.year, t.per]);
const reached = (text: string) => extractText(text).achieved.map((a) => [a.name, a.value, a.unit, a.year]);

describe('a report of the past continued after a ;', () => {
  it('reads the clause after the ; of 截至2025年底… or “十四五”时期… as reached in that year, not as the plan’s targets', () => {
    // 托育机构316家 and 每千人口…3.9个 after the ; were 2030's targets; so were 586万人 and 95.2% after “十四五”时期's ;.
    const text = '某市“一老一小”整体解决方案（2026—2030年）\n截至2025年底，全市共有养老机构142家，养老服务床位2.86万张；托育机构316家，每千人口拥有3岁以下婴幼儿托位数3.9个。\n'
      + '“十四五”时期，全市城镇调查失业率控制在5.5%以内；基本养老保险参保人数达到586万人，参保率达到95.2%。\n到2030年，每千人口拥有3岁以下婴幼儿托位数达到5.5个。\n';
    expect(fields(text)).toEqual([['每千人口拥有3岁以下婴幼儿托位数', 5.5, '个', 'level', '=', 2030, null]]);
    expect(reached(text)).toEqual([
      ['养老机构', 142, '家', 2025], ['养老服务床位', 2.86, '万张', 2025], ['托育机构', 316, '家', 2025],
      ['每千人口拥有3岁以下婴幼儿托位数', 3.9, '个', 2025], ['城镇调查失业率', 5.5, '%', 2025],
      ['基本养老保险参保人数', 586, '万人', 2025], ['基本养老保险参保率', 95.2, '%', 2025],
    ]);
    // A clause after the ; with a year of its own or turning to the plan (到2030年, 力争) is still the plan's.
    const ahead = '某市养老服务规划（2026—2030年）\n截至2025年底，全市共有养老机构142家；到2030年养老机构达到160家。\n截至2025年底，护理型床位占比58%；力争护理型床位占比达到65%。\n';
    expect(fields(ahead).map((f) => [f[0], f[1], f[5]])).toEqual([['养老机构', 160, 2030], ['护理型床位占比', 65, 2030]]);
  });
});

describe('a press conference transcript dated on its 时间 line with the part of the day', () => {
  it('takes 时间:2026年2月26日上午10:00 as the issue date', () => {
    // The clock time after 上午 hid the date: the transcript had none, so 去年 and 今年 had no year.
    const text = '某市人民政府新闻办公室新闻发布会实录\n主题：“十五五”时期就业工作有关情况\n时间：2026年2月26日上午10:00\n地点：市政府新闻发布厅\n到2030年，城镇新增就业五年累计达到60万人以上。\n';
    expect(extractText(text).metadata.issued).toBe('2026-02-26');
  });
});

describe('a press conference’s answers: last year’s results and this year’s work', () => {
  const text = '某市人民政府新闻办公室新闻发布会实录\n主题：“十五五”时期就业工作有关情况\n时间：2026年2月26日上午10:00\n'
    + '到2030年，城镇新增就业五年累计达到60万人以上。\n'
    + '谢谢您的提问。我们将重点做好三方面工作：一是开发政策性岗位，今年拟募集就业见习岗位1万个以上；二是加强技能培训，全年开展补贴性职业技能培训20万人次。\n'
    + '去年，全市共帮扶失业人员再就业3.1万人，发放稳岗返还资金5.6亿元，惠及企业4.2万家。\n';

  it('reads a sentence that opens with 去年 as reached last year, every value of it', () => {
    // 3.1万人 and 4.2万家 after 去年's clause were the plan's targets of 2030.
    expect(fields(text).map((f) => f[1])).not.toContain(3.1);
    expect(fields(text).map((f) => f[1])).not.toContain(4.2);
    expect(reached(text)).toEqual([['共帮扶失业人员再就业', 3.1, '万人', 2025], ['惠及企业', 4.2, '万家', 2025]]);
  });

  it('dates 今年 of a text of another kind by its issue, and the sentences after it in its paragraph', () => {
    // 今年 had no year outside a news report or a year's programme: both were the 十五五 period's end, 2030.
    expect(fields(text).map((f) => [f[0], f[5]])).toEqual([['城镇新增就业', 2030], ['募集就业见习岗位', 2026], ['开展补贴性职业技能培训', 2026]]);
  });
});

describe('a bureau’s reply to a deputy’s proposal (建议答复函): what was done, then 下一步', () => {
  it('reads a year before the letter’s as past when the text has no plan period', () => {
    // 2025年,全市新增普惠托位3200个 in a letter of June 2026 was a target of 2025.
    const text = '某市卫生健康委员会\n关于市十七届人大五次会议第0236号建议的答复\n李某代表：\n2025年，全市新增普惠托位3200个，超额完成年度目标任务。2026年计划新增普惠托位3000个。\n某市卫生健康委员会\n2026年6月12日\n';
    expect(fields(text)).toEqual([['新增普惠托位', 3000, '个', 'increment', '=', 2026, null]]);
    expect(reached(text)).toEqual([['新增普惠托位', 3200, '个', 2025]]);
  });

  it('reads a section headed 工作开展情况, 基本情况 or 现状 as what was done', () => {
    // 已有28家医疗机构举办…托育机构 was a target with no year; 托育机构316家 a 2030 target.
    const text = '某市卫生健康委员会\n关于第0236号建议的答复\n一、工作开展情况\n全市已有28家医疗机构举办或参与举办托育机构。\n二、下一步工作打算\n2026年计划新增普惠托位3000个。\n'
      + '某市卫生健康委员会\n2026年6月12日\n';
    expect(fields(text).map((f) => f[1])).toEqual([3000]);
    const plan = '某市“一老一小”整体解决方案（2026—2030年）\n一、现状和需求\n全市托育机构316家，提供托位1.52万个。\n二、基本情况\n全市养老机构142家。\n三、发展目标\n到2030年，新增托位1.2万个。\n';
    expect(fields(plan).map((f) => f[1])).toEqual([1.2]);
  });
});

describe('a 妇女发展规划: women’s figures are parts of the region’s', () => {
  it('maps 妇女…参保率 and …女生毛入学率 to no catalog indicator, and the whole rates still', () => {
    // 妇女基本医疗保险参保率 was charted as the region's medical_insurance_coverage, 女生毛入学率 as its enrolment.
    const text = '某省妇女发展规划（2026—2030年）\n到2030年，妇女基本医疗保险参保率稳定在95%以上，高中阶段教育女生毛入学率保持在95%以上，女性基本养老保险参保率达到95%。\n'
      + '到2030年，基本医疗保险参保率稳定在96%以上，高中阶段教育毛入学率达到97%。\n';
    expect(extractText(text).targets.map((t) => [t.name, t.indicator])).toEqual([
      ['妇女基本医疗保险参保率', null], ['高中阶段教育女生毛入学率', null], ['女性基本养老保险参保率', null],
      ['基本医疗保险参保率', 'medical_insurance_coverage'], ['高中阶段教育毛入学率', 'high_school_gross_enrollment'],
    ]);
  });
});

describe('a county’s 育儿补贴 notice: money and rules owed to each family are no targets', () => {
  it('reads no change of a money standard (补贴标准, 养老金, 贷款额度) and no procedure’s frequency (每年申领1次), its 托位 still', () => {
    // 住房公积金贷款额度上浮20% and 每年申领1次 were 2026's targets; 生育津贴标准提高了15% a level reached in 2025.
    const text = '某县2026年生育支持和育儿补贴实施方案\n2025年，全县生育津贴标准提高了15%。\n2026年，新增普惠托位300个；婴幼儿父母一方每年申领1次；多子女家庭住房公积金贷款额度上浮20%，城乡居民基础养老金最低标准提高10%。\n';
    expect(fields(text)).toEqual([['新增普惠托位', 300, '个', 'increment', '=', 2026, null]]);
    expect(reached(text)).toEqual([]);
  });
});

describe('a project list in pipe rows that no table reader takes (序号 | 项目名称 | 建设内容 | 建设期限)', () => {
  it('reads each cell on its own: no name runs across a |, and 新增 stays an increment', () => {
    // 1 | 市康养中心 | 新增床位 800张 was a level named with the row's number and the cells before it.
    const text = '某市“一老一小”整体解决方案（2026—2030年）\n附表　重点项目清单\n序号 | 项目名称 | 建设内容 | 建设期限\n1 | 市康养中心 | 新增床位800张 | 2026—2028年\n';
    expect(fields(text)).toEqual([['新增床位', 800, '张', 'increment', '=', 2030, null]]);
  });
});

describe('names as a post, a 纲要 and a press conference write them', () => {
  it('leaves a list’s emoji or symbol (✅ 👉) and the ellipsis …… out of a name', () => {
    // ✅ 养老服务床位总数 matched no catalog row; ……城乡社区…覆盖率 kept the ellipsis.
    const text = '重磅！某区“十五五”养老服务蓝图来了\n到2030年👉\n✅ 养老服务床位总数达到6500张\n👉 老年助餐服务覆盖率达到95%\n……城乡社区婚姻家庭辅导服务站点覆盖率达到90%。\n';
    expect(extractText(text).targets.map((t) => [t.name, t.indicator])).toEqual([
      ['养老服务床位总数', 'elderly_care_beds_total'], ['老年助餐服务覆盖率', null], ['城乡社区婚姻家庭辅导服务站点覆盖率', null],
    ]);
  });

  it('reads 达到并保持在 as one predicate, and leaves 拟, 全年 before a work verb and 计划 before a predicate out of a name', () => {
    // They were 孕产妇系统管理率达到并, 拟募集就业见习岗位 (a level), 全年开展补贴性职业技能培训 (a level, no catalog id) and
    // 电子社保卡领用人数计划.
    const text = '某市2026年就业和社会保障工作要点\n2026年，孕产妇系统管理率达到并保持在92%以上，拟募集就业见习岗位1万个以上，全年开展补贴性职业技能培训20万人次，电子社保卡领用人数计划达到700万人。\n';
    expect(extractText(text).targets.map((t) => [t.name, t.kind, t.indicator])).toEqual([
      ['孕产妇系统管理率', 'level', null], ['募集就业见习岗位', 'increment', null],
      ['开展补贴性职业技能培训', 'increment', 'subsidized_skills_training'], ['电子社保卡领用人数', 'level', null],
    ]);
  });
});

describe('a 医疗卫生服务体系 plan: days and who is enrolled each year', () => {
  it('reads days as a unit where a clause ends or a comparison follows (平均住院日≤8天, 缩短至7.5天以下)', () => {
    // Both were unread (天 was no unit); 不超过8天 was read unitless, named …平均住院日天. 30天内获… stays in a rate's name.
    const text = '某市医疗卫生服务体系规划（2026—2030年）\n到2030年，二级以上公立医院平均住院日≤8天，三级医院平均住院日缩短至7.5天以下，评估后30天内获安排服务的比率达到90%。\n';
    expect(fields(text)).toEqual([
      ['二级以上公立医院平均住院日', 8, '天', 'level', '<=', 2030, null], ['三级医院平均住院日', 7.5, '天', 'level', '<=', 2030, null],
      ['评估后30天内获安排服务的比率', 90, '%', 'level', '=', 2030, null],
    ]);
  });

  it('ends a yearly per-unit at 招收 (每年招收住院医师规范化培训学员不少于300名)', () => {
    // The per-unit ran on to the next work word: per 每年招收住院医师规范化, named 培训学员.
    const text = '某市医疗卫生服务体系规划（2026—2030年）\n每年招收住院医师规范化培训学员不少于300名。\n';
    expect(fields(text)).toEqual([['招收住院医师规范化培训学员', 300, '名', 'increment', '>=', 2030, '每年']]);
  });
});

describe('what is added named before its 新增 (社区居家养老服务设施面积新增5万㎡)', () => {
  it('is an increment named 新增 and the thing, as every addition is; a total with 累计; never a rate', () => {
    // They were levels named 社区居家养老服务设施面积新增 and 养老床位新增: 5万㎡ charted as the whole area.
    const text = '某区养老服务规划（2026—2030年）\n到2030年，社区居家养老服务设施面积新增5万㎡，养老床位新增500张，托位累计新增1000个。\n';
    expect(fields(text)).toEqual([
      ['新增社区居家养老服务设施面积', 5, '万平方米', 'increment', '=', 2030, null], ['新增养老床位', 500, '张', 'increment', '=', 2030, null],
      ['新增托位', 1000, '个', 'cumulative', '=', 2030, null],
    ]);
  });
});

describe('募集, 招收 and 招生 count work done, as 招聘 does', () => {
  it('reads them as increments (a bureau’s letter: 2026年计划招生120人)', () => {
    // Both were levels: 120 people enrolled charted as a standing number.
    const text = '某市人力资源和社会保障局\n关于第0236号建议的答复\n2026年计划招生120人，募集就业见习岗位1万个以上。\n某市人力资源和社会保障局\n2026年6月12日\n';
    expect(fields(text).map((f) => [f[0], f[3]])).toEqual([['招生', 'increment'], ['募集就业见习岗位', 'increment']]);
  });
});

describe('work for people whose group is a list (为失能、高龄独居老人安装…)', () => {
  it('is named who and the work, an increment, as work for one group is', () => {
    // It kept 为 and was a level: 2000 devices charted as a standing number.
    const text = '某区养老服务规划（2026—2030年）\n为失能、高龄独居老人安装智能监测设备2000台（套）。\n';
    expect(fields(text)).toEqual([['失能、高龄独居老人安装智能监测设备', 2000, '台', 'increment', '=', 2030, null]]);
  });
});
