import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '../core/types';
import { parseGold, type GoldTarget } from './gold';
import { locateGold, nameSimilarity, score, type Prediction } from './score';

function gold(over: Partial<GoldTarget> & { quote: string }): GoldTarget {
  return {
    name: '义务教育巩固率',
    indicator: 'compulsory_education_retention',
    unit: '%',
    baseline: null,
    target: { value: 96.5, year: 2025, op: '=' },
    ...over,
  };
}

/** A predicted record placed on `quote` in `text` (its first occurrence unless `at` is given). */
function rec(text: string, quote: string, over: Partial<TargetRecord> = {}, at?: number): TargetRecord {
  const start = at ?? text.indexOf(quote);
  if (start < 0) throw new Error(`test quote not in text: ${quote}`);
  return {
    id: `r${start}`,
    name: '义务教育巩固率',
    indicator: 'compulsory_education_retention',
    domain: 'education',
    unit: '%',
    baseline: null,
    target: { value: 96.5, year: 2025, op: '=' },
    stretch: null,
    kind: 'level',
    binding: null,
    quote,
    start,
    end: start + quote.length,
    per: null,
    aspirational: false,
    source: 'prose',
    ...over,
  };
}

const TEXT = '到2025年,义务教育巩固率达到96.5%,高中阶段教育毛入学率达到92%。';
const Q1 = '义务教育巩固率达到96.5%';
const Q2 = '高中阶段教育毛入学率达到92%';

