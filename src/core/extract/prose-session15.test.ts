// Families found by probes p68–p75 (session 15), one test each; every one failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const fields = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.op, t.target.year, t.per]);

describe('the years ahead of an address written in Chinese numerals (未来两年, 未来四年)', () => {
  it('dates a total over 未来两年 two years after the address, for every clause of its sentence', () => {
    // A 2027 address's 未来两年 total was dated 2027, an increment of the address's year, as if the two years' work were
    // the year's; only 未来三年/五年/十年 and digits were known.
    const text = '澳门特别行政区二〇二七年财政年度施政报告\n未来两年，政府将新增安老院舍床位不少于400个，并把长者日间护理服务名额提升至1500个。';
    expect(fields(text)).toEqual([
      ['新增安老院舍床位', 400, '个', 'cumulative', '>=', 2029, null], ['长者日间护理服务名额', 1500, '个', 'level', '=', 2029, null],
    ]);
    const work = '某市2027年政府工作报告\n——2027年1月18日在某市第十八届人民代表大会第二次会议上\n未来四年，我们将新建幼儿园20所。';
    expect(fields(work)).toEqual([['新建幼儿园', 20, '所', 'cumulative', '=', 2031, null]]);
  });
});

describe('an indicator table whose name cells carry a footnote mark', () => {
  it('leaves the mark out of the name and reads the unit in brackets before it (占比（%）①)', () => {
    // The rows were named 养老机构护理型床位占比(%)① and 持证养老护理员数(万人)② with no unit, so neither compared with
    // the same measure elsewhere (the first did not even find its catalog indicator without the unit).
    const text = '某省“十五五”养老服务体系建设规划\n\n| 指标 | 2025年 | 2030年 | 属性 |\n|---|---|---|---|\n'
      + '| 养老机构护理型床位占比（%）① | 61.2 | ≥70 | 约束性 |\n| 持证养老护理员数（万人）② | 3.1 | 5 | 预期性 |\n| 街道综合养老服务中心覆盖率⑶ | 92 | 100 | 约束性 |\n\n'
      + '注：①护理型床位占比指护理型床位数占床位总数的比例。②含居家社区养老服务组织从业人员。';
    const r = extractText(text);
    const rows = r.targets.filter((t) => t.source === 'table');
    expect(rows.map((t) => t.name)).toEqual(['养老机构护理型床位占比', '持证养老护理员数', '街道综合养老服务中心覆盖率']);
    expect(rows.slice(0, 2).map((t) => [t.baseline?.value, t.target.value, t.unit, t.indicator])).toEqual([
      [61.2, 70, '%', 'nursing_bed_ratio'], [3.1, 5, '万人', null],
    ]);
    expect(r.achieved.map((a) => [a.name, a.value, a.unit])).toContainEqual(['持证养老护理员数', 3.1, '万人']);
  });
});

describe('a news report naming the place it reports on as 该县/该市', () => {
  it('leaves 该县将 (and the 力争到2030年 after it) out of the name, as 全县 and 我县 are', () => {
    // It was named 该县将到2030年养老机构护理型床位占比, so the rate found no catalog indicator under its own name, and
    // 该市将到2030年建成… was a level named with the place, not work to do.
    const text = '石门县民生目标圆满完成\n本报讯（记者 王芳）2026年1月20日，记者从石门县发展改革局获悉：'
      + '“十五五”时期，该县将力争到2030年养老机构护理型床位占比达到70%。该市将到2030年建成街道综合养老服务中心12个。该区域养老服务设施覆盖率达到90%。';
    const r = extractText(text);
    expect(r.targets.slice(0, 2).map((t) => [t.name, t.target.value, t.kind, t.target.year, t.aspirational])).toEqual([
      ['养老机构护理型床位占比', 70, 'level', 2030, true], ['建成街道综合养老服务中心', 12, 'increment', 2030, false],
    ]);
    // 该区域 (the area) is no place's name.
    expect(r.targets[2]?.name).toBe('该区域养老服务设施覆盖率');
  });
});

describe('a frequency between what is counted and a verb that repeats it (服务每年服务, 救助每年救助)', () => {
  it('names what is counted and keeps the frequency as its per, as 年均救助 and 再就业每年 are', () => {
    // They were named 家居照顾及支援服务每年服务 and 医疗救助每年救助, with no per: a yearly count read as a total.
    const address = '澳门特别行政区二〇二七年财政年度施政报告\n家居照顾及支援服务每年服务不少于8000人次。';
    expect(fields(address)).toEqual([['家居照顾及支援服务', 8000, '人次', 'increment', '>=', 2027, '每年']]);
    const plan = '某市“十五五”社会救助规划\n到2030年，医疗救助每年救助不少于5万人次，养老护理员每年培训2000人次。';
    expect(fields(plan)).toEqual([
      ['医疗救助', 5, '万人次', 'increment', '>=', 2030, '每年'], ['培训养老护理员', 2000, '人次', 'increment', '=', 2030, '每年'],
    ]);
  });
});

