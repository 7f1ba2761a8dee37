// A part of a region's measure (其中农村…, a place or owner, a table's 其中: sub-row) is never mapped to the indicator
// of the whole: Compare charts an indicator as the region's total. Each test failed before parts were told apart.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const PLAN = '某市“十五五”养老服务体系规划\n';
const indicators = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.indicator]);

describe('a whole and its parts in one sentence', () => {
  it('maps the whole of 养老床位达到8000张,其中农村养老床位3000张 to the total and the rural part to none', () => {
    expect(indicators(`${PLAN}到2030年,全市养老床位达到8000张,其中农村养老床位3000张。`)).toEqual([
      ['养老床位', 8000, 'elderly_care_beds_total'],
      ['农村养老床位', 3000, null],
    ]);
  });

  it('maps the places of a 分别 list (…(城市)、…(农村)) and of one after the whole (其中农村达到…) to none', () => {
    expect(indicators(`${PLAN}到2030年,养老床位分别达到5000张(城市)、3000张(农村)。`)).toEqual([
      ['养老床位(城市)', 5000, null],
      ['养老床位(农村)', 3000, null],
    ]);
    expect(indicators(`${PLAN}到2030年,养老机构护理型床位占比达到60%,其中农村达到50%。`)).toEqual([
      ['养老机构护理型床位占比', 60, 'nursing_bed_ratio'],
      ['养老机构护理型床位占比(农村)', 50, null],
    ]);
  });

  it('maps a 其中 part whose own name is a catalog wording to none of its whole’s indicator', () => {
    // 养老机构护理型床位占比 is the catalog's name, but after 其中 it is the institutions' part of all nursing beds.
    expect(indicators(`${PLAN}到2030年,护理型床位占比达到60%,其中养老机构护理型床位占比达到65%。`)).toEqual([
      ['护理型床位占比', 60, 'nursing_bed_ratio'],
      ['养老机构护理型床位占比', 65, null],
    ]);
    expect(indicators(`${PLAN}到2030年,新增托位3000个,其中新增普惠托位2000个、新增公办托位1000个。`).map((r) => r[2])).toEqual([
      'childcare_places_new',
      null,
      null,
    ]);
  });

  it('keeps a year’s figure of a total (其中2026年…) the total’s measure, as it is no part of it', () => {
    const doc = extractText(`${PLAN}“十五五”期间,全市新增普惠托位累计6000个,其中2026年新增普惠托位1500个。`);
    expect(doc.targets.map((t) => [t.target.value, t.indicator])).toEqual([
      [6000, 'childcare_places_new'],
      [1500, 'childcare_places_new'],
    ]);
  });

  it('maps a table’s 其中: sub-rows, named or by place, to none of the main row’s indicator, its base year too', () => {
    const doc = extractText(
      `${PLAN}表1 主要指标\n| 指标 | 单位 | 2025年 | 2030年 |\n| --- | --- | --- | --- |\n| 养老服务床位总数 | 张 | 6000 | 8000 |\n` +
        '| 其中:养老机构床位 | 张 | 4000 | 5000 |\n| 其中:城市、农村 | 张 | 3000、3000 | 5000、3000 |\n',
    );
    const total = ['养老服务床位总数', 'elderly_care_beds_total'];
    expect(doc.targets.map((t) => [t.name, t.indicator])).toEqual([total, ['养老机构床位', null], ['养老服务床位总数(城市)', null], ['养老服务床位总数(农村)', null]]);
    expect(doc.achieved.map((a) => [a.name, a.indicator])).toEqual([total, ['养老机构床位', null], ['养老服务床位总数(城市)', null], ['养老服务床位总数(农村)', null]]);
  });
});
