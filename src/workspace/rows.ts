// The stored row shapes and pure builders for them, shared by the Dexie store and by writers of workspace files without a database.
import type { Benchmark } from '../core/catalog/benchmarks';
import { provinceMentions } from '../core/compare/compare-benchmarks';
import { applyEdits, type TargetEdits, type TargetStatus } from '../core/review/effective';
import type { ExtractedDocument } from '../core/extract/extract';
import { visibleText } from '../core/text/normalize';
import { withPlausibleNumbers } from '../core/extract/plausible';
import { applyAchievementEdits, type AchievementEdits } from '../core/review/achieved-edits';
import type { AchievedRecord, DocumentMetadata, DomainId, Script, TargetRecord } from '../core/types';

/** The Dexie version the rows below conform to; schema.ts declares one SCHEMA_Vn per version. */
export const CURRENT_SCHEMA_VERSION = 10;

/** Region of documents whose region could not be read; the UI shows a translated name for it. */
export const UNKNOWN_REGION_ID = 'unknown';

/** Prefix of the record id of a target typed in by the researcher rather than extracted. */
export const MANUAL_ID_PREFIX = 'manual-';

export interface RegionRow {
  id: string;
  /** '' for the unknown region. */
  name: string;
  /** Other names that resolve to this region on import (former names, merged regions). */
  aliases: string[];
  createdAt: string;
  /** GB/T 2260 code when the region is an official division (schema 4); null for a custom region. */
  code?: string | null;
  /** Full name of the region's province (河南省), from its division or set by the researcher (schema 4). */
  province?: string | null;
}

/** The document fields a researcher can correct; what is set here wins over every later extraction. */
export type MetadataEdits = Partial<Pick<DocumentMetadata, 'plan_title' | 'issuer' | 'issued' | 'period' | 'kind' | 'region' | 'region_code' | 'province'>>;

/**
 * A document whole, texts included: what a workspace file, an undo snapshot and the reader see.
 * Since schema version 3 it is stored in two tables: StoredDocumentRow (small, read by every
 * list and chart) and DocumentTextRow (the texts, read only when a plan is opened).
 */
export interface DocumentRow {
  /** SHA-256 of the file bytes, lowercase hex. */
  id: string;
  regionId: string;
  fileName: string;
  /** The reader that produced the text: 'txt', 'md', 'html', 'docx', 'pdf'. */
  format: string;
  /** File size in bytes. */
  size: number;
  /** Same as id; kept as its own field so a workspace file states it explicitly. */
  hash: string;
  /** The text encoding (utf-8, gb18030, …) or the container the text came out of (docx, pdf). */
  encoding: string;
  script: Script;
  originalText: string;
  normalizedText: string;
  metadata: DocumentMetadata;
  importedAt: string;
  extractorVersion: string | null;
  /** The researcher's corrections of the metadata (schema 4), already applied to `metadata`; kept across re-extraction. */
  metadataEdits?: MetadataEdits | null;
}

/** What the documents table holds: a document without its texts, plus what lists need from them. */
export type StoredDocumentRow = Omit<DocumentRow, 'originalText' | 'normalizedText'> & {
  /** Provinces the title, issuer and head of the text name, in order, for guessing the region's province. */
  provinces: string[];
  /** Length of the normalised text in characters. */
  chars: number;
};

/** The texts table: one row per document, same id. */
export interface DocumentTextRow {
  id: string;
  originalText: string;
  normalizedText: string;
}

// The head of a plan names its province (河南省人民政府, 四川省…); the rest adds little.
const PROVINCE_SCAN = 20000;

/** The province mentions a stored document keeps so that no list has to read its text. */
export function documentProvinces(metadata: Pick<DocumentMetadata, 'plan_title' | 'issuer'>, normalizedText: string): string[] {
  return provinceMentions(`${metadata.plan_title ?? ''} ${metadata.issuer ?? ''} ${normalizedText.slice(0, PROVINCE_SCAN)}`);
}

/** A whole document as its two stored rows. */
export function splitDocument(document: DocumentRow): { stored: StoredDocumentRow; text: DocumentTextRow } {
  const { originalText, normalizedText, ...rest } = document;
  return {
    stored: { ...rest, provinces: documentProvinces(rest.metadata, normalizedText), chars: normalizedText.length },
    text: { id: document.id, originalText, normalizedText },
  };
}

/** The two stored rows as a whole document (a missing text row reads as empty texts). */
export function joinDocument(stored: StoredDocumentRow, text: DocumentTextRow | undefined): DocumentRow {
  const { provinces: _provinces, chars: _chars, ...rest } = stored;
  return { ...rest, originalText: text?.originalText ?? '', normalizedText: text?.normalizedText ?? '' };
}

export interface TargetRow {
  /** `${documentId}:${extracted.id}` */
  id: string;
  documentId: string;
  regionId: string;
  /** The effective indicator (edits applied), so the index finds a corrected target. */
  indicator: string | null;
  domain: DomainId | null;
  /** As extracted (or as typed, for manual targets); replaced only by re-extraction. */
  extracted: TargetRecord;
  edits: TargetEdits | null;
  status: TargetStatus;
  /** Re-extraction no longer finds this target, but the researcher had worked on it. */
  orphaned: boolean;
  updatedAt: string;
  /**
   * Schema 9, documents stored in slices only: the key of the pack (src/db/target-store.ts) that holds this target as
   * extracted. Set on a target read from a pack, and kept on the row that overrides it once the researcher touches it;
   * never written to a workspace file.
   */
  pack?: string;
}