describe('a level held as a share of a whole (维持在0至3岁幼儿人口的六成以上)', () => {
  it('names the rate without the verb and the whole it is a share of, as 达到…的 is', () => {
    // They were named 托儿所覆盖率维持在0至3岁幼儿人口 and 城镇登记失业率保持在劳动力总数: no measure is called so.
    const text = '某市“十五五”公共服务规划\n到2030年，托儿所覆盖率维持在0至3岁幼儿人口的六成以上，城镇登记失业率保持在劳动力总数的5%以内，'
      + '基本养老保险参保率稳定在法定人员的95%以上，城镇调查失业率控制在劳动力的5.5%以内。';
    expect(fields(text).map((t) => [t[0], t[1], t[4]])).toEqual([
      ['托儿所覆盖率', 60, '>='], ['城镇登记失业率', 5, '<='], ['基本养老保险参保率', 95, '>='], ['城镇调查失业率', 5.5, '<='],
    ]);
  });
});

describe('a place written after a figure per head of population (托位数城市达到5个、农牧区达到3个)', () => {
  it('names each place’s figure as a place after a rate is named (城市…, 农牧区…)', () => {
    // They were named 每千人口拥有3岁以下婴幼儿托位数城市 and 每千人口拥有农牧区 (no indicator): the place after a rate was
    // known, not after a per-capita figure, and 农牧区 (a 自治区's pastoral areas) was no place.
    const text = '某自治区“十五五”托育服务体系建设规划\n到2030年，每千人口拥有3岁以下婴幼儿托位数城市达到5个以上、农牧区达到3个以上。'
      + '全区千人口托位数城镇达到5.5个、农村达到3.5个。';
    expect(fields(text).map((t) => [t[0], t[1], t[4]])).toEqual([
      ['城市每千人口拥有3岁以下婴幼儿托位数', 5, '>='], ['农牧区每千人口拥有3岁以下婴幼儿托位数', 3, '>='],
      ['城镇千人口托位数', 5.5, '='], ['农村千人口托位数', 3.5, '='],
    ]);
  });
});

describe('a part after 其中 of a figure per head of population (千人口托位数4.8个,其中普惠托位3.3个)', () => {
  it('is the part’s figure per head, not a count of places, and not charted as all places', () => {
    // 其中普惠托位不低于3.3个 was read as 3.3 places named 普惠托位: a count no plan means, beside 新增普惠托位 counts.
    const r = extractText('某自治区“十五五”托育服务体系建设规划\n到2030年，全区千人口托位数达到4.8个，其中普惠托位不低于3.3个；'
      + '每千人口拥有3岁以下婴幼儿托位数达到5个，其中普惠性托位3.5个。新增托位5000个，其中普惠托位3000个。');
    expect(r.targets.slice(0, 4).map((t) => [t.name, t.target.value, t.kind, t.indicator])).toEqual([
      ['千人口托位数', 4.8, 'level', 'childcare_places_per_1000'], ['千人口普惠托位数', 3.3, 'level', null],
      ['每千人口拥有3岁以下婴幼儿托位数', 5, 'level', 'childcare_places_per_1000'], ['每千人口拥有3岁以下婴幼儿普惠性托位数', 3.5, 'level', null],
    ]);
    // A part of a count stays named by itself, a flow as its whole is.
    expect(r.targets.slice(4).map((t) => [t.name, t.target.value, t.kind])).toEqual([['新增托位', 5000, 'increment'], ['普惠托位', 3000, 'increment']]);
  });
});

describe('a rate counted over a unit (以乡镇(街道)为单位…接种率)', () => {
  it('leaves 以…为单位 out of the name, as a scope before what is measured', () => {
    // Its 以 was left out and the rest kept: 乡镇(街道)为单位适龄儿童免疫规划疫苗接种率, a name no plan uses.
    const text = '某市“十五五”卫生健康规划\n到2030年，以乡镇（街道）为单位适龄儿童免疫规划疫苗接种率保持在95%以上，以县为单位义务教育基本均衡发展比例达到100%。';
    expect(fields(text).map((t) => [t[0], t[1], t[4]])).toEqual([
      ['适龄儿童免疫规划疫苗接种率', 95, '>='], ['义务教育基本均衡发展比例', 100, '='],
    ]);
    expect(extractText(text).targets[0]?.indicator).toBe('immunization_rate');
  });
});

