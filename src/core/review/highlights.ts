// A long text cut into line-aligned chunks, and each chunk cut into segments marked with the target spans that cover them.
import type { Span } from '../types';

/** A target's place in the text, half-open, in UTF-16 code units of the original. */
export interface MarkedSpan extends Span {
  id: string;
}

/** A segment of a chunk; `ids` lists the spans covering it, innermost (shortest) first; empty for plain text. */
export interface Segment extends Span {
  ids: string[];
}

/**
 * Cuts the text into chunks of about `size` code units that end just after a line break, so
 * that each chunk can be its own block without changing how the text wraps. A line longer than
 * `size` stays whole in its own chunk; \r\n is never split. The chunks cover the text exactly.
 */
export function chunkText(text: string, size = 2000): Span[] {
  const chunks: Span[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && (end === start || end - start < size)) {
      end = lineEnd(text, end);
    }
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

// Offset just after the line break that ends the line starting at `from` (or the text's end).
function lineEnd(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  if (lf === -1 && cr === -1) return text.length;
  if (cr !== -1 && (lf === -1 || cr < lf)) return text[cr + 1] === '\n' ? cr + 2 : cr + 1;
  return lf + 1;
}

/** The index of the chunk holding `offset` (the last chunk for the text's end), or -1 when there are none. */
export function chunkAt(chunks: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((chunks[mid] as Span).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether a span has at least one code unit inside the chunk. */
export function overlaps(span: Span, chunk: Span): boolean {
  return span.end > span.start && span.start < chunk.end && span.end > chunk.start;
}

/**
 * The chunk cut at every span border inside it. Spans may overlap, nest, or run past the chunk
 * (they are clipped); empty spans mark nothing. The segments cover the chunk exactly, in order.
 */
export function segmentChunk(chunk: Span, spans: readonly MarkedSpan[]): Segment[] {
  const inside = spans.filter((s) => overlaps(s, chunk));
  const borders = new Set<number>([chunk.start, chunk.end]);
  for (const s of inside) {
    borders.add(Math.max(s.start, chunk.start));
    borders.add(Math.min(s.end, chunk.end));
  }
  const cuts = [...borders].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const covering = inside
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    segments.push({ start, end, ids: covering.map((s) => s.id) });
  }
  return segments;
}

const SPACE = /\s/;

/**
 * A selection between two offsets (in either order) as a span without the white space at its
 * ends, widened so it never splits a character outside the BMP; null when nothing but white space is left.
 */
export function selectionSpan(text: string, a: number, b: number): Span | null {
  let start = Math.max(0, Math.min(a, b));
  let end = Math.min(text.length, Math.max(a, b));
  while (start < end && SPACE.test(text[start] as string)) start++;
  while (end > start && SPACE.test(text[end - 1] as string)) end--;
  if (start >= end) return null;
  if (isLowSurrogate(text.charCodeAt(start)) && start > 0) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  return { start, end };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
