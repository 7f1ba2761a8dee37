import { describe, expect, it } from 'vitest';
import { extractBytes, extractText } from './extract';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('extractText', () => {
  it('maps quotes of a traditional-character plan back to the original characters', () => {
    const original = '二、主要目標\n到2027年,全縣養老機構護理型床位佔比達到60%以上。';
    const doc = extractText(original);
    const t = doc.targets.find((r) => r.indicator === 'nursing_bed_ratio');
    expect(t).toBeDefined();
    expect(t?.quote).toContain('护理型床位');
    expect(original.slice(t?.start, t?.end)).toContain('護理型床位');
    expect(doc.script).toBe('traditional');
  });

  it('keeps offsets exact after characters outside the BMP and CRLF line ends', () => {
    const original = '𠮷𠮷县十五五规划\r\n到2030年,城镇新增就业3万人。\r\n';
    const doc = extractText(original);
    const t = doc.targets[0];
    expect(t?.target.value).toBe(3);
    expect(original.slice(t?.start, t?.end)).toBe(t?.quote);
  });

  it('reads full-width digits and signs as numbers while quoting the original span', () => {
    const original = '到２０３０年，社区卫生服务覆盖率达到９５％以上。';
    const doc = extractText(original);
    expect(doc.targets[0]).toMatchObject({ unit: '%', target: { value: 95, op: '>=', year: 2030 } });
    expect(original.slice(doc.targets[0]?.start, doc.targets[0]?.end)).toBe('社区卫生服务覆盖率达到９５％以上');
  });

  it('keeps the number after a damaged run and leaves the garbage out of the name', () => {
    const original = '(三)残疾人服务。\n?。ㄊ┘澹H隇闅埣矁和峁┛⑤o助器具适配、康复训练服务800人次。\n';
    const doc = extractText(original);
    const t = doc.targets.find((r) => r.target.value === 800);
    expect(t).toBeDefined();
    expect(t?.name).not.toMatch(/[ㄊ┘┛⑤]/u);
  });

  it('maps a table row and prose sentence to the same canonical indicator', () => {
    const text = [
      '某市“十五五”托育服务规划',
      '指标', '|', '2025年', '|', '2030年', '|', '属性', '|',
      '每千人口拥有3岁以下婴幼儿托位数(个)', '|', '4.5', '|', '5.5', '|', '预期性',
      '注:数据为预计数',
      '到2030年,每千人口3岁以下婴幼儿托位数达到5.5个。',
    ].join('\n');
    const doc = extractText(text);
    const ids = doc.targets.map((t) => [t.indicator, t.source, t.target.value, t.target.year]);
    expect(ids).toEqual([
      ['childcare_places_per_1000', 'table', 5.5, 2030],
      ['childcare_places_per_1000', 'prose', 5.5, 2030],
    ]);
    expect(doc.metadata.period).toEqual({ start: 2026, end: 2030 });
  });

  it('gives an unmatched target its own name, no indicator and the domain of its section', () => {
    const text = '第三章 老有所养\n到2030年,建成社区助餐点40个。';
    const [t] = extractText(text).targets;
    expect(t).toMatchObject({ indicator: null, domain: 'elderly', name: '建成社区助餐点' });
  });

  it('gives records stable ids that differ between records', () => {
    const text = '到2030年,新建公园8个,新建绿道12公里。';
    const a = extractText(text).targets.map((t) => t.id);
    const b = extractText(text).targets.map((t) => t.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(2);
  });
});

describe('extractBytes', () => {
  it('refuses binary and empty input with a code', () => {
    expect(extractBytes(new Uint8Array([0x00, 0x01, 0x02, 0x00, 0x10, 0x00, 0x00, 0x03]))).toMatchObject({ ok: false, code: 'binary-file' });
    expect(extractBytes(new Uint8Array())).toMatchObject({ ok: false, code: 'empty-file' });
  });

  it('reports the encoding it decoded', () => {
    const r = extractBytes(utf8('到2030年,新增托位500个。'));
    expect(r.ok && r.value.encoding).toBe('utf-8');
    const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x32, 0x30, 0xb8, 0xf6]); // 中文20个
    const g = extractBytes(gbk);
    expect(g.ok && g.value.encoding).toBe('gb18030');
  });
});
