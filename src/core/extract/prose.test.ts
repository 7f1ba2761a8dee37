import { describe, expect, it } from 'vitest';
import type { Draft } from './draft';
import { extractText } from './extract';
import { readProse, type ProseOptions } from './prose';
import { sectionIndex } from './sections';
import type { DocumentKind } from '../types';

function read(text: string, kind: DocumentKind = 'five_year_plan', period = { start: 2026, end: 2030 }): Draft[] {
  const opts: ProseOptions = { period, kind, skip: [], damage: [], sections: sectionIndex(text) };
  return readProse(text, opts);
}

const quote = (text: string, d: Draft | undefined) => (d ? text.slice(d.span.start, d.span.end) : '');

describe('readProse: a change by an amount is no level', () => {
  it.each([
    ['到2030年,人均预期寿命提高1岁左右。', '人均预期寿命提高', 1, '岁'],
    ['劳动年龄人口平均受教育年限再提高0.6年。', '劳动年龄人口平均受教育年限再提高', 0.6, '年'],
    ['基本养老保险参保率提高5个百分点。', '基本养老保险参保率提高', 5, '个百分点'],
    // (A money standard's change, 城乡居民低保标准提高10%, is money and no target since session 16: prose-session16.test.ts.)
    ['社区养老服务设施数量提高10%。', '社区养老服务设施数量提高', 10, '%'],
  ])('%s is an increment, named with its verb', (text, name, value, unit) => {
    const [d] = read(text);
    expect(d).toMatchObject({ name, unit, target: { value }, kind: 'increment' });
  });

  it('keeps a level reached (提高到) and a bare growth rate as they were', () => {
    expect(read('人均预期寿命提高到80岁。')[0]).toMatchObject({ name: '人均预期寿命', target: { value: 80 }, kind: 'level' });
    expect(read('居民人均可支配收入增长6%。')[0]?.kind).not.toBe('increment');
  });
});

