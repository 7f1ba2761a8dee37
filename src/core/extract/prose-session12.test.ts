// Families found by probes p36–p43 (session 12), one test each; every one failed before its fix.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

const PLAN = '某市“十五五”民生事业发展规划\n';
const rows = (text: string) => extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.kind, t.target.op, t.target.year]);

describe('a notice on a year’s work', () => {
  it('reads 关于做好2026年…工作的通知 as that year’s programme, so its figures are 2026’s', () => {
    const r = extractText('关于做好2026年城乡居民基本医疗保障工作的通知\n\n各县(市、区)医疗保障局:\n一、巩固参保覆盖\n全市基本医疗保险参保率稳定在95%以上。\n');
    expect(r.metadata).toMatchObject({ plan_title: '关于做好2026年城乡居民基本医疗保障工作的通知', kind: 'annual_programme', period: { start: 2026, end: 2026 } });
    expect(r.targets.map((t) => [t.name, t.target.year])).toEqual([['基本医疗保险参保率', 2026]]);
  });
});
