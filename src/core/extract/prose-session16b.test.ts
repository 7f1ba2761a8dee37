// Session 16's open probe gaps and the names session 15 left (h-names8), one test per family; every one failed before
// its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const rows = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.year]);

describe('a 基本公共服务标准 list', () => {
  const TITLE = '某市“十五五”基本公共服务标准(2026—2030年)\n\n';
  it('reads no target in its rows, one cell a line: each person’s service is owed, no figure of the region', () => {
    const text =
      `${TITLE}服务项目\n服务对象\n服务内容\n服务标准\n孕产妇健康服务\n辖区内常住孕产妇\n孕期提供5次产前检查、2次产后访视\n每人不少于5次\n` +
      '预防接种\n辖区内0—6岁儿童\n每年开展1次入托入学查验\n按国家规定执行\n\n到2030年,全市孕产妇系统管理率达到92%。\n';
    // 提供5次产前检查, 2次产后访视 and 开展1次入托入学查验 were 2030 targets.
    expect(rows(text)).toEqual([['孕产妇系统管理率', 92, '%', 'level', 2030]]);
  });
  it('reads none in a row a line either, and prose after the list with no blank line before it', () => {
    const text = `${TITLE}服务项目 服务对象 服务内容 服务标准\n健康教育 辖区内常住居民 每年举办2次健康讲座 每人每年1次\n到2030年,居民健康素养水平达到35%。\n`;
    expect(rows(text)).toEqual([['居民健康素养水平', 35, '%', 'level', 2030]]);
  });
  it('still reads a per-year frequency a plan sets in its prose', () => {
    const text = '某县“十五五”养老服务规划\n二、主要目标\n到2030年,每年开展老年人健康体检不少于1次。\n';
    expect(rows(text)).toEqual([['开展老年人健康体检', 1, '次', 'increment', 2030]]);
  });
});

describe('a ratio a plan sets', () => {
  const PLAN = '某县“十五五”教育和卫生健康规划\n二、主要目标\n';
  const ratios = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.target.value_max ?? null, t.unit, t.target.op, t.kind]);
  it('reads N:1 as N in :1 and 1:N as N in 1:, with its comparator, whatever the colon', () => {
    const text = `${PLAN}到2030年,普通高中生师比不高于12.5:1,幼儿园师幼比达到1:7,医护比不低于1∶1.2,初中生师比控制在11∶1以内。\n`;
    // None was read: a ratio was no value (its colon cut the clause, and no unit read it).
    expect(ratios(text)).toEqual([
      ['普通高中生师比', 12.5, null, ':1', '<=', 'level'],
      ['幼儿园师幼比', 7, null, '1:', '=', 'level'],
      ['医护比', 1.2, null, '1:', '>=', 'level'],
      ['初中生师比', 11, null, ':1', '<=', 'level'],
    ]);
  });
  it('reads a range of ratios, and a ratio in an annual programme as a level, not the year’s work', () => {
    const text = '某市2027年民生实事项目\n社区助餐点护理员与老年人配比达到1:8至1:10。\n';
    expect(ratios(text)).toEqual([['社区助餐点护理员与老年人配比', 8, 10, '1:', '>=', 'level']]);
  });
  it('reads no time and no ratio of two other figures as a value', () => {
    const text = `${PLAN}到2030年,各托育机构每日8:30开园,男女比例保持在3:2左右,家庭医生签约率达到80%。\n`;
    expect(ratios(text)).toEqual([['家庭医生签约率', 80, null, '%', '=', 'level']]);
  });
});

describe('预计 in a plan', () => {
  const PLAN = '某市“十五五”养老服务体系规划(2026—2030年)\n二、主要目标\n';
  it('reads the plan’s own work after 预计 in a year of its period as that year’s target, 预计 and 全年 out of the name', () => {
    const text = `${PLAN}2027年预计培训养老护理员3000人次,全年新建老年助餐点40个。\n`;
    // Both were unread: every value after 预计 was taken for a projection.
    expect(rows(text)).toEqual([
      ['培训养老护理员', 3000, '人次', 'increment', 2027],
      ['新建老年助餐点', 40, '个', 'increment', 2027],
    ]);
  });
  it('still reads a projection of what will happen, and an estimate of a year before the period, as no target', () => {
    const text = `${PLAN}预计到2030年,全市60岁及以上老年人口将达到42万人,老龄化率将突破28%。预计2025年全年完成适老化改造1200户。\n`;
    expect(rows(text)).toEqual([]);
  });
  it('reads a payment 预计 reckons (who will be paid a subsidy) as no target', () => {
    const text = `${PLAN}2027年全市预计发放高龄津贴约3.2万人、资金5760万元,预计培训养老护理员2000人次。\n`;
    // (Merged beside h-extract10's money rules: the payment was read as the year's work, 发放高龄津贴 3.2万人.)
    expect(rows(text)).toEqual([['培训养老护理员', 2000, '人次', 'increment', 2027]]);
  });
});

