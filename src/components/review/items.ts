// The review table's rows: targets and achievements joined with their region, document and notes, filtered and ordered.
import { indicatorKey, noteKey } from '../../core/review/effective';
import type { TargetRecord } from '../../core/types';
import { viewOf, type RecordKind, type ReviewedRow } from '../../app/records';
import type { AchievementRow, AnnotationRow, TargetRow } from '../../app/rows';
import type { ReviewFilters } from '../../stores/review';

/** Value of the indicator filter that selects targets outside the catalog ('' selects all). */
export const NO_INDICATOR = '__none';

/** Where a document's text came from: recognised from page images, a PDF's text layer, or a text file (TXT, HTML, DOCX). */
export type TextOrigin = 'ocr' | 'text-layer' | 'file';

/** The origin of a stored document's text, from its format and encoding ('ocr' when it was recognised). */
export function textOrigin(document: { format: string; encoding: string }): TextOrigin {
  if (document.encoding === 'ocr') return 'ocr';
  return document.format === 'pdf' ? 'text-layer' : 'file';
}

export interface ReviewItem {
  row: ReviewedRow;
  /** A target or an achievement (shown through a target's fields: value, op and year in `target`). */
  kind: RecordKind;
  /** The record with edits applied. */
  record: TargetRecord;
  /** The record as extracted. */
  extracted: TargetRecord;
  /** An achievement's first year of a total or flow, with edits and as extracted; null for targets. */
  yearFrom: number | null;
  extractedYearFrom: number | null;
  regionName: string;
  documentTitle: string;
  notes: readonly AnnotationRow[];
  /** Where the document's text came from. */
  origin: TextOrigin;
  /** Read by OCR and not confirmed yet: the number may be misread. */
  checkOcr: boolean;
}

/** A region or document in a filter's list. */
export interface FilterOption {
  id: string;
  label: string;
  regionId?: string;
}

export interface ItemSources {
  targets: readonly TargetRow[];
  achievements?: readonly AchievementRow[];
  regionName: (regionId: string) => string;
  documentTitle: (documentId: string) => string;
  /** Where a document's text came from; 'file' when not given. */
  documentOrigin?: (documentId: string) => TextOrigin;
  annotations: readonly AnnotationRow[];
}

export const notesKey = noteKey;

/** Notes grouped by region × indicator key, oldest first, as listAnnotations gives them. */
export function groupNotes(annotations: readonly AnnotationRow[]): Map<string, AnnotationRow[]> {
  const groups = new Map<string, AnnotationRow[]>();
  const sorted = [...annotations].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  for (const note of sorted) {
    const key = notesKey(note.regionId, note.indicator);
    groups.set(key, [...(groups.get(key) ?? []), note]);
  }
  return groups;
}

export function matches(item: ReviewItem, filters: ReviewFilters): boolean {
  const { row, record } = item;
  if (filters.record && item.kind !== filters.record) return false;
  if (filters.regionId && row.regionId !== filters.regionId) return false;
  if (filters.documentId && row.documentId !== filters.documentId) return false;
  if (filters.domain && record.domain !== filters.domain) return false;
  if (filters.indicator === NO_INDICATOR ? record.indicator !== null : filters.indicator && record.indicator !== filters.indicator) return false;
  if (filters.status && row.status !== filters.status) return false;
  const query = filters.query.trim().toLowerCase();
  if (query && !`${record.name}\n${row.extracted.quote}`.toLowerCase().includes(query)) return false;
  return true;
}

/** Rows for the table, by region name, document and place in the text. */
export function reviewItems(sources: ItemSources, filters: ReviewFilters): ReviewItem[] {
  const notes = groupNotes(sources.annotations);
  const rows: ReviewedRow[] = [...sources.targets, ...(sources.achievements ?? [])];
  return rows
    .map((row): ReviewItem => {
      const view = viewOf(row);
      const record = view.current;
      const origin = sources.documentOrigin?.(row.documentId) ?? 'file';
      return {
        row,
        kind: view.kind,
        record,
        extracted: view.extracted,
        yearFrom: view.yearFrom,
        extractedYearFrom: view.extractedYearFrom,
        regionName: sources.regionName(row.regionId),
        documentTitle: sources.documentTitle(row.documentId),
        // The notes of the record's region × indicator: a target's and an achievement's of the same indicator are the same notes.
        notes: notes.get(notesKey(row.regionId, indicatorKey(record))) ?? [],
        origin,
        checkOcr: origin === 'ocr' && (row.status === 'extracted' || row.status === 'edited'),
      };
    })
    .filter((item) => matches(item, filters))
    .sort(
      (a, b) =>
        a.regionName.localeCompare(b.regionName, 'zh-CN') ||
        a.documentTitle.localeCompare(b.documentTitle, 'zh-CN') ||
        a.row.extracted.start - b.row.extracted.start ||
        (a.row.id < b.row.id ? -1 : 1),
    );
}
