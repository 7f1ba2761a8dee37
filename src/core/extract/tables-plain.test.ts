import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const rows = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.op, t.target.value, t.unit, t.baseline?.value ?? null]);

// A Word table saved as plain text: one cell per line, a blank line between cells, group rows
// (一、…) followed by their empty cells, values that carry their own unit or comparator.
const blankSeparated = [
  '某市“十四五”公共服务规划', '', '表1 主要指标', '',
  '序号', '', '指标', '', '单位', '', '2020年', '', '2025年', '', '属性', '',
  '一、幼有所育', '', '', '', '', '', '', '', '', '',
  '1', '', '每千人口拥有3岁以下婴幼儿托位数', '', '个', '', '1.8', '', '4.5', '', '预期性', '',
  '二、学有所教', '', '', '', '', '',
  '2', '', '劳动年龄人口平均受教育年限', '', '', '', '11.5', '', '12.3年以上', '', '预期性', '',
  '3', '', '九年义务教育巩固率', '', '%', '', '98', '', '99%以上', '', '约束性', '',
  '三、病有所医', '',
  '4', '', '每千人口执业(助理)医师数', '', '人', '', '2.9', '', '3.3', '', '预期性', '',
  '', '第三章 主要任务', '',
  '到2025年,新增普惠托位3000个。',
].join('\n');

describe('plain-text tables', () => {
  it('reads a table whose cells are separated by blank lines, across group rows', () => {
    const doc = extractText(blankSeparated);
    const table = doc.targets.filter((t) => t.source === 'table');
    expect(table.map((t) => [t.name, t.target.op, t.target.value, t.unit, t.baseline?.value])).toEqual([
      ['每千人口拥有3岁以下婴幼儿托位数', '=', 4.5, '个', 1.8],
      ['劳动年龄人口平均受教育年限', '>=', 12.3, '年', 11.5],
      ['九年义务教育巩固率', '>=', 99, '%', 98],
      ['每千人口执业(助理)医师数', '=', 3.3, '人', 2.9],
    ]);
    // Group rows give the domain of the rows under them.
    expect(table.map((t) => t.domain)).toEqual(['childcare', 'education', 'education', 'health']);
    expect(table[2]?.binding).toBe('binding');
  });

  it('still reads the prose after the table', () => {
    const prose = extractText(blankSeparated).targets.filter((t) => t.source === 'prose');
    expect(prose.map((t) => [t.name, t.target.value])).toEqual([['新增普惠托位', 3000]]);
  });

  it('reads the same table in traditional characters', () => {
    const trad = blankSeparated.replace('每千人口拥有3岁以下婴幼儿托位数', '每千人口擁有3歲以下嬰幼兒托位數').replace('九年义务教育巩固率', '九年義務教育鞏固率');
    const first = extractText(trad).targets[0];
    expect(first).toMatchObject({ name: '每千人口拥有3岁以下婴幼儿托位数', indicator: 'childcare_places_per_1000', target: { value: 4.5 } });
  });

  it('reads 其中: sub-rows, with two values in one cell for two named parts', () => {
    const text = [
      '某区“十四五”养老服务发展规划',
      '| 指标 | 单位 | 2020年 | 2025年 | 属性 |',
      '|---|---|---|---|---|',
      '| 养老服务床位总数 | 万张 | 2.1 | 3.0 | 预期性 |',
      '| 其中:城市、农村 | 万张 | 1.2、0.9 | 1.8/1.2 | 预期性 |',
      '| 其中:护理型床位占比 | % | 40 | 55以上 | 约束性 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['养老服务床位总数', '=', 3, '万张', 2.1],
      ['养老服务床位总数(城市)', '=', 1.8, '万张', 1.2],
      ['养老服务床位总数(农村)', '=', 1.2, '万张', 0.9],
      ['护理型床位占比', '>=', 55, '%', 40],
    ]);
  });
});

