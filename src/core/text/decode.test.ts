import { describe, expect, it } from 'vitest';
import { encodeBig5, isHkscsOnly } from '../../../tests/helpers/big5';
import { encodeGbk } from '../../../tests/helpers/gbk';
import { decodeBig5 } from './big5';
import { decodeBytes } from './decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | Uint8Array>): Uint8Array => {
  const all: number[] = [];
  for (const p of parts) all.push(...p);
  return new Uint8Array(all);
};
const utf16 = (s: string, le: boolean): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = u & 0xff;
    out[2 * i + (le ? 1 : 0)] = u >> 8;
  }
  return out;
};
// 中文 / 规划 / 目标 in GBK (GB18030 two-byte forms).
const GB_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4];
const GB_GUIHUA = [0xb9, 0xe6, 0xbb, 0xae];
const GB_MUBIAO = [0xc4, 0xbf, 0xb1, 0xea];

const gbk = encodeGbk;

function decoded(input: Uint8Array) {
  const r = decodeBytes(input);
  if (!r.ok) throw new Error(`expected success, got ${r.code}: ${r.detail}`);
  return r.value;
}

function refused(input: Uint8Array) {
  const r = decodeBytes(input);
  if (r.ok) throw new Error(`expected a refusal, got text ${JSON.stringify(r.value.text.slice(0, 40))}`);
  return r;
}