describe('readProse: what a short clause leaves out', () => {
  it('names a bare place after the measure it shares (城市…覆盖率达到100%,农村达到80%)', () => {
    const text = '到2030年,城市社区养老服务设施覆盖率达到100%,农村达到80%。';
    const [city, rural] = read(text);
    expect(city).toMatchObject({ name: '城市社区养老服务设施覆盖率', target: { value: 100 } });
    expect(rural).toMatchObject({ name: '农村社区养老服务设施覆盖率', target: { value: 80 }, kind: 'level' });
    expect(quote(text, rural)).toBe('农村达到80%');
    // A measure named with no place of its own is marked with the place.
    expect(read('养老服务设施覆盖率达到100%,农村达到80%。')[1]?.name).toBe('养老服务设施覆盖率(农村)');
  });

  it('names a bare 惠及N人 by the work of the clause before it', () => {
    const text = '为80周岁以上老年人发放高龄津贴,惠及1.2万人。';
    const [d] = read(text, 'annual_programme', { start: 2026, end: 2026 });
    // 为X发放Y is work for people, named as 为N名X提供Y is: who and the service, 为, the verb and 惠及 left out.
    expect(d).toMatchObject({ name: '80周岁以上老年人高龄津贴', target: { value: 1.2 }, unit: '万人' });
    expect(quote(text, d)).toBe('为80周岁以上老年人发放高龄津贴,惠及1.2万人');
    // Work that is for no one named keeps its verb and 惠及.
    expect(read('开展送戏下乡活动,惠及5万人。', 'annual_programme', { start: 2026, end: 2026 }).map((t) => t.name)).toEqual(['开展送戏下乡活动惠及']);
    // A clause with a figure of its own is another target, not the name of this one.
    expect(read('新建幸福院5个,惠及3000人。').map((t) => t.name)).not.toContain('新建幸福院5个惠及');
  });

  it('names those a counted work reaches by that work (新建幸福院5个,惠及3000人), apart from its count', () => {
    const text = '新建城乡社区幸福院5个,惠及3000人;新建社区食堂三十个,惠及老年人2万人。';
    const ds = read(text, 'annual_programme', { start: 2026, end: 2026 });
    expect(ds.map((d) => [d.name, d.target.value, d.unit, quote(text, d)])).toEqual([
      ['新建城乡社区幸福院', 5, '个', '新建城乡社区幸福院5个'],
      ['新建城乡社区幸福院惠及', 3000, '人', '惠及3000人'],
      ['新建社区食堂', 30, '个', '新建社区食堂三十个'],
      ['新建社区食堂惠及老年人', 2, '万人', '惠及老年人2万人'],
    ]);
  });

  it('reads a sentence that only dates a further value as the measure just read', () => {
    const text = '到2028年,二级及以上综合医院设置老年医学科的比例达到60%以上;到2030年,达到80%以上。';
    const ds = read(text);
    expect(ds.map((d) => [d.name, d.target.value, d.target.year])).toEqual([
      ['二级及以上综合医院设置老年医学科的比例', 60, 2028],
      ['二级及以上综合医院设置老年医学科的比例', 80, 2030],
    ]);
    expect(quote(text, ds[1])).toBe('达到80%以上');
    // Not across paragraphs, nor for another unit.
    expect(read('养老床位达到2万张。\n到2030年,达到80%以上。')).toHaveLength(1);
    expect(read('养老床位达到2万张;到2030年,达到80%以上。')).toHaveLength(1);
  });

  it('makes every value after a 力争到YYYY年 frame aspirational', () => {
    const [d] = read('力争到2030年,全市人均预期寿命达到81.5岁。');
    expect(d).toMatchObject({ name: '人均预期寿命', target: { value: 81.5, year: 2030 }, aspirational: true, stretch: null });
    expect(read('到2030年,全市人均预期寿命达到81.5岁。')[0]?.aspirational).toBe(false);
  });

  it('reads a work verb alone as the work just named, year by year', () => {
    const ds = read('2025年新增普惠托位1000个,2026年新增1200个,2027年新增1500个。', 'action_plan', { start: 2025, end: 2027 });
    expect(ds.map((d) => [d.name, d.target.value, d.target.year, d.kind])).toEqual([
      ['新增普惠托位', 1000, 2025, 'increment'],
      ['新增普惠托位', 1200, 2026, 'increment'],
      ['新增普惠托位', 1500, 2027, 'increment'],
    ]);
    // Another unit is other work.
    expect(read('新增普惠托位1000个,新增1200人。').map((d) => d.name)).toEqual(['新增普惠托位', '新增']);
  });

  it('gives the later items of a 分别 list the per-capita head and the verb of the first', () => {
    const ds = read('每千人口执业(助理)医师数、注册护士数分别达到3.6人、4.2人。孕产妇死亡率、婴儿死亡率分别控制在9/10万、4‰。');
    expect(ds.map((d) => [d.name, d.target.value, d.target.op])).toEqual([
      ['每千人口执业(助理)医师数', 3.6, '='],
      ['每千人口注册护士数', 4.2, '='],
      ['孕产妇死亡率', 9, '<='],
      ['婴儿死亡率', 4, '<='],
    ]);
    // A value's own comparator stays its own.
    expect(read('参保率和覆盖率分别达到90%、95%以上。').map((d) => d.target.op)).toEqual(['=', '>=']);
  });

  it('names a bare 覆盖率 after a count by what was counted', () => {
    const ds = read('推动每个乡镇(街道)建有1个儿童之家,覆盖率达到100%。');
    expect(ds.map((d) => d.name)).toEqual(['儿童之家', '儿童之家覆盖率']);
    // After a rate, a bare 覆盖率 borrows nothing.
    expect(read('参保率达到95%,覆盖率达到100%。')[1]?.name).toBe('覆盖率');
  });

  it('reads 力争每年降低N个百分点 as a yearly change, with 力争 out of the name', () => {
    const [d] = read('儿童青少年总体近视率力争每年降低0.5个百分点以上。');
    expect(d).toMatchObject({ name: '儿童青少年总体近视率每年降低', kind: 'annual_growth', aspirational: true, target: { value: 0.5, op: '>=' } });
  });

  it('reads a 其中 part of a flow as a flow of the same period', () => {
    const [all, part] = read('全市新增普惠托位6000个,其中公办托位不少于2000个。');
    expect(all).toMatchObject({ name: '新增普惠托位', kind: 'increment' });
    expect(part).toMatchObject({ name: '公办托位', target: { value: 2000, op: '>=' }, kind: 'increment' });
    // The whole in 万 and the part in units count the same things.
    expect(read('新增学位1.2万个,其中小学学位8000个。').map((d) => [d.name, d.unit, d.kind])).toEqual([
      ['新增学位', '万个', 'increment'],
      ['小学学位', '个', 'increment'],
    ]);
  });
});

