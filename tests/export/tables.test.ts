import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../src/export/csv';
import { comparisonTable, reviewTable, type Table, type TableContext } from '../../src/export/table-rows';
import { tablesToXlsx } from '../../src/export/xlsx';
import { parseCsv } from '../helpers/csv';
import { seedFixture, translator } from './fixture';

async function tables() {
  const f = await seedFixture();
  const ctx: TableContext = { t: translator(), locale: 'zh-CN', regionName: (id) => id, documents: f.documents, annotations: f.annotations };
  return { f, comparison: comparisonTable(ctx, f.effective, f.regions.map((r) => r.id)), review: reviewTable(ctx, f.targets) };
}

function asText(table: Table): string[][] {
  return [table.headers, ...table.rows.map((r) => table.columns.map((c) => (r[c] === null || r[c] === undefined ? '' : String(r[c]))))];
}

describe('comparison and review tables', () => {
  it('lists one row per effective target with its plan, quote, status and notes', async () => {
    const { f, comparison } = await tables();
    expect(comparison.rows).toHaveLength(f.effective.length);
    const noted = comparison.rows.find((r) => r.targetId === f.first.effective.id);
    expect(noted?.annotations).toBe('[待核实] 口径与全国不同, "需核实"');
    expect(noted?.documentTitle).toBe(f.first.effective.document.plan_title);
    expect(noted?.issuer).toBe(f.first.effective.document.issuer);
    expect(noted?.quote).toBe(f.first.effective.record.quote);
    expect(comparison.rows.every((r) => r.status !== '已驳回')).toBe(true);
    expect(new Set(comparison.rows.map((r) => r.status))).toContain('已修改');
  });

  it('keeps rejected targets in the review table with every status named', async () => {
    const { f, review } = await tables();
    expect(review.rows).toHaveLength(f.targets.length);
    expect(new Set(review.rows.map((r) => r.status))).toEqual(new Set(['已确认', '已驳回', '已修改', '自动抽取']));
  });

  it('writes CSV with a BOM and CRLF that reads back to the same rows, text that would start a formula neutralised', async () => {
    const { comparison } = await tables();
    const csv = tableToCsv(comparison);
    expect(csv.startsWith('\uFEFF地区,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // The operator column holds "=" for an exact target: a spreadsheet would start a formula there.
    const neutral = (table: Table) =>
      asText(table).map((row, i) =>
        row.map((cell, c) => {
          const column = table.columns[c];
          const text = i > 0 && column !== undefined && typeof table.rows[i - 1]?.[column] === 'string';
          return text && /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
        }),
      );
    const read = parseCsv(csv.slice(1));
    expect(read).toEqual(neutral(comparison));
    expect(read.flat().some((cell) => cell === "'=")).toBe(true);
    expect(read.flat().every((cell) => !/^[=+@\t\r]/u.test(cell))).toBe(true);
  });

  it('writes an XLSX with a comparison and a review sheet that read back to the same rows', async () => {
    const { comparison, review } = await tables();
    const bytes = await tablesToXlsx([
      { name: '对照表', table: comparison },
      { name: '核对表', table: review },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['对照表', '核对表']);
    for (const [sheet, table] of [[workbook.worksheets[0], comparison], [workbook.worksheets[1], review]] as const) {
      const rows: string[][] = [];
      sheet?.eachRow({ includeEmpty: true }, (row) => {
        rows.push(table.columns.map((_, i) => {
          const v = row.getCell(i + 1).value;
          return v === null || v === undefined ? '' : String(v);
        }));
      });
      expect(rows).toEqual(asText(table));
    }
    const target = workbook.worksheets[0]?.getRow(2).getCell(comparison.columns.indexOf('target') + 1).value;
    expect(target === null || typeof target === 'number').toBe(true);
  });
});
