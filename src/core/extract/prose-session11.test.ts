// Families found by probes p28–p35 (session 11), one test each; every one failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';
import { findQuantities } from './quantities';

const PLAN = '某市“十五五”民生事业发展规划\n';
const rows = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.op, t.target.year]);

describe('achievements over a past period the sentence names', () => {
  it('spans a “十四五”期间/时期 total or flow in a 十五五 plan over 2021–2025, not only its last year', () => {
    const r = extractText(`${PLAN}第一章 发展基础\n“十四五”期间,全市累计新增普惠托位1.2万个。“十四五”时期,新建乡镇卫生院6所,培训养老护理员3200人次。“十四五”末,护理型床位占比达到60%。`);
    expect(r.achieved.map((a) => [a.value, a.unit, a.kind, a.year_from, a.year])).toEqual([
      [1.2, '万个', 'cumulative', 2021, 2025],
      // Counts over the period are totals, as in a plan's targets (“十五五”期间 → cumulative).
      [6, '所', 'cumulative', 2021, 2025],
      [3200, '人次', 'cumulative', 2021, 2025],
      // A level at the period's end (末) spans nothing.
      [60, '%', 'level', null, 2025],
    ]);
  });
});

describe('numbers written with digits and 万/千 between them', () => {
  it('reads 1万2千张, 3万6千个 and 6千人次 as whole numbers in the unit written after them', () => {
    const read = (t: string) => findQuantities(t).map((q) => [q.value, q.unit, q.op, t.slice(q.start, q.end)]);
    expect(read('服务券增加至1万2千张')).toEqual([[12000, '张', '=', '1万2千张']]);
    expect(read('宿位提升至3万6千个以上')).toEqual([[36000, '个', '>=', '3万6千个']]);
    expect(read('每年6千人次')).toEqual([[6000, '人次', '=', '6千人次']]);
    // 千米 is a unit of its own: 6千米 stays six kilometres.
    expect(read('新建绿道6千米')).toEqual([[6, '千米', '=', '6千米']]);
    expect(rows(`${PLAN}每年实施临时救助1万2千人次以上。`)).toEqual([['实施临时救助', 12000, '人次', 'increment', '>=', 2030]]);
  });
});

describe('a range with its unit written at both ends', () => {
  it('reads 70%—75% as 70 to 75, not 70 alone', () => {
    const [t] = extractText(`${PLAN}到2030年,老年人健康管理率达到70%—75%。`).targets;
    expect(t).toMatchObject({ name: '老年人健康管理率', target: { value: 70, value_max: 75, op: '>=' }, unit: '%' });
  });
});

describe('Hong Kong policy address wording', () => {
  it('names 把X提升至N by X, and leaves out 我们亦会/目标在2028年/在2027年底前 before it', () => {
    const text = '行政长官2026年施政报告 安老服务\n我们亦会把康复服务的日间训练名额增加1200个。我们目标在2028年把资助护养院宿位的平均轮候时间缩短至15个月。政府会增加资助宿位,并在2027年底前把安老院舍的资助宿位提升至36000个。';
    const r = extractText(text);
    expect(r.metadata).toMatchObject({ kind: 'annual_programme', period: { start: 2026, end: 2026 } });
    expect(r.targets.map((t) => [t.name, t.target.value, t.target.year])).toEqual([
      ['康复服务的日间训练名额增加', 1200, 2026],
      ['资助护养院宿位的平均轮候时间', 15, 2028],
      ['安老院舍的资助宿位', 36000, 2027],
    ]);
  });
});

describe('a programme’s levels', () => {
  const PROGRAMME = '某市医疗保障局2026年工作要点\n';
  it('reads a count a move reaches (提升至, 扩大到, 缩短至) or a stock kept (参保人数不低于) as a level, not the year’s work', () => {
    expect(rows(`${PROGRAMME}门诊慢特病病种扩大到60种。城乡居民医保参保人数不低于310万人。资助护养院宿位的平均轮候时间缩短至15个月。新增集采药品品种50个以上。`).map((r) => [r[0], r[3]])).toEqual([
      ['门诊慢特病病种', 'level'],
      ['城乡居民医保参保人数', 'level'],
      ['资助护养院宿位的平均轮候时间', 'level'],
      // Work stays the year's work.
      ['新增集采药品品种', 'increment'],
    ]);
  });

  it('reads 由目前的A增加至B as a baseline and a target, with the government that speaks left out of the name', () => {
    const [t] = extractText('行政长官2026年施政报告\n政府会把社区照顾服务券的数目由目前的11000张增加至15000张。').targets;
    expect(t).toMatchObject({ name: '社区照顾服务券的数目', baseline: { value: 11000 }, target: { value: 15000 }, kind: 'level' });
  });
});

