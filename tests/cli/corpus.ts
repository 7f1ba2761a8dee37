// A folder of plans in every format the readers take, plus the files a batch must refuse, written by the test itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { encodeGbk } from '../helpers/gbk';
import { textLines, writePdf } from '../helpers/pdf';

export async function docxPlan(): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('云岭市“十五五”养老服务体系规划')] }),
          new Paragraph('云岭市人民政府'),
          new Paragraph('到2030年,全市养老机构护理型床位占比达到65%以上。'),
          new Table({
            rows: [
              row(['指标', '2025年', '2030年', '属性']),
              row(['每千人口拥有3岁以下婴幼儿托位数(个)', '4.2', '5.5', '预期性']),
              row(['养老机构护理型床位占比(%)', '55', '65', '约束性']),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export function gbkPlan(): Uint8Array {
  return encodeGbk('青川县“十五五”公共服务规划\n青川县人民政府\n到2030年,基本养老保险参保率稳定在96%以上,城镇新增就业达到1.2万人。\n');
}

export function htmlPlan(): string {
  return [
    '<!doctype html><html><head><meta charset="utf-8"><title>石门市“十五五”教育发展规划</title></head><body>',
    '<nav>首页 | 政务公开</nav>',
    '<h1>石门市“十五五”教育发展规划</h1><p>石门市人民政府</p>',
    '<p>到2030年,学前教育毛入园率达到95%以上。</p>',
    '<table><tr><th>指标</th><th>2025年</th><th>2030年</th><th>属性</th></tr>',
    '<tr><td>九年义务教育巩固率(%)</td><td>96</td><td>97</td><td>约束性</td></tr></table>',
    '</body></html>',
  ].join('\n');
}

export function pdfPlan(): Uint8Array {
  const lines = ['河谷区“十五五”托育服务规划', '河谷区人民政府', '到2030年,新增普惠托位800个,每千人口拥有3岁以下婴幼儿托位数达到4.5个。'];
  return writePdf([{ texts: textLines(lines) }]);
}

/** A PNG signature and header: NUL bytes and control codes no plan text has. */
export const BINARY_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66, 0x00, 0x00, 0x00, 0x00,
]);

/** Files of the mixed corpus, relative to its folder: what each good one is, and the code each bad one gets. */
export const GOOD = {
  'txt/qingchuan-gb18030.txt': { region: '青川县', encoding: 'gb18030' },
  'web/shimen.html': { region: '石门市', encoding: 'utf-8' },
  'word/yunling.docx': { region: '云岭市', encoding: 'docx' },
  'pdf/hegu.pdf': { region: '河谷区', encoding: 'pdf' },
} as const;

export const BAD = {
  'bad/empty.txt': 'empty-file',
  'bad/picture.txt': 'binary-file',
  'bad/broken.docx': 'corrupt-docx',
  // No text layer and no page image: OCR has nothing to read.
  'pdf/scan.pdf': 'ocr-no-text',
} as const;

/** Skipped by the walk and counted: no reader has the extension. */
export const UNKNOWN = ['bad/table.xls'];

function put(root: string, rel: string, bytes: Uint8Array | string): void {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/** Writes the mixed corpus into `root`. */
export async function writeCorpus(root: string): Promise<void> {
  const docx = await docxPlan();
  put(root, 'txt/qingchuan-gb18030.txt', gbkPlan());
  put(root, 'web/shimen.html', htmlPlan());
  put(root, 'word/yunling.docx', docx);
  put(root, 'pdf/hegu.pdf', pdfPlan());
  put(root, 'bad/empty.txt', new Uint8Array());
  put(root, 'bad/picture.txt', BINARY_BYTES);
  put(root, 'bad/broken.docx', docx.subarray(0, Math.floor(docx.length / 2)));
  put(root, 'pdf/scan.pdf', writePdf([{ texts: [], graphics: '0 0 1 rg 100 100 200 200 re f' }]));
  put(root, 'bad/table.xls', '不是规划');
  // Hidden entries are not walked at all.
  put(root, '.cache/ignored.txt', '到2030年,城镇新增就业达到5万人。');
}
