// Achievements on a real text the extractor was not written for: a city's report of its year's 民生实事 results.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/core/extract/extract';
import type { AchievedRecord } from '../src/core/types';

const pick = (records: AchievedRecord[]) =>
  records.map((a) => ({ name: a.name, value: a.value, unit: a.unit, op: a.op, year: a.year, year_from: a.year_from, kind: a.kind }));

describe('achievements in held-out texts', () => {
  it('reads a real completion report of a year’s 民生实事 (held-out text) as that year’s achievements, with no target', () => {
    const text = readFileSync(new URL('./fixtures/heldout/hangzhou-2024-livelihood-completion.txt', import.meta.url), 'utf8');
    const doc = extractText(text);
    expect(doc.targets).toEqual([]);
    expect(doc.achieved.length).toBeGreaterThan(30);
    expect(doc.achieved.every((a) => a.year === 2024 && a.year_from === null)).toBe(true);
    expect(pick(doc.achieved)).toContainEqual({ name: '新增老年助餐服务点', value: 235, unit: '个', op: '=', year: 2024, year_from: null, kind: 'increment' });
    expect(pick(doc.achieved)).toContainEqual(expect.objectContaining({ name: '困难群众医疗费用综合保障率', value: 89.33, unit: '%', kind: 'level' }));
    // Completion rates (整体完成率111.5%) are not levels reached.
    expect(doc.achieved.some((a) => a.value === 111.5)).toBe(false);
  });
});
