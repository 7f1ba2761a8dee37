import { describe, expect, it } from 'vitest';
import type { TargetEdits, TargetStatus } from './effective';
import { hasResearcherWork, matchTargets, type OldTarget } from './reextract';
import type { TargetRecord } from '../types';

function record(over: Partial<TargetRecord> = {}): TargetRecord {
  return {
    id: 'doc-1',
    name: '每千人口拥有3岁以下婴幼儿托位数',
    indicator: 'childcare_places_per_1000',
    domain: 'childcare',
    unit: '个',
    baseline: null,
    target: { value: 4.5, year: 2025, op: '=' },
    stretch: null,
    kind: 'level',
    binding: null,
    quote: '托位数达到4.5个',
    start: 100,
    end: 110,
    per: null,
    aspirational: false,
    source: 'prose',
    ...over,
  };
}

function old(id: string, over: Partial<TargetRecord> = {}, status: TargetStatus = 'extracted', edits: TargetEdits | null = null): OldTarget {
  return { id: `d:${id}`, extracted: record({ id, ...over }), edits, status };
}

describe('matchTargets', () => {
  it('pairs records that kept their id', () => {
    const result = matchTargets([old('a')], [record({ id: 'a' })]);
    expect(result.pairs).toEqual([{ oldId: 'd:a', fresh: record({ id: 'a' }), rule: 'same-id' }]);
    expect(result.unmatchedOld).toEqual([]);
    expect(result.unmatchedFresh).toEqual([]);
  });

  it('pairs by indicator and value when the id changed and the quote moved a little', () => {
    const fresh = record({ id: 'new', start: 140, end: 150, quote: '托位数4.5个' });
    const result = matchTargets([old('a')], [fresh]);
    expect(result.pairs[0]?.rule).toBe('same-value-nearby');
    expect(result.pairs[0]?.fresh.id).toBe('new');
  });

  it('pairs the nearest of two equal values', () => {
    const far = record({ id: 'far', start: 350 });
    const near = record({ id: 'near', start: 120 });
    const result = matchTargets([old('a')], [far, near]);
    expect(result.pairs[0]?.fresh.id).toBe('near');
    expect(result.unmatchedFresh.map((r) => r.id)).toEqual(['far']);
  });

  it('pairs by quote when the extractor found a catalog indicator it missed before', () => {
    const before = old('a', { indicator: null, name: '托位数', target: { value: 4.5, year: 2025, op: '=' } });
    const after = record({ id: 'b', name: '每千人口拥有3岁以下婴幼儿托位数', start: 2000, end: 2010 });
    expect(matchTargets([before], [after]).pairs[0]?.rule).toBe('same-quote');
  });

  it('pairs a misread value by its overlapping span', () => {
    const before = old('a', { target: { value: 45, year: 2025, op: '=' }, quote: '托位数达到45' });
    const after = record({ id: 'b', target: { value: 4.5, year: 2025, op: '=' }, start: 102 });
    expect(matchTargets([before], [after]).pairs[0]?.rule).toBe('same-subject-overlap');
  });

  it('pairs a misread name by value and overlapping span', () => {
    const before = old('a', { indicator: null, name: '达到', quote: '达到4.5' });
    const after = record({ id: 'b', start: 95, end: 108 });
    expect(matchTargets([before], [after]).pairs[0]?.rule).toBe('same-value-overlap');
  });

  it('leaves a target unmatched when its value and place both changed', () => {
    const result = matchTargets([old('a')], [record({ id: 'b', target: { value: 6, year: 2025, op: '=' }, quote: '托位6个', start: 5000, end: 5005 })]);
    expect(result.pairs).toEqual([]);
    expect(result.unmatchedOld).toEqual(['d:a']);
    expect(result.unmatchedFresh.map((r) => r.id)).toEqual(['b']);
  });

  it('lets an edited target win the one fresh record two old targets compete for', () => {
    const untouched = old('a', { start: 100 });
    const edited = old('b', { start: 130 }, 'edited', { unit: '张' });
    const result = matchTargets([untouched, edited], [record({ id: 'c', start: 101 })]);
    expect(result.pairs.map((p) => p.oldId)).toEqual(['d:b']);
    expect(result.unmatchedOld).toEqual(['d:a']);
  });

  it('neither pairs nor reports manual targets', () => {
    const manual = old('manual-1', {}, 'manual');
    const result = matchTargets([manual], [record({ id: 'manual-1' })]);
    expect(result.pairs).toEqual([]);
    expect(result.unmatchedOld).toEqual([]);
    expect(result.unmatchedFresh).toHaveLength(1);
  });

  it('pairs one to one: equal records each find their own partner', () => {
    const olds = [old('a', { start: 10, end: 20 }), old('b', { start: 500, end: 510 })];
    const fresh = [record({ id: 'x', start: 12, end: 22 }), record({ id: 'y', start: 505, end: 515 })];
    const result = matchTargets(olds, fresh);
    expect(result.pairs.map((p) => [p.oldId, p.fresh.id]).sort()).toEqual([
      ['d:a', 'x'],
      ['d:b', 'y'],
    ]);
  });
});

describe('hasResearcherWork', () => {
  it('is false only for an untouched extraction', () => {
    expect(hasResearcherWork({ status: 'extracted', edits: null })).toBe(false);
    expect(hasResearcherWork({ status: 'extracted', edits: {} })).toBe(false);
    expect(hasResearcherWork({ status: 'confirmed', edits: null })).toBe(true);
    expect(hasResearcherWork({ status: 'extracted', edits: { unit: '张' } })).toBe(true);
  });
});
