// Renders extracted documents (and files that failed) as JSON, JSON Lines or Excel-safe CSV text (pure: no I/O).
// The batch runner streams the same pieces one file at a time: jsonItem, jsonlLine, csvRows.
import type { AchievedRecord, DocumentKind, DocumentMetadata, TargetRecord } from '../core/types';
import { csvText } from '../export/csv';
import type { OutputFormat } from './options';

/** One extracted file, as the CLI knows it. */
export interface FileResult {
  file: string;
  /** SHA-256 of the file's bytes, lowercase hex: the document's id in the workbench. */
  hash: string;
  /** The text encoding (utf-8, gb18030, …) or the container the text came out of ('docx', 'pdf'). */
  encoding: string;
  metadata: DocumentMetadata;
  targets: TargetRecord[];
  /** Figures the text reports as already reached; absent is the same as none. */
  achieved?: AchievedRecord[];
}

/** A file that could not be used; `hash` when its bytes were read. */
export interface FileFailure {
  file: string;
  hash: string | null;
  error: { code: string; message: string };
}

export type FileOutcome = FileResult | FileFailure;

/** The object printed per file in json / jsonl output. */
export interface DocumentOutput {
  file: string;
  region: string | null;
  /** GB/T 2260 code of the region when it is an official division, else null. */
  region_code: string | null;
  /** The region's province (河南省) when known, else null. */
  province: string | null;
  plan_title: string | null;
  issuer: string | null;
  issued: string | null;
  period: { start: number; end: number } | null;
  kind: DocumentKind;
  encoding: string;
  hash: string;
  targets: TargetRecord[];
  /** Figures reported as already reached, beside the targets (src/core/extract/achieved.ts). */
  achieved: AchievedRecord[];
}

/** The object printed for a file that failed: `{file, hash?, error: {code, message}}`. */
export interface ErrorOutput {
  file: string;
  hash?: string;
  error: { code: string; message: string };
}

export type RecordOutput = DocumentOutput | ErrorOutput;

export function isFailure(o: FileOutcome): o is FileFailure {
  return 'error' in o;
}

export function toDocumentOutput(r: FileResult): DocumentOutput {
  const m = r.metadata;
  return {
    file: r.file,
    region: m.region,
    region_code: m.region_code ?? null,
    province: m.province ?? null,
    plan_title: m.plan_title,
    issuer: m.issuer,
    issued: m.issued,
    period: m.period,
    kind: m.kind,
    encoding: r.encoding,
    hash: r.hash,
    targets: r.targets,
    achieved: r.achieved ?? [],
  };
}

export function toErrorOutput(f: FileFailure): ErrorOutput {
  return f.hash === null ? { file: f.file, error: f.error } : { file: f.file, hash: f.hash, error: f.error };
}

export function toRecord(o: FileOutcome): RecordOutput {
  return isFailure(o) ? toErrorOutput(o) : toDocumentOutput(o);
}

export const CSV_COLUMNS = [
  'file',
  'region',
  'region_code',
  'province',
  'plan_title',
  'issuer',
  'issued',
  'period_start',
  'period_end',
  'doc_kind',
  'record',
  'name',
  'indicator',
  'domain',
  'unit',
  'baseline_value',
  'baseline_year',
  'op',
  'target_value',
  'target_value_max',
  'target_text',
  'target_year',
  'year_from',
  'stretch',
  'kind',
  'binding',
  'per',
  'aspirational',
  'source',
  'quote',
  'start',
  'end',
] as const;

type Cell = string | number | boolean | null | undefined;