describe('readProse: levels with a predicate', () => {
  it('reads 到YYYY年…达到X%以上 as a floor for that year', () => {
    const text = '到2028年,全县儿童保健管理率达到92%以上。';
    const [d] = read(text);
    expect(d).toMatchObject({ name: '儿童保健管理率', unit: '%', target: { value: 92, year: 2028, op: '>=' }, kind: 'level' });
    expect(quote(text, d)).toBe('儿童保健管理率达到92%以上');
  });

  it('uses the plan end year when the sentence names none', () => {
    const [d] = read('城乡居民体质达标率稳定在93%左右。');
    expect(d?.target).toMatchObject({ value: 93, year: 2030, op: '~' });
  });

  it('reads 超过 as strictly greater and 控制在…以内 as a ceiling', () => {
    const ds = read('森林覆盖率超过40%,失业率控制在5%以内。');
    expect(ds.map((d) => [d.name, d.target.op])).toEqual([
      ['森林覆盖率', '>'],
      ['失业率', '<='],
    ]);
  });

  it('keeps the qualifier before a name ("3岁以下") inside the name instead of reading it as a value', () => {
    const [d, ...rest] = read('每千人口3岁以下婴幼儿托位数提高到6个。');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ name: '每千人口3岁以下婴幼儿托位数', target: { value: 6 } });
  });
});

describe('readProse: stretch, aspiration and lists', () => {
  it('reads a 力争 value after a floor as the stretch of one target', () => {
    const text = '社区托育覆盖率达到60%,力争达到70%。';
    const ds = read(text);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ target: { value: 60 }, stretch: 70, aspirational: false });
    expect(quote(text, ds[0])).toBe('社区托育覆盖率达到60%,力争达到70%');
  });

  it('marks a value introduced only by 力争 as aspirational', () => {
    const [d] = read('力争乡镇养老服务中心覆盖率达到80%以上。');
    expect(d).toMatchObject({ aspirational: true, stretch: null, target: { value: 80, op: '>=' } });
  });

  it('pairs the names and values of a 分别 list', () => {
    const ds = read('生育保险、长期护理保险参保人数分别达到12万人、8万人。');
    expect(ds.map((d) => [d.name, d.target.value, d.unit])).toEqual([
      ['生育保险参保人数', 12, '万人'],
      ['长期护理保险参保人数', 8, '万人'],
    ]);
  });

  it('gives each subject of a shared predicate its own target', () => {
    const ds = read('城镇职工养老保险和城乡居民养老保险参保率保持在96%以上。');
    expect(ds.map((d) => d.name)).toEqual(['城镇职工养老保险参保率', '城乡居民养老保险参保率']);
    expect(ds.every((d) => d.target.value === 96 && d.target.op === '>=')).toBe(true);
  });

  it('does not split a single indicator whose name holds a list', () => {
    const ds = read('低保、特困人员救助政策知晓率达到90%。');
    expect(ds).toHaveLength(1);
  });
});

