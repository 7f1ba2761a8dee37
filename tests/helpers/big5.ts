// A Big5-HKSCS encoder for tests, built by inverting the core's WHATWG Big5 decoder over the whole code space.
import { decodeBig5 } from '../../src/core/text/big5';

let table: Map<string, number[]> | null = null;

const TRAILS = [...Array.from({ length: 0x3f }, (_, i) => 0x40 + i), ...Array.from({ length: 0x5e }, (_, i) => 0xa1 + i)];
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function build(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  // Standard Big5 (leads A1–F9) first, so a character in both gets its Big5 code; then the HKSCS leads
  // (81–A0 and FA–FE) for the Hong Kong characters only they have.
  for (const lead of [...range(0xa1, 0xf9), ...range(0x81, 0xa0), ...range(0xfa, 0xfe)]) {
    for (const trail of TRAILS) {
      const ch = decodeBig5(new Uint8Array([lead, trail]));
      // Skip unmapped codes and the few that decode to two code points (Ê̄ and friends).
      if (ch.startsWith('\ufffd') || [...ch].length !== 1 || map.has(ch)) continue;
      map.set(ch, [lead, trail]);
    }
  }
  return map;
}

/** Encodes ASCII and Big5-HKSCS characters; throws on anything else so a test never writes silent garbage. */
export function encodeBig5(text: string): Uint8Array {
  table ??= build();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`not in Big5-HKSCS: ${ch} U+${code.toString(16).toUpperCase()}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** Whether a character is encoded only by the HKSCS extension (lead byte 81–A0 or FA–FE). */
export function isHkscsOnly(ch: string): boolean {
  table ??= build();
  const lead = table.get(ch)?.[0];
  return lead !== undefined && (lead < 0xa1 || lead > 0xf9);
}
