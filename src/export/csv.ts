// A table as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Chinese), CRLF line ends, RFC 4180 quoting,
// and no cell that a spreadsheet would run as a formula. The CLI's CSV (src/batch/format.ts) uses the same rule.
import type { Cell, Table } from './table-rows';

/**
 * Characters that make Excel, WPS or LibreOffice read a cell as a formula (OWASP's CSV injection list): `=`, `+`,
 * `-`, `@`, and tab and carriage return, which some of them skip before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * A cell's text, safe to open: text that would start a formula gets a leading apostrophe, which spreadsheets show
 * as text and do not display. Numbers are written as numbers (a value of -3.5 stays a number a researcher can sum);
 * only text is neutralised, so a name like "=HYPERLINK(...)" or a quote "-3.5%" arrives as the words it was.
 */
export function csvText(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  const text = csvText(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableToCsv<C extends string>(table: Table<C>): string {
  const lines = [table.headers.map(csvField).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(row[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
