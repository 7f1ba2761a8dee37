// Big5 (with HKSCS) bytes → text by the WHATWG Encoding Standard's decoder, the same in the app and the CLI: browsers
// implement it natively, but Node's TextDecoder('big5') is ICU's code page 950 (HKSCS characters come out as private
// use code points, bytes 0x80 and 0xFF vanish), so the CLI and the app would read a Hong Kong plan differently.
import { BIG5_ROWS } from './big5-index';

const POINTERS = 126 * 157;
/** Pointers that decode to a letter and a combining mark (Ê̄ Ê̌ ê̄ ê̌). */
export const PAIRS: ReadonlyMap<number, readonly [number, number]> = new Map([
  [1133, [0x00ca, 0x0304]],
  [1135, [0x00ca, 0x030c]],
  [1164, [0x00ea, 0x0304]],
  [1166, [0x00ea, 0x030c]],
]);

let index: Int32Array | null = null;

/** The standard's index: pointer → code point (0: unmapped). */
export function getIndex(): Int32Array {
  if (index) return index;
  const table = new Int32Array(POINTERS);
  let p = 0;
  for (const row of BIG5_ROWS) {
    for (const ch of row) table[p++] = ch.codePointAt(0) ?? 0;
  }
  if (p !== POINTERS) throw new Error(`Big5 index has ${p} pointers, expected ${POINTERS}`);
  index = table;
  return table;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** What walkBig5 reports, byte sequence by byte sequence, in text order. */
export interface Big5Sink {
  /** A code point of the text (ASCII bytes included; a pair's letter and mark come as two). */
  code(cp: number): void;
  /** A broken or unmapped sequence, read as U+FFFD; `ascii` is the ASCII byte after a lead byte that is then read on its own, else -1. */
  bad(ascii: number): void;
}

/**
 * The standard's decoding steps over `bytes`, told to `sink`: decodeBig5 builds the text from them, and
 * big5-stats.ts counts what the text would hold without building it (most files an encoding is chosen for are not Big5).
 */
export function walkBig5(bytes: Uint8Array, sink: Big5Sink): void {
  const table = getIndex();
  let lead = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (lead !== 0) {
      const offset = b < 0x7f ? 0x40 : 0x62;
      const pointer = (b >= 0x40 && b <= 0x7e) || (b >= 0xa1 && b <= 0xfe) ? (lead - 0x81) * 157 + (b - offset) : -1;
      lead = 0;
      const pair = pointer >= 0 ? PAIRS.get(pointer) : undefined;
      if (pair) {
        sink.code(pair[0]);
        sink.code(pair[1]);
        continue;
      }
      const cp = pointer >= 0 ? (table[pointer] ?? 0) : 0;
      if (cp !== 0) {
        sink.code(cp);
        continue;
      }
      // An ASCII byte after a lead byte is read again on its own.
      sink.bad(b < 0x80 ? b : -1);
      continue;
    }
    if (b < 0x80) sink.code(b);
    else if (b >= 0x81 && b <= 0xfe) lead = b;
    else sink.bad(-1);
  }
  if (lead !== 0) sink.bad(-1);
}

/** decodeBig5's output units. A class, as big5-stats.ts's counter is: walkBig5's calls to its sink keep one target each. */
class Big5Writer implements Big5Sink {
  readonly out: Uint16Array;
  k = 0;

  constructor(out: Uint16Array) {
    this.out = out;
  }

  code(cp: number): void {
    if (cp > 0xffff) {
      this.out[this.k++] = 0xd800 + ((cp - 0x10000) >> 10);
      this.out[this.k++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else {
      this.out[this.k++] = cp;
    }
  }

  bad(ascii: number): void {
    this.out[this.k++] = 0xfffd;
    if (ascii >= 0) this.out[this.k++] = ascii;
  }
}

/** Decodes Big5-HKSCS bytes; unmapped and broken sequences become U+FFFD, as the standard says. */
export function decodeBig5(bytes: Uint8Array): string {
  // Every byte gives at most one unit, except a two-byte code that gives two (a supplementary character or a pair).
  const writer = new Big5Writer(new Uint16Array(bytes.length));
  walkBig5(bytes, writer);
  return unitsToString(writer.out.subarray(0, writer.k));
}

function unitsToString(units: Uint16Array): string {
  // The units are well-formed UTF-16 by construction, so the fast decoder loses nothing.
  if (LITTLE_ENDIAN) return new TextDecoder('utf-16le').decode(units);
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, Math.min(units.length, i + 8192))));
  return parts.join('');
}
