// Families found by probes p68–p75 (session 15), one test each; every one failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const fields = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.op, t.target.year, t.per]);

describe('the years ahead of an address written in Chinese numerals (未来两年, 未来四年)', () => {
  it('dates a total over 未来两年 two years after the address, for every clause of its sentence', () => {
    // A 2027 address's 未来两年 total was dated 2027, an increment of the address's year, as if the two years' work were
    // the year's; only 未来三年/五年/十年 and digits were known.
    const text = '澳门特别行政区二〇二七年财政年度施政报告\n未来两年，政府将新增安老院舍床位不少于400个，并把长者日间护理服务名额提升至1500个。';
    expect(fields(text)).toEqual([
      ['新增安老院舍床位', 400, '个', 'cumulative', '>=', 2029, null], ['长者日间护理服务名额', 1500, '个', 'level', '=', 2029, null],
    ]);
    const work = '某市2027年政府工作报告\n——2027年1月18日在某市第十八届人民代表大会第二次会议上\n未来四年，我们将新建幼儿园20所。';
    expect(fields(work)).toEqual([['新建幼儿园', 20, '所', 'cumulative', '=', 2031, null]]);
  });
});
