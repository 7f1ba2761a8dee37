// Plans in the formats a researcher collects them in, read through prepareDocument (what the import worker and the CLI
// run): every number must be the file's, with its row's indicator, unit, comparator, year and kind, and nothing else.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../tests/helpers/gbk';
import { GOV_PAGE, LAYOUT_TABLE, MARKDOWN_PLAN, WORD_ROWS, wordPlanDocx } from '../../tests/helpers/real-formats';
import { prepareDocument, type PreparedDocument } from './prepare';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const pdf = { cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep, standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep };

async function prepared(name: string, bytes: Uint8Array): Promise<PreparedDocument> {
  const r = await prepareDocument(name, bytes, { pdf });
  if (!r.ok) throw new Error(`${name}: ${r.code} ${r.detail}`);
  return r.value;
}

/** What a researcher checks of a record. */
const view = (doc: PreparedDocument) =>
  doc.extracted.targets.map((t) => ({
    name: t.name,
    indicator: t.indicator,
    value: t.target.value,
    op: t.target.op,
    year: t.target.year,
    unit: t.unit,
    kind: t.kind,
    source: t.source,
    ...(t.baseline ? { baseline: [t.baseline.value, t.baseline.year] } : {}),
    ...(t.binding ? { binding: t.binding } : {}),
  }));

const prose = (name: string, indicator: string | null, value: number, unit: string, op = '=', kind = 'level') => ({ name, indicator, value, op, year: 2030, unit, kind, source: 'prose' });

describe('a Word plan (merged header cells, footnotes, numbering, a field, a text box, tracked changes)', async () => {
  const doc = await prepared('某市规划.docx', await wordPlanDocx());
  const records = view(doc);

  it('reads the prose targets with their footnote marks dropped, deleted text left out, full-width digits and a soft hyphen read', () => {
    expect(records.filter((r) => r.source === 'prose')).toEqual([
      prose('普惠性幼儿园覆盖率', 'inclusive_kindergarten_coverage', 95, '%', '>='),
      prose('每千人口拥有3岁以下婴幼儿托位数', 'childcare_places_per_1000', 5.5, '个'),
      prose('每千名老年人拥有养老床位', 'elderly_beds_per_1000_elderly', 45, '张'),
      prose('城镇新增就业人数', 'urban_new_jobs', 60, '万人', '=', 'cumulative'),
      prose('居民人均预期寿命', 'life_expectancy', 80.5, '岁'),
      prose('新建社区嵌入式托育点', null, 30, '个', '=', 'increment'),
      prose('新增公办幼儿园学位', null, 5000, '个', '=', 'increment'),
      prose('新增普惠托位', 'childcare_places_new', 2000, '个', '=', 'increment'),
      prose('新建城市社区综合服务站', null, 20, '个', '=', 'increment'),
    ]);
  });

  it('reads the table under its two header rows: 2030 targets, 2025 baselines, units and 属性 from their columns', () => {
    const table = records.filter((r) => r.source === 'table');
    expect(table.slice(0, WORD_ROWS.length).map((r) => [r.name, r.value, r.op, r.year, r.unit, r.baseline, r.binding])).toEqual([
      ['每千人口拥有3岁以下婴幼儿托位数', 5.5, '=', 2030, '个', [4.5, 2025], 'expected'],
      ['普惠性幼儿园覆盖率', 95, '>', 2030, '%', [90, 2025], 'binding'],
      ['养老机构护理型床位占比', 65, '=', 2030, '%', [55, 2025], 'binding'],
      ['城镇新增就业人数', 60, '=', 2030, '万人', [60, 2025], 'expected'],
      ['居民人均预期寿命', 80.5, '=', 2030, '岁', [79.2, 2025], 'expected'],
      ['每千人口执业(助理)医师数', 3.8, '=', 2030, '人', [3.4, 2025], 'expected'],
    ]);
    // The filler rows that run onto the next page, each once; the row deleted with tracking on is not there.
    expect(table).toHaveLength(WORD_ROWS.length + 40);
    expect(records.map((r) => r.name).filter((n) => n.includes('已删除'))).toEqual([]);
  });

  it('keeps deleted revisions, page furniture and the header rows out of the text', () => {
    const text = doc.extracted.text;
    expect(text).not.toMatch(/40张|6065|某市人民政府文件|— \d —|\[\d\]/u);
    expect(text.split('\n')).toContain('| 序号 | 指标 | 单位 | 2025年基期 | 2030年目标 | 属性 |');
    // The footnote's text, at the end, without mammoth's ↑ link back to its mark.
    expect(text.split('\n')).toContain('按常住人口计算，2025年为预计数。');
  });
});

