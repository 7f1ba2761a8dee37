// What reading bytes as UTF-8 gives — the replacement characters, the other non-ASCII characters and the
// plausibility of the text (plausibility.ts) — counted in one pass over the bytes without building the text.
// A GB18030 or Big5 file read as UTF-8 holds a replacement every few bytes, where TextDecoder is at its slowest;
// the text is only decoded when UTF-8 is chosen.
import { getEveryday, isNeutral, type Plausibility } from './plausibility';

export interface Utf8Stats extends Plausibility {
  /** U+FFFD characters of the text: one per maximal ill-formed subpart (and any U+FFFD written in the bytes). */
  replacements: number;
  /** Characters at or above U+0080 other than U+FFFD (a supplementary one counts once). */
  nonAscii: number;
}

/**
 * The characters the decoder gives, counted one at a time. A class, not a closure made per call: the byte loop calls
 * the same method in every file, so V8 compiles that loop once, where a new closure per file threw its compiled code
 * away ("wrong call target") in every worker.
 */
class Utf8Counter {
  replacements = 0;
  nonAscii = 0;
  judged = 0;
  everyday = 0;
  readonly common: Uint8Array;

  constructor(common: Uint8Array) {
    this.common = common;
  }

  emit(cp: number): void {
    if (cp === 0xfffd) {
      this.replacements++;
      this.judged++; // never neutral, never everyday
      return;
    }
    this.nonAscii++;
    // A supplementary character is judged by its lead surrogate, as plausibility() reads the text's units.
    const unit = cp > 0xffff ? 0xd800 + ((cp - 0x10000) >> 10) : cp;
    if (isNeutral(unit)) return;
    this.judged++;
    if (this.common[unit] === 1) this.everyday++;
  }
}

/** The counts `new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)` would give, by the WHATWG decoder's steps. */
export function utf8Stats(bytes: Uint8Array): Utf8Stats {
  const counter = new Utf8Counter(getEveryday());
  walkUtf8(bytes, counter);
  const { replacements, nonAscii, judged, everyday } = counter;
  return { replacements, nonAscii, judged, common: everyday, score: judged === 0 ? 1 : everyday / judged };
}

/** The WHATWG UTF-8 decoder's steps over the bytes, each non-ASCII character (or U+FFFD) told to the counter. */
function walkUtf8(bytes: Uint8Array, counter: Utf8Counter): void {
  let needed = 0;
  let seen = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (needed === 0) {
      if (b < 0x80) continue;
      if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
        cp = b & 0xf;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
        cp = b & 0x7;
      } else {
        counter.emit(0xfffd);
      }
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence so far is one replacement; the byte is read again as the start of the next.
      needed = 0;
      seen = 0;
      cp = 0;
      lower = 0x80;
      upper = 0xbf;
      counter.emit(0xfffd);
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
    if (++seen === needed) {
      counter.emit(cp);
      needed = 0;
      seen = 0;
      cp = 0;
    }
  }
  if (needed !== 0) counter.emit(0xfffd);
}