/**
 * An achievement (schema 5): a figure the plan reports as already reached, stored apart from the
 * targets (its own table), so no target query, Compare or export meets one. The same review fields
 * as a TargetRow; `year` and `yearFrom` are the effective (edited) years, for timelines.
 */
export interface AchievementRow {
  /** `${documentId}:${extracted.id}`; an achieved record's id never equals a target's. */
  id: string;
  /** Tells the row apart from a TargetRow wherever the two are listed together. */
  record: 'achieved';
  documentId: string;
  regionId: string;
  /** The effective indicator (edits applied), so the index finds a corrected achievement. */
  indicator: string | null;
  domain: DomainId | null;
  /** The year the value was reached, edits applied. */
  year: number | null;
  /** First year of a total or a flow, edits applied; null for a level. */
  yearFrom: number | null;
  /** As extracted (or as typed, for manual achievements); replaced only by re-extraction. */
  extracted: AchievedRecord;
  edits: AchievementEdits | null;
  status: TargetStatus;
  /** Re-extraction no longer finds this achievement, but the researcher had worked on it. */
  orphaned: boolean;
  updatedAt: string;
}

/** Stored tag ids; the UI shows 差距 / 疑问 / 待核实. */
export const ANNOTATION_TAGS = ['gap', 'question', 'verify'] as const;
export type AnnotationTag = (typeof ANNOTATION_TAGS)[number];

export interface AnnotationRow {
  id: string;
  regionId: string;
  /** indicatorKey: a catalog id, or 'name:' + the target's name. */
  indicator: string;
  /** The other region of a note on the gap between two regions. */
  otherRegionId: string | null;
  text: string;
  tag: AnnotationTag | null;
  targetId: string | null;
  createdAt: string;
  updatedAt: string;
}

export type BenchmarkRow = Benchmark;

export interface SettingRow {
  key: string;
  /** Plain JSON. */
  value: unknown;
}

export function targetRowId(documentId: string, recordId: string): string {
  return `${documentId}:${recordId}`;
}

export function isManual(row: { extracted: { id: string } }): boolean {
  return row.extracted.id.startsWith(MANUAL_ID_PREFIX);
}

/** What the import pipeline knows about a file besides its extraction (src/import/prepare.ts PreparedDocument). */
export interface DocumentFile {
  fileName: string;
  format: string;
  size: number;
  hash: string;
  encoding: string;
  extractorVersion?: string | null;
}

export function documentRow(file: DocumentFile, extracted: ExtractedDocument, regionId: string, importedAt: string): DocumentRow {
  return {
    id: file.hash,
    regionId,
    // A file name is shown and exported as the document's name: no bidi override may reorder it.
    fileName: visibleText(file.fileName),
    format: file.format,
    size: file.size,
    hash: file.hash,
    encoding: file.encoding,
    script: extracted.script,
    originalText: extracted.text,
    normalizedText: extracted.normalized,
    metadata: extracted.metadata,
    importedAt,
    extractorVersion: file.extractorVersion ?? null,
  };
}

/** A target row with its indexed fields derived from the record and edits. */
export function targetRow(
  base: Pick<TargetRow, 'documentId' | 'regionId' | 'extracted' | 'edits' | 'status'> & Partial<Pick<TargetRow, 'orphaned'>>,
  updatedAt: string,
): TargetRow {
  // Whatever made the record (an older extractor, a workspace file), no stored value is Infinity or absurd.
  const extracted = withPlausibleNumbers(base.extracted);
  const effective = applyEdits(extracted, base.edits);
  return {
    id: targetRowId(base.documentId, base.extracted.id),
    documentId: base.documentId,
    regionId: base.regionId,
    indicator: effective.indicator,
    domain: effective.domain,
    extracted,
    edits: base.edits,
    status: base.status,
    orphaned: base.orphaned ?? false,
    updatedAt,
  };
}

export function extractedTargetRows(document: Pick<DocumentRow, 'id' | 'regionId'>, records: readonly TargetRecord[], updatedAt: string): TargetRow[] {
  return records.map((extracted) =>
    targetRow({ documentId: document.id, regionId: document.regionId, extracted, edits: null, status: 'extracted' }, updatedAt),
  );
}

/** An achievement row with its indexed fields derived from the record and edits. */
export function achievementRow(
  base: Pick<AchievementRow, 'documentId' | 'regionId' | 'extracted' | 'edits' | 'status'> & Partial<Pick<AchievementRow, 'orphaned'>>,
  updatedAt: string,
): AchievementRow {
  const effective = applyAchievementEdits(base.extracted, base.edits);
  return {
    id: targetRowId(base.documentId, base.extracted.id),
    record: 'achieved',
    documentId: base.documentId,
    regionId: base.regionId,
    indicator: effective.indicator,
    domain: effective.domain,
    year: effective.year,
    yearFrom: effective.year_from,
    extracted: base.extracted,
    edits: base.edits,
    status: base.status,
    orphaned: base.orphaned ?? false,
    updatedAt,
  };
}

export function extractedAchievementRows(document: Pick<DocumentRow, 'id' | 'regionId'>, records: readonly AchievedRecord[], updatedAt: string): AchievementRow[] {
  return records.map((extracted) =>
    achievementRow({ documentId: document.id, regionId: document.regionId, extracted, edits: null, status: 'extracted' }, updatedAt),
  );
}
