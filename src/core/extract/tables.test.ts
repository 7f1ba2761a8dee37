import { describe, expect, it } from 'vitest';
import { readTables } from './tables';
import { extractText } from './extract';

const P = { start: 2021, end: 2025 };

const cellPerLine = [
  '表3 示例县“十四五”民生发展主要指标',
  '领域', '|', '指标名称', '|', '2020年', '基数', '|', '2025年', '目标', '|', '属性', '|',
  '老有所养', '|', '养老机构护理型床位占比(%)', '|', '40', '|', '≥60', '|', '约束性', '|',
  '每千名老年人养老床位数(张)', '|', '-', '|', '35', '|', '预期性', '|',
  '劳有所得', '|', '城镇新增就业人数(万人)', '|', '[2.1]', '|', '[2.5]', '|', '预期性', '|',
  '居民收入增长(%)', '|', '-', '|', '7*', '|', '预期性', '|',
  '城镇登记失业率(%)', '|', '<4.5', '|', '≤4.5', '|', '预期性', '|',
  '弱有所扶', '|', '特困人员供养(%)', '|', '-', '|', '应养尽养', '|', '约束性',
  '注:[]内为五年累计数',
  '第三章 主要任务',
].join('\n');

describe('readTables: one cell per line with "|" lines between', () => {
  const { drafts, regions } = readTables(cellPerLine, P);

  it('reads every row with its baseline, target, year and nature', () => {
    const nursing = drafts.find((d) => d.name === '养老机构护理型床位占比');
    expect(nursing).toMatchObject({
      unit: '%',
      baseline: { value: 40, year: 2020 },
      target: { value: 60, year: 2025, op: '>=' },
      binding: 'binding',
      kind: 'level',
      domainHint: 'elderly',
      source: 'table',
    });
  });

  it('keeps a row without a baseline and carries the group domain to it', () => {
    const beds = drafts.find((d) => d.name === '每千名老年人养老床位数');
    expect(beds).toMatchObject({ unit: '张', baseline: null, target: { value: 35 }, binding: 'expected', domainHint: 'elderly' });
  });

  it('reads [x] as a five-year cumulative and x* as an annual growth rate', () => {
    expect(drafts.find((d) => d.name === '城镇新增就业人数')).toMatchObject({
      kind: 'cumulative',
      target: { value: 2.5 },
      baseline: { value: 2.1, kind: 'cumulative' },
      domainHint: 'employment',
    });
    expect(drafts.find((d) => d.name === '居民收入增长')).toMatchObject({ kind: 'annual_growth', target: { value: 7 } });
  });

  it('keeps comparison prefixes of both baseline and target', () => {
    expect(drafts.find((d) => d.name === '城镇登记失业率')).toMatchObject({
      baseline: { value: 4.5, op: '<' },
      target: { value: 4.5, op: '<=' },
    });
  });

  it('keeps a qualitative target cell as text with no value', () => {
    expect(drafts.find((d) => d.name === '特困人员供养')).toMatchObject({ target: { value: null, op: null, text: '应养尽养' } });
  });

  it('quotes a span that starts at the indicator name and ends at the target cell', () => {
    const row = drafts.find((d) => d.name === '养老机构护理型床位占比');
    const quote = row ? cellPerLine.slice(row.span.start, row.span.end) : '';
    expect(quote.startsWith('养老机构护理型床位占比(%)')).toBe(true);
    expect(quote.endsWith('≥60')).toBe(true);
  });

  it('stops at the note line and reports the region it covered', () => {
    expect(drafts).toHaveLength(6);
    expect(regions).toHaveLength(1);
    expect(cellPerLine.slice(regions[0]?.start, regions[0]?.end)).not.toContain('注:');
  });
});