describe('readProse: quotas of annual programmes', () => {
  it('keeps a ratio to the population a level in a programme (每千人口…, 人均…), the works beside it increments', () => {
    const ds = read('新增普惠托位2000个,每千人口拥有3岁以下婴幼儿托位数达到4个,人均体育场地面积达到2.6平方米。', 'annual_programme', { start: 2026, end: 2026 });
    expect(ds.map((d) => [d.name, d.kind])).toEqual([
      ['新增普惠托位', 'increment'],
      ['每千人口拥有3岁以下婴幼儿托位数', 'level'],
      ['人均体育场地面积', 'level'],
    ]);
  });

  it('reads each quota of a list of works as an increment', () => {
    const ds = read('新建社区食堂12个,改造老年活动室30处,培训护理员500人次。', 'annual_programme', { start: 2027, end: 2027 });
    expect(ds.map((d) => [d.name, d.target.value, d.unit, d.kind, d.target.year])).toEqual([
      ['新建社区食堂', 12, '个', 'increment', 2027],
      ['改造老年活动室', 30, '处', 'increment', 2027],
      ['培训护理员', 500, '人次', 'increment', 2027],
    ]);
  });

  it('reads a number written before its noun and a shared verb in a list', () => {
    const ds = read('新改扩建6所小学和3所初中。');
    expect(ds.map((d) => [d.name, d.target.value])).toEqual([
      ['新改扩建小学', 6],
      ['新改扩建初中', 3],
    ]);
  });

  it('reads a range as lower bound with the upper bound and a per-unit standard', () => {
    const [d] = read('每个街道建成2~3个嵌入式托育点。');
    expect(d).toMatchObject({ target: { value: 2, value_max: 3, text: '2~3', op: '>=' }, per: '每个街道', kind: 'level' });
  });

  it('reads a yearly frequency with 至少', () => {
    const [d] = read('每年至少组织1次应急演练。');
    expect(d).toMatchObject({ per: '每年', target: { value: 1, op: '>=' }, kind: 'increment' });
  });

  it('reads a small Chinese numeral after a building verb', () => {
    const [d] = read('每个县建成一所特殊教育学校。');
    expect(d).toMatchObject({ target: { value: 1 }, unit: '所', per: '每个县' });
  });
});

describe('readProse: what is not a target', () => {
  it('skips achievements of the past period', () => {
    expect(read('2020年,全市养老床位达到1.2万张,比2015年增长了30%。')).toHaveLength(0);
  });

  it('skips everything under a heading that reviews the past', () => {
    const text = ['第一节 发展基础', '建成托育机构25家,入园率达到88%。', '第二节 主要目标', '入园率达到92%。'].join('\n');
    expect(read(text).map((d) => d.target.value)).toEqual([92]);
  });

  it('reads a from-to sentence as a baseline and a target', () => {
    const [d, ...rest] = read('学前教育毛入园率由2025年的88%提高到2030年的93%。');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ baseline: { value: 88, year: 2025 }, target: { value: 93, year: 2030 } });
  });

  it('skips money standards, numbers in quotation marks and scope thresholds', () => {
    expect(read('对示范机构给予每家3万元奖励,补助标准为每人每年600元/人。')).toHaveLength(0);
    expect(read('打造“十大名医”品牌和“一刻钟”服务圈。')).toHaveLength(0);
    expect(read('服务对象在50人以上的站点全部达标。')).toHaveLength(0);
  });

  it('skips dates and ordinals', () => {
    expect(read('第3次会议于2026年5月召开。')).toHaveLength(0);
  });

  it('reads a news report only where it announces what will be done', () => {
    const text = '去年新区建成驿站20个。今年将新建驿站15个。';
    expect(read(text, 'news_report').map((d) => d.target.value)).toEqual([15]);
  });
});