describe('a page saved from a gov.cn-style site (GB2312, chrome, rowspan/colspan, <br> cells)', async () => {
  const doc = await prepared('规划.html', encodeGbk(GOV_PAGE));

  it('gives the plan its own title and period, not a related link\'s', () => {
    expect(doc.encoding).toBe('gb18030');
    expect(doc.extracted.metadata).toMatchObject({ plan_title: '某市“十五五”公共服务规划', period: { start: 2026, end: 2030 }, kind: 'five_year_plan' });
  });

  it('reads exactly the plan\'s records: the prose with its footnote mark dropped, the table with its years from the second header row', () => {
    expect(view(doc)).toEqual([
      prose('每千人口拥有3岁以下婴幼儿托位数', 'childcare_places_per_1000', 5.5, '个'),
      prose('普惠性幼儿园覆盖率', 'inclusive_kindergarten_coverage', 95, '%', '>='),
      { ...prose('每千人口拥有3岁以下婴幼儿托位数', 'childcare_places_per_1000', 5.5, '个'), source: 'table', baseline: [4.5, 2025], binding: 'expected' },
      { ...prose('普惠性幼儿园覆盖率', 'inclusive_kindergarten_coverage', 95, '%', '>'), source: 'table', baseline: [90, 2025], binding: 'binding' },
      { ...prose('养老机构护理型床位占比', 'nursing_bed_ratio', 65, '%', '>='), source: 'table', baseline: [55, 2025], binding: 'binding' },
    ]);
  });

  it('never turns the phone, ICP, postcode or a related link into text the plan holds', () => {
    expect(doc.extracted.text).not.toMatch(/0571|ICP|310000|相关链接|分享到|当前位置|政务服务/u);
  });
});

describe('a Markdown plan', async () => {
  const doc = await prepared('规划.md', new TextEncoder().encode(MARKDOWN_PLAN));

  it('reads its title, table (alignment row, escaped pipe) and list items; not the struck-through figure', () => {
    expect(doc.extracted.metadata.plan_title).toBe('某县“十五五”养老服务规划');
    expect(view(doc).map((r) => [r.name, r.value, r.op, r.unit, r.baseline ?? null, r.binding ?? null])).toEqual([
      ['养老机构护理型床位占比', 65, '>=', '%', null, null],
      ['每千名老年人拥有养老床位数', 35, '=', '张', [32, 2025], 'expected'],
      ['特殊困难老年人月探访率', 100, '=', '%', [90, 2025], 'binding'],
      ['老年人助餐服务¦覆盖率', 80, '>', '%', [60, 2025], 'expected'],
      ['新建街道综合养老服务中心', 5, '=', '个', null, null],
      ['新增养老床位', 800, '=', '张', null, null],
    ]);
  });
});

describe('a PDF LibreOffice made (two columns, landscape table, cells that wrap, footnote marks, page numbers)', async () => {
  const file = path.join(import.meta.dirname, '../../tests/fixtures/pdf/layout-plan.libreoffice.pdf');
  const doc = await prepared('layout-plan.pdf', new Uint8Array(readFileSync(file)));
  const records = view(doc);

  it('reads the sentence that runs over the page break and the one whose footnote marks sit above the line', () => {
    expect(records.filter((r) => r.source === 'prose').map((r) => [r.name, r.value, r.op, r.unit])).toEqual([
      ['每千人口拥有3岁以下婴幼儿托位数', 5.5, '=', '个'],
      ['普惠性幼儿园覆盖率', 95, '>=', '%'],
      ['养老机构护理型床位占比', 65, '=', '%'],
      ['城镇新增就业人数', 60, '=', '万人'],
      ['居民人均预期寿命', 80.5, '=', '岁'],
      ['新建城市社区综合服务站', 20, '=', '个'],
      ['综合为老服务中心', 1, '>=', '个'],
      ['公共文化设施免费开放率', 100, '=', '%'],
      ['人均体育场地面积', 3.2, '=', '平方米'],
    ]);
  });

  it('reads both tables, the landscape one and the narrow one whose names and header wrap, row for row', () => {
    const rows = LAYOUT_TABLE.slice(1).map((r) => r[2]?.replace(/（/gu, '(').replace(/）/gu, ')'));
    const table = records.filter((r) => r.source === 'table');
    expect(table.map((r) => r.name)).toEqual([...rows, ...rows]);
    expect(table.slice(0, 6).map((r) => [r.value, r.op, r.unit, r.baseline])).toEqual([
      [5.5, '=', '个', [4.5, 2025]],
      [90, '>=', '%', [85, 2025]],
      [100, '=', '%', [95, 2025]],
      [60, '=', '万人', [60, 2025]],
      [3.8, '=', '人', [3.4, 2025]],
      [65, '=', '%', [55, 2025]],
    ]);
    expect(table.slice(6)).toEqual(table.slice(0, 6));
  });

  it('leaves the running header, the page numbers and the footnote marks out of the text', () => {
    expect(doc.extracted.text).not.toMatch(/某市人民政府办公室文件|— \d+ —|100%\d|平方米\d/u);
  });
});
