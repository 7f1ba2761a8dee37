// Shared types of the extraction core: spans, target records and document metadata.
import type { Result as OneResult } from './result';

/** Half-open range [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

// Each vocabulary is one constant array: the type, the zod enums of the workspace file and the menus derive from it.
/** The comparators of a target, in menu order. */
export const OPS = ['=', '>=', '>', '<=', '<', '~'] as const;
export type Op = (typeof OPS)[number];
/** The kinds of target, in display order: the one list types, zod schemas and menus derive from. */
export const TARGET_KINDS = ['level', 'cumulative', 'annual_growth', 'increment'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
/** 约束性 (binding) and 预期性 (expected); null when the plan does not say. */
export const BINDINGS = ['binding', 'expected'] as const;
export type Binding = (typeof BINDINGS)[number] | null;
/** Where in the text a target was read: a table row or running prose. */
export const TARGET_SOURCES = ['table', 'prose'] as const;
export type TargetSource = (typeof TARGET_SOURCES)[number];
/** The script a text was written in ('traditional' texts are read after conversion to simplified). */
export const SCRIPTS = ['simplified', 'traditional'] as const;
export type Script = (typeof SCRIPTS)[number];
export type Polarity = 'higher' | 'lower' | 'neutral';

export const DOMAIN_IDS = [
  'childcare',
  'education',
  'employment',
  'health',
  'elderly',
  'insurance',
  'housing',
  'assistance',
  'veterans',
  'culture_sports',
  'legal',
] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

export interface TargetValue {
  /** null for qualitative targets (应保尽保), which carry `text` instead. */
  value: number | null;
  year: number | null;
  op: Op | null;
  /** The cell or phrase as written, for qualitative targets and ranges. */
  text?: string;
  /** Upper bound of a range (1~2所); `value` holds the lower bound. */
  value_max?: number;
}

export interface Baseline {
  value: number;
  year: number | null;
  op?: Op;
  kind?: TargetKind;
}

/** The interchange record of ../shared/reference/indicator-catalog.md, plus id and offsets. */
export interface TargetRecord {
  /** Stable across runs: derived from the document text, the span and the value. */
  id: string;
  name: string;
  indicator: string | null;
  domain: DomainId | null;
  unit: string | null;
  baseline: Baseline | null;
  target: TargetValue;
  stretch: number | null;
  kind: TargetKind;
  binding: Binding;
  /** Shortest span of the simplified text that holds the value. */
  quote: string;
  /** Offsets of the quote in the ORIGINAL decoded text. */
  start: number;
  end: number;
  /** Unit or period a per-unit standard applies to (每个乡镇, 每年); null when region-wide. */
  per: string | null;
  /** The only value is introduced by 力争/争取. */
  aspirational: boolean;
  source: TargetSource;
  /**
   * Present only when something in the record needs a person's review: 'implausible-number' when a
   * number in the quote is not a plan figure (not finite, or 16+ integer digits) and was kept as text.
   */
  flags?: string[];
}

/**
 * A number the text reports as already reached (an achievement), kept apart from targets: a level (参保率达到96%),
 * a total over a past period (五年累计…, year_from..year) or a flow reported as done (新建4所学校).
 */
export interface AchievedRecord {
  /** Stable across runs, like a target's; never equal to a target's id. */
  id: string;
  name: string;
  indicator: string | null;
  domain: DomainId | null;
  unit: string | null;
  value: number;
  op: Op;
  /** The year the value was reached: as stated, else the end of the period reported on, else the issue year. */
  year: number | null;
  /** First year of the period a total or a flow covers (cumulative, increment); null for a level or one year. */
  year_from: number | null;
  kind: TargetKind;
  /** Shortest span of the simplified text that holds the value. */
  quote: string;
  /** Offsets of the quote in the ORIGINAL decoded text. */
  start: number;
  end: number;
  source: TargetSource;
}

export const DOCUMENT_KINDS = ['five_year_plan', 'action_plan', 'annual_programme', 'news_report', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentMetadata {
  region: string | null;
  /** GB/T 2260 code of the region when it is an official division (src/core/catalog/divisions.ts); absent or null otherwise. */
  region_code?: string | null;
  /** Full name of the region's province (河南省) when known from the division or the text's own names. */
  province?: string | null;
  plan_title: string | null;
  issuer: string | null;
  /**
   * ISO 8601 as precise as the document: YYYY-MM-DD, or YYYY-MM / YYYY when it gives no day (二〇二一年一月);
   * null when unknown. The precision is the string's shape (src/core/extract/issued.ts).
   */
  issued: string | null;
  period: { start: number; end: number } | null;
  kind: DocumentKind;
  doc_number: string | null;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export type CoreErrorCode = 'empty-file' | 'binary-file' | 'undecodable' | 'implausible-text';

/** The core's results: the one Result shape (core/result.ts) with the core's codes and a detail for logs. */
export type Result<T> = OneResult<T, CoreErrorCode, { detail: string }>;
