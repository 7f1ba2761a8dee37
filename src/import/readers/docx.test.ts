import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, SimpleField, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../core/extract/extract';
import { writeZip } from '../../../tests/helpers/hostile';
import { unwrapSimpleFields } from './docx-fields';
import { readPlanFile } from './index';

const SENTENCE = '到2025年，全县普惠性幼儿园覆盖率达到85%以上。';

const row = (cells: Array<string | string[]>) =>
  new TableRow({
    children: cells.map(
      (c) => new TableCell({ children: (Array.isArray(c) ? c : [c]).map((text) => new Paragraph(text)) }),
    ),
  });

async function docxBytes(children: Array<Paragraph | Table>): Promise<Uint8Array> {
  const numbering = { config: [{ reference: 'seq', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }] };
  const doc = new Document({ numbering, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const planDocx = () =>
  docxBytes([
    new Paragraph({ text: '第二章 发展目标', heading: HeadingLevel.HEADING_1 }),
    new Paragraph(SENTENCE),
    new Paragraph('表1 主要指标'),
    new Table({
      rows: [
        row(['指标', '2020年', '2025年', '属性']),
        row(['每千人口拥有3岁以下婴幼儿托位数(个)', '1.2', '4.5', '预期性']),
      ],
    }),
  ]);

describe('readPlanFile: DOCX', () => {
  it('reads headings and paragraphs as lines', async () => {
    const result = await readPlanFile('plan.docx', await planDocx());
    expect(result).toMatchObject({ ok: true, format: 'docx', encoding: 'docx' });
    const lines = result.ok ? result.text.split('\n') : [];
    expect(lines.slice(0, 3)).toEqual(['第二章 发展目标', SENTENCE, '表1 主要指标']);
  });

  it('turns each table row into a pipe row', async () => {
    const result = await readPlanFile('plan.docx', await planDocx());
    const lines = result.ok ? result.text.split('\n') : [];
    expect(lines).toContain('| 指标 | 2020年 | 2025年 | 属性 |');
    expect(lines).toContain('| 每千人口拥有3岁以下婴幼儿托位数(个) | 1.2 | 4.5 | 预期性 |');
  });

  it('gives text from which the core reads the table target with its baseline', async () => {
    const result = await readPlanFile('plan.docx', await planDocx());
    if (!result.ok) throw new Error(result.code);
    const targets = extractText(result.text).targets;
    expect(targets.find((t) => t.source === 'table')).toMatchObject({
      name: '每千人口拥有3岁以下婴幼儿托位数',
      unit: '个',
      target: { value: 4.5, year: 2025 },
      baseline: { value: 1.2, year: 2020 },
      binding: 'expected',
    });
    expect(targets.find((t) => t.source === 'prose')).toMatchObject({ target: { value: 85 } });
  });

  it('joins a cell that Word wrapped into several paragraphs into one cell', async () => {
    const bytes = await docxBytes([
      new Table({ rows: [row(['指标', '2025年', '属性']), row([['每千名老年人', '养老床位数(张)'], '35', '预期性'])] }),
    ]);
    const result = await readPlanFile('plan.docx', bytes);
    expect(result.ok && result.text.split('\n')).toContain('| 每千名老年人养老床位数(张) | 35 | 预期性 |');
  });

  describe('merged cells, nested tables and numbered lists keep the table\'s shape', () => {
    const cell = (text: string, span: { columnSpan?: number; rowSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...span });
    /** A 序号 cell numbered by Word: the number is not text, so the cell reads empty. */
    const numbered = () => new TableCell({ children: [new Paragraph({ text: '', numbering: { reference: 'seq', level: 0 } })] });
    const mergedTable = () =>
      new Table({
        rows: [
          new TableRow({ children: [cell('序号'), cell('领域'), cell('指标', { columnSpan: 2 }), cell('2020年'), cell('2025年'), cell('属性')] }),
          new TableRow({ children: [cell('一、幼有所育', { columnSpan: 7 })] }),
          new TableRow({ children: [numbered(), cell('幼有所育', { rowSpan: 2 }), cell('每千人口拥有3岁以下婴幼儿托位数'), cell('个'), cell('1.8'), cell('4.5'), cell('预期性')] }),
          new TableRow({ children: [numbered(), cell('普惠性幼儿园覆盖率'), cell('%'), cell('80'), cell('85以上'), cell('约束性')] }),
          new TableRow({ children: [numbered(), cell('弱有所扶'), cell('残疾人基本康复服务覆盖率'), cell('%'), cell('—'), cell('全覆盖'), cell('预期性')] }),
        ],
      });
    /** The same table as a TXT plan would publish it, with every cell written out. */
    const txt = [
      '| 序号 | 领域 | 指标 | 单位 | 2020年 | 2025年 | 属性 |',
      '| 1 | 幼有所育 | 每千人口拥有3岁以下婴幼儿托位数 | 个 | 1.8 | 4.5 | 预期性 |',
      '| 2 | 幼有所育 | 普惠性幼儿园覆盖率 | % | 80 | 85以上 | 约束性 |',
      '| 3 | 弱有所扶 | 残疾人基本康复服务覆盖率 | % | — | 全覆盖 | 预期性 |',
    ].join('\n');
    const fields = (text: string) =>
      extractText(text).targets.map((t) => ({ name: t.name, unit: t.unit, target: t.target, baseline: t.baseline, binding: t.binding, domain: t.domain }));

    it('repeats a cell merged across columns (gridSpan) or down rows (vMerge) in each column and row it covers', async () => {
      const result = await readPlanFile('merged.docx', await docxBytes([mergedTable()]));
      const lines = result.ok ? result.text.split('\n') : [];
      expect(lines).toContain('| 序号 | 领域 | 指标 | 指标 | 2020年 | 2025年 | 属性 |');
      expect(lines).toContain('|  | 幼有所育 | 普惠性幼儿园覆盖率 | % | 80 | 85以上 | 约束性 |');
      // A heading across the whole row goes out once.
      expect(lines).toContain('| 一、幼有所育 |');
    });

    it('gives the same targets, units, baselines and groups as the table written out in a TXT plan', async () => {
      const result = await readPlanFile('merged.docx', await docxBytes([mergedTable()]));
      if (!result.ok) throw new Error(result.code);
      const fromDocx = fields(result.text);
      expect(fromDocx).toHaveLength(3);
      expect(fromDocx).toEqual(fields(txt));
      expect(fromDocx[1]).toMatchObject({ unit: '%', target: { value: 85, op: '>=' }, baseline: { value: 80, year: 2020 }, binding: 'binding' });
    });

    it('keeps a table nested in a layout cell (a document framed by a one-cell table) as rows', async () => {
      const frame = new Table({
        rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('某县“十四五”养老服务规划'), mergedTable()] })] })],
      });
      const result = await readPlanFile('framed.docx', await docxBytes([frame]));
      if (!result.ok) throw new Error(result.code);
      expect(result.text.split('\n')[0]).toBe('某县“十四五”养老服务规划');
      expect(fields(result.text)).toEqual(fields(txt));
    });
  });

  describe('fields', () => {
    it('reads the saved result of a simple field (w:fldSimple) in a sentence and in a table cell', async () => {
      const field = (instr: string, result: string) => new Paragraph({ children: [new SimpleField(instr, result)] });
      const bytes = await docxBytes([
        new Paragraph({ children: [new TextRun('到2030年，每千名老年人拥有养老床位'), new SimpleField('DOCPROPERTY beds', '45'), new TextRun('张。')] }),
        new Table({
          rows: [
            row(['指标', '2025年', '2030年']),
            new TableRow({ children: [new TableCell({ children: [new Paragraph('托位数(个)')] }), new TableCell({ children: [field('REF base', '4.5')] }), new TableCell({ children: [field('REF goal', '5.5')] })] }),
          ],
        }),
      ]);
      const result = await readPlanFile('fields.docx', bytes);
      if (!result.ok) throw new Error(result.code);
      expect(result.text.split('\n')).toEqual(['到2030年，每千名老年人拥有养老床位45张。', '| 指标 | 2025年 | 2030年 |', '| 托位数(个) | 4.5 | 5.5 |']);
      expect(extractText(result.text).targets.map((t) => [t.name, t.target.value, t.baseline?.value ?? null])).toEqual([
        ['每千名老年人拥有养老床位', 45, null],
        ['托位数', 5.5, 4.5],
      ]);
    });

    it('reads the result of a complex field (fldChar begin, instrText, separate, end), not its instruction', async () => {
      const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
      const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
      const body = `<w:p>${run('到2030年，托位数达到')}${fld('begin')}<w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r>${fld('separate')}${run('5.5')}${fld('end')}${run('个。')}</w:p>`;
      const xml = (s: string) => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>${s}`);
      const bytes = writeZip([
        { name: '[Content_Types].xml', data: xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>') },
        { name: '_rels/.rels', data: xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>') },
        { name: 'word/document.xml', data: xml(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`) },
      ]);
      expect(await readPlanFile('complex.docx', bytes)).toMatchObject({ ok: true, text: '到2030年，托位数达到5.5个。' });
    });

    it('unwraps a simple field to its runs and drops one with nothing saved', () => {
      expect(unwrapSimpleFields('<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple><w:fldSimple w:instr=" NUMPAGES "/></w:p>')).toBe('<w:p><w:r><w:t>3</w:t></w:r></w:p>');
    });
  });

  it('calls a truncated file corrupt', async () => {
    const bytes = await planDocx();
    const result = await readPlanFile('plan.docx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(result).toMatchObject({ ok: false, code: 'corrupt-docx' });
  });

  it('calls an old binary .doc renamed to .docx corrupt', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    expect(await readPlanFile('old.docx', ole)).toMatchObject({ ok: false, code: 'corrupt-docx' });
  });

  it('calls a document without text empty', async () => {
    const bytes = await docxBytes([new Paragraph('')]);
    expect(await readPlanFile('blank.docx', bytes)).toMatchObject({ ok: false, code: 'empty-file' });
  });
});
