// The sentence or table row a target came from, cut out of the original text with its quote and values marked.
import type { Span } from '../types';

export interface ExcerptPart {
  text: string;
  /** Inside the target's quote. */
  quote: boolean;
  /** A number equal to one of the target's values (floor, stretch, range bound, baseline). */
  value: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** Text was cut before / after the sentence. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

// A sentence ends at 。！？；, or at a line break outside a table row (rows are split by |).
const SENTENCE_END = /[。！？；!?;\n\r]/;
const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;

function halfWidth(text: string): string {
  return text.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

function sentenceStart(text: string, from: number, limit: number): number {
  let i = from;
  while (i > 0 && from - i < limit && !SENTENCE_END.test(text[i - 1] as string)) i--;
  return i;
}

function sentenceEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < text.length && i - from < limit && !SENTENCE_END.test(text[i] as string)) i++;
  // Keep the full stop with its sentence.
  return i < text.length && /[。！？；!?;]/.test(text[i] as string) ? i + 1 : i;
}

/** Spans of numbers in `text` equal to one of `values` (full-width digits read too). */
export function valueSpans(text: string, values: readonly number[]): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const n = Number(halfWidth(match[0]));
    if (values.some((v) => Math.abs(v - n) < 1e-9)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

function cutValues(text: string, quote: boolean, values: readonly number[]): ExcerptPart[] {
  if (!quote) return text === '' ? [] : [{ text, quote, value: false }];
  const parts: ExcerptPart[] = [];
  let at = 0;
  for (const span of valueSpans(text, values)) {
    if (span.start > at) parts.push({ text: text.slice(at, span.start), quote, value: false });
    parts.push({ text: text.slice(span.start, span.end), quote, value: true });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), quote, value: false });
  return parts;
}

/**
 * The sentence around [start, end) of the original text (at most `context` code units either
 * side), cut into parts: before the quote, the quote with its values marked, after it. When the
 * span does not fit the text (a target typed in by hand), the quote alone is returned.
 */
export function sourceExcerpt(text: string, span: Span, quote: string, values: readonly number[], context = 160): Excerpt {
  if (span.start < 0 || span.end > text.length || span.end <= span.start) {
    return { parts: cutValues(quote, true, values), clippedStart: false, clippedEnd: false };
  }
  const from = sentenceStart(text, span.start, context);
  const to = sentenceEnd(text, span.end, context);
  return {
    parts: [
      ...cutValues(text.slice(from, span.start), false, values),
      ...cutValues(text.slice(span.start, span.end), true, values),
      ...cutValues(text.slice(span.end, to), false, values),
    ],
    clippedStart: from > 0 && !SENTENCE_END.test(text[from - 1] as string),
    clippedEnd: to < text.length && !SENTENCE_END.test(text[to - 1] as string) && !SENTENCE_END.test(text[to] as string),
  };
}
