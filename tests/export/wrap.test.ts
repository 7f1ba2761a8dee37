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

describe('wrapText with file names and addresses', () => {
  it('never breaks a file name or an address mid-word', () => {
    const note = '资料:新乡市托育服务规划 xinxiang-childcare-plan_2021-2025.docx 与 https://example.org/plans/lizhou.pdf 整理';
    // The longest name is about 235 px at 11 px: any line at least that wide holds it whole.
    for (const width of [240, 300, 330, 420]) {
      const lines = wrapText(note, width, 11);
      expect(lines.join('').replace(/\s/g, '')).toBe(note.replace(/\s/g, ''));
      expect(lines.some((l) => l.includes('xinxiang-childcare-plan_2021-2025.docx'))).toBe(true);
      expect(lines.some((l) => l.includes('https://example.org/plans/lizhou.pdf'))).toBe(true);
    }
  });

  it('never ends a line on an opening mark', () => {
    const text = '资料来源:《新乡市“十四五”公共服务规划》;《广元市利州区“十四五”公共服务和就业促进规划》;《雄安新区规划》';
    for (let width = 60; width <= 300; width += 10) {
      const lines = wrapText(text, width, 10);
      expect(lines.join('')).toBe(text);
      for (const line of lines) expect(line, `${width}: ${lines.join(' / ')}`).not.toMatch(/[《“(]$/u);
    }
  });

  it('still breaks a word wider than a whole line, rather than overflowing', () => {
    const lines = wrapText('a'.repeat(60), 100, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('a'.repeat(60));
  });
});