describe('score', () => {
  it('counts an exact prediction as a true positive with perfect P, R and F1', () => {
    const s = score([{ doc: 'a', targets: [gold({ quote: Q1 })] }], [{ doc: 'a', text: TEXT, targets: [rec(TEXT, Q1)] }]);
    expect(s.overall).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(s.misses).toEqual([]);
    expect(s.extras).toEqual([]);
  });

  it('never matches a different target value, listing the gold as a miss and the record as an extra', () => {
    const pred = rec(TEXT, Q1, { target: { value: 96, year: 2025, op: '=' } });
    const s = score([{ doc: 'a', targets: [gold({ quote: Q1 })] }], [{ doc: 'a', text: TEXT, targets: [pred] }]);
    expect(s.overall).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(s.misses).toEqual([{ doc: 'a', name: '义务教育巩固率', value: 96.5, quote: Q1 }]);
    expect(s.extras).toEqual([{ doc: 'a', name: '义务教育巩固率', value: 96, quote: Q1 }]);
  });

  it('treats values equal within 1e-9 as the same', () => {
    const g = gold({ quote: Q1, target: { value: 0.3, year: 2025, op: '=' } });
    const pred = rec(TEXT, Q1, { target: { value: 0.1 + 0.2, year: 2025, op: '=' } });
    expect(score([{ doc: 'a', targets: [g] }], [{ doc: 'a', text: TEXT, targets: [pred] }]).overall.tp).toBe(1);
  });

  it('matches on the same indicator id when span and name differ', () => {
    const pred = rec(TEXT, Q2, { name: '巩固', target: { value: 96.5, year: 2025, op: '=' } });
    const s = score([{ doc: 'a', targets: [gold({ quote: Q1 })] }], [{ doc: 'a', text: TEXT, targets: [pred] }]);
    expect(s.overall.tp).toBe(1);
  });

  it('matches on overlapping spans when the indicator is unknown and the names differ', () => {
    const g = gold({ quote: Q1, indicator: null });
    const pred = rec(TEXT, '96.5%', { indicator: null, name: '完全不同' });
    const s = score([{ doc: 'a', targets: [g] }], [{ doc: 'a', text: TEXT, targets: [pred] }]);
    expect(s.overall.tp).toBe(1);
  });

  it('matches on a similar name when the spans are apart and no id is shared', () => {
    const g = gold({ quote: Q1, indicator: null, name: '每千人口拥有3岁以下婴幼儿托位数' });
    const pred = rec(TEXT, Q2, { indicator: null, name: '每千人口3岁以下婴幼儿托位数' });
    expect(score([{ doc: 'a', targets: [g] }], [{ doc: 'a', text: TEXT, targets: [pred] }]).overall.tp).toBe(1);
  });

  it('does not match apart spans with unrelated names and no shared id', () => {
    const g = gold({ quote: Q1, indicator: null });
    const pred = rec(TEXT, Q2, { indicator: null, name: '高中阶段教育毛入学率' });
    expect(score([{ doc: 'a', targets: [g] }], [{ doc: 'a', text: TEXT, targets: [pred] }]).overall.tp).toBe(0);
  });

  it('falls back to the name alone when the gold quote is not in the text', () => {
    const g = gold({ quote: '不在原文里的引文', indicator: null });
    const overlapping = rec(TEXT, Q1, { indicator: null, name: '别的名字' });
    const sameName = rec(TEXT, Q1, { indicator: null });
    const doc = (targets: TargetRecord[]): Prediction[] => [{ doc: 'a', text: TEXT, targets }];
    const miss = score([{ doc: 'a', targets: [g] }], doc([overlapping]));
    expect(miss.overall.tp).toBe(0);
    expect(miss.docs[0]?.unlocated).toBe(1);
    expect(score([{ doc: 'a', targets: [g] }], doc([sameName])).overall.tp).toBe(1);
  });

  it('tells two gold targets sharing one quote apart by indicator id', () => {
    const text = '基本养老保险和基本医疗保险参保率稳定在95%以上';
    const base = { quote: text, unit: '%', target: { value: 95, year: 2025, op: '>=' as const } };
    const golds = [
      gold({ ...base, name: '基本养老保险参保率', indicator: 'pension_insurance_coverage' }),
      gold({ ...base, name: '基本医疗保险参保率', indicator: 'medical_insurance_coverage' }),
    ];
    // Both records carry the sentence's joint name, so only the id can pair them. The medical one
    // comes first and has a wrong year: a wrong pairing would show in the mismatches.
    const name = '基本养老保险和基本医疗保险参保率';
    const preds = [
      rec(text, text, { ...base, name, indicator: 'medical_insurance_coverage', target: { value: 95, year: 2024, op: '>=' } }),
      rec(text, text, { ...base, name, indicator: 'pension_insurance_coverage' }),
    ];
    const s = score([{ doc: 'a', targets: golds }], [{ doc: 'a', text, targets: preds }]);
    expect(s.overall.tp).toBe(2);
    expect(s.fields.indicator).toEqual({ correct: 2, total: 2, rate: 1 });
    expect(s.mismatches).toEqual([{ doc: 'a', name: '基本医疗保险参保率', field: 'year', gold: 2025, predicted: 2024 }]);
  });

  it('matches each gold target once: a duplicate prediction is an extra', () => {
    const s = score(
      [{ doc: 'a', targets: [gold({ quote: Q1 })] }],
      [{ doc: 'a', text: TEXT, targets: [rec(TEXT, Q1), rec(TEXT, Q1, { id: 'dup' })] }],
    );
    expect(s.overall).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(s.overall.f1).toBeCloseTo(2 / 3, 12);
  });

  it('matches a qualitative gold target only to a record with the same text', () => {
    const text = '孤儿和事实无人抚养儿童保障覆盖率(%)\n|\n-\n|\n应保尽保';
    const g = gold({
      name: '孤儿和事实无人抚养儿童保障覆盖率',
      indicator: 'orphan_protection_coverage',
      quote: '孤儿和事实无人抚养儿童保障覆盖率(%)',
      target: { value: null, year: 2025, op: null, text: '应保尽保' },
    });
    const same = rec(text, '应保尽保', { ...g, target: { value: null, year: 2025, op: null, text: '应保尽保' } });
    const other = rec(text, '应保尽保', { ...g, target: { value: null, year: 2025, op: null, text: '全覆盖' } });
    expect(score([{ doc: 'a', targets: [g] }], [{ doc: 'a', text, targets: [same] }]).overall.tp).toBe(1);
    expect(score([{ doc: 'a', targets: [g] }], [{ doc: 'a', text, targets: [other] }]).overall.tp).toBe(0);
  });

  it('scores field accuracy on matched pairs, counting null indicator against null as equal', () => {
    const golds = [
      gold({ quote: Q1, baseline: { value: 95, year: 2020 } }),
      gold({ quote: Q2, name: '高中阶段教育毛入学率', indicator: null, target: { value: 92, year: 2025, op: '>=' } }),
    ];
    const preds = [
      rec(TEXT, Q1, { unit: '个', indicator: 'other_id', baseline: { value: 95, year: null } }),
      rec(TEXT, Q2, { name: '高中阶段教育毛入学率', indicator: null, baseline: { value: 90, year: 2020 }, target: { value: 92, year: 2024, op: '=' } }),
    ];
    const s = score([{ doc: 'a', targets: golds }], [{ doc: 'a', text: TEXT, targets: preds }]);
    expect(s.overall.tp).toBe(2);
    expect(s.fields).toEqual({
      op: { correct: 1, total: 2, rate: 0.5 },
      unit: { correct: 1, total: 2, rate: 0.5 },
      year: { correct: 1, total: 2, rate: 0.5 },
      indicator: { correct: 1, total: 2, rate: 0.5 },
      baseline: { correct: 1, total: 2, rate: 0.5 },
      // Target gold states no kind or year_from: those are tallied only where the gold has them (achievements).
      kind: { correct: 0, total: 0, rate: null },
      year_from: { correct: 0, total: 0, rate: null },
    });
    // Only the first pair has a canonical gold id, and its prediction got it wrong.
    expect(s.canonicalCoverage).toEqual({ correct: 0, total: 1, rate: 0 });
  });

  it('reports per-document counts, misses for unpredicted documents and extras for unknown ones', () => {
    const s = score(
      [
        { doc: 'a', targets: [gold({ quote: Q1 })] },
        { doc: 'b', targets: [gold({ quote: Q1 })] },
        { doc: 'empty', targets: [] },
      ],
      [
        { doc: 'a', text: TEXT, targets: [rec(TEXT, Q1)] },
        { doc: 'empty', text: TEXT, targets: [] },
        { doc: 'stray', text: TEXT, targets: [rec(TEXT, Q2)] },
      ],
    );
    expect(s.docs.map((d) => [d.doc, d.tp, d.fp, d.fn])).toEqual([
      ['a', 1, 0, 0],
      ['b', 0, 0, 1],
      ['empty', 0, 0, 0],
      ['stray', 0, 1, 0],
    ]);
    expect(s.docs[1]).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(s.docs[2]).toMatchObject({ precision: null, recall: null, f1: null });
    expect(s.overall).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(s.misses.map((m) => m.doc)).toEqual(['b']);
    expect(s.extras.map((m) => m.doc)).toEqual(['stray']);
  });
});

