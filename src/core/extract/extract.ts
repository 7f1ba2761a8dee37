// The extraction pipeline: bytes or text → normalised text → metadata, tables and prose → target records.
import { achievedFromTableRow, toAchievedRecords } from './achieved';
import { guessDomain, matchIndicator } from '../catalog/catalog';
import { decodeBytes } from '../text/decode';
import type { Draft } from './draft';
import { extractMetadata } from './metadata';
import { normalize, type Normalized } from '../text/normalize';
import { withPlausibleNumbers } from './plausible';
import { proseMemo, readProse } from './prose';
import { sectionIndex } from './sections';
import { readTables } from './tables';
import { runningTableCuts } from './tables-running';
import type { AchievedRecord, DocumentMetadata, Encoding, Result, TargetRecord } from '../types';

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
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function toRecord(draft: Draft, norm: Normalized, docKey: string): TargetRecord {
  const original = norm.toOriginal(draft.span);
  const unit = draft.unit;
  const indicator = matchIndicator(draft.name, { unit, domain: draft.domainHint });
  const value = draft.target.value ?? draft.target.text ?? '';
  return withPlausibleNumbers({
    id: `${docKey}-${fnv1a(`${draft.name}|${value}|${original.start}|${original.end}`)}`,
    name: draft.name,
    indicator: indicator?.id ?? null,
    domain: indicator?.domain ?? draft.domainHint ?? guessDomain(draft.name),
    unit,
    baseline: draft.baseline,
    target: draft.target,
    stretch: draft.stretch,
    kind: draft.kind,
    binding: draft.binding,
    quote: norm.text.slice(draft.span.start, draft.span.end),
    start: original.start,
    end: original.end,
    per: draft.per,
    aspirational: draft.aspirational,
    source: draft.source,
  });
}

export function extractText(text: string, options: ExtractOptions = {}): ExtractedDocument {
  const norm = normalize(text);
  const metadata = extractMetadata(norm.text);
  const tables = readTables(norm.text, metadata.period);
  const proseOptions = {
    period: metadata.period,
    kind: metadata.kind,
    skip: [...tables.regions, ...runningTableCuts(norm.text)],
    damage: norm.damage,
    sections: sectionIndex(norm.text),
    // The achievements' reading below goes over the same sentences: what they say is worked out once.
    memo: proseMemo(),
  };
  const prose = readProse(norm.text, proseOptions);
  const issued = metadata.issued ? Number(metadata.issued.slice(0, 4)) : null;
  const reached = [
    ...tables.drafts.flatMap((d) => achievedFromTableRow(d)),
    ...readProse(norm.text, { ...proseOptions, mode: 'achieved', now: issued }),
  ];
  const docKey = fnv1a(text);
  const targets = [...tables.drafts, ...prose]
    .map((d) => toRecord(d, norm, docKey))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  uniqueIds(targets);
  const achieved = toAchievedRecords(reached, norm, docKey);
  return {
    encoding: options.encoding ?? 'utf-8',
    text,
    normalized: norm.text,
    script: norm.script,
    metadata,
    targets,
    achieved,
  };
}

/**
 * Ids are 32-bit fingerprints: in a document of 90,000 targets two of them meet more often than not, and the store
 * keys targets by id. A repeated id gets -2, -3 … in text order, so ids stay stable and every other id is unchanged.
 */
function uniqueIds(targets: TargetRecord[]): void {
  const seen = new Set<string>();
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
