// Probe plans in the shapes real government files take and the PDF, DOCX and HTML readers are likeliest to get wrong,
// each with the TXT a plan publishes the same content as: a format's targets must equal its TXT's. The DOCX probes are
// also turned into PDFs by LibreOffice (tests/fixtures/pdf/make-probe-pdfs.ts), committed so CI needs no LibreOffice.
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

type Row = string[];

export interface Probe {
  /** File name stem of the probe (and of its committed PDF). */
  name: string;
  /** The plan as a TXT publishes it: the table in pipe rows. */
  txt: string;
  /** The plan as Word writes it. */
  docx: () => Promise<Uint8Array>;
}

const pipe = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

interface CellOptions {
  width?: number;
  rowSpan?: number;
  columnSpan?: number;
  centred?: boolean;
  children?: Array<Paragraph | Table>;
}

const cell = (text: string, o: CellOptions = {}) =>
  new TableCell({
    children: o.children ?? text.split('\n').map((t) => new Paragraph(t)),
    ...(o.rowSpan ? { rowSpan: o.rowSpan } : {}),
    ...(o.columnSpan ? { columnSpan: o.columnSpan } : {}),
    ...(o.width ? { width: { size: o.width, type: WidthType.PERCENTAGE } } : {}),
    ...(o.centred ? { verticalAlign: VerticalAlign.CENTER } : {}),
  });

const running = {
  headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, text: '某省人民政府办公厅文件' })] }) },
  footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
};

const INTRO = '坚持以人民为中心的发展思想，聚焦群众急难愁盼问题，补齐基本公共服务短板，推动基本公共服务均等化、普惠化、便捷化。';

async function pack(children: Array<Paragraph | Table>): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ ...running, children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function table(header: Row, rows: Row[], widths: number[], options: { centred?: boolean; repeatHeader?: boolean } = {}): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: options.repeatHeader ?? false, children: header.map((h, i) => cell(h, { width: widths[i] ?? 10, centred: true })) }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, { width: widths[i] ?? 10, centred: options.centred ?? false })) })),
    ],
  });
}

/**
 * A plan of a title, its lead paragraphs and one indicator table: the TXT writes the table in pipe rows, Word as a
 * table of the given column widths (percent).
 */
function tableProbe(name: string, title: string, lead: readonly string[], header: Row, rows: Row[], widths: number[], options: { centred?: boolean } = {}): Probe {
  return {
    name,
    txt: [title, INTRO, '表1 主要指标', pipe(header), ...rows.map(pipe)].join('\n'),
    docx: () => pack([new Paragraph(title), ...lead.map((t) => new Paragraph(t)), new Paragraph('表1 主要指标'), table(header, rows, widths, options)]),
  };
}

/** The usual header of an indicator table, shared by the probes below that do not test the header. */
const INDICATOR_HEADER = ['序号', '指标', '单位', '2025年', '2030年', '属性'];

/**
 * Ruled cells centred vertically, in narrow columns: a name over three lines beside a value over two (90 / 以上) and a
 * one-line 属性, so the row's cells sit on five different baselines, the value's half a line off the name's.
 */
const CENTRED_ROWS: Row[] = [
  ['1', '每千人口拥有3岁以下婴幼儿托位数', '个', '4.5', '5.5', '预期性'],
  ['2', '普惠性幼儿园在园幼儿占在园幼儿总数的比例', '%', '85', '90以上', '约束性'],
  ['3', '义务教育学校达到省定办学标准的小学和初中学校比例', '%', '95', '98以上', '预期性'],
  ['4', '农村低收入群体等重点对象危房改造和农房抗震改造任务完成率', '%', '95', '100', '约束性'],
  ['5', '高中阶段教育毛入学率', '%', '92', '95以上', '预期性'],
  ['6', '城乡居民基本养老保险参保率', '%', '95', '96以上', '约束性'],
  ['7', '每千名老年人拥有养老床位数', '张', '32', '35', '预期性'],
  ['8', '养老机构护理型床位占比', '%', '55', '65以上', '约束性'],
  ['9', '残疾人基本康复服务覆盖率', '%', '85', '90', '预期性'],
];