describe('readProse: wording seen in plans of other regions', () => {
  it('keeps a 万 or 亿 scale with any unit and reads 余 as more than', () => {
    const ds = read('到2030年,社区托位总数达到2.4万个,惠及6万余户。');
    expect(ds.map((d) => [d.target.value, d.unit, d.target.op])).toEqual([
      [2.4, '万个', '='],
      [6, '万户', '>'],
    ]);
  });

  it('reads 从X增长到Y as a baseline and a target with the subject before 从', () => {
    const [d, ...rest] = read('全省养老床位从12万张增长到15万张。');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ name: '养老床位', baseline: { value: 12 }, target: { value: 15 }, unit: '万张' });
  });

  it('carries a 到YYYY年 frame to the later sentences of its paragraph, not to the next paragraph', () => {
    const text = '到2027年,社区食堂覆盖率达到60%。同时,老年助浴点达到20个。\n老年大学学员达到5000人。';
    expect(read(text).map((d) => d.target.year)).toEqual([2027, 2027, 2030]);
  });

  it('drops list numbering and bullets from names', () => {
    const ds = read('3.新增社区书屋12个\n▶改造口袋公园6个', 'annual_programme', { start: 2027, end: 2027 });
    expect(ds.map((d) => d.name)).toEqual(['新增社区书屋', '改造口袋公园']);
  });

  it('names each area of a 分别 list after the subject', () => {
    const ds = read('普惠托位分别达到城区3000个、乡镇1200个。');
    expect(ds.map((d) => [d.name, d.target.value])).toEqual([
      ['普惠托位(城区)', 3000],
      ['普惠托位(乡镇)', 1200],
    ]);
  });

  it('shares a per-capita head across the items of a list', () => {
    const ds = read('到2030年,每千人口拥有执业医师3.5人、注册护士4.2人。');
    expect(ds.map((d) => d.name)).toEqual(['每千人口拥有执业医师', '每千人口拥有注册护士']);
  });

  it('does not read counts of actors, of the programme itself or of people in the news as targets', () => {
    expect(read('该方案由市发展改革委等12个部门联合印发。')).toHaveLength(0);
    expect(read('今年全市将办好12件重点民生实事。', 'annual_programme', { start: 2027, end: 2027 })).toHaveLength(0);
    expect(read('300名代表参加了投票。', 'annual_programme', { start: 2027, end: 2027 })).toHaveLength(0);
    expect(read('3月2日,出席会议的180名代表审议了项目清单。', 'annual_programme', { start: 2027, end: 2027 })).toHaveLength(0);
  });

  it('reads the goals a news report lists after it has named them', () => {
    const text = '新华社电 规划明确了主要指标。\n在老有所养方面,护理型床位占比达60%。';
    expect(read(text, 'news_report').map((d) => d.target.value)).toEqual([60]);
  });

  it('counts every quota of an annual programme as an increment, whatever the verb', () => {
    const [d] = read('推出公益演出150场。', 'annual_programme', { start: 2027, end: 2027 });
    expect(d?.kind).toBe('increment');
  });

  it('keeps a catalog indicator whose own name joins two items as one target', () => {
    expect(read('困难残疾人生活补贴和重度残疾人护理补贴覆盖率达到100%。')).toHaveLength(1);
  });

  it('skips a completion report of the past year', () => {
    expect(read('去年的为民办实事项目已全面完成,整体完成率105%。', 'other', { start: 2026, end: 2026 })).toHaveLength(0);
  });
});


describe('readProse: a subject or a measure the later clause leaves out', () => {
  it('keeps the subject of a share for the next share that opens with the same verb', () => {
    const text = '到2030年,二级及以上公立综合医院设置老年医学科的比例达到60%,设置康复医学科的比例达到50%。';
    const [, second] = read(text);
    expect(second).toMatchObject({ name: '二级及以上公立综合医院设置康复医学科的比例', target: { value: 50 } });
    expect(quote(text, second)).toBe('设置康复医学科的比例达到50%');
  });

  it('gives a subject alone the measure of the share before it', () => {
    const ds = read('三级医院开设互联网诊疗服务的比例达到90%,县级医院达到70%;乡镇卫生院达到服务能力标准的比例达到80%,社区卫生服务中心达到90%。');
    expect(ds.map((d) => d.name)).toEqual([
      '三级医院开设互联网诊疗服务的比例',
      '县级医院开设互联网诊疗服务的比例',
      '乡镇卫生院达到服务能力标准的比例',
      '社区卫生服务中心达到服务能力标准的比例',
    ]);
  });

  it('leaves names with a subject of their own as they are', () => {
    const ds = read('家庭医生签约服务覆盖率达到80%,重点人群签约服务覆盖率达到90%;城乡居民基本养老保险参保率达到95%,开展家庭医生签约服务的比例达到60%。');
    expect(ds.map((d) => d.name)).toEqual(['家庭医生签约服务覆盖率', '重点人群签约服务覆盖率', '城乡居民基本养老保险参保率', '开展家庭医生签约服务的比例']);
  });
});

