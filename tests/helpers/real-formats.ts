// Plans in the shapes a researcher downloads them: a Word file with merged header cells, footnotes, numbering, a text
// box and tracked changes; a gov.cn-style page saved from the browser; a Markdown file; and a Word layout (two columns,
// a landscape table page, a narrow table whose cells wrap, footnotes, running header and — 1 — page numbers) that
// LibreOffice turns into the PDF committed under tests/fixtures/pdf (make-formats-pdf.ts).
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  SimpleField,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Textbox,
  WidthType,
} from 'docx';

const revision = (id: number) => ({ id, author: '审核人', date: '2026-01-05T09:00:00Z' });

const cell = (text: string, options: { rowSpan?: number; columnSpan?: number; width?: number } = {}) =>
  new TableCell({
    children: [new Paragraph(text)],
    ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
  });

/** Rows of the Word plan's indicator table after its two header rows: 序号, 指标, 单位, 2025年 基期, 2030年 目标, 属性. */
export const WORD_ROWS: Array<[string, string, string, string, string]> = [
  ['每千人口拥有3岁以下婴幼儿托位数', '个', '4.5', '5.5', '预期性'],
  ['普惠性幼儿园覆盖率', '%', '90', '＞９５', '约束性'],
  ['养老机构护理型床位占比', '%', '55', '65', '约束性'],
  ['城镇新增就业人数', '万人', '[60]', '[60]', '预期性'],
  ['居民人均预期寿命', '岁', '79.2', '80.5', '预期性'],
  ['每千人口执业（助理）医师数', '人', '3.4', '3.8', '预期性'],
];
/** Enough further rows that the table runs over a page, its header rows repeated there by Word. */
const FILLER_ROWS = 40;

