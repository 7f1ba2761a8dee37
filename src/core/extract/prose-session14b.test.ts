// Families found by probes p60–p67 (session 14, second round), one test each; every one failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const read = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind]);

describe('a scanned plan’s OCR text', () => {
  it('reads no number out of digits glued to an l or O the scan wrote for 1 or 0 (l00% is not 0 %)', () => {
    // 达到l00% was read as 0 %: the digits after the misread 1 made up a value the plan never states.
    const text = '某市“十五五”养老服务规划\n到2030年，街道综合养老服务中心覆盖率达到l00%，老年人满意度达到O5%。特殊困难老年人月探访率达到lOO%。';
    expect(read(text)).toEqual([]);
    // Digits of a Latin word stay a number where a unit follows (PM2.5 is no misread), and clean digits read as before.
    expect(read('到2030年，养老机构护理型床位占比达到70%，PM2.5年均浓度控制在30微克/立方米以内。').map((t) => t[1])).toContain(70);
  });
});

describe('a report finding a figure short', () => {
  it('leaves 仅 (only) out of the name of what is counted (持证养老护理员仅4200人, 运营率仅为60%)', () => {
    // The names were 持证养老护理员仅 and 农村互助幸福院实际运营率仅: no plan or catalog calls a measure so.
    const text = '关于检查养老服务条例实施情况的报告\n二、存在的主要问题\n截至2025年底，全市持证养老护理员仅4200人，农村互助幸福院实际运营率仅为60%左右。';
    expect(extractText(text).achieved.map((a) => [a.name, a.value, a.unit])).toEqual([
      ['持证养老护理员', 4200, '人'], ['农村互助幸福院实际运营率', 60, '%'],
    ]);
  });
});
