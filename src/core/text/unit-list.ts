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

export function decodeUnits(s: string): number[] {
  const units: number[] = [];
  let prev = 0;
  for (const gap of s.split(',')) {
    prev += parseInt(gap, 36);
    units.push(prev);
  }
  return units;
}
