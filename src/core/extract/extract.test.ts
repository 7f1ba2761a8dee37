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

  it('reads a number written with thousands commas, in prose and in a table, quoting the original span', () => {
    const text = '某市养老服务规划\n到2030年,全市新增养老床位1,200张。\n表1 主要指标\n指标\t单位\t2025年\t2030年\t属性\n护理员培训人次\t人次\t2,800\t3,500\t预期性\n养老机构护理型床位占比\t%\t55\t65\t约束性\n';
    const r = extractText(text);
    const beds = r.targets.find((t) => t.name.includes('养老床位'));
    expect(beds?.target.value).toBe(1200);
    expect(text.slice(beds!.start, beds!.end)).toContain('1,200张');
    expect(r.targets.find((t) => t.name.includes('护理员培训'))).toMatchObject({ target: { value: 3500 }, baseline: { value: 2800 } });
    // Never a piece of the number: no 200 or 500 read off "1,200" and "3,500".
    expect(r.targets.map((t) => t.target.value)).toEqual(expect.not.arrayContaining([1, 3, 200, 500]));
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

describe('extractText: characters a reader does not see', () => {
  const CLEAN = [
    '长沙市“十四五”公共服务规划',
    '长沙市人民政府',
    '三、主要目标',
    '到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个，长期护理保险参保人数达到120万人，',
    '民生实事项目完成率达到100%，门诊费用跨省直接结算率达到90%以上。',
  ].join('\n');
  // A Chrome-printed PDF's text layer: radical code points for 人 口 十 民 长 门 儿 生.
  const RADICALS: Record<string, string> = { 人: '⼈', 口: '⼝', 十: '⼗', 民: '⺠', 长: '⻓', 门: '⻔', 儿: '⼉', 生: '⽣' };
  const CHROME = [...CLEAN].map((ch) => RADICALS[ch] ?? ch).join('');

  const view = (doc: ReturnType<typeof extractText>) =>
    doc.targets.map((t) => ({ indicator: t.indicator, name: t.name, target: t.target, unit: t.unit, quote: t.quote }));

  it('reads a text with radical code points exactly as the clean text: same indicators, names, values and title', () => {
    expect(CHROME).not.toBe(CLEAN);
    const clean = extractText(CLEAN);
    const chrome = extractText(CHROME);
    expect(clean.targets.length).toBeGreaterThanOrEqual(3);
    expect(view(chrome)).toEqual(view(clean));
    expect(clean.targets.map((t) => t.indicator)).toContain('childcare_places_per_1000');
    expect(chrome.metadata).toEqual(clean.metadata);
    expect(chrome.metadata.plan_title).toBe('长沙市“十四五”公共服务规划');
    // Offsets still point at the words as the file has them.
    for (const t of chrome.targets) expect(CHROME.slice(t.start, t.end)).toBe([...t.quote].map((ch) => RADICALS[ch] ?? ch).join(''));
  });

  it('reads numbers split by a zero-width space or soft hyphen as the number a person sees', () => {
    const doc = extractText('到2025年，每千人口拥有3岁以下婴幼儿托位数达到4\u200B.5个，普惠性幼儿园覆盖率达到9\u00AD5%。');
    const values = doc.targets.map((t) => t.target.value);
    expect(values).toEqual([4.5, 95]);
  });

  it('keeps bidi controls and zero-width characters out of titles, names and quotes', () => {
    const text = '\u202E长沙市“十四五”\u200B公共服务规划\u202C\n到2025年，每千人口拥有3岁以下婴幼儿\u2067托位数\u2069达到4.5个。';
    const doc = extractText(text);
    expect(doc.metadata.plan_title).toBe('长沙市“十四五”公共服务规划');
    const t = doc.targets[0];
    expect(t?.indicator).toBe('childcare_places_per_1000');
    for (const s of [doc.metadata.plan_title ?? '', t?.name ?? '', t?.quote ?? '']) expect(s).not.toMatch(/[\p{Cf}]/u);
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

describe('Chinese numerals in a traditional-character text', () => {
  it('reads them after the conversion and quotes the traditional numerals exactly', () => {
    const text = '翠湖市社會福利事業發展規劃(2026—2030年)\n新建殘疾人康復機構兩所,殘疾兒童康復救助覆蓋率達到百分之九十五。二〇二八年,新增養老床位一萬張。';
    const got = extractText(text).targets.map((t) => [t.name, t.target.value, t.unit, t.target.year, text.slice(t.start, t.end)]);
    expect(got).toEqual([
      ['新建残疾人康复机构', 2, '所', 2030, '新建殘疾人康復機構兩所'],
      ['残疾儿童康复救助覆盖率', 95, '%', 2030, '殘疾兒童康復救助覆蓋率達到百分之九十五'],
      ['新增养老床位', 1, '万张', 2028, '新增養老床位一萬張'],
    ]);
  });
});

describe('a news article’s headline', () => {
  it('is not read again beside the article that states its figure, which is dated by the page', () => {
    const r = extractText(['某市今年将新建幼儿园10所', '2026年03月06日 08:30  来源:青禾日报', '今年,我市将新建幼儿园10所,新增学位3000个。'].join('\n'));
    expect(r.targets.map((t) => [t.name, t.target.value, t.target.year, t.kind])).toEqual([
      ['新建幼儿园', 10, 2026, 'increment'],
      ['新增学位', 3000, 2026, 'increment'],
    ]);
    expect(r.achieved).toEqual([]);
  });
});

describe('a news page pasted with its breadcrumbs and tool links', () => {
  it('finds the headline under them, so its figure is not read twice', () => {
    const r = extractText(
      ['首页 > 新闻中心 > 本地要闻', '今年我市将新增养老床位2000张', '2026-02-18 09:30  来源:临川日报  作者:张晓', '【打印】 【关闭】', '本报讯(记者 张晓)记者从市民政局获悉,今年我市将新增养老床位2000张。', '编辑:王敏'].join('\n'),
    );
    expect(r.metadata).toMatchObject({ kind: 'news_report', issued: '2026-02-18' });
    expect(r.targets.map((t) => [t.name, t.target.value, t.target.year])).toEqual([['新增养老床位', 2000, 2026]]);
  });
});

describe('a news article’s 上年 figure', () => {
  it('is an achievement of the year before, not a target of this year', () => {
    const r = extractText(['市卫健委:今年将新增普惠托位2000个', '发布日期:2026-04-10 来源:市卫健委', '下一步,市卫健委将新增普惠托位2000个。', '上年,全市每千人口托位数达到4.1个。'].join('\n'));
    expect(r.targets.map((t) => [t.name, t.target.value, t.target.year, t.kind])).toEqual([['新增普惠托位', 2000, 2026, 'increment']]);
    expect(r.achieved.map((a) => [a.name, a.value, a.year])).toEqual([['每千人口托位数', 4.1, 2025]]);
  });
});