/**
 * RFC 4180: quote a field holding a comma, quote, CR or LF, doubling its quotes. Text that a spreadsheet would run
 * as a formula (starting with = + - @, tab or CR) gets a leading apostrophe; numbers stay numbers (src/export/csv.ts).
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = csvText(value);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

type CsvColumn = (typeof CSV_COLUMNS)[number];

type DocumentColumn = 'file' | 'region' | 'region_code' | 'province' | 'plan_title' | 'issuer' | 'issued' | 'period_start' | 'period_end' | 'doc_kind';

function documentCells(r: FileResult): Pick<Record<CsvColumn, Cell>, DocumentColumn> {
  // The same document fields as JSON prints, with the period in two columns.
  const { file, region, region_code, province, plan_title, issuer, issued, period, kind } = toDocumentOutput(r);
  return { file, region, region_code, province, plan_title, issuer, issued, period_start: period?.start, period_end: period?.end, doc_kind: kind };
}

function csvRow(r: FileResult, t: TargetRecord): Cell[] {
  const row: Record<CsvColumn, Cell> = {
    ...documentCells(r),
    record: 'target',
    name: t.name,
    indicator: t.indicator,
    domain: t.domain,
    unit: t.unit,
    baseline_value: t.baseline?.value,
    baseline_year: t.baseline?.year,
    op: t.target.op,
    target_value: t.target.value,
    target_value_max: t.target.value_max,
    target_text: t.target.text,
    target_year: t.target.year,
    year_from: undefined,
    stretch: t.stretch,
    kind: t.kind,
    binding: t.binding,
    per: t.per,
    aspirational: t.aspirational,
    source: t.source,
    quote: t.quote,
    start: t.start,
    end: t.end,
  };
  return CSV_COLUMNS.map((c) => row[c]);
}

/** An achievement's row: its value and year in the target_value and target_year columns, no baseline or stretch. */
function achievedRow(r: FileResult, a: AchievedRecord): Cell[] {
  const row: Record<CsvColumn, Cell> = {
    ...documentCells(r),
    record: 'achieved',
    name: a.name,
    indicator: a.indicator,
    domain: a.domain,
    unit: a.unit,
    baseline_value: undefined,
    baseline_year: undefined,
    op: a.op,
    target_value: a.value,
    target_value_max: undefined,
    target_text: undefined,
    target_year: a.year,
    year_from: a.year_from,
    stretch: undefined,
    kind: a.kind,
    binding: undefined,
    per: undefined,
    aspirational: undefined,
    source: a.source,
    quote: a.quote,
    start: a.start,
    end: a.end,
  };
  return CSV_COLUMNS.map((c) => row[c]);
}

const CRLF = '\r\n';

/** UTF-8 BOM first and CRLF line ends: what Excel needs to open Chinese text without mojibake. */
export const CSV_HEADER = '\uFEFF' + CSV_COLUMNS.join(',') + CRLF;

/**
 * The CSV rows of one file, each ending in CRLF: one per target (`record` target), then one per achievement
 * (`record` achieved); a failed file has none (it is named on stderr).
 */
export function csvRows(o: FileOutcome): string {
  if (isFailure(o)) return '';
  const line = (cells: Cell[]) => cells.map(csvField).join(',') + CRLF;
  return o.targets.map((t) => line(csvRow(o, t))).join('') + (o.achieved ?? []).map((a) => line(achievedRow(o, a))).join('');
}

export function formatCsv(outcomes: FileOutcome[]): string {
  return CSV_HEADER + outcomes.map(csvRows).join('');
}

/** One element of the JSON array as formatJson prints it: two-space indent, nested one level. */
export function jsonItem(o: FileOutcome): string {
  // JSON.stringify escapes line breaks inside strings, so every \n here is layout.
  return '  ' + JSON.stringify(toRecord(o), null, 2).replace(/\n/gu, '\n  ');
}

/** Writes a JSON array one element at a time, byte for byte what JSON.stringify(array, null, 2) gives. */
export class JsonArrayWriter {
  private count = 0;
  item(o: FileOutcome): string {
    return (this.count++ === 0 ? '[\n' : ',\n') + jsonItem(o);
  }
  end(): string {
    return this.count === 0 ? '[]\n' : '\n]\n';
  }
}

export function formatJson(outcomes: FileOutcome[]): string {
  const writer = new JsonArrayWriter();
  return outcomes.map((o) => writer.item(o)).join('') + writer.end();
}

export function jsonlLine(o: FileOutcome): string {
  return JSON.stringify(toRecord(o)) + '\n';
}

export function formatJsonl(outcomes: FileOutcome[]): string {
  return outcomes.map(jsonlLine).join('');
}

/** One file's piece of the output in `format` (for json, an array element without its separator). */
export function renderOutcome(o: FileOutcome, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return jsonItem(o);
    case 'jsonl':
      return jsonlLine(o);
    case 'csv':
      return csvRows(o);
  }
}

export function formatResults(outcomes: FileOutcome[], format: OutputFormat): string {
  switch (format) {
    case 'json':
      return formatJson(outcomes);
    case 'jsonl':
      return formatJsonl(outcomes);
    case 'csv':
      return formatCsv(outcomes);
  }
}