export const centredProbe = tableProbe('centred-cells', '某省“十五五”基本公共服务规划', [INTRO], INDICATOR_HEADER, CENTRED_ROWS, [8, 16, 10, 12, 8, 12], { centred: true });

/**
 * A long table whose rows may break across the page (Word's default): a name that wraps runs on at the top of the next
 * page, with no header repeated there.
 */
const LONG_ROWS: Row[] = Array.from({ length: 34 }, (_, i) => [
  String(i + 1),
  i % 3 === 0 ? `第${i + 1}类城乡社区综合服务设施和便民服务网点的覆盖率及达标率` : `第${i + 1}类社区服务设施覆盖率`,
  '%',
  String(50 + i),
  String(60 + i),
  i % 2 === 0 ? '约束性' : '预期性',
]);

// Six long paragraphs before the table in Word, so that it starts low on the first page and breaks.
export const splitRowProbe = tableProbe('split-rows', '某市“十五五”社区服务体系建设规划', Array.from({ length: 6 }, () => INTRO + INTRO), INDICATOR_HEADER, LONG_ROWS, [7, 20, 8, 12, 12, 16]);

/** Narrow year columns whose header words wrap over four lines (2025 / 年基 / 期值 …). */
const TALL_HEADER = ['序号', '指标名称', '计量单位', '2025年基期值', '2030年规划目标值', '指标属性'];
const TALL_ROWS: Row[] = [
  ['1', '每千人口拥有3岁以下婴幼儿托位数', '个', '4.5', '5.5', '预期性'],
  ['2', '普惠性幼儿园覆盖率', '%', '90', '95', '约束性'],
  ['3', '养老机构护理型床位占比', '%', '55', '65', '约束性'],
  ['4', '每千人口执业（助理）医师数', '人', '3.4', '3.8', '预期性'],
  ['5', '居民人均预期寿命', '岁', '79.2', '80.5', '预期性'],
];

export const tallHeaderProbe = tableProbe('tall-header', '某市“十五五”卫生健康规划', [INTRO], TALL_HEADER, TALL_ROWS, [7, 55, 8, 9, 9, 10]);

/**
 * A Word table with 领域 merged down its rows, 目标值 merged over two year columns, a footnote mark in a value cell and
 * in a name cell, and the indicator table nested in a one-cell layout table.
 */
const NESTED_ROWS: Array<[string, string, string, string, string, string]> = [
  ['幼有所育', '每千人口拥有3岁以下婴幼儿托位数', '个', '4.5', '5.5', '预期性'],
  ['幼有所育', '普惠性幼儿园覆盖率', '%', '90', '95', '约束性'],
  ['老有所养', '养老机构护理型床位占比', '%', '55', '65', '约束性'],
  ['老有所养', '每千名老年人拥有养老床位数', '张', '32', '35', '预期性'],
];

export const nestedDocxProbe: Probe = {
  name: 'nested-merged',
  txt: [
    '某市“十五五”民生事业规划',
    INTRO,
    '表1 主要指标',
    pipe(['领域', '指标', '单位', '2025年', '2030年', '属性']),
    ...NESTED_ROWS.map(pipe),
    '注：托位数按常住人口计算。',
  ].join('\n'),
  docx: async () => {
    const inner = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ children: [cell('领域', { rowSpan: 2 }), cell('指标', { rowSpan: 2 }), cell('单位', { rowSpan: 2 }), cell('目标值', { columnSpan: 2 }), cell('属性', { rowSpan: 2 })] }),
        new TableRow({ children: [cell('2025年'), cell('2030年')] }),
        ...NESTED_ROWS.map(
          (r, i) =>
            new TableRow({
              children: [
                ...(i % 2 === 0 ? [cell(r[0], { rowSpan: 2, centred: true })] : []),
                i === 0 ? cell('', { children: [new Paragraph({ children: [new TextRun(r[1]), new FootnoteReferenceRun(1)] })] }) : cell(r[1]),
                cell(r[2]),
                cell(r[3]),
                i === 1 ? cell('', { children: [new Paragraph({ children: [new TextRun(r[4]), new FootnoteReferenceRun(2)] })] }) : cell(r[4]),
                cell(r[5]),
              ],
            }),
        ),
      ],
    });
    const frame = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: [cell('', { children: [new Paragraph('表1 主要指标'), inner] })] })] });
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('按常住人口计算。')] }, 2: { children: [new Paragraph('含民办普惠性幼儿园。')] } },
      sections: [{ ...running, children: [new Paragraph('某市“十五五”民生事业规划'), new Paragraph(INTRO), frame, new Paragraph('注：托位数按常住人口计算。')] }],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  },
};

