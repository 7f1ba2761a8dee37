import { describe, expect, it } from 'vitest';
import type { AchievedRecord, TargetRecord } from '../core/types';
import { parseCsv } from '../../tests/helpers/csv';
import { CSV_COLUMNS, csvField, formatCsv, formatJson, formatJsonl, JsonArrayWriter, renderOutcome, type FileFailure, type FileResult } from './format';

const record: TargetRecord = {
  id: 't1',
  name: '城镇新增就业',
  indicator: 'urban_new_jobs',
  domain: 'employment',
  unit: '万人',
  baseline: { value: 1.08, year: 2020 },
  target: { value: 5.4, year: 2025, op: '=' },
  stretch: null,
  kind: 'cumulative',
  binding: 'expected',
  // A quote with a comma, an ASCII double quote and a line break: every RFC 4180 case at once.
  quote: '城镇新增就业"累计",达到\r\n5.4万人',
  start: 10,
  end: 27,
  per: null,
  aspirational: false,
  source: 'table',
};

const HASH = 'ab'.repeat(32);

/** A five-year total reported as reached, from the 2020 column of the same table. */
const reached: AchievedRecord = {
  id: 'a1',
  name: '开展补贴性职业技能培训人数',
  indicator: 'subsidized_skills_training',
  domain: 'employment',
  unit: '万人次',
  value: 0.68,
  op: '=',
  year: 2020,
  year_from: 2016,
  kind: 'cumulative',
  quote: '开展补贴性职业技能培训人数(万人次)\n|\n[0.68]',
  start: 40,
  end: 64,
  source: 'table',
};

const result: FileResult = {
  file: 'plans/利州.txt',
  hash: HASH,
  encoding: 'gb18030',
  metadata: {
    region: '广元市利州区',
    region_code: '510802',
    province: '四川省',
    plan_title: '广元市利州区“十四五”公共服务和就业促进规划',
    issuer: '广元市利州区人民政府',
    issued: '2022-09-27',
    period: { start: 2021, end: 2025 },
    kind: 'five_year_plan',
    doc_number: '广利府发〔2022〕12号',
  },
  targets: [
    record,
    {
      ...record,
      id: 't2',
      name: '综合性托育机构',
      indicator: null,
      domain: null,
      baseline: null,
      target: { value: 1, year: 2025, op: '>=', text: '1~2', value_max: 2 },
      kind: 'level',
      binding: null,
      quote: '建成1~2所综合性托育机构',
      per: '每个县(市、区)',
      aspirational: true,
      source: 'prose',
    },
  ],
  achieved: [reached],
};

describe('csvField', () => {
  it('leaves plain fields bare and empties null', () => {
    expect(csvField('城镇新增就业')).toBe('城镇新增就业');
    expect(csvField(5.4)).toBe('5.4');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  it('quotes fields with a comma, a quote, CR or LF and doubles their quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"好"')).toBe('"说""好"""');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('neutralises text that would start a formula, never numbers', () => {
    expect(csvField('=HYPERLINK("http://evil.example/","点此")托位数')).toBe('"\'=HYPERLINK(""http://evil.example/"",""点此"")托位数"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField(-3.5)).toBe('-3.5');
  });

  it('does not quote Chinese full-width commas and quotes, which CSV does not treat specially', () => {
    expect(csvField('达到95%\uFF0C“三残”')).toBe('达到95%\uFF0C“三残”');
  });
});

describe('formatCsv', () => {
  const csv = formatCsv([result]);

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFfile,region,region_code,province,plan_title,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside the quoted quote, every line break is a CRLF.
    expect(csv.replace(/"(?:[^"]|"")*"/gu, '').match(/\r?\n/gu)?.every((b) => b === '\r\n')).toBe(true);
  });

  it('writes one row per target, then one per achievement, that parse back to the same values', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const row = (i: number) => Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, rows[i]?.[j]]));
    expect(row(1)).toMatchObject({
      file: 'plans/利州.txt',
      region: '广元市利州区',
      region_code: '510802',
      province: '四川省',
      plan_title: '广元市利州区“十四五”公共服务和就业促进规划',
      issuer: '广元市利州区人民政府',
      issued: '2022-09-27',
      period_start: '2021',
      period_end: '2025',
      doc_kind: 'five_year_plan',
      record: 'target',
      name: '城镇新增就业',
      baseline_value: '1.08',
      baseline_year: '2020',
      // An exact target's operator: a spreadsheet would start a formula at "=", so it is neutralised like any text.
      op: "'=",
      target_value: '5.4',
      target_value_max: '',
      stretch: '',
      kind: 'cumulative',
      binding: 'expected',
      quote: '城镇新增就业"累计",达到\r\n5.4万人',
      start: '10',
      end: '27',
    });
    expect(row(2)).toMatchObject({
      indicator: '',
      baseline_value: '',
      target_value: '1',
      target_value_max: '2',
      target_text: '1~2',
      per: '每个县(市、区)',
      aspirational: 'true',
      source: 'prose',
    });
    // The achievement: its value and year where a target's are, the period it covers in year_from, no baseline.
    expect(row(3)).toMatchObject({
      file: 'plans/利州.txt',
      record: 'achieved',
      name: '开展补贴性职业技能培训人数',
      indicator: 'subsidized_skills_training',
      unit: '万人次',
      baseline_value: '',
      op: "'=",
      target_value: '0.68',
      target_year: '2020',
      year_from: '2016',
      stretch: '',
      kind: 'cumulative',
      binding: '',
      aspirational: '',
      source: 'table',
      quote: '开展补贴性职业技能培训人数(万人次)\n|\n[0.68]',
    });
    expect(rows.slice(1, 3).every((r) => r[CSV_COLUMNS.indexOf('year_from')] === '')).toBe(true);
  });

  it('gives a document with no official region empty region_code and province cells, not the word null', () => {
    const rows = parseCsv(formatCsv([{ ...result, metadata: { ...result.metadata, region: null, region_code: null, province: undefined } }]).slice(1));
    const row = Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, rows[1]?.[j]]));
    expect(row).toMatchObject({ region: '', region_code: '', province: '', name: '城镇新增就业' });
  });

  it('writes an issue date known only to the month as the month, not as a day', () => {
    const rows = parseCsv(formatCsv([{ ...result, metadata: { ...result.metadata, issued: '2021-01' } }]).slice(1));
    expect(rows[1]?.[CSV_COLUMNS.indexOf('issued')]).toBe('2021-01');
  });

  it('writes only the header for files without targets', () => {
    expect(formatCsv([{ ...result, targets: [], achieved: [] }])).toBe('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n');
  });
});

