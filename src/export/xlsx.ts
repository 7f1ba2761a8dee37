// Tables as an Excel workbook (exceljs): one sheet per table, a frozen bold header, numbers kept as numbers.
import ExcelJS from 'exceljs';
import { isNumericColumn, type Table } from './table-rows';

export interface Sheet {
  name: string;
  table: Table<string>;
  /** Columns written as numbers; the comparison's and review's numeric columns by default. */
  numeric?: (column: string) => boolean;
  /** Columns of long words, wrapped and wide (quotes, notes). */
  wide?: readonly string[];
}

// Excel refuses sheet names over 31 characters or holding []:*?/\.
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
}

export async function tablesToXlsx(sheets: readonly Sheet[], creator = 'PlanBench'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  for (const { name, table, numeric = isNumericColumn, wide = ['quote', 'annotations'] } of sheets) {
    const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c, i) => ({ header: table.headers[i], key: c, width: wide.includes(c) ? 60 : c === 'documentTitle' || c === 'conversion' ? 36 : 14 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(table.columns.map((c) => {
        const v = row[c];
        if (v === null || v === undefined) return null;
        return numeric(c) && typeof v === 'number' ? v : String(v);
      }));
    }
    for (const column of wide) {
      const index = table.columns.indexOf(column);
      if (index >= 0) sheet.getColumn(index + 1).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
