// A plan the tests own: prose and a 主要指标表 long enough to run over two pages, with names that wrap in their cells,
// written as the TXT a plan is published in, as HTML for Chromium to print, and as a DOCX for LibreOffice.
// It has no 民, 长, 齐, 见 or 户: Chromium's PDFs write them as CJK radicals (⺠ ⻓ ⻬ ⻅ ⼾) that NFKC does not fold back (⼾ folds to 戶).
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export const TITLE = '临川市“十四五”基本公共服务规划';
/** The running header of every printed page; it is not in the plan's text. */
export const RUNNING_HEADER = '临川市政府办公室印发';
export const PROSE = [
  '基本公共服务是保障全体公众生存和发展基本需要、与经济社会发展水平相适应的公共服务，由政府承担保障供给数量和质量的主要责任。',
  '坚持尽力而为、量力而行，聚焦群众最关心最直接最现实的利益问题，补足基本公共服务短板，织密扎牢社会保障网，推动基本公共服务均等化、普惠化、便捷化，让发展成果更多更公平惠及全体市域常住人口。',
  '到2025年，全市基本公共服务均等化水平明显提高，每千人口拥有3岁以下婴幼儿托位数达到4.5个。',
  '主要指标如下表。',
];
export const CAPTION = '表1 “十四五”时期基本公共服务主要指标';
export const HEADER = ['序号', '指标', '2020年', '2025年', '属性'];

/** 指标 (unit), 2020, 2025, 属性: names long enough to wrap, targets of every shape a cell takes. */
const INDICATORS: Array<[string, string, string, string]> = [
  ['学前教育毛入园率(%)', '88.6', '90以上', '预期性'],
  ['九年义务教育巩固率(%)', '95.2', '96以上', '约束性'],
  ['高中阶段教育毛入学率(%)', '91.3', '92以上', '预期性'],
  ['每千人口拥有3岁以下婴幼儿托位数(个)', '1.6', '4.5', '预期性'],
  ['普惠性幼儿园在园幼儿占在园幼儿总数的比例(%)', '80.2', '85', '约束性'],
  ['义务教育学校达到省定办学标准的小学和初中学校比例(%)', '86.44', '95', '预期性'],
  ['劳动年龄人口平均受教育年限(年)', '10.8', '11.3', '约束性'],
  ['城镇新增就业人数(万人)', '[12.4]', '[13]', '预期性'],
  ['城镇调查失业率(%)', '5.2', '<5.5', '预期性'],
  ['外来务工人员职业技能培训人次(万人次)', '[3.1]', '[4]', '预期性'],
  ['每千人口执业(助理)医师数(人)', '2.9', '3.4', '预期性'],
  ['每千人口拥有注册护士数(人)', '3.1', '3.8', '预期性'],
  ['孕产妇死亡率(1/10万)', '9.8', '<10', '约束性'],
  ['婴儿死亡率(‰)', '3.9', '<5', '约束性'],
  ['人均预期寿命(岁)', '78.2', '79', '预期性'],
  ['基本养老保险参保率(%)', '90.5', '95', '预期性'],
  ['基本医疗保险参保率(%)', '95.1', '95以上', '约束性'],
  ['每千名老年人拥有养老床位数(张)', '30.1', '35', '预期性'],
  ['养老机构护理型床位占比(%)', '44.5', '55', '约束性'],
  ['特殊困难老年人月探访率(%)', '—', '100', '约束性'],
  ['残疾人基本康复服务覆盖率(%)', '77.34', '85', '预期性'],
  ['困难残疾人生活补贴和重度残疾人护理补贴覆盖率(%)', '100', '100', '约束性'],
  ['城乡最低生活保障标准年均提高幅度(%)', '6.5', '6*', '预期性'],
  ['公共文化设施免费开放率(%)', '95', '100', '预期性'],
  ['人均体育场地面积(平方米)', '1.9', '2.6', '预期性'],
  ['经常参加体育锻炼人数比例(%)', '37.2', '38.5', '预期性'],
  ['城镇老旧小区改造数量(个)', '[120]', '[150]', '预期性'],
  ['农村低收入群体等重点对象危房改造率(%)', '100', '100', '约束性'],
  ['社区综合服务设施覆盖率(%)', '85.1', '100', '预期性'],
  ['公共法律服务实体平台覆盖率(%)', '96', '100', '预期性'],
];

export const ROWS: string[][] = INDICATORS.map((r, i) => [String(i + 1), ...r]);

/** The plan as a TXT file publishes it: the table in pipe rows. */
export function planTxt(): string {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [TITLE, ...PROSE, CAPTION, row(HEADER), ...ROWS.map(row)].join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The plan as a web page; cells in the middle vertically, as browsers and WPS set them. The header repeats on each page. */
export function planHtml(): string {
  const cells = (tag: string, r: readonly string[]) => `<tr>${r.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
p { text-indent: 2em; }
body { font-family: 'Noto Serif CJK SC', serif; font-size: 12pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 2px 6px; }
td:nth-child(2) { width: 42%; }
thead { display: table-header-group; }
</style></head><body>
<h2>${esc(TITLE)}</h2>
${PROSE.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>${esc(CAPTION)}</p>
<table><thead>${cells('th', HEADER)}</thead><tbody>
${ROWS.map((r) => cells('td', r)).join('\n')}
</tbody></table>
<p>注：[]内为五年累计数，*为年均增速。</p>
</body></html>`;
}

/** The plan as a Word document: the header row does not repeat, so page 2 goes on without it; cells aligned to the top. */
export async function planDocx(): Promise<Buffer> {
  const widths = [700, 3600, 1300, 1300, 1300];
  const row = (r: readonly string[]) =>
    new TableRow({ children: r.map((c, i) => new TableCell({ width: { size: widths[i] ?? 1000, type: WidthType.DXA }, children: [new Paragraph(c)] })) });
  const doc = new Document({
    // 小四 (12 pt) as plans are set, so the table runs onto the second page.
    styles: { default: { document: { run: { size: 24 } } } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, text: RUNNING_HEADER })] }) },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }),
        },
        children: [
          new Paragraph(TITLE),
          ...PROSE.map((p) => new Paragraph({ text: p, indent: { firstLine: 480 }, spacing: { after: 120 } })),
          new Paragraph(CAPTION),
          new Table({ width: { size: 8200, type: WidthType.DXA }, columnWidths: widths, rows: [row(HEADER), ...ROWS.map(row)] }),
          new Paragraph('注：[]内为五年累计数，*为年均增速。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
