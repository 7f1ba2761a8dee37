// The extraction pipeline: bytes or text → normalised text → metadata, tables and prose → target records.
import { achievedFromTableRow, toAchievedRecords } from './achieved';
import { guessDomain, matchPart } from '../catalog/catalog';
import { decodeBytes } from '../text/decode';
import type { Draft } from './draft';
import { extractMetadata } from './metadata';
import { normalize, type Normalized } from '../text/normalize';
import { withPlausibleNumbers } from './plausible';
import { proseMemo, readProse } from './prose';
import { isMidTermReview, isResultsReport, resultsPeriod } from './prose-tense';
import { sectionIndex, type SectionContext } from './sections';
import { readTables } from './tables';
import { runningTableCuts, standardsListCuts } from './tables-running';
import type { AchievedRecord, DocumentMetadata, Encoding, Result, Span, TargetRecord } from '../types';

export interface ExtractedDocument {
  encoding: Encoding;
  /** The decoded original text; record offsets point into it. */
  text: string;
  /** Simplified, width-folded text (never index it with record offsets). */
  normalized: string;
  script: 'simplified' | 'traditional';
  metadata: DocumentMetadata;
  targets: TargetRecord[];
  /** Figures reported as already reached (./achieved.ts), apart from the targets. */
  achieved: AchievedRecord[];
}

