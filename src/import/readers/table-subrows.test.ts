// A 其中: sub-row of a table read from HTML or DOCX (h-names7's family, moved here by h-names8 so src/core's tests import
// no reader): the readers hand the core pipe rows, whose sub-rows are parts of the row above, never its indicator.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../core/extract/extract';

describe('a 其中: sub-row of an HTML or DOCX table', () => {
  const TITLE = '某市“十五五”养老服务体系建设规划';
  const table = [
    ['指标', '2025年', '2030年', '属性'],
    ['养老服务床位总量(张)', '6200', '8000', '预期性'],
    ['其中:护理型床位占比(%)', '55', '65', '约束性'],
    ['其中:城市、农村', '4000、2200', '5000、3000', '预期性'],
  ];
  const expectParts = (text: string) => {
    const rows = extractText(text).targets.filter((t) => t.source === 'table');
    const whole = rows.find((t) => t.name === '养老服务床位总量');
    expect(whole?.indicator).toBe('elderly_care_beds_total');
    const parts = rows.filter((t) => t !== whole);
    expect(parts.map((t) => [t.target.value, t.unit])).toEqual([[65, '%'], [5000, '张'], [3000, '张']]);
    // Each is a part of the row above, never charted as the region's total beds.
    for (const t of parts) expect(t.indicator).not.toBe('elderly_care_beds_total');
  };

  it('reads an HTML table’s sub-rows as parts of the row above', async () => {
    const { htmlToText } = await import('./html-text');
    const html = `<h1>${TITLE}</h1><table>${table.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    expectParts(htmlToText(html));
  });

  it('reads a DOCX table’s sub-rows as parts of the row above', async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const { readPlanFile } = await import('./index');
    const doc = new Document({
      sections: [{ children: [new Paragraph(TITLE), new Table({ rows: table.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) })] }],
    });
    const read = await readPlanFile('plan.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(read.ok).toBe(true);
    if (read.ok) expectParts(read.text);
  });
});
