import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const PLAN = '某市“十四五”公共服务规划\n';
const names = (body: string) => extractText(PLAN + body).targets.map((t) => t.name);

describe('names keep their qualifiers and lose what is not the indicator', () => {
  it('keeps an age qualifier with its noun, before or after the count', () => {
    expect(names('到2025年,65周岁以上老年人健康管理率达到75%,3岁以下婴幼儿入托率达到30%。')).toEqual([
      '65周岁以上老年人健康管理率',
      '3岁以下婴幼儿入托率',
    ]);
    expect(names('到2025年,新增2000个3岁以下婴幼儿托位。')).toEqual(['新增3岁以下婴幼儿托位']);
    expect(names('到2025年,65周歲以上老年人健康管理率達到75%。')).toEqual(['65周岁以上老年人健康管理率']);
  });

  it('keeps a 、 inside a modifier in one name', () => {
    expect(names('到2025年,失能、半失能老年人集中照护率达到60%。')).toEqual(['失能、半失能老年人集中照护率']);
  });

  it('still splits parallel indicators that share a predicate', () => {
    expect(names('到2025年,基本养老保险和基本医疗保险参保率均稳定在95%以上。')).toEqual(['基本养老保险参保率', '基本医疗保险参保率']);
    expect(names('到2025年,婚检和产前筛查率均达到90%以上。')).toHaveLength(2);
  });

  it('drops a leading 为全市/对辖区 and a hiring verb', () => {
    expect(names('到2025年,为全市60周岁以上老年人免费体检20万人次。')).toEqual(['60周岁以上老年人免费体检']);
    expect(names('到2025年,对辖区80周岁以上老人发放高龄津贴1.2万人。')).toEqual(['80周岁以上老人发放高龄津贴']);
    const hired = extractText(`${PLAN}到2025年,选聘社会工作者200名。`).targets[0];
    expect(hired).toMatchObject({ name: '社会工作者', kind: 'increment', target: { value: 200 } });
  });

  it('keeps a work verb that is part of what is counted', () => {
    expect(names('到2025年,新建社区食堂50个。')).toEqual(['新建社区食堂']);
  });
});

describe('targets with the measure words plans use', () => {
  it('reads them with their units, and a count with no measure word with unit null', () => {
    const list = extractText(`${PLAN}到2025年,新建社会足球场地50块,食品抽检量达到4批次/千人,城镇新增就业保持在5万左右,新建社区健身点不少于50个,建设不少于20社区食堂。`).targets;
    expect(list.map((t) => [t.name, t.target.op, t.target.value, t.unit])).toEqual([
      ['新建社会足球场地', '=', 50, '块'],
      ['食品抽检量', '=', 4, '批次/千人'],
      ['城镇新增就业', '~', 5, '万'],
      ['新建社区健身点', '>=', 50, '个'],
      ['建设社区食堂', '>=', 20, null],
    ]);
  });
});