describe('names session 15 noticed', () => {
  const JOBS = '某州“十五五”就业促进规划(2026—2030年)\n二、主要目标\n';
  const named = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.kind, t.target.year, t.indicator]);
  it('maps a township figure (乡镇) to no indicator of the region’s total, as a rural one', () => {
    const text = '某县“十五五”养老服务规划\n二、主要目标\n到2030年,县城和乡镇养老服务床位分别达到2400张、1600张,乡镇养老机构护理型床位占比达到55%。\n';
    // The 乡镇 items were charted as the county's elderly_care_beds_total and nursing_bed_ratio.
    expect(extractText(text).targets.map((t) => [t.name, t.indicator])).toEqual([
      ['县城养老服务床位', null],
      ['乡镇养老服务床位', null],
      ['乡镇养老机构护理型床位占比', null],
    ]);
  });
  it('names a year’s bare work verb by the measure its sentence just named, with no 累计 or 其中', () => {
    // The second was named 新增.
    expect(named(`${JOBS}到2030年,城镇新增就业累计25万人,2027年新增5.5万人。\n`)).toEqual([
      ['城镇新增就业', 25, 'cumulative', 2030, 'urban_new_jobs'],
      ['城镇新增就业', 5.5, 'increment', 2027, 'urban_new_jobs'],
    ]);
  });
  it('reads a year’s share reached after 其中 (实现, or a year and a value alone) as the total’s, and the list’s later years', () => {
    // It gave no record.
    expect(named(`${JOBS}到2030年,城镇新增就业累计25万人,其中2027年实现5万人、2028年实现5.2万人。\n`)).toEqual([
      ['城镇新增就业', 25, 'cumulative', 2030, 'urban_new_jobs'],
      ['城镇新增就业', 5, 'increment', 2027, 'urban_new_jobs'],
      ['城镇新增就业', 5.2, 'increment', 2028, 'urban_new_jobs'],
    ]);
  });
  it('leaves 全年 out of a year’s work', () => {
    const text = '某县2027年民生实事项目\n2027年全年新增城镇就业5000人,全年改造农村公路80公里。\n';
    // They were named 全年新增城镇就业 (no indicator) and 全年改造农村公路.
    expect(named(text)).toEqual([
      ['新增城镇就业', 5000, 'increment', 2027, 'urban_new_jobs'],
      ['改造农村公路', 80, 'increment', 2027, null],
    ]);
  });
});

describe('a page laid out in two columns, extracted line by line', () => {
  const TITLE = '某区“十五五”公共服务规划\n';
  const read = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.target.op, t.target.year, t.quote]);
  it('joins a column’s sentence over its lines, each column on its own, and quotes the column alone', () => {
    const text = `${TITLE}到2030年，全区每千人口拥有3岁以下婴幼    健康服务方面，每万人口全科医生数
儿托位数达到5个，普惠托位占比不低于      达到4.5人，孕产妇死亡率控制在
60%。                                    10/10万以下。
`;
    // Only 5个 and 4.5人 were read, named 儿托位数 and 达到 (each sentence was cut at its line's end).
    expect(read(text)).toEqual([
      ['每千人口拥有3岁以下婴幼儿托位数', 5, '个', '=', 2030, '每千人口拥有3岁以下婴幼儿托位数达到5个'],
      ['每万人口全科医生数', 4.5, '人', '=', 2030, '每万人口全科医生数达到4.5人'],
      ['普惠托位占比', 60, '%', '>=', 2030, '普惠托位占比不低于60%'],
      ['孕产妇死亡率', 10, '/10万', '<=', 2030, '孕产妇死亡率控制在10/10万以下'],
    ]);
  });
  it('keeps a short half-line (a heading) apart from the next, and reads no block in a line with a value after wide spacing', () => {
    const text = `${TITLE}（一）托育服务                       （二）养老服务
到2030年，普惠托位占比达到65%，新    到2030年，养老机构护理型床位占比
建托育机构12所。                     达到70%。
到2030年，城镇调查失业率控制在    5.5%以内。
`;
    // Records come in the order they start: 新建托育机构 on the second line's left half.
    expect(read(text).map((r) => [r[0], r[1]])).toEqual([
      ['普惠托位占比', 65],
      ['新建托育机构', 12],
      ['养老机构护理型床位占比', 70],
      ['城镇调查失业率', 5.5],
    ]);
  });
});
