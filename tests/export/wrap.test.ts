import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/export/chart-export';

describe('wrapText', () => {
  it('keeps a closing mark on the line it closes', () => {
    // Ten CJK characters at 10px fill a 100px line exactly; the 》 would start the next line.
    const lines = wrapText('《一二三四五六七八》(九)', 100, 10);
    expect(lines[0]?.endsWith('》')).toBe(true);
    expect(lines.every((l) => !/^[》)]/.test(l))).toBe(true);
    expect(lines.join('')).toBe('《一二三四五六七八》(九)');
  });
});
