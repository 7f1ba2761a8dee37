// A large document read slice by slice: the whole text is normalised once and its tables, headings and metadata
// read once (./extract.ts prepareText); then the prose is read a slice at a time, each cut at a line start that no
// table, running-table cell or damaged run crosses, with the state that runs across paragraphs carried over. The
// records of all slices, in order, are exactly those of extractText on the whole text.
import { documentHead, extractRange, newCarry, prepareText, type ExtractedDocument, type ExtractOptions } from './extract';
import type { AchievedRecord, Span, TargetRecord } from '../types';

/** Normalised characters per slice by default: a few thousand records at most, a few tens of milliseconds to store. */
export const DEFAULT_SLICE_CHARS = 32 * 1024;

export interface ExtractedSlice {
  targets: TargetRecord[];
  achieved: AchievedRecord[];
  /** Normalised characters read so far, and in all: the slice's progress. */
  charsDone: number;
  charsTotal: number;
}

export interface SlicedExtraction {
  /** The document with empty targets and achievements; the slices hold them. */
  head: ExtractedDocument;
  slices: Generator<ExtractedSlice>;
}

/** Spans merged into sorted, disjoint ones, so a cut can be checked with one binary search. */
function merged(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The span of `spans` (merged) that has `at` strictly inside it, or undefined. */
function covering(spans: readonly Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (s.end <= at) lo = mid + 1;
    else if (s.start >= at) hi = mid - 1;
    else return s;
  }
  return undefined;
}

/**
 * Cut points of `text` about every `size` characters: each the start of a line (just after a line break), never
 * strictly inside one of `spans`. Sentences and paragraphs end at line breaks, so no sentence is cut.
 */
export function sliceCuts(text: string, spans: readonly Span[], size: number): number[] {
  const blocked = merged(spans);
  const cuts: number[] = [];
  let from = 0;
  while (from + size < text.length) {
    let at = from + size;
    let cut = -1;
    while (at < text.length) {
      const nl = text.indexOf('\n', at);
      if (nl < 0) break;
      const candidate = nl + 1;
      const inside = covering(blocked, candidate);
      if (!inside) {
        cut = candidate;
        break;
      }
      at = inside.end;
    }
    if (cut < 0 || cut >= text.length) break;
    cuts.push(cut);
    from = cut;
  }
  return cuts;
}

/** Reads `text` in slices of about `sliceChars` normalised characters; the head is ready before the first slice. */
export function extractInSlices(text: string, options: ExtractOptions & { sliceChars?: number } = {}): SlicedExtraction {
  const prepared = prepareText(text, options);
  const total = prepared.norm.text.length;
  const cuts = sliceCuts(prepared.norm.text, prepared.skip, Math.max(1, options.sliceChars ?? DEFAULT_SLICE_CHARS));
  function* slices(): Generator<ExtractedSlice> {
    const carry = newCarry();
    let from = 0;
    for (const to of [...cuts, total]) {
      const { targets, achieved } = extractRange(prepared, from, to, carry);
      yield { targets, achieved, charsDone: to, charsTotal: total };
      from = to;
    }
  }
  return { head: documentHead(prepared), slices: slices() };
}
