// Families found by probes p36–p43 (session 12), one test each; every one failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const PLAN = '某市“十五五”民生事业发展规划\n';
const rows = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.op, t.target.year]);

describe('a notice on a year’s work', () => {
  it('reads 关于做好2026年…工作的通知 as that year’s programme, so its figures are 2026’s', () => {
    const r = extractText('关于做好2026年城乡居民基本医疗保障工作的通知\n\n各县(市、区)医疗保障局:\n一、巩固参保覆盖\n全市基本医疗保险参保率稳定在95%以上。\n');
    expect(r.metadata).toMatchObject({ plan_title: '关于做好2026年城乡居民基本医疗保障工作的通知', kind: 'annual_programme', period: { start: 2026, end: 2026 } });
    expect(r.targets.map((t) => [t.name, t.target.year])).toEqual([['基本医疗保险参保率', 2026]]);
  });
});

describe('footnote marks', () => {
  it('leaves a footnote mark written after a name (千人口托位数①) out of the name, keeping it in the quote', () => {
    const r = extractText(`${PLAN}到2030年,全市千人口托位数①达到4.5个以上,普惠托位占比⑵提高到65%。\n注:①千人口托位数指每千常住人口拥有的托位数。`);
    expect(r.targets.map((t) => [t.name, t.target.value, t.quote])).toEqual([
      ['千人口托位数', 4.5, '千人口托位数①达到4.5个以上'],
      ['普惠托位占比', 65, '普惠托位占比⑵提高到65%'],
    ]);
  });
});

describe('per-population units in a table', () => {
  it('reads 人/千人 and 人/万人 in a 单位 cell as 人 when the name says per how many people, so the catalog finds the measure', () => {
    const r = extractText(`${PLAN}| 指标 | 单位 | 2025年 | 2030年 |\n|---|---|---|---|\n| 每千人口执业(助理)医师数 | 人/千人 | 3.2 | 3.6 |\n| 每万人口全科医生数 | 人/万人 | 3.9 | 4.5 |\n| 每千人口医疗卫生机构床位数 | 张/千人口 | 6.8 | 7.5 |\n`);
    expect(r.targets.map((t) => [t.name, t.unit, t.indicator])).toEqual([
      ['每千人口执业(助理)医师数', '人', 'physicians_per_1000'],
      ['每万人口全科医生数', '人', 'gps_per_10k'],
      ['每千人口医疗卫生机构床位数', '张', 'hospital_beds_per_1000'],
    ]);
  });
});

describe('a share of several kinds of unit', () => {
  it('keeps 乡镇卫生院和社区卫生服务中心达到服务能力标准的比例 with one value as one measure', () => {
    expect(rows(`${PLAN}到2030年,乡镇卫生院和社区卫生服务中心达到服务能力标准的比例达到80%。`)).toEqual([
      ['乡镇卫生院和社区卫生服务中心达到服务能力标准的比例', 80, '%', 'level', '=', 2030],
    ]);
    // With 分别, each its own share.
    expect(rows(`${PLAN}到2030年,乡镇卫生院和社区卫生服务中心达到服务能力标准的比例分别达到80%和90%。`).map((r) => r[0])).toEqual([
      '乡镇卫生院达到服务能力标准的比例', '社区卫生服务中心达到服务能力标准的比例',
    ]);
  });
});

describe('catalog: what a coverage rate covers', () => {
  it('does not take the coverage of 医保 service outlets (医保服务点覆盖率) for who is insured', () => {
    const r = extractText(`${PLAN}到2030年,基本医疗保险参保率稳定在95%以上,村(社区)医保服务点覆盖率达到90%,医保服务站覆盖率达到100%。`);
    expect(r.targets.map((t) => [t.name, t.indicator])).toEqual([
      ['基本医疗保险参保率', 'medical_insurance_coverage'], ['村(社区)医保服务点覆盖率', null], ['医保服务站覆盖率', null],
    ]);
  });
});

describe('增加 as a work verb', () => {
  it('reads 增加学位6000个 in a plan as the work done (an increment), as 新增学位 is; 增加至 stays a level reached', () => {
    expect(rows(`${PLAN}新建中小学5所,增加学位6000个。`)).toEqual([
      ['新建中小学', 5, '所', 'increment', '=', 2030],
      ['新增学位', 6000, '个', 'increment', '=', 2030],
    ]);
    expect(rows(`${PLAN}到2030年,社区照顾服务名额增加至1500个。`)).toEqual([['社区照顾服务名额', 1500, '个', 'level', '=', 2030]]);
  });
});

