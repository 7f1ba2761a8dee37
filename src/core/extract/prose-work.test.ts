// Families of the prose reader found by the 十五五 托育, 就业/社保, 民生实事, 全民健身, 公共文化, 住房保障 and Taiwan-style
// probes (tests/fixtures/probes/p18–p24): how often, how long and for whom a count of work is.
import { describe, expect, it } from 'vitest';
import type { Draft } from './draft';
import { readProse, type ProseOptions } from './prose';
import { sectionIndex } from './sections';
import type { DocumentKind } from '../types';

function read(text: string, kind: DocumentKind = 'five_year_plan', period = { start: 2026, end: 2030 }): Draft[] {
  const opts: ProseOptions = { period, kind, skip: [], damage: [], sections: sectionIndex(text) };
  return readProse(text, opts);
}
const row = (d: Draft) => [d.name, d.target.value, d.unit, d.kind, d.per];

describe('a frequency between what is counted and its value', () => {
  it('is the per of the count, not part of its name (失业人员再就业每年不少于15万人)', () => {
    expect(read('到2030年,失业人员再就业每年不少于15万人,发放住房租赁补贴每年不少于3000户。').map(row)).toEqual([
      ['失业人员再就业', 15, '万人', 'increment', '每年'],
      ['发放住房租赁补贴', 3000, '户', 'increment', '每年'],
    ]);
  });

  it('before work the per-unit reading does not know, is that work’s per (每年招聘中小学教师不少于300名)', () => {
    expect(read('到2030年,每年招聘中小学教师不少于300名。').map(row)).toEqual([['中小学教师', 300, '名', 'increment', '每年']]);
  });

  it('after a clause of work for people, counts that work (为全市0—3岁婴幼儿家庭提供…,每年不少于5万人次)', () => {
    expect(read('为全市0—3岁婴幼儿家庭提供科学育儿指导服务,每年不少于5万人次。').map(row)).toEqual([
      ['0—3岁婴幼儿家庭科学育儿指导服务', 5, '万人次', 'increment', '每年'],
    ]);
  });

  it('keeps a rate that grows each year a growth rate, 每年成长 (Taiwan) as 每年增长', () => {
    expect(read('至2029年,居家服务使用人数每年成长8%。').map((d) => [d.kind, d.target.value])).toEqual([['annual_growth', 8]]);
  });
});

describe('what a count over the plan period is', () => {
  it('reads “十五五”期间 as the whole period, as “十五五”时期 is: its counts are totals', () => {
    expect(read('“十五五”期间,累计培训残疾人2000人次,新增残疾人就业500人。').map((d) => [d.name, d.kind])).toEqual([
      ['培训残疾人', 'cumulative'],
      ['新增残疾人就业', 'cumulative'],
    ]);
  });

  it('carries a period that opens a ;-list to the later items of the list, not past its 。', () => {
    const kinds = (text: string) => read(text).map((d) => [d.name, d.target.value, d.kind]);
    expect(kinds('“十五五”期间新建幼儿园15所,新增学位4500个;新建中小学8所,新增学位1.2万个。新建体育公园3个。')).toEqual([
      ['新建幼儿园', 15, 'cumulative'],
      ['新增学位', 4500, 'cumulative'],
      ['新建中小学', 8, 'cumulative'],
      ['新增学位', 1.2, 'cumulative'],
      ['新建体育公园', 3, 'increment'],
    ]);
  });

  it('names a total by its work and then what it counts when 累计 stands between them (…安置住房累计建成2万套)', () => {
    expect(read('棚户区改造安置住房累计建成2万套。').map((d) => [d.name, d.kind])).toEqual([['建成棚户区改造安置住房', 'cumulative']]);
    // 累计 before a verb with its own object is left as the name reads.
    expect(read('城镇累计新增就业30万人。').map((d) => d.name)).toEqual(['城镇累计新增就业']);
  });

  it('reads 筹集 (raising housing) as work: a year’s count is an increment, and a bare 筹集 repeats what was raised', () => {
    expect(read('2026年筹集保障性租赁住房1.5万套(间),2027年筹集1.3万套(间)。').map((d) => [d.name, d.target.value, d.target.year, d.kind])).toEqual([
      ['筹集保障性租赁住房', 1.5, 2026, 'increment'],
      ['筹集保障性租赁住房', 1.3, 2027, 'increment'],
    ]);
  });
});