describe('readProse: 去年 in a news report', () => {
  it('dates a figure of 去年 the year before the dateline that opens its sentence, and leaves 去年 out of the name', () => {
    const text = '本报讯(记者 王芳)2026年3月2日,记者从市卫健委获悉,去年全市新增普惠托位二千三百个。今年计划新增普惠托位三千个。';
    const r = extractText(text);
    expect(r.achieved.map((d) => [d.name, d.value, d.year])).toEqual([['新增普惠托位', 2300, 2025]]);
  });
});

describe('readProse: Chinese numerals', () => {
  it('reads multi-character numerals, numerals after the noun and percentages as the text writes them', () => {
    const text = '新建幼儿园两所,新增学位一千二百个。为一百二十万人提供免费健康体检。到2030年,普惠托位占比达到百分之六十以上,参保率稳定在百分之九十七。';
    const ds = read(text, 'annual_programme', { start: 2026, end: 2026 });
    expect(ds.map((d) => [d.name, d.target.value, d.unit, d.target.op, quote(text, d)])).toEqual([
      ['新建幼儿园', 2, '所', '=', '新建幼儿园两所'],
      ['新增学位', 1200, '个', '=', '新增学位一千二百个'],
      ['提供免费健康体检', 120, '万人', '=', '为一百二十万人提供免费健康体检'],
      ['普惠托位占比', 60, '%', '>=', '普惠托位占比达到百分之六十以上'],
      ['参保率', 97, '%', '=', '参保率稳定在百分之九十七'],
    ]);
  });

  it('reads a scaled or percentage numeral of one character (十万人次, 百分之百) as plainly as a longer one', () => {
    const ds = read('到2030年,服务群众不少于十万人次,社会救助对象动态管理率保持在百分之百。');
    expect(ds.map((d) => [d.target.value, d.unit])).toEqual([[10, '万人次'], [100, '%']]);
  });

  it('dates values by a year written digit by digit (二〇二八年) and never reads it as a value', () => {
    const text = '二〇二八年,社会救助对象动态管理率保持在百分之百。截至二〇二五年底,养老床位达到一万二千张。';
    const ds = read(text);
    expect(ds.map((d) => [d.name, d.target.value, d.target.year, quote(text, d)])).toEqual([
      ['社会救助对象动态管理率', 100, 2028, '社会救助对象动态管理率保持在百分之百'],
    ]);
    const opts: ProseOptions = { period: { start: 2026, end: 2030 }, kind: 'five_year_plan', skip: [], damage: [], sections: sectionIndex(text), mode: 'achieved' };
    expect(readProse(text, opts).map((d) => [d.name, d.target.value, d.unit, d.target.year])).toEqual([['养老床位', 12000, '张', 2025]]);
  });

  it('reads a lone numeral after a comparison word (至少一个) or a change of a rate (提高五个百分点)', () => {
    const ds = read('到2030年,每个街道至少建成综合养老服务中心一个,托育服务覆盖率提高五个百分点。');
    expect(ds.map((d) => [d.target.value, d.unit, d.kind])).toEqual([[1, '个', 'level'], [5, '个百分点', 'increment']]);
    expect(read('每个街道至少一个综合养老服务中心。').map((d) => [d.target.value, d.target.op])).toEqual([[1, '>=']]);
    const ages = read('人均预期寿命提高一岁,劳动年龄人口平均受教育年限提高一年,实施十五年免费教育,未来五年新增学位一万个。');
    expect(ages.map((d) => [d.name, d.target.value, d.unit, d.kind])).toEqual([
      ['人均预期寿命提高', 1, '岁', 'increment'],
      ['劳动年龄人口平均受教育年限提高', 1, '年', 'increment'],
      ['新增学位', 1, '万个', 'cumulative'],
    ]);
    const rates = read('婴儿和孕产妇死亡率分别控制在千分之五、十万分之十以下。');
    expect(rates.map((d) => [d.name, d.target.value, d.unit, d.target.op])).toEqual([
      ['婴儿死亡率', 5, '‰', '<='],
      ['孕产妇死亡率', 10, '/10万', '<='],
    ]);
  });

  it('leaves a lone numeral that is a word\'s part alone', () => {
    expect(read('实施“一老一小”关爱行动,推进“十五五”规划,开展一人一档管理。')).toEqual([]);
    // A count that only qualifies (两所以上的县) is no value, the rate after it is.
    expect(read('新建幼儿园两所以上的县比例达到百分之九十。').map((d) => d.target.value)).toEqual([90]);
  });
});

