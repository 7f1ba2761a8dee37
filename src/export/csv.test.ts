// CSV that is safe to open: cells that would start a formula in Excel, WPS or LibreOffice arrive as text.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../tests/helpers/csv';
import { csvField, tableToCsv } from './csv';
import type { Table } from './table-rows';

const HOSTILE = ['=HYPERLINK("http://evil.example/","点此")托位数', '+1+1护理型床位占比', '-2+3城镇新增就业', '@SUM(A1)养老床位', '\t=1+1', '\r=1+1'];

describe('CSV cells', () => {
  it('neutralises every text cell starting with = + - @, tab or CR with a leading apostrophe', () => {
    const table: Table = {
      headers: ['名称', '目标值'],
      columns: ['name', 'value'],
      rows: HOSTILE.map((name, i) => ({ name, value: -3.5 - i })),
    } as unknown as Table;
    const rows = parseCsv(tableToCsv(table).slice(1));
    expect(rows[0]).toEqual(['名称', '目标值']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(HOSTILE.map((name) => `'${name}`));
    // Numbers stay numbers: a negative value is not text a spreadsheet would run, and must still sum.
    expect(rows.slice(1).map((r) => r[1])).toEqual(HOSTILE.map((_, i) => String(-3.5 - i)));
  });

  it('leaves ordinary text, numbers and text with a formula character inside as they were', () => {
    expect(csvField('每千人口托位数')).toBe('每千人口托位数');
    expect(csvField('4.5→4.9')).toBe('4.5→4.9');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-12)).toBe('-12');
    expect(csvField(0)).toBe('0');
  });
});