/** The Word plan: every feature that used to cost a number or add one. */
export async function wordPlanDocx(): Promise<Uint8Array> {
  const header = [
    new TableRow({ tableHeader: true, children: [cell('序号', { rowSpan: 2 }), cell('指标', { rowSpan: 2 }), cell('单位', { rowSpan: 2 }), cell('2025年'), cell('2030年'), cell('属性', { rowSpan: 2 })] }),
    new TableRow({ tableHeader: true, children: [cell('基期'), cell('目标')] }),
  ];
  const rows = WORD_ROWS.map(
    (r, i) =>
      new TableRow({
        children: [
          cell(String(i + 1)),
          cell(r[0]),
          cell(r[1]),
          cell(r[2]),
          // The target cell of the elderly-care row was edited with tracking on: 60 deleted, 65 inserted.
          r[0] === '养老机构护理型床位占比'
            ? new TableCell({ children: [new Paragraph({ children: [new DeletedTextRun({ text: '60', ...revision(11) }), new InsertedTextRun({ text: '65', ...revision(12) })] })] })
            : cell(r[3]),
          cell(r[4]),
        ],
      }),
  );
  // A row deleted with tracking on: it is no longer in the plan.
  rows.push(new TableRow({ deletion: revision(13), children: [cell('7'), cell('已删除的指标覆盖率'), cell('%'), cell('10'), cell('99'), cell('预期性')] }));
  for (let i = 0; i < FILLER_ROWS; i++) {
    rows.push(new TableRow({ children: [cell(String(8 + i)), cell(`第${i + 1}个街道社区综合服务设施覆盖率`), cell('%'), cell('80'), cell('100'), cell('预期性')] }));
  }
  const doc = new Document({
    numbering: { config: [{ reference: 'tasks', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }] },
    footnotes: { 1: { children: [new Paragraph('按常住人口计算，2025年为预计数。')] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('某市人民政府文件')] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
        children: [
          new Paragraph({ text: '某市“十五五”公共服务规划', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '第二章 发展目标', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('到2030年，全市普惠性幼儿园覆盖率达到95%'), new FootnoteReferenceRun(1), new TextRun('以上，每千人口拥有3岁以下婴幼儿托位数'), new FootnoteReferenceRun(1), new TextRun('达到5.5个。')] }),
          new Paragraph({ children: [new TextRun('每千名老年人拥有养老床位'), new DeletedTextRun({ text: '40', ...revision(1) }), new InsertedTextRun({ text: '45', ...revision(2) }), new TextRun('张。')] }),
          // A soft hyphen and a no-break space from a pasted web page, full-width digits from an input method.
          new Paragraph('城镇新增就业人数累计达到\u00ad60\u00a0万人，居民人均预期寿命达到８０．５岁。'),
          new Paragraph({ text: '新建社区嵌入式托育点30个。', numbering: { reference: 'tasks', level: 0 } }),
          new Paragraph({ text: '新增公办幼儿园学位5000个。', numbering: { reference: 'tasks', level: 0 } }),
          // A figure kept in a document property and shown through a simple field (w:fldSimple).
          new Paragraph({ children: [new TextRun('到2030年，全市新增普惠托位'), new SimpleField('DOCPROPERTY places', '2000'), new TextRun('个。')] }),
          new Paragraph({ children: [new Textbox({ style: { width: '300pt', height: '60pt' }, children: [new Paragraph('专栏1 到2030年，全市新建城市社区综合服务站20个。')] })] }),
          new Paragraph('表1 主要指标'),
          new Table({ rows: [...header, ...rows] }),
          new Paragraph('注：[ ]内为五年累计数。'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A plan page as saved from a gov.cn-style site (Ctrl+S), in GB2312 by its meta tag once encoded. */
export const GOV_PAGE = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>某市人民政府关于印发某市“十五五”公共服务规划的通知_某市人民政府门户网站</title>
<style>.article p{text-indent:2em}</style><script>var _hmt = _hmt || [];</script></head><body>
<div class="topbar"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="#">无障碍</a></div>
<div class="nav"><ul><li><a>首页</a></li><li><a>政务公开</a></li><li><a>政务服务</a></li><li><a>互动交流</a></li></ul></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>规划计划</a></div>
<div class="article" style="font-size:16px;line-height:2">
<h1 style="text-align:center">某市“十五五”公共服务规划</h1>
<p style="text-indent:2em">到2030年，全市每千人口拥有3岁以下婴幼儿托位数达到5.5个，普惠性幼儿园覆盖率达到95%<sup>1</sup>以上。</p>
<p style="text-align:center"><b>表1 主要指标</b></p>
<table border="1" cellspacing="0" style="border-collapse:collapse;width:100%">
<tr><td rowspan="2" style="width:10%"><p>类别</p></td><td rowspan="2"><p>指标</p></td><td rowspan="2">单位</td><td colspan="2">目标值</td><td rowspan="2">属性</td></tr>
<tr><td>2025年<br>（基期）</td><td>2030年</td></tr>
<tr><td rowspan="2">幼有所育</td><td>每千人口拥有3岁以下<br>婴幼儿托位数</td><td>个</td><td>4.5</td><td>5.5</td><td>预期性</td></tr>
<tr><td>普惠性幼儿园覆盖率</td><td>%</td><td>90</td><td>&gt;95</td><td>约束性</td></tr>
<tr><td>老有所养</td><td>养老机构护理型<br/>床位占比</td><td>%</td><td>55</td><td>≥65</td><td>约束性</td></tr>
</table>
<p>注：1.含民办普惠性幼儿园。</p>
<p>附件：<a href="/a.pdf">1.某市“十五五”公共服务规划（图解）.pdf</a></p>
<p>附件：<a href="/b.docx">2.某市2025年民生实事项目（共10项）.docx</a></p>
</div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a> 【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
<div class="related"><h3>相关链接</h3><ul><li><a>国务院关于印发“十四五”公共服务规划的通知（2021-12-28）</a></li><li><a>某市2025年城镇新增就业12万人</a></li></ul></div>
<div class="footer"><p>主办单位：某市人民政府办公厅 地址：某市人民路100号 邮编：310000</p><p>联系电话：0571-85252000 传真：0571-85252001</p>
<p>网站标识码：3301000001 <a>浙ICP备05001234号-2</a> <a>浙公网安备 33010202000123号</a></p></div>
</body></html>`;

/** A plan written in Markdown. */
export const MARKDOWN_PLAN = `# 某县“十五五”养老服务规划

## 第二章 发展目标

到2030年，全县养老机构护理型床位占比达到65%以上。

**表1 主要指标**

| 序号 | 指标 | 单位 | 2025年 | 2030年 | 属性 |
|:---:|:-----|:---:|---:|---:|:---:|
| 1 | 每千名老年人拥有养老床位数 | 张 | 32 | 35 | 预期性 |
| 2 | 特殊困难老年人月探访率 | % | 90 | 100 | 约束性 |
| 3 | 老年人助餐服务\\|覆盖率 | % | 60 | > 80 | 预期性 |

> 注：数据来源于县民政局。

## 第三章 重点任务

1. 新建街道综合养老服务中心 \`5\` 个。
2. 新增养老床位~~600~~ 800 张。
`;

const FILLER = '坚持尽力而为、量力而行，聚焦群众最关心最直接最现实的利益问题，补足基本公共服务短板，织密扎牢社会保障网，推动基本公共服务均等化、普惠化、便捷化。';

/** The indicator table of the layout plan, printed twice: on a landscape page, and narrow enough that its cells wrap. */
export const LAYOUT_TABLE: string[][] = [
  ['序号', '领域', '指标', '单位', '2025年基期', '2030年目标', '属性'],
  ['1', '幼有所育', '每千人口拥有3岁以下婴幼儿托位数', '个', '4.5', '5.5', '预期性'],
  ['2', '学有所教', '普惠性幼儿园在园幼儿占在园幼儿总数的比例', '%', '85', '90以上', '约束性'],
  ['3', '学有所教', '义务教育学校达到省定办学标准的小学和初中学校比例', '%', '95', '100', '预期性'],
  ['4', '劳有所得', '城镇新增就业人数', '万人', '[60]', '[60]', '预期性'],
  ['5', '病有所医', '每千人口执业（助理）医师数', '人', '3.4', '3.8', '预期性'],
  ['6', '老有所养', '养老机构护理型床位占比', '%', '55', '65', '约束性'],
];

/** A plan laid out as printed plans are, for LibreOffice to make a PDF of. */
export async function layoutPlanDocx(): Promise<Uint8Array> {
  const running = {
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, text: '某市人民政府办公室文件' })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
  };
  const table = (widths: number[]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: LAYOUT_TABLE.map((r) => new TableRow({ children: r.map((c, i) => cell(c, { width: widths[i] ?? 10 })) })),
    });
  const prose = Array.from({ length: 9 }, () => new Paragraph(FILLER + FILLER));
  // The last paragraph of page 1 runs on to page 2, its targets before the break.
  prose.push(
    new Paragraph(
      `${FILLER}到2030年，全市每千人口拥有3岁以下婴幼儿托位数达到5.5个，普惠性幼儿园覆盖率达到95%以上，养老机构护理型床位占比达到65%，城镇新增就业人数累计达到60万人，居民人均预期寿命达到80.5岁。${FILLER}${FILLER}`,
    ),
  );
  const columns = [new Paragraph('二、专栏')];
  for (let i = 0; i < 14; i++) columns.push(new Paragraph(FILLER));
  columns.push(new Paragraph('到2030年，全市新建城市社区综合服务站20个，每个街道至少建成1个综合为老服务中心。'));
  columns.push(
    new Paragraph({
      children: [new TextRun('到2030年，公共文化设施免费开放率达到100%'), new FootnoteReferenceRun(1), new TextRun('，人均体育场地面积达到3.2平方米'), new FootnoteReferenceRun(2), new TextRun('。')],
    }),
  );
  for (let i = 0; i < 14; i++) columns.push(new Paragraph(FILLER));
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('含图书馆、文化馆、博物馆。')] }, 2: { children: [new Paragraph('按常住人口计算。')] } },
    sections: [
      { ...running, children: [new Paragraph({ text: '某市“十五五”公共服务规划', heading: HeadingLevel.TITLE }), ...prose] },
      { ...running, properties: { type: SectionType.NEXT_PAGE, column: { count: 2, space: 720 } }, children: columns },
      {
        ...running,
        properties: { type: SectionType.NEXT_PAGE, page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [new Paragraph('表1 主要指标'), table([6, 10, 40, 8, 12, 12, 12])],
      },
      { ...running, properties: { type: SectionType.NEXT_PAGE }, children: [new Paragraph('表2 主要指标（续表排版）'), table([6, 10, 30, 8, 16, 16, 14]), new Paragraph('注：[ ]内为五年累计数。')] },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