describe('readProse: a plan named in straight quotes', () => {
  it('reads "十四五" as “十四五”: a change against its end is no target of its own, and the name is what changes', () => {
    const text = '力争每千人口拥有托位数达到4.5个,较"十四五"末提高2个百分点以上的地区给予奖励。养老床位比"十四五"末增加5000张。';
    const ds = read(text);
    expect(ds.map((d) => [d.name, d.target.value, d.unit, d.kind])).toEqual([
      ['每千人口拥有托位数', 4.5, '个', 'level'],
      ['养老床位', 5000, '张', 'increment'],
    ]);
    expect(quote(text, ds[1])).toBe('养老床位比"十四五"末增加5000张');
  });
});

describe('readProse: what each place is to have (每个街道至少1个)', () => {
  it('names a per-place quota by what is counted, not by its verb or the place', () => {
    const text = '到2030年,每个街道至少建有1个综合为老服务中心,每个乡镇(街道)建成1所区域养老服务中心。';
    const ds = read(text);
    expect(ds.map((d) => [d.name, d.per, d.target.op, d.target.value, d.unit, d.kind])).toEqual([
      ['综合为老服务中心', '每个街道', '>=', 1, '个', 'level'],
      ['区域养老服务中心', '每个乡镇(街道)', '=', 1, '所', 'level'],
    ]);
    // The verb stays in the quote, where the researcher reads it.
    expect(ds.map((d) => text.slice(d.span.start, d.span.end))).toEqual(['建有1个综合为老服务中心', '建成1所区域养老服务中心']);
  });

  it('knows the place by the count after it when no verb stands between (每个社区至少1个老年助餐点)', () => {
    const [d] = read('每个社区至少1个老年助餐点。');
    expect(d).toMatchObject({ name: '老年助餐点', per: '每个社区', target: { op: '>=', value: 1 }, kind: 'level' });
  });

  it('names a quota with no noun by what the sentence just counted, never by the place', () => {
    const ds = read('新建街道综合养老服务中心十五个,每个街道至少一个。');
    expect(ds.map((d) => [d.name, d.per, d.target.op, d.target.value, d.kind])).toEqual([
      ['新建街道综合养老服务中心', null, '=', 15, 'increment'],
      ['街道综合养老服务中心', '每个街道', '>=', 1, 'level'],
    ]);
  });

  it('names a quota with no noun in a sentence of its own by the last count of its paragraph in the same unit', () => {
    const ds = read('每个县区建设1个以上残疾人托养机构。每个街道至少2个。');
    expect(ds.map((d) => [d.name, d.per, d.target.op, d.target.value])).toEqual([
      ['残疾人托养机构', '每个县区', '>=', 1],
      ['残疾人托养机构', '每个街道', '>=', 2],
    ]);
  });

  it('finds a place after a frequency that names none (每年每个村至少1个…)', () => {
    expect(read('每年每个村至少1个文化活动。')[0]).toMatchObject({ name: '文化活动', per: '每个村', target: { value: 1, op: '>=' } });
  });

  it('names a facility by its noun, not by what it is for (以…为主的)', () => {
    const [d] = read('每个县(市、区)至少建有1所以失能、部分失能特困人员专业照护为主的县级供养服务设施(敬老院)。');
    expect(d).toMatchObject({ name: '县级供养服务设施(敬老院)', per: '每个县(市、区)', target: { value: 1, op: '>=' } });
  });

  it('keeps a yearly change and a yearly frequency as they were', () => {
    expect(read('儿童青少年总体近视率每年降低0.5个百分点。')[0]).toMatchObject({ name: '儿童青少年总体近视率每年降低', per: null });
    expect(read('每年至少组织1次应急演练。')[0]).toMatchObject({ name: '组织应急演练', per: '每年', kind: 'increment' });
  });
});