describe('formatJson and formatJsonl', () => {
  it('prints one object per file with its metadata and the records unchanged', () => {
    const parsed: unknown = JSON.parse(formatJson([result, { ...result, file: 'b.txt', targets: [] }]));
    expect(parsed).toEqual([
      {
        file: 'plans/利州.txt',
        region: '广元市利州区',
        region_code: '510802',
        province: '四川省',
        plan_title: '广元市利州区“十四五”公共服务和就业促进规划',
        issuer: '广元市利州区人民政府',
        issued: '2022-09-27',
        period: { start: 2021, end: 2025 },
        kind: 'five_year_plan',
        encoding: 'gb18030',
        hash: HASH,
        targets: result.targets,
        achieved: [reached],
      },
      expect.objectContaining({ file: 'b.txt', targets: [] }),
    ]);
  });

  it('puts each file on one line in JSON Lines, even when a quote holds a line break', () => {
    const lines = formatJsonl([result, { ...result, file: 'b.txt' }]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ file: 'b.txt', targets: result.targets, achieved: [reached] });
  });

  it('prints region_code and province as null when the metadata has none (a custom or unknown region)', () => {
    const line = formatJsonl([{ ...result, metadata: { ...result.metadata, region: '某新区', region_code: undefined, province: undefined } }]);
    expect(JSON.parse(line)).toMatchObject({ region: '某新区', region_code: null, province: null });
  });

  it('prints an empty array when no file was readable', () => {
    expect(formatJson([])).toBe('[]\n');
    expect(formatJsonl([])).toBe('');
  });

  it('keeps the document fields in their order, with the content hash before the targets and the achievements last', () => {
    const parsed = JSON.parse(formatJsonl([result])) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['file', 'region', 'region_code', 'province', 'plan_title', 'issuer', 'issued', 'period', 'kind', 'encoding', 'hash', 'targets', 'achieved']);
  });

  it('prints an empty achieved list for a file that reports nothing reached', () => {
    const { achieved: _none, ...older } = result;
    expect(JSON.parse(formatJsonl([older]))).toMatchObject({ targets: result.targets, achieved: [] });
  });
});

describe('failed files', () => {
  const read: FileFailure = { file: 'scan.pdf', hash: HASH, error: { code: 'pdf-needs-ocr', message: 'needs OCR' } };
  const unopened: FileFailure = { file: 'gone.txt', hash: null, error: { code: 'not-found', message: 'no such file or directory' } };

  it('print as {file, hash, error} records, without hash when the file could not be opened', () => {
    expect(JSON.parse(formatJsonl([read]))).toEqual({ file: 'scan.pdf', hash: HASH, error: { code: 'pdf-needs-ocr', message: 'needs OCR' } });
    expect(JSON.parse(formatJson([unopened]))).toEqual([{ file: 'gone.txt', error: { code: 'not-found', message: 'no such file or directory' } }]);
  });

  it('have no CSV rows (they are named on standard error)', () => {
    expect(formatCsv([read, result])).toBe(formatCsv([result]));
  });
});

describe('streaming pieces', () => {
  it('build the same JSON array as JSON.stringify, one element at a time', () => {
    const outcomes = [result, { ...result, file: 'b.txt', targets: [] }, { file: 'c.txt', hash: null, error: { code: 'not-found', message: 'x' } }];
    const writer = new JsonArrayWriter();
    const streamed = outcomes.map((o) => writer.item(o)).join('') + writer.end();
    expect(streamed).toBe(JSON.stringify(JSON.parse(formatJson(outcomes)), null, 2) + '\n');
    expect(streamed).toBe(formatJson(outcomes));
    expect(new JsonArrayWriter().end()).toBe('[]\n');
  });

  it('render one file as formatResults does for a list of one', () => {
    expect(renderOutcome(result, 'jsonl')).toBe(formatJsonl([result]));
    expect(CSV_COLUMNS.join(',').length).toBeGreaterThan(0);
    expect('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n' + renderOutcome(result, 'csv')).toBe(formatCsv([result]));
  });
});