describe('a standard set as a multiple of another', () => {
  it('reads 不低于当地低保标准的1.3倍 as a ratio (…为…的倍数, ≥ 1.3 倍), and 增长1倍 or a money standard as nothing', () => {
    expect(rows(`${PLAN}到2030年,特困人员基本生活标准不低于当地低保标准的1.3倍,城乡低保标准最低不低于每人每月900元。`)).toEqual([
      ['特困人员基本生活标准为当地低保标准的倍数', 1.3, '倍', 'level', '>=', 2030],
    ]);
    expect(rows(`${PLAN}到2030年,农村居民人均可支配收入增长1倍。`)).toEqual([]);
  });
});

describe('a report that a five-year plan’s targets were met', () => {
  const news = [
    '我市“十四五”规划社会民生主要指标全面完成',
    '2026-01-22 09:15 来源:某市日报',
    '城镇新增就业五年累计达到32.8万人,完成规划目标(25万人)的131.2%;城镇调查失业率控制在5.2%,低于5.5%的控制目标。',
    '“十五五”时期,我市将推动城镇新增就业五年累计不少于30万人。',
  ].join('\n');
  const r = extractText(news);

  it('reads its results as achievements of that plan’s period (2025, totals from 2021), not as targets', () => {
    expect(r.targets.map((t) => [t.name, t.target.value, t.target.year])).toEqual([['城镇新增就业', 30, 2030]]);
    expect(r.achieved.map((a) => [a.name, a.value, a.kind, a.year_from, a.year])).toEqual([
      ['城镇新增就业', 32.8, 'cumulative', 2021, 2025],
      ['城镇调查失业率', 5.2, 'level', null, 2025],
    ]);
  });

  it('reads neither the old target it cites nor its completion rate', () => {
    expect([...r.targets, ...r.achieved].filter((t) => /目标/u.test(t.name))).toEqual([]);
  });
});

describe('Macau and Hong Kong wording of yearly growth and yearly service', () => {
  it('reads 年增 as 年均增长, a bare 年增 as the growth of the measure just read, and not 2025年增长', () => {
    expect(rows(`${PLAN}至2030年,长者日间护理中心服务名额增至1500个,年增约5%。长者社区支援服务使用人次年增不少于8%。`)).toEqual([
      ['长者日间护理中心服务名额', 1500, '个', 'level', '=', 2030],
      ['长者日间护理中心服务名额年增', 5, '%', 'annual_growth', '~', 2030],
      ['长者社区支援服务使用人次年增', 8, '%', 'annual_growth', '>=', 2030],
    ]);
    expect(rows(`${PLAN}到2030年,养老服务床位比2025年增长20%。`).map((r) => r[3])).not.toContain('annual_growth');
  });

  it('names 每年为N名长者提供免费健康检查 after a list number by who and the service, per 每年', () => {
    const [t] = extractText(`${PLAN}(一)每年为不少于2000名长者提供免费健康检查。`).targets;
    expect(t).toMatchObject({ name: '长者免费健康检查', per: '每年', kind: 'increment', target: { value: 2000, op: '>=' } });
  });
});

describe('what a sentence says twice or once for all', () => {
  it('reads 比2025年提高N个百分点,达到X as the level X alone (the change restates it), as it does with the change after', () => {
    expect(rows(`${PLAN}到2030年,养老机构护理型床位占比比2025年提高6.4个百分点,达到65%;养老床位比2025年增加500张,达到3000张。`)).toEqual([
      ['养老机构护理型床位占比', 65, '%', 'level', '=', 2030],
      ['养老床位', 3000, '张', 'level', '=', 2030],
    ]);
    // A change with no level after it stays a change, named as a change reported reached is (since 2026.12.27).
    expect(rows(`${PLAN}到2030年,居民健康素养水平比2025年提高5个百分点。`)).toEqual([['居民健康素养水平比2025年提高', 5, '个百分点', 'increment', '=', 2030]]);
  });

  it('gives a comparison word written once after a 分别 list (80%、70%左右) to every value of it', () => {
    expect(rows(`${PLAN}到2030年,职工医保、居民医保政策范围内住院费用报销比例分别保持在80%、70%左右。`).map((r) => [r[0], r[4]])).toEqual([
      ['职工医保政策范围内住院费用报销比例', '~'],
      ['居民医保政策范围内住院费用报销比例', '~'],
    ]);
    // A floor after the last value is that value's own (100% cannot be exceeded).
    expect(rows(`${PLAN}到2030年,城市和农村社区养老服务设施覆盖率分别达到100%和90%以上。`).map((r) => r[4])).toEqual(['=', '>=']);
  });

  it('leaves the span out of a total named by its work (城镇老旧小区改造五年累计完成600个 → 完成城镇老旧小区改造)', () => {
    expect(rows(`${PLAN}城镇老旧小区改造五年累计完成600个。`)).toEqual([['完成城镇老旧小区改造', 600, '个', 'cumulative', '=', 2030]]);
  });
});