describe('readProse: a share of units that meet a count', () => {
  it('reads the share, with the count kept in its name, not the count as the target', () => {
    const ds = read('到2030年,办好2所以上学校的县比例达到80%,有3个以上养老机构的乡镇占比不低于60%。');
    expect(ds.map((d) => [d.name, d.target.op, d.target.value, d.unit])).toEqual([
      ['办好2所以上学校的县比例', '=', 80, '%'],
      ['有3个以上养老机构的乡镇占比', '>=', 60, '%'],
    ]);
  });
});

describe('readProse: families found by the probes of other kinds of plan', () => {
  it('gives the items of a list that end alike the rest of the last item (职工医保和居民医保…比例)', () => {
    const ds = read('到2030年,职工医保和居民医保政策范围内住院费用基金支付比例分别达到85%和70%。');
    expect(ds.map((d) => [d.name, d.target.value])).toEqual([
      ['职工医保政策范围内住院费用基金支付比例', 85],
      ['居民医保政策范围内住院费用基金支付比例', 70],
    ]);
  });

  it('reads 为N户…开展/实施 work as work done, named by who and the work', () => {
    const ds = read('为3000户特殊困难老年人家庭开展适老化改造,为1500户困难老年人家庭实施适老化改造。');
    expect(ds.map((d) => [d.name, d.target.value, d.unit, d.kind])).toEqual([
      ['特殊困难老年人家庭适老化改造', 3000, '户', 'increment'],
      ['困难老年人家庭适老化改造', 1500, '户', 'increment'],
    ]);
  });

  it('leaves the place out of a count of people served (为辖区/为全市…), as 为 alone', () => {
    const ds = read('为辖区1.2万名困难群众提供临时救助,为全市5000名失能老年人免费提供居家护理服务。');
    expect(ds.map((d) => [d.name, d.target.value, d.unit, d.kind])).toEqual([
      ['困难群众临时救助', 1.2, '万名', 'increment'],
      ['失能老年人居家护理服务', 5000, '名', 'increment'],
    ]);
    expect(read('1.为4000名老年人提供家庭照护床位服务。')[0]?.name).toBe('老年人家庭照护床位服务');
  });

  it('reads 每年为N名…提供 as a yearly count of people served, and keeps a verb that says what the work is', () => {
    const ds = read('每年为不少于300名残疾人提供职业技能培训,为5000名残疾人适配辅助器具。');
    expect(ds.map((d) => [d.name, d.per, d.target.op, d.target.value, d.kind])).toEqual([
      ['残疾人职业技能培训', '每年', '>=', 300, 'increment'],
      ['残疾人适配辅助器具', null, '=', 5000, 'increment'],
    ]);
  });

  it('reads 年均 before a count as a yearly count, and before a rate as growth', () => {
    const ds = read('年均新增养老床位500张,年均培训养老护理员1000人次,养老服务床位数年均增长3%左右。');
    expect(ds.map((d) => [d.name, d.per, d.target.value, d.unit, d.kind])).toEqual([
      ['新增养老床位', '每年', 500, '张', 'increment'],
      ['培训养老护理员', '每年', 1000, '人次', 'increment'],
      ['养老服务床位数年均增长', null, 3, '%', 'annual_growth'],
    ]);
  });

  it('reads 每年培训… as a yearly frequency, 每年 out of the name', () => {
    const [d] = read('每年培训养老护理员不少于1000人次。');
    expect(d).toMatchObject({ name: '培训养老护理员', per: '每年', kind: 'increment', target: { op: '>=', value: 1000 } });
  });

  it('names a total over the period without its span and 累计 (the kind says cumulative)', () => {
    const ds = read('“十五五”时期,累计城镇新增就业250万人以上,5年累计开展各类职业技能培训1.5万人次。');
    expect(ds.map((d) => [d.name, d.target.value, d.kind])).toEqual([
      ['城镇新增就业', 250, 'cumulative'],
      ['开展各类职业技能培训', 1.5, 'cumulative'],
    ]);
    // 累计 after the measure, and a span before the work (未来五年…), which also makes the work a total.
    const more = read('城镇新增就业五年累计250万人以上,未来五年新建改扩建中小学100所以上。');
    expect(more.map((d) => [d.name, d.target.value, d.kind])).toEqual([
      ['城镇新增就业', 250, 'cumulative'],
      ['新建改扩建中小学', 100, 'cumulative'],
    ]);
  });
});