describe('decodeBytes', () => {
  it('refuses an empty file', () => {
    expect(refused(new Uint8Array()).code).toBe('empty-file');
  });

  it('refuses a file holding only whitespace and a BOM', () => {
    expect(refused(bytes([0xef, 0xbb, 0xbf], utf8(' \r\n\t\u3000 '))).code).toBe('empty-file');
    expect(refused(bytes([0xff, 0xfe], utf16('  \n', true))).code).toBe('empty-file');
  });

  it('reads plain UTF-8 without a BOM', () => {
    expect(decoded(utf8('养老床位达到120张。'))).toEqual({ text: '养老床位达到120张。', encoding: 'utf-8', damagedBytes: 0 });
  });

  it('strips a UTF-8 BOM', () => {
    const v = decoded(bytes([0xef, 0xbb, 0xbf], utf8('第一章')));
    expect(v.text).toBe('第一章');
    expect(v.encoding).toBe('utf-8');
  });

  it('reads UTF-16LE and UTF-16BE by their BOMs and strips them', () => {
    const le = decoded(bytes([0xff, 0xfe], utf16('托育𠮷园', true)));
    expect(le).toEqual({ text: '托育𠮷园', encoding: 'utf-16le', damagedBytes: 0 });
    const be = decoded(bytes([0xfe, 0xff], utf16('托育园\n', false)));
    expect(be).toEqual({ text: '托育园\n', encoding: 'utf-16be', damagedBytes: 0 });
  });

  it('recognises UTF-16 without a BOM from its NUL pattern', () => {
    // 一 and 开 (U+4E00, U+5F00) put NULs on the "wrong" parity too.
    const text = '第三章 目标\n一、到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个，开设一批托育机构。\n';
    expect(decoded(utf16(text, true))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decoded(utf16(text, false))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('falls back to GB18030 for GBK bytes', () => {
    const v = decoded(bytes(GB_ZHONGWEN, [0x0a], GB_GUIHUA, GB_MUBIAO, utf8(' 2025')));
    expect(v).toEqual({ text: '中文\n规划目标 2025', encoding: 'gb18030', damagedBytes: 0 });
  });

  it('reads a longer GBK text exactly', () => {
    const text = '第二章 主要目标\n到2025年，全市普惠性幼儿园覆盖率达到90%以上，每个街道至少建成1所综合养老服务中心。\n';
    expect(decoded(gbk(text))).toEqual({ text, encoding: 'gb18030', damagedBytes: 0 });
  });

  it('keeps damaged UTF-8 as UTF-8 even when the bytes happen to be valid GB18030', () => {
    const good = utf8('到二〇二五年城镇新增就业人数达到十二万人');
    const broken = new Uint8Array(good);
    broken[4] = 0x41; // the middle byte of the second character
    expect(new TextDecoder('gb18030', { fatal: true }).decode(broken)).not.toContain('\uFFFD');
    const v = decoded(broken);
    expect(v.encoding).toBe('utf-8');
    expect(v.text.startsWith('到\uFFFDA\uFFFD〇二五年')).toBe(true);
    expect(v.damagedBytes).toBe(2);
  });

  it('keeps a UTF-8 file with one broken byte as UTF-8 with a replacement character', () => {
    const good = utf8('到2025年，城镇新增就业人数达到12万人，城镇调查失业率控制在5.5%以内。');
    const broken = new Uint8Array(good);
    // Cut the middle byte of one three-byte character.
    const at = good.indexOf(0xe5, 10);
    broken[at + 1] = 0x20;
    const v = decoded(broken);
    expect(v.encoding).toBe('utf-8');
    expect(v.damagedBytes).toBeGreaterThan(0);
    expect(v.text).toContain('\uFFFD');
    expect(v.text).toContain('12万人');
  });

  it('prefers UTF-8 when both decodings are equally damaged', () => {
    // An ASCII line with one stray 0xFF byte: invalid in both encodings.
    const v = decoded(bytes(utf8('plan 2025'), [0xff], utf8(' ok')));
    expect(v.encoding).toBe('utf-8');
    expect(v.damagedBytes).toBe(1);
  });

  it('picks GB18030 when a GBK file has a damaged byte, counting the damage', () => {
    const parts: number[][] = [];
    for (let i = 0; i < 20; i++) parts.push(GB_ZHONGWEN, GB_GUIHUA, [0x2c]);
    const v = decoded(bytes(...parts, [0xff], GB_MUBIAO));
    expect(v.encoding).toBe('gb18030');
    expect(v.damagedBytes).toBe(1);
    expect(v.text.endsWith('\uFFFD目标')).toBe(true);
  });

  it('picks GB18030 for GBK text that lost a byte mid-character', () => {
    const full = gbk('（一）加快托育服务体系建设，新增托位200个，培训保育人员300名。');
    const lost = new Uint8Array([...full.subarray(0, 1), ...full.subarray(2)]);
    const v = decoded(lost);
    expect(v.encoding).toBe('gb18030');
    expect(v.text).toContain('200');
    expect(v.text).toContain('300');
  });

  it('refuses text whose damage is overwhelming', () => {
    const noise = new Uint8Array(200).fill(0xff);
    expect(refused(noise).code).toBe('undecodable');
  });

  it('refuses files with NUL bytes that are not UTF-16', () => {
    const r = refused(bytes(utf8('abc'), [0, 0, 0, 1, 2, 0, 0xff, 0, 0, 0x90, 0, 7, 0, 0]));
    expect(r.code).toBe('binary-file');
    expect(r.detail).toMatch(/NUL/);
  });

  it('refuses an ASCII file with a stray NUL instead of reading it as UTF-16', () => {
    const r = refused(bytes(utf8('target value 2025 ok'), [0], utf8('more plain text here')));
    expect(r.code).toBe('binary-file');
  });

  it('refuses files dense with control characters', () => {
    const junk = new Uint8Array(400);
    for (let i = 0; i < junk.length; i++) junk[i] = i % 3 === 0 ? 0x1b : 0x41 + (i % 20);
    const r = refused(junk);
    expect(r.code).toBe('binary-file');
    expect(r.detail).toMatch(/control/);
  });

  it('tolerates a lone form feed or stray control code in a long text', () => {
    const text = `${'第一章 总则\n'.repeat(30)}\f第二章\u001a`;
    expect(decoded(utf8(text)).text).toBe(text);
  });

  it('names well-known binary formats', () => {
    const r = refused(bytes(utf8('%PDF-1.7\n'), utf8('1 0 obj')));
    expect(r.code).toBe('binary-file');
    expect(r.detail).toMatch(/PDF/);
    expect(refused(bytes([0x50, 0x4b, 0x03, 0x04], utf8('word/document.xml'))).detail).toMatch(/ZIP/);
  });

  it('decodes a large file with one damaged byte as UTF-8 and counts the damage', () => {
    const sentence = '到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。\n';
    const line = utf8(sentence);
    const big = new Uint8Array(line.length * 200_000); // about 14 MB
    for (let i = 0; i < 200_000; i++) big.set(line, i * line.length);
    big[big.length - 3] = 0xff; // break the final 。 so the damaged path runs too
    const v = decoded(big);
    expect(v.encoding).toBe('utf-8');
    expect(v.damagedBytes).toBe(3);
    expect(v.text.length).toBe(200_000 * sentence.length + 2);
  });
});

/** Deterministic bytes in [lo, hi] (a linear congruential generator), so a failure can be replayed. */
function randomBytes(length: number, seed: number, lo = 0x80, hi = 0xff): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = lo + ((x >>> 24) % (hi - lo + 1));
  }
  return out;
}

const TRADITIONAL_PLAN = [
  '臺北市「十四五」公共服務規劃',
  '二、主要目標',
  '到2025年，每千人口擁有3歲以下嬰幼兒托位數達到4.5個，養老機構護理型床位佔比達到55%以上，',
  '普惠性幼兒園覆蓋率達到90%，城鎮新增就業人數累計達到12萬人。',
].join('\n');

describe('decodeBytes: Big5 and implausible text', () => {
  it('reads a traditional plan in Big5 as Big5, not as GB18030 garbage', () => {
    const v = decoded(encodeBig5(TRADITIONAL_PLAN));
    expect(v).toEqual({ text: TRADITIONAL_PLAN, encoding: 'big5', damagedBytes: 0 });
    // GB18030 reads the same bytes without a single error: which decoder errs first says nothing.
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(encodeBig5(TRADITIONAL_PLAN))).not.toThrow();
  });

  it('reads Big5-HKSCS: Hong Kong characters, also outside the BMP, come out as themselves', () => {
    const hk = '香港特區：𨋢（升降機）維修，啲長者冇嘢做嘅問題，咗喺嚟。到2025年，安老院舍宿位達到3000個。';
    for (const ch of '𨋢啲嘅咗喺嚟') expect(isHkscsOnly(ch)).toBe(true);
    expect(decoded(encodeBig5(hk))).toEqual({ text: hk, encoding: 'big5', damagedBytes: 0 });
  });

  it('reads a short Big5 line', () => {
    for (const text of ['養老床位達到120張。', '托育服務', '第三章 保障措施\n']) {
      expect(decoded(encodeBig5(text))).toMatchObject({ text, encoding: 'big5' });
    }
  });

  it('still reads GBK as GB18030, short or long, simplified or traditional', () => {
    for (const text of ['养老床位达到120张。', '托育服务', TRADITIONAL_PLAN, `${TRADITIONAL_PLAN.replace(/臺/gu, '台')}`]) {
      expect(decoded(gbk(text))).toMatchObject({ text, encoding: 'gb18030' });
    }
  });

  it('keeps a Big5 file with a broken byte as Big5, counting the damage', () => {
    const bytes = encodeBig5(TRADITIONAL_PLAN.repeat(3));
    bytes[40] = 0xff;
    const v = decoded(bytes);
    expect(v.encoding).toBe('big5');
    expect(v.damagedBytes).toBeGreaterThan(0);
    expect(v.text).toContain('城鎮新增就業人數累計達到12萬人');
  });

  it('refuses random high-bit bytes as implausible text instead of storing them as GB18030', () => {
    for (const [length, seed] of [
      [200, 1],
      [4096, 2],
      [100_000, 3],
    ] as const) {
      const bytes = randomBytes(length, seed);
      // What happened before: GB18030 reads nearly all of it "cleanly".
      const gb = new TextDecoder('gb18030').decode(bytes);
      expect(gb.split('\uFFFD').length - 1).toBeLessThan(gb.length * 0.2);
      const r = refused(bytes);
      expect(r.code).toBe('implausible-text');
      expect(r.detail).toMatch(/everyday Chinese characters/u);
    }
  });

  it('refuses random bytes with line breaks and ASCII mixed in', () => {
    const bytes = randomBytes(20_000, 7, 0x20, 0xff);
    for (let i = 0; i < bytes.length; i += 61) bytes[i] = 0x0a;
    expect(refused(bytes).code).toBe('implausible-text');
  });

  it('does not judge a text with too few characters to tell', () => {
    // Eight bytes of noise are four "characters": too little evidence to refuse.
    expect(decodeBytes(randomBytes(8, 11)).ok).toBe(true);
  });
});

describe('decodeBig5', () => {
  it('decodes by the WHATWG index, HKSCS included, unlike Node\'s code page 950', () => {
    expect(decodeBig5(new Uint8Array([0xa4, 0x40]))).toBe('一');
    expect(decodeBig5(new Uint8Array([0x87, 0x40]))).toBe('\u43F0'); // HKSCS; Node's TextDecoder gives U+F266
    expect(decodeBig5(new Uint8Array([0xfe, 0xfe]))).toBe('\u79D4');
    expect(decodeBig5(new Uint8Array([0x88, 0x62]))).toBe('\u00CA\u0304');
    expect(decodeBig5(new Uint8Array([0xa3, 0xe1]))).toBe('€');
  });

  it('turns broken sequences into U+FFFD and keeps the ASCII byte after a lead', () => {
    expect(decodeBig5(new Uint8Array([0x70, 0xff, 0x20, 0x80, 0xa4, 0x20, 0xa4]))).toBe('p\uFFFD \uFFFD\uFFFD \uFFFD');
  });
});
