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
