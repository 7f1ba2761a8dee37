import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';

/** Characters that exercise conversion, folding, line ends, surrogates and the damage detector. */
const PLAN_ALPHABET = [
  ...'區戶廁糞衛鎮舊個養託臺賬發展乾燥著显著着区户养老托育目标新增达到个张所',
  ...'0123456789０１２３４５６７８９％（）()，,。、；：？?！～〜－-—“”《》①②③≥≤',
  ...'ㄒㄈ┡┛┲飸魠珗隇闅HWUo^_@=МАこぱǘù綄\uFFFD\uE000',
  '\r', '\n', '\r\n', ' ', '\u3000', '\t', '𠮷', '𬘫', '\uD800', '\uDC00', 'a', 'Z', '﹐', '﹙',
];

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
        expect(n.text.length === 0).toBe(original.length === 0);
      }),
      { numRuns: 400 },
    );
  });

  it('maps every unit of the text to a non-empty, in-bounds, monotonic, gap-free span of the original', () => {
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
          // Either the same source as the previous unit, or the source right after it.
          if (i > 0 && !(o.start === prev.start && o.end === prev.end)) expect(o.start).toBe(prev.end);
          prev = o;
        }
        expect(n.toOriginal({ start: 0, end: n.text.length })).toEqual({ start: 0, end: original.length });
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