describe('the year of 由目前的A', () => {
  it('dates A by a plan’s base year, and by a policy address’s own year, never by the target’s', () => {
    const plan = extractText(`${PLAN}到2030年,全市社区长者食堂由目前的120个增加至300个,助餐点由80个增加到200个。`);
    expect(plan.targets.map((t) => [t.target.value, t.target.year, t.baseline])).toEqual([
      [300, 2030, { value: 120, year: 2025 }],
      [200, 2030, { value: 80, year: 2025 }],
    ]);
    const address = extractText('行政长官2026年施政报告\n\n政府会把社区照顾服务券的数目由目前的1万1千张增加至1万5千张。');
    expect(address.targets.map((t) => [t.target.value, t.baseline])).toEqual([[15000, { value: 11000, year: 2026 }]]);
    expect(address.achieved.map((a) => [a.value, a.year])).toEqual([[11000, 2026]]);
  });
});

describe('a standard stated as a multiple or share of another with 为', () => {
  it('reads 照料护理标准为当地低保标准的0.5倍 as exactly 0.5 倍 (为 states it), as 不低于…的1.3倍 is at least 1.3', () => {
    expect(rows(`${PLAN}到2030年,特困人员基本生活标准不低于当地低保标准的1.3倍,特困人员照料护理标准为当地低保标准的0.5倍,农村低保标准为城市低保标准的80%。`)).toEqual([
      ['特困人员基本生活标准为当地低保标准的倍数', 1.3, '倍', 'level', '>=', 2030],
      ['特困人员照料护理标准为当地低保标准的倍数', 0.5, '倍', 'level', '=', 2030],
      ['农村低保标准占城市低保标准的比例', 80, '%', 'level', '=', 2030],
    ]);
  });
});

describe('a 医保 notice’s payment rules', () => {
  const NOTICE = '关于做好2026年城乡居民基本医疗保障工作的通知\n';
  it('reads 起付线不高于上年度…收入的50% as a ceiling set now (上年度 is the base of the share, no report of last year)', () => {
    const r = extractText(`${NOTICE}大病保险起付线不高于上年度居民人均可支配收入的50%。`);
    expect(r.targets.map((t) => [t.name, t.target.value, t.target.op, t.target.year])).toEqual([['大病保险起付线占上年度居民人均可支配收入的比例', 50, '<=', 2026]]);
    expect(r.achieved).toEqual([]);
  });
  it('names a payment share written alone after the scheme’s other rule by that scheme (支付比例 → 大病保险支付比例)', () => {
    expect(rows(`${NOTICE}大病保险起付线降低50%,支付比例提高5个百分点。居民医保门诊统筹支付比例不低于50%,报销比例提高3个百分点。`).map((r) => r[0])).toEqual([
      '大病保险起付线降低', '大病保险支付比例提高', '居民医保门诊统筹支付比例', '居民医保报销比例提高',
    ]);
  });
});

describe('tenths and service hours', () => {
  it('reads a sentence whose one value is tenths (留任率维持在八成以上), which was never looked at', () => {
    expect(rows(`${PLAN}一、到2030年,长照服务涵盖率达到85%以上。\n二、长照人员留任率维持在八成以上。`)).toEqual([
      ['长照服务涵盖率', 85, '%', 'level', '>=', 2030],
      ['长照人员留任率', 80, '%', 'level', '>=', 2030],
    ]);
  });
  it('reads hours and minutes of a service (提高到28小时, 缩短至12分钟以内), but not those naming a thing (24小时智慧书屋, 15分钟健身圈)', () => {
    expect(rows(`${PLAN}到2030年,居家服务个案每月平均服务时数提高到28小时,急救平均反应时间缩短至12分钟以内。建成24小时智慧书屋10个,15分钟健身圈实现全覆盖。`)).toEqual([
      ['居家服务个案每月平均服务时数', 28, '小时', 'level', '=', 2030],
      ['急救平均反应时间', 12, '分钟', 'level', '<=', 2030],
      ['建成24小时智慧书屋', 10, '个', 'increment', '=', 2030],
    ]);
  });
});

describe('what is counted, how often, then the work', () => {
  it('names 养老床位每年新增500张 as 新增养老床位 per 每年, quoted from what is counted', () => {
    const r = extractText(`${PLAN}养老床位每年新增500张,C级巷弄长照站每年新增15处。`);
    expect(r.targets.map((t) => [t.name, t.target.value, t.kind, t.per, t.quote])).toEqual([
      ['新增养老床位', 500, 'increment', '每年', '养老床位每年新增500张'],
      ['新增C级巷弄长照站', 15, 'increment', '每年', 'C级巷弄长照站每年新增15处'],
    ]);
  });
});