describe('those a work reaches', () => {
  it('names 惠及居民N户 by the work counted before it', () => {
    expect(read('改造城镇老旧小区22个,惠及居民3600户。', 'annual_programme', { start: 2026, end: 2026 }).map((d) => d.name)).toEqual([
      '改造城镇老旧小区',
      '改造城镇老旧小区惠及居民',
    ]);
  });

  it('names 覆盖N人 after a numbered 为X开展Y clause by who and the service', () => {
    expect(read('(一)为全县65岁以上老年人免费开展健康体检,覆盖4.2万人。', 'annual_programme', { start: 2026, end: 2026 }).map(row)).toEqual([
      ['65岁以上老年人健康体检', 4.2, '万人', 'increment', null],
    ]);
  });
});

describe('smaller families of the same probes', () => {
  it('reads 城乡X分别达到a和b as the urban and the rural X (the second value was lost)', () => {
    expect(read('到2030年,城乡社区综合服务设施覆盖率分别达到100%和90%。').map((d) => [d.name, d.target.value])).toEqual([
      ['城市社区综合服务设施覆盖率', 100],
      ['农村社区综合服务设施覆盖率', 90],
    ]);
    // One value: 城乡 stays, a measure of town and country together.
    expect(read('到2030年,城乡社区综合服务设施覆盖率达到100%。').map((d) => d.name)).toEqual(['城乡社区综合服务设施覆盖率']);
  });

  it('names an amount held against another by the share it is (失业保险金标准不低于最低工资标准的90%)', () => {
    expect(read('到2030年,失业保险金标准不低于最低工资标准的90%。').map((d) => [d.name, d.target.value, d.target.op, d.unit])).toEqual([
      ['失业保险金标准占最低工资标准的比例', 90, '>=', '%'],
    ]);
  });

  it('reads 项次 as a unit of events, and 放映 as work done', () => {
    expect(read('每年举办全民健身赛事活动不少于50项次,放映公益电影2400场以上。').map(row)).toEqual([
      ['举办全民健身赛事活动', 50, '项次', 'increment', '每年'],
      ['放映公益电影', 2400, '场', 'increment', null],
    ]);
  });

  it('reads Hong Kong wording: 我们(亦)会 as 我们将, 最少 out of the per, 缩短至 as a level, 个月 as a unit', () => {
    expect(read('未来五年,我们会额外提供约3000个资助安老宿位。').map((d) => [d.name, d.target.op, d.kind])).toEqual([['新增资助安老宿位', '~', 'cumulative']]);
    expect(read('我们亦会为200名护老者提供培训。').map(row)).toEqual([['护老者培训', 200, '名', 'increment', null]]);
    expect(read('在2028年或之前,每个地区最少设立一间长者地区中心。').map((d) => [d.name, d.target.value, d.target.op, d.per])).toEqual([
      ['长者地区中心', 1, '>=', '每个地区'],
    ]);
    expect(read('到2030年,长者日间护理中心的轮候时间缩短至6个月以内。').map(row)).toEqual([['长者日间护理中心的轮候时间', 6, '个月', 'level', null]]);
  });

  it('leaves 本县/本区 out of a name as 本市 is, but not 本区域', () => {
    expect(read('至2029年,本县长照服务涵盖率提升至85%以上。').map((d) => d.name)).toEqual(['长照服务涵盖率']);
    expect(read('到2030年,本区域内就诊率达到90%。').map((d) => d.name)).toEqual(['本区域内就诊率']);
  });
});