/**
 * A page saved from a provincial site: GB18030 by its meta tag, the article in a layout table, cells holding <p>s,
 * <br>s, <span style>s and &nbsp; padding, an empty cell of &nbsp;.
 */
export const GB18030_ROWS: Row[] = [
  ['1', '每千人口拥有3岁以下婴幼儿托位数', '个', '4.5', '5.5', '预期性'],
  ['2', '普惠性幼儿园覆盖率', '%', '90', '95以上', '约束性'],
  ['3', '养老机构护理型床位占比', '%', '55', '65', '约束性'],
  ['4', '特殊困难老年人月探访率', '%', '—', '100', '约束性'],
];

export const GB18030_TXT = [
  '某省“十五五”公共服务规划',
  '到2030年，全省每千人口拥有3岁以下婴幼儿托位数达到5.5个。',
  '表1 主要指标',
  pipe(['序号', '指标', '单位', '2025年', '2030年', '属性']),
  ...GB18030_ROWS.map(pipe),
].join('\n');

export const GB18030_PAGE = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><title>某省“十五五”公共服务规划_某省人民政府</title></head>
<body style="margin:0"><table width="1000" align="center" cellpadding="0" cellspacing="0" border="0"><tr>
<td class="left_nav" width="200"><a href="/">首页</a><br><a href="/zw/">政务公开</a></td>
<td valign="top"><table width="100%" border="0"><tr><td align="center" style="font-size:22px"><b>某省“十五五”公共服务规划</b></td></tr>
<tr><td class="bt_content" style="font-size:16px;line-height:30px">
<p style="text-indent:2em"><span style="font-family:仿宋_GB2312">到2030年，全省每千人口拥有3岁以下婴幼儿托位数达到5.5个。</span></p>
<p align="center"><b><span style="font-family:黑体">表1&nbsp;主要指标</span></b></p>
<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="40"><p align="center"><span>序号</span></p></td><td width="300"><p align="center"><span>指&nbsp;&nbsp;标</span></p></td><td><p>单位</p></td><td><p>2025年</p></td><td><p>2030年</p></td><td><p>属性</p></td></tr>
<tr><td><p align="center">1</p></td><td><p style="text-align:left"><span style="font-size:14px">每千人口拥有</span></p><p><span style="font-size:14px">3岁以下婴幼儿托位数</span></p></td><td><p>个</p></td><td><p>&nbsp;4.5&nbsp;</p></td><td><p><span style="font-family:Times New Roman">5.5</span></p></td><td><p>预期性</p></td></tr>
<tr><td><p align="center">2</p></td><td><p>普惠性幼儿园<br>覆盖率</p></td><td><p>%</p></td><td><p>90</p></td><td><p>95<br>以上</p></td><td><p>约束性</p></td></tr>
<tr><td><p align="center">3</p></td><td><p><span>养老机构护理型</span><span>床位占比</span></p></td><td><p>%</p></td><td><p>55</p></td><td><p>65</p></td><td><p>约束性</p></td></tr>
<tr><td><p align="center">4</p></td><td><p>特殊困难老年人月探访率</p></td><td><p>%</p></td><td><p>—</p></td><td><p>100</p></td><td><p>约束性</p></td></tr>
</table>
</td></tr></table></td></tr></table>
<div class="footer">主办：某省人民政府办公厅 电话：0571-87050000</div></body></html>`;

export const DOCX_PROBES: Probe[] = [centredProbe, splitRowProbe, tallHeaderProbe, nestedDocxProbe];