describe('a short name that leans on the clause before it', () => {
  it('gives a short rate the subject of the value before it (空置率 after 公办养老机构入住率, 救助覆盖率 after …康复救助)', () => {
    expect(rows(`${PLAN}到2030年,公办养老机构入住率不低于60%,空置率控制在20%以内。`).map((r) => r[0])).toEqual(['公办养老机构入住率', '公办养老机构空置率']);
    expect(rows(`${PLAN}为不少于1.2万名残疾儿童提供康复救助,救助覆盖率达到95%。`).map((r) => r[0])).toEqual(['残疾儿童康复救助', '残疾儿童康复救助覆盖率']);
    // A rate of its own after a count keeps its name.
    expect(rows(`${PLAN}城镇新增就业3万人,失业率控制在5%以内。`).map((r) => r[0])).toEqual(['城镇新增就业', '失业率']);
    // Nor after a rate whose first words are no institution: 森林覆盖率 shares nothing with 失业率.
    expect(rows(`${PLAN}森林覆盖率超过40%,失业率控制在5%以内。`).map((r) => r[0])).toEqual(['森林覆盖率', '失业率']);
  });

  it('leaves 支持 out before the work it supports (支持建设公办托育综合服务中心20个 → 建设…)', () => {
    expect(rows(`${PLAN}支持建设公办托育综合服务中心20个。`).map((r) => r[0])).toEqual(['建设公办托育综合服务中心']);
  });
});

describe('a frequency between the predicate and its value', () => {
  it('reads 提升至每年N as N each year (per 每年), not a name ending in 提升至', () => {
    expect(extractText(`${PLAN}到2030年,老年人免费体检人数提升至每年10万人次。`).targets.map((t) => [t.name, t.per, t.kind])).toEqual([
      ['老年人免费体检人数', '每年', 'increment'],
    ]);
  });
});

describe('a change reported beside the level it led to', () => {
  it('reads 参保率达到96.3%,比2020年提高4.1个百分点 in a report as the level and the change since 2020 (named as the gold names it)', () => {
    const r = extractText('我市“十四五”规划社会民生主要指标全面完成\n基本养老保险参保率达到96.3%,比2020年提高4.1个百分点。人均预期寿命达到80.2岁,较“十三五”末提高1.4岁。');
    expect(r.achieved.map((a) => [a.name, a.value, a.unit, a.kind, a.year_from, a.year])).toEqual([
      ['基本养老保险参保率', 96.3, '%', 'level', null, 2025],
      ['基本养老保险参保率比2020年提高', 4.1, '个百分点', 'increment', 2020, 2025],
      ['人均预期寿命', 80.2, '岁', 'level', null, 2025],
      // 较 is named 比, as a target's change and a list's changes are (session 13: one name for one measure's change).
      ['人均预期寿命比“十三五”末提高', 1.4, '岁', 'increment', 2020, 2025],
    ]);
    expect(r.targets).toEqual([]);
  });
});

describe('各X with a floor', () => {
  it('reads 在各堂区设立至少1间… as each place’s quota (per 各堂区), and 各县区共建成… still as a total', () => {
    expect(extractText(`${PLAN}在各堂区设立至少1间长者综合服务中心。各县区共建成达标的婴幼儿照护机构不少于6个。`).targets.map((t) => [t.name, t.per, t.kind])).toEqual([
      ['长者综合服务中心', '各堂区', 'level'],
      ['各县区共建成达标的婴幼儿照护机构', null, 'increment'],
    ]);
  });
});

describe('a coverage rate after the clause that says what covers', () => {
  it('names 病种覆盖率 after DRG/DIP支付方式改革覆盖全部…医疗机构 by that subject, and leaves a rate after a valued clause alone', () => {
    const text = `某市医疗保障局2026年工作要点\n3.DRG/DIP支付方式改革覆盖全部符合条件的定点医疗机构,病种覆盖率达到90%以上,医保基金覆盖率达到70%。家庭医生签约服务覆盖率达到80%,重点人群覆盖率达到95%。`;
    expect(extractText(text).targets.map((t) => t.name)).toEqual([
      'DRG/DIP支付方式改革病种覆盖率',
      'DRG/DIP支付方式改革医保基金覆盖率',
      '家庭医生签约服务覆盖率',
      '重点人群覆盖率',
    ]);
  });
});

describe('a move whose start is dated to the end of a year', () => {
  it('reads 由2025年底的55%提高到65% as baseline 55 (2025) and keeps the whole name', () => {
    const r = extractText(`${PLAN}到2030年,养老机构护理型床位占比由2025年底的55%提高到65%。`);
    expect(r.targets.map((t) => [t.name, t.baseline, t.target.value])).toEqual([['养老机构护理型床位占比', { value: 55, year: 2025 }, 65]]);
  });
});
