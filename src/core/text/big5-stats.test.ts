import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../../tests/helpers/gbk';
import { decodeBig5 } from './big5';
import { big5Stats } from './big5-stats';
import { plausibility } from './plausibility';

/** The counts read off the decoded text, as decode.ts read them before big5-stats.ts. */
function fromText(bytes: Uint8Array) {
  const text = decodeBig5(bytes);
  return { ...plausibility(text), replacements: text.split('\uFFFD').length - 1 };
}

describe('big5Stats', () => {
  it('counts what decodeBig5 gives for any bytes: lead bytes, trail ranges, unmapped codes, pairs, supplementary characters', () => {
    // Lead bytes (0x81–0xFE), trail edges (0x40, 0x7E, 0xA1, 0xFE), bytes that are neither, ASCII.
    const edgy = fc.constantFrom(0x00, 0x41, 0x7e, 0x7f, 0x80, 0x81, 0x87, 0x88, 0x8e, 0xa1, 0xa4, 0xc6, 0xc8, 0xf9, 0xfe, 0xff, 0x40, 0x62, 0x66);
    const bytes = fc.array(fc.oneof(edgy, fc.integer({ min: 0, max: 255 })), { maxLength: 64 }).map((a) => new Uint8Array(a));
    fc.assert(
      fc.property(bytes, (b) => {
        expect(big5Stats(b)).toEqual(fromText(b));
      }),
      { numRuns: 5000 },
    );
  });

  it('counts the pointers that decode to a letter and a combining mark (0x8862, 0x8864, 0x88A3, 0x88A5)', () => {
    const b = new Uint8Array([0x88, 0x62, 0x88, 0x64, 0x88, 0xa3, 0x88, 0xa5, 0x87, 0x40, 0xa4, 0x40]);
    expect(big5Stats(b)).toEqual(fromText(b));
  });

  it('counts a GBK plan read as Big5 as the decoder does', () => {
    const gbk = encodeGbk('到2025年,每千人口拥有3岁以下婴幼儿托位数达到4.5个,养老机构护理型床位占比达到55%。'.repeat(20));
    expect(big5Stats(gbk)).toEqual(fromText(gbk));
  });
});
