import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../../tests/helpers/gbk';
import { plausibility } from './plausibility';
import { utf8Stats } from './utf8-stats';

/** The counts read off the decoded text, as decode.ts read them before utf8-stats.ts. */
function fromText(bytes: Uint8Array) {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let replacements = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replacements++;
    else if (c >= 0x80 && (c < 0xdc00 || c > 0xdfff)) nonAscii++;
  }
  return { replacements, nonAscii, ...plausibility(text) };
}

describe('utf8Stats', () => {
  it('counts what TextDecoder gives for any bytes: broken, truncated, overlong, surrogate and out-of-range sequences', () => {
    // Bytes near the decoder's edges: continuation bytes, every lead byte range, E0/ED/F0/F4 bounds, ASCII.
    const edgy = fc.constantFrom(0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff);
    const bytes = fc.array(fc.oneof(edgy, fc.integer({ min: 0, max: 255 })), { maxLength: 64 }).map((a) => new Uint8Array(a));
    fc.assert(
      fc.property(bytes, (b) => {
        expect(utf8Stats(b)).toEqual(fromText(b));
      }),
      { numRuns: 5000 },
    );
  });

  it('counts valid UTF-8 text, supplementary characters and written U+FFFD alike', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(fc.property(text, (t) => {
      const b = new TextEncoder().encode(t);
      expect(utf8Stats(b)).toEqual(fromText(b));
    }), { numRuns: 2000 });
    const plan = new TextEncoder().encode('到2025年,每千人口拥有3岁以下婴幼儿托位数达到4.5个𠀀\uFFFD。');
    expect(utf8Stats(plan)).toEqual(fromText(plan));
  });

  it('counts a GBK plan read as UTF-8 as the decoder does: mostly replacements', () => {
    const gbk = encodeGbk('到2025年,每千人口拥有3岁以下婴幼儿托位数达到4.5个,养老机构护理型床位占比达到55%。'.repeat(20));
    const stats = utf8Stats(gbk);
    expect(stats).toEqual(fromText(gbk));
    expect(stats.replacements).toBeGreaterThan(stats.nonAscii);
  });
});