describe('a plan written in Markdown (## 一、发展基础)', () => {
  it('knows its headings, so a review’s figures are reached, not the plan’s targets', () => {
    // ## made the heading body text: 养老服务床位总数达到52.6万张 under ## 一、发展基础 was a target of 2030.
    const text = '某省“十五五”养老服务体系建设规划\n\n## 一、发展基础\n\n全省养老服务床位总数达到52.6万张，养老机构护理型床位占比达到61.2%。\n\n'
      + '## 二、发展目标\n\n到2030年，养老机构护理型床位占比达到70%。\n\n### 现状与形势\n\n全省已建成街道综合养老服务中心320个。';
    const r = extractText(text);
    expect(r.targets.map((t) => [t.name, t.target.value, t.target.year])).toEqual([['养老机构护理型床位占比', 70, 2030]]);
    expect(r.achieved.map((a) => [a.name, a.value, a.year])).toEqual([
      ['养老服务床位总数', 52.6, 2025], ['养老机构护理型床位占比', 61.2, 2025], ['建成街道综合养老服务中心', 320, 2025],
    ]);
  });
});

describe('a heading that dates the targets under it ((一)2027年目标, 近期目标(2026—2028年))', () => {
  it('dates a sentence without a year of its own by its heading, where it was the plan’s end', () => {
    // Every value under （一）2027年目标 was a target of 2030, beside the same measure's 2030 value under the next heading.
    const text = '某省“十五五”养老服务体系建设规划\n\n四、分阶段目标\n\n### （一）2027年目标\n\n全省养老机构护理型床位占比达到65%，新建街道综合养老服务中心50个。\n\n'
      + '（二）到“十五五”末\n\n全省养老机构护理型床位占比达到70%。\n\n（三）近期目标（2026—2028年）\n\n老年人健康管理率达到75%，到2027年老年助餐服务覆盖率达到80%。\n\n'
      + '五、保障措施\n\n全省持证养老护理员达到5万人。';
    expect(fields(text).map((t) => [t[0], t[1], t[5]])).toEqual([
      ['养老机构护理型床位占比', 65, 2027], ['新建街道综合养老服务中心', 50, 2027], ['养老机构护理型床位占比', 70, 2030],
      ['老年人健康管理率', 75, 2028], ['老年助餐服务覆盖率', 80, 2027], ['持证养老护理员', 5, 2030],
    ]);
  });
});

describe('约 before the verb of its number (约为, 约占, 约达)', () => {
  it('is the value’s “about”, no part of the name', () => {
    // They were named 社区养老服务设施覆盖率约 (=) and 护理型床位约占 (=): 约 stood before 为, not before the number.
    const text = '某市“十五五”养老服务规划\n到2030年，社区养老服务设施覆盖率约为95%，护理型床位约占60%，失能老年人照护服务覆盖人数约达5万人。';
    expect(fields(text).map((t) => [t[0], t[1], t[4]])).toEqual([
      ['社区养老服务设施覆盖率', 95, '~'], ['护理型床位', 60, '~'], ['失能老年人照护服务覆盖人数', 5, '~'],
    ]);
  });
});

describe('the population a plan serves (老年人口约9.6万人, 占总人口的23.5%)', () => {
  it('is context, never a target, in a plan or an address', () => {
    // They were targets of 2030 (p62) and of 2027 (p71): the county's old people counted as a goal of its plan.
    const plan = '某县“十五五”农村养老服务专项规划\n全县60岁及以上老年人口约9.6万人，占总人口的23.5%，其中农村老年人口占比达七成。到2030年，村级互助养老服务设施覆盖率达到90%以上。';
    expect(fields(plan).map((t) => [t[0], t[1]])).toEqual([['村级互助养老服务设施覆盖率', 90]]);
    const address = '澳门特别行政区二〇二七年财政年度施政报告\n全澳长者人口占总人口的比例约为14%。长者轮候院舍服务的时间缩短至3个月以内。';
    expect(fields(address).map((t) => [t[0], t[1]])).toEqual([['长者轮候院舍服务的时间', 3]]);
    // A rate of people doing something is no population (经常参加体育锻炼人口比例 stays a target).
    expect(fields('某市“十五五”全民健身规划\n到2030年，经常参加体育锻炼人口比例达到总人口的42%以上。').map((t) => [t[0], t[1]])).toEqual([['经常参加体育锻炼人口比例', 42]]);
  });
});

describe('a note on what a table’s signs mean (注:表中“<5.5”表示低于5.5%)', () => {
  it('gives no record: the value explains a sign', () => {
    // It was a target of 2030 named 表中“<5.5”表示, 5.5 % exclusive, beside the table's own 城镇调查失业率.
    const text = '某市“十五五”公共服务发展规划\n注：表中“<5.5”表示低于5.5%；带*的指标表示年均增长6%；2025年数据为预计数。\n到2030年，城镇调查失业率控制在5.5%以内。';
    expect(fields(text).map((t) => [t[0], t[1], t[4]])).toEqual([['城镇调查失业率', 5.5, '<=']]);
  });
});
