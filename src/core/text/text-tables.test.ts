import { describe, expect, it } from 'vitest';
import data from '../../data/text-tables.json';
import { computeCommonIdeographs, findDamage, isBmpIdeograph } from './damage';
import { computeIgnorableUnits, normalize } from './normalize';
import { CHANGES_ALONE, IDEOGRAPH, computeChanging, precomputedChanging, scriptTable } from './script-table';
import { decodeUnits, encodeUnits } from './unit-list';

// src/data/text-tables.json is written by build/gen-text-tables.mjs; after an opencc-js or Node update these fail until
// it is run again.
describe('the precomputed text tables', () => {
  it('list the invisible characters the regular expression matches', () => {
    expect(decodeUnits(data.ignorable)).toEqual(computeIgnorableUnits());
  });

  it('list the everyday ideographs of GB2312 and Big5 level 1', () => {
    expect(decodeUnits(data.common)).toEqual(computeCommonIdeographs());
  });

  it('read back what was written', () => {
    const units = [0, 1, 0x4e00, 0x4e01, 0x9fff, 0xfeff, 0xffff];
    expect(decodeUnits(encodeUnits(units))).toEqual(units);
  });

  it('drop invisible characters and mark mojibake as before', () => {
    const n = normalize('托位\u200b数\ufeff达到4.5个');
    expect(n.text).toBe('托位数达到4.5个');
    expect(n.toOriginal({ start: 2, end: 3 })).toEqual({ start: 3, end: 4 });
    // Rare ideographs next to a replacement character read as damage; everyday ones do not.
    expect(findDamage('每千人口拥有\ufffd鍖栧瓙托位')).not.toEqual([]);
    expect(findDamage('每千人口拥有？托位')).toEqual([]);
  });
});

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
