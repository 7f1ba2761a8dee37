import { describe, expect, it } from 'vitest';
import { ambitionBucket, ambitionColours, AMBITION_COLOURS } from './ambition-scale';

describe('ambitionBucket', () => {
  it('buckets the gap relative to the benchmark, positive = more ambitious', () => {
    expect(ambitionBucket(0.3, 'higher')).toBe('far-above');
    expect(ambitionBucket(0.1, 'higher')).toBe('above');
    expect(ambitionBucket(0, 'higher')).toBe('par');
    expect(ambitionBucket(-0.04, 'lower')).toBe('par');
    expect(ambitionBucket(-0.1, 'lower')).toBe('below');
    expect(ambitionBucket(-0.5, 'higher')).toBe('far-below');
  });

  it('has no colour without a benchmark and a neutral one where more is not better', () => {
    expect(ambitionBucket(null, 'higher')).toBe('none');
    expect(ambitionBucket(0.5, 'neutral')).toBe('neutral');
  });

  it('colours more ambitious blue and less ambitious orange', () => {
    expect(ambitionColours(0.3, 'higher')).toBe(AMBITION_COLOURS['far-above']);
    expect(ambitionColours(-0.3, 'higher').background).toBe('#c2410c');
  });
});

// WCAG relative luminance contrast, so every bucket's text stays readable on its background.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}

describe('AMBITION_COLOURS', () => {
  it('keeps text at 4.5:1 contrast or more', () => {
    for (const [bucket, { background, text }] of Object.entries(AMBITION_COLOURS)) {
      const [hi, lo] = [luminance(background), luminance(text)].sort((a, b) => b - a) as [number, number];
      expect((hi + 0.05) / (lo + 0.05), bucket).toBeGreaterThanOrEqual(4.5);
    }
  });
});