export interface ExtractOptions {
  encoding?: Encoding;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint, not a security hash. */
export function fnv1a(text: string, seed = 0x811c9dc5): string {
  return hex8(fnvText(seed | 0, text));
}

/**
 * The loop over a whole document, alone in its function: called once per plan, it is optimised in the middle of its
 * loop (on-stack replacement), and V8 reuses that code at the next plan's call — code made before anything after the
 * loop had ever run, so an instruction after the loop with no feedback yet (the hex formatting) threw every call back
 * to the interpreter. Kept as a signed 32-bit integer (the same bits as the unsigned one), made unsigned once at the end.
 */
function fnvText(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

// The same loop for the parts of an id (names), apart from the document's: one function that reads both a whole plan
// and short names is optimised for neither.
function fnvInto(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** …and for numbers written out (3.5, 1e21): ASCII strings, kept apart from the names' Chinese ones. */
function fnvNumber(h: number, n: number): number {
  if (Number.isSafeInteger(n) && n >= 0) return fnvDigits(h, n);
  const text = String(n);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

const PIPE = 0x7c;

/** FNV-1a of a non-negative whole number's decimal digits, as `fnvInto(h, String(n))` without the string. */
function fnvDigits(h: number, n: number): number {
  if (n < 10) return Math.imul(h ^ (0x30 + n), 0x01000193);
  let div = 10;
  while (div * 10 <= n) div *= 10;
  for (; div >= 1; div /= 10) h = Math.imul(h ^ (0x30 + (Math.floor(n / div) % 10)), 0x01000193);
  return h;
}

const hex8 = (h: number) => (h >>> 0).toString(16).padStart(8, '0');

/**
 * A target's id: fnv1a of `${name}|${value}|${start}|${end}`, hashed part after part instead of building that string
 * (thousands of them per plan, each built only to be hashed).
 */
function targetId(docKey: string, name: string, value: number | string, start: number, end: number): string {
  let h = fnvInto(0x811c9dc5 | 0, name);
  h = Math.imul(h ^ PIPE, 0x01000193);
  h = typeof value === 'string' ? fnvInto(h, value) : fnvNumber(h, value);
  h = fnvNumber(Math.imul(h ^ PIPE, 0x01000193), start);
  h = fnvNumber(Math.imul(h ^ PIPE, 0x01000193), end);
  return `${docKey}-${hex8(h)}`;
}

function toRecord(draft: Draft, norm: Normalized, docKey: string): TargetRecord {
  const original = norm.toOriginal(draft.span);
  const unit = draft.unit;
  // A change against a year's level (参保率比2025年提高) is named as an achievement's change is, and is a change of
  // that measure (its indicator is the measure's).
  const name = draft.name + (draft.change ?? '');
  const indicator = draft.place ? null : matchPart(draft.name, draft.partOf, { unit, domain: draft.domainHint });
  const value = draft.target.value ?? draft.target.text ?? '';
  return withPlausibleNumbers({
    id: targetId(docKey, name, value, original.start, original.end),
    name,
    indicator: indicator?.id ?? null,
    domain: indicator?.domain ?? draft.domainHint ?? guessDomain(draft.name),
    unit,
    baseline: draft.baseline,
    target: draft.target,
    stretch: draft.stretch,
    kind: draft.kind,
    binding: draft.binding,
    quote: draft.quote ?? norm.text.slice(draft.span.start, draft.span.end),
    start: original.start,
    end: original.end,
    per: draft.per,
    aspirational: draft.aspirational,
    source: draft.source,
  });
}

/** What a document's extraction needs from the whole text before any slice of it is read. */
export interface PreparedText {
  text: string;
  encoding: Encoding;
  norm: Normalized;
  metadata: DocumentMetadata;
  /** Table drafts of the whole text, in text order (tables are read whole, so no slice cuts one). */
  tableDrafts: Draft[];
  /** Spans the prose reader never reads across: tables, running-table cells, damaged runs (normalised offsets). */
  skip: Span[];
  sections: (offset: number) => SectionContext;
  results: boolean;
  /** The five-year plan a report of results reports on (its title names it), else null. */
  reportedOn: { start: number; end: number } | null;
  midterm: boolean;
  issued: number | null;
  docKey: string;
}

/** Normalises the text and reads what every slice depends on: metadata, tables, section headings, the kind of report. */
export function prepareText(text: string, options: ExtractOptions = {}): PreparedText {
  const norm = normalize(text);
  const metadata = extractMetadata(norm.text);
  const tables = readTables(norm.text, metadata.period);
  return {
    text,
    encoding: options.encoding ?? 'utf-8',
    norm,
    metadata,
    tableDrafts: tables.drafts,
    skip: [...tables.regions, ...runningTableCuts(norm.text), ...standardsListCuts(norm.text), ...norm.damage, ...newsHeadline(norm.text, metadata)],
    sections: sectionIndex(norm.text),
    results: isResultsReport(norm.text),
    reportedOn: resultsPeriod(norm.text),
    midterm: isMidTermReview(norm.text),
    issued: metadata.issued ? Number(metadata.issued.slice(0, 4)) : null,
    docKey: fnv1a(text),
  };
}

/**
 * A news article's headline (某市今年将新建幼儿园10所 over the article): it restates a figure of the body in a
 * headline's shorthand, so it is not read again — the first line, when it is short, has no sentence end and more
 * lines follow.
 */
export function newsHeadline(text: string, metadata: DocumentMetadata): Span[] {
  if (metadata.kind !== 'news_report') return [];
  // A page's breadcrumbs (首页 > 新闻中心) and tool links (【打印】) may come first: the headline is the first other line.
  let start = 0;
  for (let n = 0; n < 4; n++) {
    const end = text.indexOf('\n', start);
    if (end < 0 || text.slice(end).trim() === '') return [];
    const line = text.slice(start, end).trim();
    if (line === '' || /[>›»]|^【/u.test(line)) {
      start = end + 1;
      continue;
    }
    const at = start + text.slice(start, end).search(/\S/u);
    return line.length <= 40 && !/[。;!?]/u.test(line) ? [{ start: at, end }] : [];
  }
  return [];
}

/** What runs from one slice of a document to the next. */
export interface SliceCarry {
  ids: Set<string>;
  news: { newsFrame: boolean };
  newsAchieved: { newsFrame: boolean };
  /** Index of the first table draft not yet handed to a slice. */
  table: number;
}

export function newCarry(): SliceCarry {
  return { ids: new Set(), news: { newsFrame: false }, newsAchieved: { newsFrame: false }, table: 0 };
}

const shift = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

function shiftDraft(d: Draft, by: number): Draft {
  if (by === 0) return d;
  return { ...d, span: shift(d.span, by) };
}

/**
 * Targets and achievements whose quotes start in [from, to) of the normalised text, in text order. Read slice
 * after slice with one carry, from 0 to the end at line starts no skip span crosses, they are exactly the records
 * of the whole text read at once (src/core/extract/slices.ts chooses such cuts).
 */
/** The year a text's 目前 speaks of (ProseOptions.present). */
function presentYear(m: DocumentMetadata, issued: number | null): number | null {
  if (!m.period) return issued;
  return /施政报告/u.test(m.plan_title ?? '') ? m.period.start : m.period.start - 1;
}

export function extractRange(p: PreparedText, from: number, to: number, carry: SliceCarry): { targets: TargetRecord[]; achieved: AchievedRecord[] } {
  const whole = from === 0 && to === p.norm.text.length;
  const text = whole ? p.norm.text : p.norm.text.slice(from, to);
  const tableDrafts: Draft[] = [];
  while (carry.table < p.tableDrafts.length && (p.tableDrafts[carry.table]?.span.start ?? Infinity) < to) {
    tableDrafts.push(p.tableDrafts[carry.table] as Draft);
    carry.table++;
  }
  const skip = whole
    ? p.skip
    : p.skip.filter((s) => s.end > from && s.start < to).map((s) => ({ start: Math.max(0, s.start - from), end: Math.min(to, s.end) - from }));
  const proseOptions = {
    period: p.metadata.period,
    kind: p.metadata.kind,
    skip,
    damage: [],
    sections: whole ? p.sections : (offset: number) => p.sections(offset + from),
    results: p.results,
    reportedOn: p.reportedOn,
    midterm: p.midterm,
    present: presentYear(p.metadata, p.issued),
    issued: p.issued,
    // The achievements' reading below goes over the same sentences: what they say is worked out once.
    memo: proseMemo(),
  };
  const prose = readProse(text, { ...proseOptions, carry: carry.news }).map((d) => shiftDraft(d, from));
  const reached = [
    ...tableDrafts.flatMap((d) => achievedFromTableRow(d)),
    ...readProse(text, { ...proseOptions, mode: 'achieved', now: p.issued, carry: carry.newsAchieved }).map((d) => shiftDraft(d, from)),
  ];
  const targets = [...tableDrafts, ...prose]
    .map((d) => toRecord(d, p.norm, p.docKey))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  uniqueIds(targets, carry.ids);
  return { targets, achieved: toAchievedRecords(reached, p.norm, p.docKey) };
}

/** The document without its records: what a sliced extraction sends before the first slice. */
export function documentHead(p: PreparedText): ExtractedDocument {
  return { encoding: p.encoding, text: p.text, normalized: p.norm.text, script: p.norm.script, metadata: p.metadata, targets: [], achieved: [] };
}

export function extractText(text: string, options: ExtractOptions = {}): ExtractedDocument {
  const prepared = prepareText(text, options);
  const { targets, achieved } = extractRange(prepared, 0, prepared.norm.text.length, newCarry());
  return { ...documentHead(prepared), targets, achieved };
}

/**
 * Ids are 32-bit fingerprints: in a document of 90,000 targets two of them meet more often than not, and the store
 * keys targets by id. A repeated id gets -2, -3 … in text order, so ids stay stable and every other id is unchanged.
 */
function uniqueIds(targets: TargetRecord[], seen: Set<string>): void {
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i] as TargetRecord;
    let id = t.id;
    for (let n = 2; seen.has(id); n++) id = `${t.id}-${n}`;
    seen.add(id);
    if (id !== t.id) targets[i] = { ...t, id };
  }
}

export function extractBytes(bytes: Uint8Array): Result<ExtractedDocument> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, value: extractText(decoded.value.text, { encoding: decoded.value.encoding }) };
}
