import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const PLAN = '某市“十四五”养老服务发展规划\n';
const rows = (body: string) => extractText(PLAN + body).targets.map((t) => [t.name, t.target.value, t.target.year, t.kind]);

describe('years and kinds', () => {
  it('does not date a target by the period it is compared with', () => {
    // Named as a change reported reached is (…比“十三五”末增加; 较 written 比, as prose-reached.ts names it).
    expect(rows('到2025年,全市养老床位比“十三五”末增加5000张。')).toEqual([['养老床位比“十三五”末增加', 5000, 2025, 'increment']]);
    expect(rows('到2025年,全市养老床位較2020年增加5000张。')).toEqual([['养老床位比2020年增加', 5000, 2025, 'increment']]);
  });

  it('does not let a comparison frame the sentences after it', () => {
    expect(rows('全市养老床位比“十三五”末增加5000张。新建养老机构30家。')).toEqual([
      ['养老床位比“十三五”末增加', 5000, 2025, 'increment'],
      ['新建养老机构', 30, 2025, 'increment'],
    ]);
  });

  it('adds no target for a change that restates the level just read', () => {
    expect(rows('到2025年,护理型床位占比达到60%,比2020年提高10个百分点。')).toEqual([['护理型床位占比', 60, 2025, 'level']]);
  });

  it('still reads a year the plan sets, and a past year as the past', () => {
    expect(rows('到2023年,养老服务床位数达到1.35万张。')).toEqual([['养老服务床位数', 1.35, 2023, 'level']]);
    expect(rows('2019年,全市养老服务床位数达到1.1万张。')).toEqual([]);
  });

  it('takes counts over 未来5年 or “十四五”时期 as totals over the period', () => {
    expect(rows('未来5年,新建养老机构30家。')).toEqual([['新建养老机构', 30, 2025, 'cumulative']]);
    expect(rows('“十四五”时期,全市新增城镇就业60万人。')).toEqual([['新增城镇就业', 60, 2025, 'cumulative']]);
    expect(rows('“十四五”時期,全市新增城鎮就業60萬人。')).toEqual([['新增城镇就业', 60, 2025, 'cumulative']]);
    // A rate in the same frame is still a level.
    expect(rows('“十四五”时期,护理型床位占比达到60%。')).toEqual([['护理型床位占比', 60, 2025, 'level']]);
  });

  it('takes 创建/建成 N个 over the plan period as an increment, also after the places that do it', () => {
    expect(rows('到2025年,各县区共建成达标的婴幼儿照护机构不少于6个。全市共创建示范性托育机构20家。').map((r) => r[3])).toEqual([
      'increment',
      'increment',
    ]);
  });
});
