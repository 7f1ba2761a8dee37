import { describe, expect, it } from 'vitest';
import { chunkAt, chunkText, type MarkedSpan, segmentChunk, selectionSpan } from './highlights';
import type { Span } from '../types';

function texts(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

function covers(text: string, chunks: readonly Span[]): void {
  expect(chunks[0]?.start ?? 0).toBe(0);
  expect(chunks.at(-1)?.end ?? 0).toBe(text.length);
  for (let i = 1; i < chunks.length; i++) expect(chunks[i]?.start).toBe(chunks[i - 1]?.end);
}

describe('chunkText', () => {
  it('groups whole lines until a chunk reaches the size', () => {
    const text = '第一行\n第二行\n第三行\n第四行';
    const chunks = chunkText(text, 8);
    expect(texts(text, chunks)).toEqual(['第一行\n第二行\n', '第三行\n第四行']);
    covers(text, chunks);
  });

  it('keeps a line longer than the size whole', () => {
    const text = `短\n${'长'.repeat(50)}\n尾`;
    expect(texts(text, chunkText(text, 10))).toEqual([`短\n${'长'.repeat(50)}\n`, '尾']);
  });

  it('never splits \\r\\n and treats a lone \\r as a line break', () => {
    const text = '甲乙\r\n丙丁\r戊己\r\n';
    const chunks = chunkText(text, 1);
    expect(texts(text, chunks)).toEqual(['甲乙\r\n', '丙丁\r', '戊己\r\n']);
    covers(text, chunks);
  });

  it('gives no chunk for an empty text and one for a text without line breaks', () => {
    expect(chunkText('')).toEqual([]);
    expect(chunkText('𠮷野家')).toEqual([{ start: 0, end: 4 }]);
  });

  it('covers a long document exactly', () => {
    const text = Array.from({ length: 700 }, (_, i) => `第${i}行:到2025年,指标达到${i}%。`).join('\n');
    const chunks = chunkText(text, 2000);
    covers(text, chunks);
    expect(chunks.length).toBeGreaterThan(5);
    expect(texts(text, chunks).join('')).toBe(text);
  });
});

describe('chunkAt', () => {
  const chunks = [
    { start: 0, end: 5 },
    { start: 5, end: 9 },
    { start: 9, end: 20 },
  ];
  it('finds the chunk holding an offset', () => {
    expect(chunkAt(chunks, 0)).toBe(0);
    expect(chunkAt(chunks, 4)).toBe(0);
    expect(chunkAt(chunks, 5)).toBe(1);
    expect(chunkAt(chunks, 19)).toBe(2);
    expect(chunkAt(chunks, 20)).toBe(2);
    expect(chunkAt([], 3)).toBe(-1);
  });
});

describe('segmentChunk', () => {
  const text = '到2025年,每千人口托位数达到4.5个,力争达到4.9个。';

  it('marks one span and leaves the rest plain', () => {
    const start = text.indexOf('每千');
    const end = text.indexOf(',力争');
    const segments = segmentChunk({ start: 0, end: text.length }, [{ id: 'a', start, end }]);
    expect(texts(text, segments)).toEqual(['到2025年,', '每千人口托位数达到4.5个', ',力争达到4.9个。']);
    expect(segments.map((s) => s.ids)).toEqual([[], ['a'], []]);
  });

  it('splits overlapping spans and lists the innermost first', () => {
    const spans: MarkedSpan[] = [
      { id: 'outer', start: 7, end: 28 },
      { id: 'inner', start: 16, end: 20 },
      { id: 'tail', start: 18, end: 25 },
    ];
    const segments = segmentChunk({ start: 0, end: text.length }, spans);
    expect(segments.map((s) => [s.start, s.end, s.ids])).toEqual([
      [0, 7, []],
      [7, 16, ['outer']],
      [16, 18, ['inner', 'outer']],
      [18, 20, ['inner', 'tail', 'outer']],
      [20, 25, ['tail', 'outer']],
      [25, 28, ['outer']],
      [28, text.length, []],
    ]);
  });

  it('clips a span that crosses chunk borders into each chunk it touches', () => {
    const table = '托位数(个)\n|\n0.3\n|\n5.0\n|\n预期性\n';
    const chunks = chunkText(table, 6);
    const span = { id: 't', start: 0, end: table.indexOf('5.0') + 3 };
    const marked = chunks.flatMap((c) => segmentChunk(c, [span]).filter((s) => s.ids.length > 0));
    expect(marked.map((s) => table.slice(s.start, s.end)).join('')).toBe(table.slice(span.start, span.end));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      const segments = segmentChunk(chunk, [span]);
      expect(segments[0]?.start).toBe(chunk.start);
      expect(segments.at(-1)?.end).toBe(chunk.end);
    }
  });

  it('ignores empty spans and spans outside the chunk', () => {
    const segments = segmentChunk({ start: 10, end: 20 }, [
      { id: 'empty', start: 12, end: 12 },
      { id: 'before', start: 0, end: 10 },
      { id: 'after', start: 20, end: 25 },
    ]);
    expect(segments).toEqual([{ start: 10, end: 20, ids: [] }]);
  });

  it('keeps offsets in code units with 𠮷 and \\r\\n before the span', () => {
    const original = '𠮷祥区\r\n到2025年,托位数达到5个。';
    const quote = '托位数达到5个';
    const start = original.indexOf(quote);
    expect(start).toBe(13);
    const chunks = chunkText(original, 4);
    const marked = chunks.flatMap((c) => segmentChunk(c, [{ id: 'q', start, end: start + quote.length }]).filter((s) => s.ids.length));
    expect(marked.map((s) => original.slice(s.start, s.end)).join('')).toBe(quote);
    expect(texts(original, chunks)[0]).toBe('𠮷祥区\r\n');
  });
});

describe('selectionSpan', () => {
  const text = '  托位数达到5个。\n𠮷祥';

  it('orders the ends and trims white space', () => {
    expect(selectionSpan(text, 11, 0)).toEqual({ start: 2, end: 10 });
    expect(text.slice(2, 10)).toBe('托位数达到5个。');
  });

  it('is null for white space only', () => {
    expect(selectionSpan(text, 0, 2)).toBeNull();
    expect(selectionSpan(text, 4, 4)).toBeNull();
  });

  it('never splits a character outside the BMP', () => {
    const at = text.indexOf('𠮷');
    expect(selectionSpan(text, at + 1, at + 3)).toEqual({ start: at, end: at + 3 });
    expect(selectionSpan(text, at - 2, at + 1)).toEqual({ start: at - 2, end: at + 2 });
  });
});
