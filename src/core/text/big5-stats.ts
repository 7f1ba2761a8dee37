// What reading bytes as Big5 gives — its replacement characters and the plausibility of the text (plausibility.ts) —
// counted by big5.ts's decoding steps without building the text: while an encoding is being chosen, most files are
// not Big5, and only the winner is decoded.
import { getIndex, PAIRS } from './big5';
import { getEveryday, isNeutral, type Plausibility } from './plausibility';

export interface Big5Stats extends Plausibility {
  replacements: number;
}

/** `plausibility(decodeBig5(bytes))` and its count of U+FFFD, step for step as decodeBig5 reads the bytes. */
export function big5Stats(bytes: Uint8Array): Big5Stats {
  const table = getIndex();
  const common = getEveryday();
  let judged = 0;
  let everyday = 0;
  let replacements = 0;
  // One UTF-16 unit of the text, as plausibility() reads it (a trail surrogate is counted with its lead).
  const unit = (u: number): void => {
    if (u < 0x80 || isNeutral(u) || (u >= 0xdc00 && u <= 0xdfff)) return;
    judged++;
    if (common[u] === 1) everyday++;
  };
  const replacement = (): void => {
    replacements++;
    unit(0xfffd);
  };
  let lead = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (lead !== 0) {
      const offset = b < 0x7f ? 0x40 : 0x62;
      const pointer = (b >= 0x40 && b <= 0x7e) || (b >= 0xa1 && b <= 0xfe) ? (lead - 0x81) * 157 + (b - offset) : -1;
      lead = 0;
      const pair = pointer >= 0 ? PAIRS.get(pointer) : undefined;
      if (pair) {
        unit(pair[0]);
        unit(pair[1]);
        continue;
      }
      const cp = pointer >= 0 ? (table[pointer] ?? 0) : 0;
      if (cp !== 0) {
        unit(cp > 0xffff ? 0xd800 + ((cp - 0x10000) >> 10) : cp);
        continue;
      }
      replacement();
      // An ASCII byte after a lead byte is read again on its own (and, being ASCII, is not judged).
      continue;
    }
    if (b < 0x80) continue;
    if (b >= 0x81 && b <= 0xfe) lead = b;
    else replacement();
  }
  if (lead !== 0) replacement();
  return { judged, common: everyday, score: judged === 0 ? 1 : everyday / judged, replacements };
}
