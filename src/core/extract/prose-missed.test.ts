import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const PLAN = '某市“十四五”公共服务规划\n';
const found = (body: string) => extractText(PLAN + body).targets.map((t) => [t.name, t.target.op, t.target.value, t.unit]);

describe('targets that used to be missed', () => {
  it('reads a target after a 全面完成… clause of the same sentence', () => {
    expect(found('到2025年,全面完成城镇老旧小区改造任务,新增普惠托位2000个。')).toEqual([['新增普惠托位', '=', 2000, '个']]);
    expect(found('到2025年,基本完成农村危房改造,建成乡镇敬老院12所。')).toEqual([['建成乡镇敬老院', '=', 12, '所']]);
  });

  it('still skips a sentence that reports the work done', () => {
    expect(found('2024年老旧小区改造任务全面完成,新增普惠托位2000个。')).toEqual([]);
  });

  it('reads a Chinese numeral written after a space', () => {
    expect(found('到2025年,每个乡镇至少建成 一所 标准化养老院。')).toEqual([['标准化养老院', '>=', 1, '所']]);
    expect(found('到2025年,每個鄉鎮至少建成 一所 標準化養老院。')).toEqual([['标准化养老院', '>=', 1, '所']]);
  });

  it('reads both works of a clause that counts two things', () => {
    expect(found('到2025年,新建5所学校新增学位3000个。')).toEqual([
      ['新建学校', '=', 5, '所'],
      ['新增学位', '=', 3000, '个'],
    ]);
  });

  it('takes a count of places before the work as where it is done, not a target', () => {
    expect(found('到2025年,推动10个街道新增老年助餐点 30个。')).toEqual([['新增老年助餐点', '=', 30, '个']]);
    expect(found('到2025年,支持20个社区改造托育点45个。')).toEqual([['改造托育点', '=', 45, '个']]);
  });

  it('pairs 分别 values with a 、 list of qualifiers of one noun', () => {
    expect(found('到2025年,一类、二类、三类区的托位覆盖率分别达到90%、80%、70%。')).toEqual([
      ['托位覆盖率(一类区)', '=', 90, '%'],
      ['托位覆盖率(二类区)', '=', 80, '%'],
      ['托位覆盖率(三类区)', '=', 70, '%'],
    ]);
    expect(found('到2025年,城市和农村的社区养老服务设施覆盖率分别达到100%和90%以上。')).toEqual([
      ['社区养老服务设施覆盖率(城市)', '=', 100, '%'],
      ['社区养老服务设施覆盖率(农村)', '>=', 90, '%'],
    ]);
  });

  it('still splits a 分别 list of whole indicators', () => {
    const list = extractText(`${PLAN}到2025年,养老保险、医疗保险参保率分别达到95%、97%。`).targets;
    expect(list.map((t) => t.indicator)).toEqual(['pension_insurance_coverage', 'medical_insurance_coverage']);
  });
});
