// The lines metadata reads — the first and last non-empty ones, and those holding a given character — found
// without cutting the whole text into lines: on a long plan that cut (and its trim of every line) was most of the
// cost of reading its head. Each gives what `text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '')`
// would, in the same order.

/** Where the line starting at `from` ends (its break, or the text's end), and where the next line starts (-1: none). */
function lineAt(text: string, from: number, hasCr: boolean): { end: number; next: number } {
  const n = text.indexOf('\n', from);
  const r = hasCr ? text.indexOf('\r', from) : -1;
  const end = n < 0 ? r : r < 0 ? n : Math.min(n, r);
  if (end < 0) return { end: text.length, next: -1 };
  return { end, next: text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1 };
}

/** The first `count` non-empty trimmed lines, and whether more follow them. */
export function firstLines(text: string, count: number): { lines: string[]; more: boolean } {
  const hasCr = text.includes('\r');
  const lines: string[] = [];
  for (let from = 0; from >= 0; ) {
    const { end, next } = lineAt(text, from, hasCr);
    const line = text.slice(from, end).trim();
    if (line !== '') {
      if (lines.length === count) return { lines, more: true };
      lines.push(line);
    }
    from = next;
  }
  return { lines, more: false };
}

/** The last `count` non-empty trimmed lines (fewer when the text has fewer), in text order. */
export function lastLines(text: string, count: number): string[] {
  // Without the test, each lastIndexOf('\r') of a text with none would walk back to its start.
  const hasCr = text.includes('\r');
  const lines: string[] = [];
  // end: where the current line ends; walking back, the line starts after the previous break.
  for (let end = text.length; lines.length < count; ) {
    const n = end > 0 ? text.lastIndexOf('\n', end - 1) : -1;
    const r = end > 0 && hasCr ? text.lastIndexOf('\r', end - 1) : -1;
    const br = Math.max(n, r);
    const line = text.slice(br + 1, end).trim();
    if (line !== '') lines.push(line);
    if (br < 0) break;
    // \r\n is one break: the line before it ends at the \r.
    end = text.charCodeAt(br) === 0x0a && br > 0 && text.charCodeAt(br - 1) === 0x0d ? br - 1 : br;
  }
  return lines.reverse();
}

/** The trimmed lines that hold `ch` (one character, not a line break), in order. */
export function linesWith(text: string, ch: string): string[] {
  const hasCr = text.includes('\r');
  const lines: string[] = [];
  for (let at = text.indexOf(ch); at >= 0; ) {
    const start = Math.max(text.lastIndexOf('\n', at), hasCr ? text.lastIndexOf('\r', at) : -1) + 1;
    const { end, next } = lineAt(text, at, hasCr);
    lines.push(text.slice(start, end).trim());
    at = next < 0 ? -1 : text.indexOf(ch, next);
  }
  return lines;
}