describe('a Word table pasted as running text', () => {
  const spaced =
    '2025年民生实事项目表\n序号 项目名称 目标任务 牵头领导 责任单位 1 托育服务扩容 新增普惠托位1200个 王小明 市卫健委 2 老旧小区改造 改造老旧小区35个 李红 市住建局 3 就业帮扶 城镇新增就业1.2万人 张伟 市人社局';
  const expected = [
    ['新增普惠托位', '=', 1200, '个', null],
    ['改造老旧小区', '=', 35, '个', null],
    ['城镇新增就业', '=', 1.2, '万人', null],
  ];

  it('keeps header, project-name, leader and agency cells out of the names (cells spaced)', () => {
    expect(rows(spaced)).toEqual(expected);
  });

  it('does the same when the cells run together without spaces', () => {
    expect(rows(spaced.replace(/ /gu, ''))).toEqual(expected);
  });

  it('maps the tasks to catalog indicators once the cells are apart', () => {
    expect(extractText(spaced).targets.map((t) => t.indicator)).toEqual(['childcare_places_new', 'old_community_renovation', 'urban_new_jobs']);
  });

  it('keeps every later cell and table apart when a damaged run crosses a cell edge', () => {
    // A byte lost on each side of the first row's name/task edge: the damaged run starts inside the name cell's cut and
    // ends after it. The cuts after it (the agency cells, the next rows' numbers and names, the indicator table) were
    // passed over, so every name ran across its row and the table's row was read again as prose.
    const text = [
      '某市2025年民生实事项目',
      '',
      '序号项目名称目标任务牵头单位',
      '1托育服务扩容\uFFFD新增\uFFFD惠托位1200个市卫健委',
      '2老旧小区改造改造老旧小区35个市住建局',
      '3社区食堂建设新建社区食堂20家市民政局',
      '',
      '| 指标 | 2025年目标 |',
      '|---|---|',
      '| 新建公办幼儿园 | 10所 |',
      '',
      '到2025年,人均预期寿命达到80岁。',
    ].join('\n');
    expect(extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.source])).toEqual([
      ['惠托位', 1200, '个', 'prose'],
      ['改造老旧小区', 35, '个', 'prose'],
      ['新建社区食堂', 20, '家', 'prose'],
      ['新建公办幼儿园', 10, '所', 'table'],
      ['人均预期寿命', 80, '岁', 'prose'],
    ]);
  });

  // Saved with tabs between the cells, one row a line, and prose right under it after a single newline: the last
  // row's agency cell ran into its task's name (改造老旧小区李红 市住建局), its tail check meeting the prose's digits.
  const tabbed = [
    '某市2026年民生实事项目',
    '序号\t项目名称\t目标任务\t牵头领导\t责任单位',
    '1\t托育服务扩容\t新增普惠托位1200个\t王小明\t市卫健委',
    '2\t老旧小区改造\t改造老旧小区35个\t李红\t市住建局',
    '全市各项实事于2026年12月底前全部完成,新建社区食堂20家。',
  ].join('\n');

  it('cuts every cell but the task of a tab-separated table, prose following after a single newline', () => {
    expect(extractText(tabbed).targets.map((t) => [t.name, t.target.value, t.unit, t.quote])).toEqual([
      ['新增普惠托位', 1200, '个', '新增普惠托位1200个'],
      ['改造老旧小区', 35, '个', '改造老旧小区35个'],
      ['新建社区食堂', 20, '家', '新建社区食堂20家'],
    ]);
  });

  it('reads no target from a tab row whose cells do not line up with the header (a cell lost or split)', () => {
    const ragged = tabbed.replace('2\t老旧小区改造\t改造老旧小区35个\t李红\t市住建局', '2\t老旧小区改造\t改造老旧小区35个\t李红\t市住建局\t市财政局');
    expect(extractText(ragged).targets.map((t) => [t.name, t.target.value])).toEqual([
      ['新增普惠托位', 1200],
      ['新建社区食堂', 20],
    ]);
  });

  it('leaves prose that mentions 序号 alone', () => {
    expect(rows('2025年民生实事\n按序号排列如下。新增普惠托位500个。')).toEqual([['新增普惠托位', '=', 500, '个', null]]);
  });
});

describe('a table one cell per line under its caption', () => {
  it('reads the header under 专栏1 主要指标, not the caption as a header cell', () => {
    const text = ['某市“十五五”卫生健康规划', '专栏1 主要指标', '序号', '指标', '单位', '2025年', '2030年', '属性', '1', '人均预期寿命', '岁', '79.5', '80.5', '预期性', '2', '孕产妇死亡率', '/10万', '≤12', '≤10', '约束性'].join('\n');
    expect(rows(text)).toEqual([
      ['人均预期寿命', '=', 80.5, '岁', 79.5],
      ['孕产妇死亡率', '<=', 10, '/10万', 12],
    ]);
  });
});