describe('readTables: row shapes', () => {
  it('reads markdown rows, aligning short rows from the right', () => {
    const md = [
      '| 类别 | 指标 | 2020年 | 2025年 | 属性 |',
      '|---|---|---|---|---|',
      '| 病有所医 | 每千人口执业(助理)医师数(人) | 2.5 | 3.1 | 预期性 |',
      '| | 人均预期寿命(岁) | 77 | 78.2 | 预期性 |',
    ].join('\n');
    const { drafts } = readTables(md, P);
    expect(drafts.map((d) => [d.name, d.target.value, d.baseline?.value])).toEqual([
      ['每千人口执业(助理)医师数', 3.1, 2.5],
      ['人均预期寿命', 78.2, 77],
    ]);
    expect(drafts[1]?.domainHint).toBe('health');
  });

  it('reads tab-separated rows with a unit column', () => {
    const tsv = ['序号\t指标\t单位\t2020年\t2025年\t属性', '1\t学前教育毛入园率\t%\t88\t92\t预期性'].join('\n');
    const { drafts } = readTables(tsv, P);
    expect(drafts[0]).toMatchObject({ name: '学前教育毛入园率', unit: '%', target: { value: 92, year: 2025 }, baseline: { value: 88 } });
  });

  it('reads a table flattened to one cell per line without separators', () => {
    const flat = ['指标', '2020年', '2025年', '属性', '人均体育场地面积(平方米)', '1.9', '2.4', '约束性', '', '正文继续。'].join('\n');
    const { drafts } = readTables(flat, P);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ unit: '平方米', target: { value: 2.4 }, baseline: { value: 1.9 }, binding: 'binding' });
  });

  it('reads a unit written ㎡ or m² in the name or its own column as 平方米, and keeps it out of the name', () => {
    const flat = ['指标', '2020年', '2025年', '属性', '人均体育场地面积(m²)', '1.9', '2.4', '约束性', '', '正文继续。'].join('\n');
    expect(readTables(flat, P).drafts[0]).toMatchObject({ name: '人均体育场地面积', unit: '平方米', target: { value: 2.4 } });
    const tsv = ['指标\t单位\t2020年\t2025年', '人均体育场地面积\t㎡\t1.9\t2.4'].join('\n');
    expect(readTables(tsv, P).drafts[0]).toMatchObject({ name: '人均体育场地面积', unit: '平方米', target: { value: 2.4 } });
  });

  it('dates yearless 基期值 and 目标值 columns by the plan period', () => {
    const tsv = ['指标\t基期值\t目标值\t属性', '城乡居民人均体育场地面积(平方米)\t2.2\t2.8\t预期性'].join('\n');
    const [d] = readTables(tsv, { start: 2026, end: 2030 }).drafts;
    expect(d).toMatchObject({ baseline: { value: 2.2, year: 2025 }, target: { value: 2.8, year: 2030 } });
  });

  it('finds nothing in ordinary prose', () => {
    expect(readTables('到2025年,托位数达到4个。指标体系进一步完善。', P).drafts).toHaveLength(0);
  });
});

describe('readTables: more than two year columns', () => {
  const P15 = { start: 2026, end: 2030 };
  const table = (...years: string[]) =>
    ['表1 主要指标', '指标名称', ...years, '属性', '养老机构护理型床位占比(%)', '35', '55', '65', '约束性', '第三章 主要任务'].join('\n');

  it('takes the latest base year for the baseline and keeps the older one as reached', () => {
    const text = table('2020年', '2025年', '2030年目标');
    const { drafts } = readTables(text, P15);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ baseline: { value: 55, year: 2025 }, target: { value: 65, year: 2030 } });
    const reached = extractText(`某省“十五五”民政事业发展规划\n${text}`).achieved.map((a) => [a.value, a.year]);
    expect(reached).toEqual([
      [35, 2020],
      [55, 2025],
    ]);
  });

  it('reads a year inside the plan period as an interim target, not a baseline', () => {
    const { drafts } = readTables(table('2025年', '2027年', '2030年'), P15);
    expect(drafts.map((d) => [d.target.value, d.target.year, d.baseline?.value, d.baseline?.year])).toEqual([
      [55, 2027, 35, 2025],
      [65, 2030, 35, 2025],
    ]);
  });
});

