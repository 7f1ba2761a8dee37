import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../core/extract';
import { readPlanFile } from './index';

const SENTENCE = '到2025年，全县普惠性幼儿园覆盖率达到85%以上。';

const row = (cells: Array<string | string[]>) =>
  new TableRow({
    children: cells.map(
      (c) => new TableCell({ children: (Array.isArray(c) ? c : [c]).map((text) => new Paragraph(text)) }),
    ),
  });

async function docxBytes(children: Array<Paragraph | Table>): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children }] });
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
