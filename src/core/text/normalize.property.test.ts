import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';

/** Characters that exercise conversion, folding, line ends, surrogates and the damage detector. */
const PLAN_ALPHABET = [
  ...'區戶廁糞衛鎮舊個養託臺賬發展乾燥著显著着区户养老托育目标新增达到个张所',
  ...'0123456789０１２３４５６７８９％（）()，,。、；：？?！～〜－-—“”《》①②③≥≤',
  ...'ㄒㄈ┡┛┲飸魠珗隇闅HWUo^_@=МАこぱǘù綄\uFFFD\uE000',
  '\r', '\n', '\r\n', ' ', '\u3000', '\t', '𠮷', '𬘫', '\uD800', '\uDC00', 'a', 'Z', '﹐', '﹙',
  // Invisible format characters, dropped: zero-width space/joiner, soft hyphen, bidi controls, BOM, a variation
  // selector, a tag character (outside the BMP).
  '\u200B', '\u200D', '\u00AD', '\u2060', '\u202E', '\u2066', '\u200F', '\uFEFF', '\uFE0F', '\u{E0041}',
  // Radicals and compatibility ideographs, unified: BMP → BMP, BMP → supplementary (⺇ U+2E87, 𤋮 U+FA6C),
  // supplementary → BMP (U+2F800) and supplementary → supplementary (U+2F81C → U+291DF).
  '⼈', '⼝', '⼗', '⺠', '⻓', '⻔', '⾨', '豈', '﨑', '⺇', '\uFA6C', '\u{2F800}', '\u{2F81C}',
];

/** Dropped by normalisation, so the offset map leaves them out. */
const INVISIBLE = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;

/** The original without its leading and trailing invisible characters, as offsets. */
function visibleHull(original: string): { start: number; end: number } {
  const cps = [...original];
  let start = 0;
  let end = original.length;
  for (const ch of cps) {
    if (!INVISIBLE.test(ch)) break;
    start += ch.length;
  }
  for (let i = cps.length - 1; i >= 0 && end > start; i--) {
    const ch = cps[i] ?? '';
    if (!INVISIBLE.test(ch)) break;
    end -= ch.length;
  }
  return { start, end };
}

const planChar = fc.constantFrom(...PLAN_ALPHABET);
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: planChar, maxLength: 60 }),
  fc.string({ unit: fc.oneof(planChar, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 80 }),
);

describe('normalize properties', () => {
  it('never throws and keeps a sane length', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const n = normalize(original);
        expect(n.original).toBe(original);
        expect(n.text.length).toBeLessThanOrEqual(original.length * 2);
        const hull = visibleHull(original);
        expect(n.text.length === 0).toBe(hull.end === hull.start);
      }),
      { numRuns: 400 },
    );
  });

  it('maps every unit of the text to a non-empty, in-bounds, monotonic span of the original, skipping only invisible characters', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const n = normalize(original);
        let prev = { start: 0, end: 0 };
        for (let i = 0; i < n.text.length; i++) {
          const o = n.toOriginal({ start: i, end: i + 1 });
          expect(o.start).toBeGreaterThanOrEqual(0);
          expect(o.end).toBeLessThanOrEqual(original.length);
          expect(o.start).toBeLessThan(o.end);
          expect(o.start).toBeGreaterThanOrEqual(prev.start);
          expect(o.end).toBeGreaterThanOrEqual(prev.end);
          // Either the same source as the previous unit, or a later one with only invisible characters between.
          if (i > 0 && !(o.start === prev.start && o.end === prev.end)) {
            expect(o.start).toBeGreaterThanOrEqual(prev.end);
            for (const ch of original.slice(prev.end, o.start)) expect(ch).toMatch(INVISIBLE);
          }
          prev = o;
        }
        if (n.text.length > 0) expect(n.toOriginal({ start: 0, end: n.text.length })).toEqual(visibleHull(original));
      }),
      { numRuns: 400 },
    );
  });

  it('maps any span to the hull of its units', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (original, a, b) => {
        const n = normalize(original);
        if (n.text.length === 0) return;
        const s = a % n.text.length;
        const e = s + 1 + (b % (n.text.length - s));
        const whole = n.toOriginal({ start: s, end: e });
        expect(whole.start).toBe(n.toOriginal({ start: s, end: s + 1 }).start);
        expect(whole.end).toBe(n.toOriginal({ start: e - 1, end: e }).end);
      }),
      { numRuns: 300 },
    );
  });

  it('reports damage as ordered, non-overlapping, non-empty spans inside the text', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const n = normalize(original);
        let end = 0;
        for (const d of n.damage) {
          expect(d.start).toBeGreaterThanOrEqual(end);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.end).toBeLessThanOrEqual(n.text.length);
          end = d.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps no invisible character, radical or compatibility ideograph in the text', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const n = normalize(original);
        for (const ch of n.text) {
          expect(ch).not.toMatch(INVISIBLE);
          const cp = ch.codePointAt(0) ?? 0;
          const radical = cp >= 0x2e81 && cp <= 0x2fd5 && cp !== 0x2e9a && !(cp >= 0x2ef4 && cp <= 0x2eff);
          expect(radical).toBe(false);
          if ((cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x2f800 && cp <= 0x2fa1f)) expect(ch.normalize('NFKC')).toBe(ch);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('leaves ASCII text without carriage returns untouched', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 80 }), (s) => {
        const original = s.replace(/\r/g, '');
        const n = normalize(original);
        expect(n.text).toBe(original);
        expect(n.script).toBe('simplified');
      }),
      { numRuns: 200 },
    );
  });
});