describe('readTables: a header written again inside the table', () => {
  // A table continued on a new page repeats its header (or a PDF keeps a header the page broke before): the repeated
  // row is no record — read as one, it was a target named 指标 going from 2025 to 2030 — and the rows after it keep
  // their columns.
  const text = [
    '| 序号 | 指标 | 单位 | 2025年 | 2030年 | 属性 |',
    '| 1 | 养老机构护理型床位占比 | % | 60 | 70 | 约束性 |',
    '| 序号 | 指标 | 单位 | 2025年 | 2030年 | 属性 |',
    '| 2 | 每千名老年人拥有养老床位数 | 张 | 30 | 35 | 预期性 |',
  ].join('\n');
  const { drafts } = readTables(text, { start: 2026, end: 2030 });

  it('gives no record for the repeated header and reads the rows on both sides of it', () => {
    expect(drafts.map((d) => d.name)).toEqual(['养老机构护理型床位占比', '每千名老年人拥有养老床位数']);
    expect(drafts[1]).toMatchObject({ unit: '张', baseline: { value: 30, year: 2025 }, target: { value: 35, year: 2030 }, binding: 'expected' });
  });

  it('keeps a row whose name holds 指标 but whose cells hold values', () => {
    const row = '| 3 | 主要健康指标达标率 | % | 80 | 90 | 预期性 |';
    const names = readTables(`${text}\n${row}`, { start: 2026, end: 2030 }).drafts.map((d) => d.name);
    expect(names).toContain('主要健康指标达标率');
  });
});

describe('readTables: one cell per line, the header written again', () => {
  const cells = (rows: string[][]) => rows.flat().join('\n');
  const header = ['序号', '指标', '单位', '2025年', '2030年', '属性'];
  const text = [
    '表1 主要指标',
    cells([header, ['1', '养老机构护理型床位占比', '%', '60', '70', '约束性'], header, ['2', '每千名老年人拥有养老床位数', '张', '30', '35', '预期性']]),
  ].join('\n');

  it('reads the rows after the repeated header with their columns, and none of its cells as a row', () => {
    const { drafts } = readTables(text, { start: 2026, end: 2030 });
    expect(drafts.map((d) => d.name)).toEqual(['养老机构护理型床位占比', '每千名老年人拥有养老床位数']);
    expect(drafts[1]).toMatchObject({ unit: '张', baseline: { value: 30, year: 2025 }, target: { value: 35, year: 2030 }, binding: 'expected' });
  });

  it('keeps a progress column\'s 已完成 and a name holding 指标 as cells of their rows', () => {
    const progress = ['序号', '指标', '2026年目标', '完成情况', '属性'];
    const plan = ['表1 民生实事', cells([progress, ['1', '主要健康指标达标率', '90%', '已完成', '预期性'], ['2', '新增普惠托位', '1200个', '已完成', '预期性']])].join('\n');
    const names = readTables(plan, { start: 2026, end: 2026 }).drafts.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['主要健康指标达标率', '新增普惠托位']));
  });
});

describe('readTables: a table whose last year is before the plan', () => {
  it('gives no target from a 2020 column in a 2021–2025 plan (pdftotext kept only the base year\'s column; the 序号 of the next row stood under it)', () => {
    const text = ['序号 指标', '2020 年', '临川市政府办公室印发', '22', '困难残疾人生活补贴覆盖率(%)', '23', '公共文化设施免费开放率(%)', '25'].join('\n');
    expect(readTables(text, P).drafts).toEqual([]);
    // The same table in a plan ending in 2020 is read.
    expect(readTables(text, { start: 2016, end: 2020 }).drafts.length).toBeGreaterThan(0);
  });
});
