// A table as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Chinese), CRLF line ends, RFC 4180 quoting.
import type { Cell, Table } from './table-rows';

export function csvField(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableToCsv(table: Table): string {
  const lines = [table.headers.map(csvField).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(row[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