describe('a 就业 plan’s yearly figures', () => {
  it('reads a bare 年均N after a five-year total as that measure’s yearly figure (per 每年)', () => {
    expect(extractText(`${PLAN}城镇新增就业五年累计30万人以上,年均6万人左右。`).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.op, t.per])).toEqual([
      ['城镇新增就业', 30, '万人', 'cumulative', '>=', null],
      ['城镇新增就业', 6, '万人', 'increment', '~', '每年'],
    ]);
  });
  it('gives every item of a 、 list of work its opening 每年, and leaves 帮助 out of whose (re)employment is counted', () => {
    expect(extractText(`${PLAN}每年帮助失业人员再就业1.5万人、就业困难人员实现就业5000人。`).targets.map((t) => [t.name, t.kind, t.per, t.indicator])).toEqual([
      ['失业人员再就业', 'increment', '每年', 'reemployment_of_unemployed'],
      ['就业困难人员实现就业', 'increment', '每年', null],
    ]);
  });
});

describe('a size that picks out classes or schools', () => {
  it('reads no target in 消除56人以上大班额 or 2000人以上的学校, and still reads 培训农民工2000人以上', () => {
    expect(rows(`${PLAN}新建中小学5所,消除56人以上大班额。2000人以上的学校配备专职校医。培训农民工2000人以上。`)).toEqual([
      ['新建中小学', 5, '所', 'increment', '=', 2030],
      ['培训农民工', 2000, '人', 'increment', '>=', 2030],
    ]);
  });
});

describe('the rate of a service the clause before gives', () => {
  it('names 体检率 after 为…老年人提供免费健康体检 by who and the service (65周岁以上老年人免费健康体检率)', () => {
    expect(extractText('2026年某县民生实事\n3.为全县65周岁以上老年人提供免费健康体检,体检率达到75%以上;\n4.为适龄儿童开展免费视力筛查,筛查率达到95%。').targets.map((t) => [t.name, t.target.value, t.target.op])).toEqual([
      ['65周岁以上老年人免费健康体检率', 75, '>='],
      ['适龄儿童免费视力筛查率', 95, '='],
    ]);
  });
});

describe('achievements of a stock and of last year', () => {
  it('names a stock held (全市共有托育机构312家, 已布建C级巷弄长照站186处) without the verb that says it is held', () => {
    const r = extractText(`${PLAN}第一章 发展基础\n截至2025年底,全市共有托育机构312家,已布建C级巷弄长照站186处。`);
    expect(r.achieved.map((a) => [a.name, a.value, a.kind, a.year])).toEqual([['托育机构', 312, 'level', 2025], ['C级巷弄长照站', 186, 'level', 2025]]);
  });
  it('gives the work a county work report reports for 过去一年 the year 2025 and no five-year span', () => {
    const r = extractText('青石县人民政府工作报告\n——2026年1月12日在青石县第十八届人民代表大会第五次会议上\n\n一、2025年工作回顾\n过去一年,城镇新增就业5200人,新增养老床位260张。\n');
    expect(r.achieved.map((a) => [a.name, a.value, a.kind, a.year_from, a.year])).toEqual([
      ['城镇新增就业', 5200, 'increment', null, 2025],
      ['新增养老床位', 260, 'increment', null, 2025],
    ]);
  });
});

describe('a table whose rows are places', () => {
  it('reads 区域 | measures with one row per district as each district’s figure, and the total row as the measure’s', () => {
    const r = extractText('2026年某市托育服务工作要点\n各区目标任务如下:\n\n区域\t新增普惠托位(个)\t托育机构备案率(%)\n东城区\t800\t100\n西城区\t650\t95\n合计\t1450\t—\n');
    expect(r.targets.filter((t) => t.source === 'table').map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.year])).toEqual([
      ['新增普惠托位(东城区)', 800, '个', 'increment', 2026], ['托育机构备案率(东城区)', 100, '%', 'level', 2026],
      ['新增普惠托位(西城区)', 650, '个', 'increment', 2026], ['托育机构备案率(西城区)', 95, '%', 'level', 2026],
      ['新增普惠托位', 1450, '个', 'increment', 2026],
    ]);
  });

  it('maps a district’s figure to no catalog indicator, so Compare never charts it as the city’s', () => {
    const r = extractText('2026年某市托育服务工作要点\n\n区域\t新增普惠托位(个)\t千人口托位数(个)\n东城区\t800\t5.0\n西城区\t650\t4.6\n合计\t1450\t4.8\n');
    expect(r.targets.filter((t) => t.source === 'table').map((t) => [t.name, t.target.value, t.indicator])).toEqual([
      ['新增普惠托位(东城区)', 800, null], ['千人口托位数(东城区)', 5, null],
      ['新增普惠托位(西城区)', 650, null], ['千人口托位数(西城区)', 4.6, null],
      ['新增普惠托位', 1450, 'childcare_places_new'], ['千人口托位数', 4.8, 'childcare_places_per_1000'],
    ]);
    // Still the domain of what they count, so they stay in the childcare view and its tables.
    expect(new Set(r.targets.filter((t) => t.source === 'table').map((t) => t.domain))).toEqual(new Set(['childcare']));
  });
});
