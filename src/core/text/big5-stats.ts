// What reading bytes as Big5 gives — its replacement characters and the plausibility of the text (plausibility.ts) —
// counted from big5.ts's own decoding steps (walkBig5) without building the text: while an encoding is being chosen, most files are
// not Big5, and only the winner is decoded.
import { walkBig5, type Big5Sink } from './big5';
import { getEveryday, isNeutral, type Plausibility } from './plausibility';

export interface Big5Stats extends Plausibility {
  replacements: number;
}

/**
 * decodeBig5's text, counted unit by unit as plausibility() reads it. A class, not an object of closures made per
 * call: walkBig5 then calls the same two methods in every file, and V8's code for its loop stays valid.
 */
class Big5Counter implements Big5Sink {
  judged = 0;
  everyday = 0;
  replacements = 0;
  readonly common: Uint8Array;

  constructor(common: Uint8Array) {
    this.common = common;
  }

  /** One UTF-16 unit of the text, as plausibility() reads it (a trail surrogate is counted with its lead). */
  unit(u: number): void {
    if (u < 0x80 || isNeutral(u)) return;
    this.judged++;
    if (this.common[u] === 1) this.everyday++;
  }

  // A supplementary character is judged once, by its lead surrogate.
  code(cp: number): void {
    this.unit(cp > 0xffff ? 0xd800 + ((cp - 0x10000) >> 10) : cp);
  }

  // The ASCII byte after a broken lead byte is not judged.
  bad(): void {
    this.replacements++;
    this.unit(0xfffd);
  }
}

/** `plausibility(decodeBig5(bytes))` and its count of U+FFFD, from decodeBig5's own steps (walkBig5). */
export function big5Stats(bytes: Uint8Array): Big5Stats {
  const counter = new Big5Counter(getEveryday());
  walkBig5(bytes, counter);
  const { judged, everyday, replacements } = counter;
  return { judged, common: everyday, score: judged === 0 ? 1 : everyday / judged, replacements };
}
