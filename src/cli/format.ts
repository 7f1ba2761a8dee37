// Renders extracted documents as JSON, JSON Lines or Excel-safe CSV text (pure: no I/O).
import type { DocumentKind, DocumentMetadata, Encoding, TargetRecord } from '../core/types';
import type { OutputFormat } from './args';

/** One extracted file, as the CLI knows it. */
export interface FileResult {
  file: string;
  encoding: Encoding;
  metadata: DocumentMetadata;
  targets: TargetRecord[];
}

/** The object printed per file in json / jsonl output. */
export interface DocumentOutput {
  file: string;
  region: string | null;
  plan_title: string | null;
  issuer: string | null;
  issued: string | null;
  period: { start: number; end: number } | null;
  kind: DocumentKind;
  encoding: Encoding;
  targets: TargetRecord[];
}

export function toDocumentOutput(r: FileResult): DocumentOutput {
  const m = r.metadata;
  return {
    file: r.file,
    region: m.region,
    plan_title: m.plan_title,
    issuer: m.issuer,
    issued: m.issued,
    period: m.period,
    kind: m.kind,
    encoding: r.encoding,
    targets: r.targets,
  };
}

export const CSV_COLUMNS = [
  'file',
  'region',
  'plan_title',
  'period_start',
  'period_end',
  'doc_kind',
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

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling its quotes. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

function csvRow(r: FileResult, t: TargetRecord): Cell[] {
  const m = r.metadata;
  const row: Record<(typeof CSV_COLUMNS)[number], Cell> = {
    file: r.file,
    region: m.region,
    plan_title: m.plan_title,
    period_start: m.period?.start,
    period_end: m.period?.end,
    doc_kind: m.kind,
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

const CRLF = '\r\n';

/** UTF-8 BOM first and CRLF line ends: what Excel needs to open Chinese text without mojibake. */
export function formatCsv(results: FileResult[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of results) for (const t of r.targets) lines.push(csvRow(r, t).map(csvField).join(','));
  return '\uFEFF' + lines.join(CRLF) + CRLF;
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(results.map(toDocumentOutput), null, 2) + '\n';
}

export function formatJsonl(results: FileResult[]): string {
  return results.map((r) => JSON.stringify(toDocumentOutput(r)) + '\n').join('');
}

export function formatResults(results: FileResult[], format: OutputFormat): string {
  switch (format) {
    case 'json':
      return formatJson(results);
    case 'jsonl':
      return formatJsonl(results);
    case 'csv':
      return formatCsv(results);
  }
}
