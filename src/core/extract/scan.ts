// Cheap scans the readers run on every line, sentence or clause: a first look at a line before it is rewritten (many
// readers squeeze whitespace out of every line and then keep only short ones: a date, a table header), whether a
// text has a digit at all.

/**
 * Whether `s` (or s[from, to)) has more than `limit` characters that are surely not whitespace — ASCII signs, letters and digits,
 * CJK ideographs (U+3400–9FFF) and full-width forms. Other characters are not counted, so `false` only says "maybe
 * short": the caller then reads the line in full. Stops counting at `limit + 1`.
 */
export function visibleMoreThan(s: string, limit: number, from = 0, to = s.length): boolean {
  if (to - from <= limit) return false;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x21 && c <= 0x7e) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e)) {
      if (++n > limit) return true;
    }
  }
  return false;
}

/** Whether the text holds an ASCII digit, as `/\d/` asks (`\d` is ASCII-only, also under /u), in one pass. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x39 && c >= 0x30) return true;
  }
  return false;
}

const LIST_SEPARATOR = /、|和|及|与/u;

/** `s.split(/、|和|及|与/u)` (the items of a list), without the expression's split when no separator is in `s`. */
export function splitList(s: string): string[] {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // 、 和 及 与
    if (c === 0x3001 || c === 0x548c || c === 0x53ca || c === 0x4e0e) return s.split(LIST_SEPARATOR);
  }
  return [s];
}

/** Whether `chars` (each one UTF-16 unit) holds the unit `code`: `chars.includes(ch)` without making the string ch. */
export function hasCode(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}
