// Which plan period a document belongs to (十三五, 十四五, 十五五, or one year for an annual programme), and a region's documents in time order.
import type { DocumentKind, DocumentMetadata } from '../types';

/** 十四五 is the 14th five-year period, 2021–2025; the periods run every five years from 十一五 (2006–2010). */
const FIRST_ORDINAL = 11;
const FIRST_START = 2006;

export interface PlanPeriod {
  /** Ordinal of the five-year period the document's horizon falls in (14 for 十四五); null when its years are unknown. */
  fiveYear: number | null;
  /** The document's own years; a single year for an annual programme or a report. */
  start: number | null;
  end: number | null;
  /** A programme or report of one year rather than a plan over several. */
  annual: boolean;
}

/** The five-year period ordinal a year falls in: 2025 → 14 (十四五), 2026 → 15. */
export function fiveYearOf(year: number): number {
  return FIRST_ORDINAL + Math.floor((year - FIRST_START) / 5);
}

/** The first and last year of a five-year period: 14 → 2021–2025. */
export function fiveYearSpan(ordinal: number): { start: number; end: number } {
  const start = FIRST_START + (ordinal - FIRST_ORDINAL) * 5;
  return { start, end: start + 4 };
}

const ONE_YEAR_KINDS: ReadonlySet<DocumentKind> = new Set(['annual_programme', 'news_report']);

function issuedYear(metadata: Pick<DocumentMetadata, 'issued'>): number | null {
  const year = Number(metadata.issued?.slice(0, 4));
  return Number.isInteger(year) && year > 1900 ? year : null;
}

/** The period of a document from its metadata: its stated period, else its issue year. */
export function planPeriod(metadata: Pick<DocumentMetadata, 'period' | 'kind' | 'issued'>): PlanPeriod {
  const period = metadata.period;
  const start = period?.start ?? issuedYear(metadata);
  const end = period?.end ?? start;
  if (start === null || end === null) return { fiveYear: null, start: null, end: null, annual: ONE_YEAR_KINDS.has(metadata.kind) };
  return { fiveYear: fiveYearOf(end), start, end, annual: start === end || ONE_YEAR_KINDS.has(metadata.kind) };
}

/** Whether a document is a plan of the period (not a programme of one year or a report): plan over plan compares these. */
export function isPeriodPlan(metadata: Pick<DocumentMetadata, 'period' | 'kind' | 'issued'>): boolean {
  const p = planPeriod(metadata);
  return !p.annual && p.fiveYear !== null && (metadata.kind === 'five_year_plan' || metadata.kind === 'action_plan' || metadata.kind === 'other');
}

export interface OrderedDocument {
  id: string;
  metadata: Pick<DocumentMetadata, 'period' | 'kind' | 'issued'>;
}

/**
 * A region's documents in time order: by the last year they cover, then the first (a 十四五 plan before the
 * programme of its last year), then the issue date, then the id so the order never depends on arrival.
 * Documents without any year come last.
 */
export function orderDocuments<T extends OrderedDocument>(documents: readonly T[]): T[] {
  const key = (d: T) => planPeriod(d.metadata);
  return [...documents].sort((a, b) => {
    const pa = key(a);
    const pb = key(b);
    const end = (pa.end ?? Infinity) - (pb.end ?? Infinity);
    if (end !== 0 && Number.isFinite(end)) return end;
    if (pa.end === null && pb.end !== null) return 1;
    if (pb.end === null && pa.end !== null) return -1;
    const start = (pa.start ?? 0) - (pb.start ?? 0);
    if (start !== 0) return start;
    const ia = a.metadata.issued ?? '';
    const ib = b.metadata.issued ?? '';
    if (ia !== ib) return ia < ib ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
