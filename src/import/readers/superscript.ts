// What a raised, small run of text (HTML <sup>, a DOCX superscript run, a PDF piece set above the baseline) stands for
// in the text: a footnote mark is dropped, so it never glues onto the number or the name before it; m² keeps its power.

/** A note reference: 1, [2], (3), ①, *, †, a, 注1 — the marks plans put after a figure or a name. */
const NOTE_MARK = /^[[［(（]?\s*(?:注\s*)?(?:\d{1,3}|[a-z]|[①-⑳]|[*＊†‡※#]{1,3})\s*[\]］)）]?$/u;

const POWERS: Readonly<Record<string, string>> = { '2': '²', '3': '³' };

/**
 * The text a superscript becomes after `before` (the text already on the line): '' for a note mark, ² or ³ for the
 * power of a Latin unit (m², km²), else the superscript's own text.
 */
export function superscriptText(raised: string, before: string): string {
  const mark = raised.trim();
  if (mark === '') return raised;
  const power = POWERS[mark];
  if (power && /[A-Za-z]$/u.test(before.trimEnd())) return power;
  return NOTE_MARK.test(mark) ? '' : raised;
}
