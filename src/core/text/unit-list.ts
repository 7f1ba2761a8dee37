// Sets of UTF-16 code units written ahead of time into src/data/text-tables.json (build/gen-text-tables.mjs): ascending
// units as base-36 gaps from the previous one (the first from 0), comma-separated. Compact, and plain ASCII, so no
// editor or tool can normalise the characters (compatibility ideographs, invisible ones) in the file.

export function encodeUnits(units: readonly number[]): string {
  let prev = 0;
  return units
    .map((u) => {
      const gap = u - prev;
      prev = u;
      return gap.toString(36);
    })
    .join(',');
}

/** The units of an encoded list, read digit by digit (no substring or parseInt per entry: it runs in every thread). */
export function decodeUnits(s: string): number[] {
  const units: number[] = [];
  let prev = 0;
  let gap = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x2c;
    if (c === 0x2c) {
      prev += gap;
      units.push(prev);
      gap = 0;
    } else {
      gap = gap * 36 + (c <= 0x39 ? c - 0x30 : c - 0x57);
    }
  }
  return units;
}
