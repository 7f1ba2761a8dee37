// Accuracy of document metadata (region, title, issuer, issue date, period, kind) against an index of expected values.
import type { DocumentMetadata } from '../core/types';

export const METADATA_FIELDS = ['region', 'plan_title', 'issuer', 'issued', 'period', 'kind'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** An entry of seeds/index.json: the file and what its metadata should be. */
export interface ExpectedMetadata {
  file: string;
  original?: string;
  region: string | null;
  title: string | null;
  issuer: string | null;
  issued: string | null;
  period: { start: number; end: number } | null;
  kind: DocumentMetadata['kind'];
}

export interface MetadataMismatch {
  doc: string;
  field: MetadataField;
  expected: unknown;
  actual: unknown;
}

export interface MetadataScore {
  documents: number;
  fields: Record<MetadataField, { correct: number; total: number }>;
  correct: number;
  total: number;
  mismatches: MetadataMismatch[];
}

/** Parses an index file's entries, keeping those that state expected metadata. */
export function parseMetadataIndex(raw: unknown): ExpectedMetadata[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((e): e is ExpectedMetadata => typeof e === 'object' && e !== null && typeof e.file === 'string' && 'region' in e && 'kind' in e);
}

// Quotation marks are written either way (“十四五” / "十四五"); spaces do not matter.
function canonical(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value ?? null);
  return value.replace(/[“”„‟]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, '');
}

function expectedOf(entry: ExpectedMetadata, field: MetadataField): unknown {
  return field === 'plan_title' ? entry.title : entry[field];
}

/** Field-by-field accuracy of extracted metadata against the expected entries. */
export function scoreMetadata(pairs: readonly { doc: string; expected: ExpectedMetadata; actual: DocumentMetadata }[]): MetadataScore {
  const fields = Object.fromEntries(METADATA_FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as MetadataScore['fields'];
  const mismatches: MetadataMismatch[] = [];
  for (const { doc, expected, actual } of pairs) {
    for (const field of METADATA_FIELDS) {
      const want = expectedOf(expected, field);
      const got = actual[field];
      fields[field].total++;
      if (canonical(want) === canonical(got)) fields[field].correct++;
      else mismatches.push({ doc, field, expected: want ?? null, actual: got ?? null });
    }
  }
  const correct = METADATA_FIELDS.reduce((n, f) => n + fields[f].correct, 0);
  const total = METADATA_FIELDS.reduce((n, f) => n + fields[f].total, 0);
  return { documents: pairs.length, fields, correct, total, mismatches };
}

/** The metadata part of the eval report. */
export function formatMetadataScore(score: MetadataScore, source: string, limit = 20): string {
  const ratio = (c: number, t: number) => (t === 0 ? '—' : (c / t).toFixed(3));
  const lines = [
    '',
    `Metadata accuracy on ${score.documents} documents (${source})`,
    ...METADATA_FIELDS.map((f) => `  ${f.padEnd(11)} ${ratio(score.fields[f].correct, score.fields[f].total)}  (${score.fields[f].correct}/${score.fields[f].total})`),
    `  ${'all fields'.padEnd(11)} ${ratio(score.correct, score.total)}  (${score.correct}/${score.total})`,
  ];
  if (score.mismatches.length > 0) {
    lines.push('  mismatches:');
    for (const m of score.mismatches.slice(0, limit)) lines.push(`    ${m.doc} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
    if (score.mismatches.length > limit) lines.push(`    … ${score.mismatches.length - limit} more`);
  }
  return `${lines.join('\n')}\n`;
}
