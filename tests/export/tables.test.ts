import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { comparison, input, LIZHOU, REGIONS, XINXIANG } from '../../src/core/compare/compare.fixtures';
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

describe('a rate written at two scales in the comparison table', () => {
  // 新乡 writes 孕产妇死亡率 ≤1.05/万 (baseline 1.2/万), 利州 ≤9/10万: Compare charts both per 100,000, 新乡's as ≤10.5.
  const mm = { indicator: 'maternal_mortality', domain: 'health' as const, name: '孕产妇死亡率' };
  function table(locale: 'zh-CN' | 'en') {
    const rows = [
      input(XINXIANG, { ...mm, unit: '/万', baseline: { value: 1.2, year: 2020 }, target: { value: 1.05, year: 2025, op: '<=' } }),
      input(LIZHOU, { ...mm, unit: '/10万', baseline: { value: 12, year: 2020 }, target: { value: 9, year: 2025, op: '<=' } }),
    ];
    const { effective } = comparison(rows);
    const names = new Map(REGIONS.map((r) => [r.id, r.name]));
    const ctx: TableContext = { t: translator(locale), locale, regionName: (id) => names.get(id) ?? id, documents: new Map(), annotations: [] };
    return comparisonTable(ctx, effective, REGIONS.map((r) => r.id));
  }
  /** The cells of the rows of 新乡 and 利州 under the given headers, as a spreadsheet reads them back. */
  function pick(read: unknown[][], columns: string[]): Record<string, Record<string, unknown>> {
    const header = (read[0] ?? []).map(String);
    const at = (name: string) => header.indexOf(name);
    expect(columns.filter((c) => at(c) < 0)).toEqual([]);
    const region = header.indexOf(columns[0] as string);
    return Object.fromEntries(
      read.slice(1).filter((r) => r[region] === '新乡市' || r[region] === '广元市利州区').map((r) => [String(r[region]), Object.fromEntries(columns.map((c) => [c, r[at(c)]]))]),
    );
  }

  it('writes CSV (UTF-8, BOM) with the stored value, the compared value and unit, and the conversion only where one happened', async () => {
    const bytes = new TextEncoder().encode(tableToCsv(table('zh-CN')));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const read = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)));
    const cells = pick(read, ['地区', '单位', '基期值', '目标值', '对照基期值', '对照目标值', '对照单位', '单位换算']);
    expect(cells['新乡市']).toEqual({ 地区: '新乡市', 单位: '/万', 基期值: '1.2', 目标值: '1.05', 对照基期值: '12', 对照目标值: '10.5', 对照单位: '/10万', 单位换算: '原文≤1.05/万,已换算为/10万(×10)' });
    expect(cells['广元市利州区']).toEqual({ 地区: '广元市利州区', 单位: '/10万', 基期值: '12', 目标值: '9', 对照基期值: '12', 对照目标值: '9', 对照单位: '/10万', 单位换算: '' });
  });

  it('writes XLSX with the compared values as numbers and the conversion in the UI’s language', async () => {
    const comparisonSheet = table('en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tablesToXlsx([{ name: 'Comparison', table: comparisonSheet }])).buffer as ArrayBuffer);
    const read: unknown[][] = [];
    workbook.worksheets[0]?.eachRow((row) => read.push(comparisonSheet.columns.map((_, i) => row.getCell(i + 1).value ?? '')));
    const cells = pick(read, ['Region', 'Unit', 'Target', 'Target as compared', 'Unit as compared', 'Unit conversion']);
    expect(cells['新乡市']).toEqual({ Region: '新乡市', Unit: '/万', Target: 1.05, 'Target as compared': 10.5, 'Unit as compared': '/10万', 'Unit conversion': 'written ≤1.05 per 10k, converted to per 100k (×10)' });
    expect(cells['广元市利州区']).toEqual({ Region: '广元市利州区', Unit: '/10万', Target: 9, 'Target as compared': 9, 'Unit as compared': '/10万', 'Unit conversion': '' });
  });
});
