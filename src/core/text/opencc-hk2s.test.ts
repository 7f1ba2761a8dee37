import fc from 'fast-check';
import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { hkToSimplified } from './opencc-hk2s';

// The reference: opencc-js itself, as normalize.ts used it before.
const reference = Converter({ from: 'hk', to: 'cn' });

describe('hkToSimplified', () => {
  it('gives opencc-js hk→cn output for every ideograph on its own', () => {
    const chars: string[] = [];
    for (let c = 0x2e80; c < 0xa000; c++) chars.push(String.fromCharCode(c));
    for (let c = 0xf900; c < 0xfb00; c++) chars.push(String.fromCharCode(c));
    for (let c = 0x20000; c < 0x2fa20; c += 7) chars.push(String.fromCodePoint(c));
    const text = chars.join('\n');
    expect(hkToSimplified(text)).toBe(reference(text));
  });

  it('gives opencc-js output on running text with phrases, variants and odd units', () => {
    const samples = [
      '到2025年，每千人口擁有3歲以下嬰幼兒托位數達到4.5個；養老機構護理型床位佔比達到55%以上。',
      '乾乾淨淨的一目瞭然，衞生綫上鍊，顯著著作，後來的皇后。',
      '⿰氵青⿱艹⿰木木 IDS 序列，𠀀𪚥 補充平面，孤立代理項\ud800與\udc00。',
      '',
      '純ASCII text 123',
    ];
    for (const s of samples) expect(hkToSimplified(s)).toBe(reference(s));
  });

  it('gives opencc-js output on random strings of traditional text, IDS and surrogates', () => {
    const alphabet = [...'乾乾淨淨一目瞭然衞綫鍊顯著著後皇后臺灣裏裡髮發鬆鬆麵面幾於於是么麼嘆歎週周遊游⿰⿱⿲氵青艹木，。\n 1'];
    alphabet.push('\ud840', '\udc00', '𠀀', '\uf900', '\ufa10');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (units) => {
        const s = units.join('');
        expect(hkToSimplified(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });
});
