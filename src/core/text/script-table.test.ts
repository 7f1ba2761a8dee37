import { describe, expect, it } from 'vitest';
import { isBmpIdeograph } from './damage';
import { normalize } from './normalize';
import { CHANGES_ALONE, IDEOGRAPH, computeChanging, precomputedChanging, scriptTable } from './script-table';

describe('the precomputed script table', () => {
  it('lists exactly the ideographs the converter changes on their own (run build/gen-script-table.mjs after an opencc-js update)', () => {
    expect(precomputedChanging()).toEqual(computeChanging());
  });

  it('marks ideographs and the ones that change, and nothing else', () => {
    const t = scriptTable();
    expect(t['國'.charCodeAt(0)]).toBe(IDEOGRAPH | CHANGES_ALONE);
    expect(t['国'.charCodeAt(0)]).toBe(IDEOGRAPH);
    expect(t['a'.charCodeAt(0)]).toBe(0);
    expect(t['，'.charCodeAt(0)]).toBe(0);
    // The lead unit of a supplementary ideograph counts as one ideograph.
    expect(t['𠀀'.charCodeAt(0)]).toBe(IDEOGRAPH);
    for (let c = 0; c < 0x10000; c++) {
      const lead = c >= 0xd840 && c <= 0xd8bf;
      if (((t[c] ?? 0) & IDEOGRAPH) !== (isBmpIdeograph(c) || lead ? IDEOGRAPH : 0)) expect.fail(`U+${c.toString(16)}`);
    }
  });

  it('lets simplified text through unconverted and still converts traditional text', () => {
    expect(normalize('到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。').script).toBe('simplified');
    const trad = normalize('到2025年，每千人口擁有3歲以下嬰幼兒托位數達到4.5個。');
    expect(trad.script).toBe('traditional');
    expect(trad.text).toBe('到2025年,每千人口拥有3岁以下婴幼儿托位数达到4.5个。');
  });
});