describe('locateGold', () => {
  it('finds the n-th occurrence of a repeated quote', () => {
    const text = 'AB达到85%以上。CD达到85%以上。';
    expect(locateGold(text, gold({ quote: '达到85%以上', occurrence: 2 }))).toEqual({ start: 12, end: 19 });
    expect(locateGold(text, gold({ quote: '达到85%以上', occurrence: 3 }))).toBeNull();
  });

  it('places a repeated target at its own occurrence when scoring', () => {
    const text = '普惠性幼儿园覆盖率达到85%以上。……普惠性幼儿园覆盖率达到85%以上。';
    const q = '普惠性幼儿园覆盖率达到85%以上';
    const g = gold({ name: 'x', indicator: null, quote: q, occurrence: 2, target: { value: 85, year: 2025, op: '>=' } });
    const second = text.lastIndexOf(q);
    const atFirst = rec(text, q, { name: 'y', indicator: null, target: g.target });
    const atSecond = rec(text, q, { name: 'y', indicator: null, target: g.target }, second);
    expect(score([{ doc: 'a', targets: [g] }], [{ doc: 'a', text, targets: [atFirst] }]).overall.tp).toBe(0);
    expect(score([{ doc: 'a', targets: [g] }], [{ doc: 'a', text, targets: [atSecond] }]).overall.tp).toBe(1);
  });

  it('uses quote_original for a traditional-character text', () => {
    const text = '一、改造城鎮老舊小區4個。';
    const g = gold({ quote: '改造城镇老旧小区4个', quote_original: '改造城鎮老舊小區4個' });
    expect(locateGold(text, g)).toEqual({ start: 2, end: 12 });
  });

  it('runs a table row span on to its value cell so a cell-only record overlaps', () => {
    const text = '每千人口3岁以下婴幼儿托位数(个)\n|\n0.3\n|\n5.0\n|\n预期性';
    const g = gold({ quote: '每千人口3岁以下婴幼儿托位数(个)', quote_value: '5.0' });
    const span = locateGold(text, g);
    expect(span && text.slice(span.start, span.end)).toBe('每千人口3岁以下婴幼儿托位数(个)\n|\n0.3\n|\n5.0');
  });
});

describe('nameSimilarity', () => {
  it('is 1 for identical names, 0 for names sharing no bigram', () => {
    expect(nameSimilarity('城镇新增就业', '城镇新增就业')).toBe(1);
    expect(nameSimilarity('城镇新增就业', '人均预期寿命')).toBe(0);
  });

  it('reaches the threshold for the usual wording variants of one indicator', () => {
    expect(nameSimilarity('每千人口拥有3岁以下婴幼儿托位数', '每千人口3岁以下婴幼儿托位数')).toBeGreaterThanOrEqual(0.5);
    expect(nameSimilarity('学前教育毛入园率', '学前三年毛入园率')).toBeGreaterThanOrEqual(0.5);
  });

  it('counts repeated bigrams once per occurrence and ignores spaces', () => {
    expect(nameSimilarity('哈哈哈', '哈哈')).toBeCloseTo((2 * 1) / 3, 12);
    expect(nameSimilarity('城镇 新增', '城镇新增')).toBe(1);
  });
});

// The real gold scored against itself: every labelled quote must be locatable and match itself.
const GOLD = fileURLToPath(new URL('../../../shared/gold/seeds.gold.json', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

describe.skipIf(!existsSync(GOLD))('the shared gold file', () => {
  it('scores perfectly against itself', () => {
    const parsed = parseGold(JSON.parse(readFileSync(GOLD, 'utf8')));
    if (!parsed.ok) throw new Error(parsed.detail);
    const predictions: Prediction[] = parsed.value.map((d) => {
      const text = readFileSync(SEEDS + d.doc, 'utf8');
      const targets = d.targets.map((g, i) => {
        const span = locateGold(text, g);
        if (!span) throw new Error(`${d.doc}: gold quote not found: ${g.quote}`);
        return rec(text, text.slice(span.start, span.end), { ...g, id: `g${i}`, target: g.target }, span.start);
      });
      return { doc: d.doc, text, targets };
    });
    const s = score(parsed.value, predictions);
    expect(s.overall.fn).toBe(0);
    expect(s.overall.fp).toBe(0);
    expect(s.mismatches).toEqual([]);
    expect(s.docs.every((d) => d.unlocated === 0)).toBe(true);
  });
});
