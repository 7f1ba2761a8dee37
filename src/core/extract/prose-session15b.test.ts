// Families found by probes p76–p81 (session 15, second round), one test each; every one failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const fields = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.op, t.target.year, t.per]);

describe('a page laid out in two columns, its text extracted line by line (each line a left half and a right half)', () => {
  it('never joins the end of one column’s sentence to the value that opens the other’s', () => {
    // 城镇调查失业率控制 (left) and 达到65% (right, the 护理型床位占比's value) were one sentence: 城镇调查失业率 65%.
    const text = '某市“十五五”民生发展规划\n到2030年，城镇新增就业累计            养老服务方面，养老机构护理型床位占比\n'
      + '达到12万人，城镇调查失业率控制        达到65%，每个街道建成1个综合养老\n在5.5%以内。                          服务中心。\n';
    // (Since h-names8 each column is read on its own, its sentences joined over its lines: 城镇调查失业率 is read with its
    // own 5.5%, and 65% only as the other column's 护理型床位占比.)
    expect(fields(text).filter((f) => f[0] === '城镇调查失业率控制' || f[0] === '城镇调查失业率').map((f) => f[1])).not.toContain(65);
    expect(fields(text).filter((f) => f[1] === 65).map((f) => f[0])).toEqual(['养老机构护理型床位占比']);
  });

  it('still reads a line whose value follows wide spacing, and two spaces inside a sentence before a number', () => {
    const text = '某市“十五五”民生发展规划\n到2030年，城镇调查失业率控制在  5.5%以内。\n';
    expect(fields(text)).toEqual([['城镇调查失业率', 5.5, '%', 'level', '<=', 2030, null]]);
  });
});

describe('a 基本公共服务标准 list: 服务对象, 服务内容, 服务标准 one cell a line', () => {
  it('reads no target from a standard owed to each person (每人每年1次, 每户每年不少于1次), and the plan’s rates still', () => {
    // 每人每年1次 was a 2030 target named 每人, an increment per 每年: what each resident is owed, not what the region sets.
    const text = '某省“十五五”基本公共服务标准\n\n服务项目\n服务对象\n服务标准\n老年人健康管理\n辖区内65岁及以上常住居民\n每人每年1次\n'
      + '家庭医生签约服务\n辖区内常住家庭\n每户每年不少于1次\n\n到2030年，0—6岁儿童健康管理率保持在90%以上。\n';
    expect(fields(text)).toEqual([['0—6岁儿童健康管理率', 90, '%', 'level', '>=', 2030, null]]);
  });
});

describe('a Taiwan plan dated in 民國 years (民國119年 is 2030)', () => {
  it('dates its targets and its period by the 民國 year, 1911 after its number', () => {
    // 至民國119年 dated nothing (year null) and the title's 民國115年至119年 gave no period, so 2030's counts had no year.
    const text = '長照3.0計畫（民國115年至119年）\n至民國119年，失智社區服務據點達700處，長照服務涵蓋率提升至85%。\n民國115年新增日間照顧中心60處。\n';
    const r = extractText(text);
    expect(r.metadata.period).toEqual({ start: 2026, end: 2030 });
    expect(fields(text)).toEqual([
      ['失智社区服务据点', 700, '处', 'level', '=', 2030, null], ['长照服务涵盖率', 85, '%', 'level', '=', 2030, null],
      ['新增日间照顾中心', 60, '处', 'increment', '=', 2026, null],
    ]);
    // The quote still points at the text as written.
    const t = r.targets[0];
    expect(t && text.slice(t.start, t.end)).toBe('失智社區服務據點達700處');
  });
});

describe('words of a name’s verb that are no part of what is counted (再新增, 扩充至)', () => {
  it('leaves 再 (once more) out before the work verb, and reads 扩充至 as a move to a level', () => {
    // 今年再新增老年助餐点600个 was named 再新增老年助餐点; 长照站扩充至5000处 kept 扩充 in the name.
    const work = '某省2026年养老服务工作要点\n2025年全省已建成老年助餐点3200个，今年再新增老年助餐点600个。';
    expect(fields(work)).toEqual([['新增老年助餐点', 600, '个', 'increment', '=', 2026, null]]);
    const plan = '某市“十五五”长期照护服务规划\n到2030年，巷弄长照站扩充至500处。';
    expect(fields(plan)).toEqual([['巷弄长照站', 500, '处', 'level', '=', 2030, null]]);
  });
});
