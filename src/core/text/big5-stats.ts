// What reading bytes as Big5 gives — its replacement characters and the plausibility of the text (plausibility.ts) —
// counted from big5.ts's own decoding steps (walkBig5) without building the text: while an encoding is being chosen, most files are
// not Big5, and only the winner is decoded.
import { walkBig5 } from './big5';
import { getEveryday, isNeutral, type Plausibility } from './plausibility';

export interface Big5Stats extends Plausibility {
  replacements: number;
}

/** `plausibility(decodeBig5(bytes))` and its count of U+FFFD, from decodeBig5's own steps (walkBig5). */
export function big5Stats(bytes: Uint8Array): Big5Stats {
  const common = getEveryday();
  let judged = 0;
  let everyday = 0;
  let replacements = 0;
  // One UTF-16 unit of the text, as plausibility() reads it (a trail surrogate is counted with its lead).
  const unit = (u: number): void => {
    if (u < 0x80 || isNeutral(u)) return;
    judged++;
    if (common[u] === 1) everyday++;
  };
  walkBig5(bytes, {
    // A supplementary character is judged once, by its lead surrogate.
    code: (cp) => unit(cp > 0xffff ? 0xd800 + ((cp - 0x10000) >> 10) : cp),
    // The ASCII byte after a broken lead byte is not judged.
    bad: () => {
      replacements++;
      unit(0xfffd);
    },
  });
  return { judged, common: everyday, score: judged === 0 ? 1 : everyday / judged, replacements };
}
