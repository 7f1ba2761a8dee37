import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  choiceKey,
  effectiveTargets,
  indicatorKey,
  type EffectiveInput,
  type TargetEdits,
  type TargetStatus,
} from './effective';
import type { DocumentMetadata, TargetRecord } from '../types';

function record(over: Partial<TargetRecord> = {}): TargetRecord {
  return {
    id: 'r1',
    name: '养老机构护理型床位占比',
    indicator: 'nursing_bed_ratio',
    domain: 'elderly',
    unit: '%',
    baseline: null,
    target: { value: 55, year: 2025, op: '>=' },
    stretch: null,
    kind: 'level',
    binding: 'expected',
    quote: '护理型床位占比达到55%',
    start: 10,
    end: 22,
    per: null,
    aspirational: false,
    source: 'table',
    ...over,
  };
}

function meta(over: Partial<DocumentMetadata> = {}): DocumentMetadata {
  return {
    region: '新乡市',
    plan_title: '新乡市“十四五”公共服务和社会保障规划',
    issuer: null,
    issued: '2022-01-01',
    period: { start: 2021, end: 2025 },
    kind: 'five_year_plan',
    doc_number: null,
    ...over,
  };
}

function row(
  id: string,
  rec: Partial<TargetRecord> = {},
  doc: Partial<DocumentMetadata> = {},
  extra: { regionId?: string; status?: TargetStatus; edits?: TargetEdits | null } = {},
): EffectiveInput {
  return {
    target: {
      id,
      regionId: extra.regionId ?? 'xinxiang',
      extracted: record({ id, ...rec }),
      edits: extra.edits ?? null,
      status: extra.status ?? 'extracted',
    },
    document: meta(doc),
  };
}

function only<T>(list: T[]): T {
  expect(list).toHaveLength(1);
  return list[0] as T;
}

describe('applyEdits', () => {
  it('lays edited fields over the extracted record without changing it', () => {
    const extracted = record();
    const edited = applyEdits(extracted, { target: { value: 60, year: 2025, op: '=' }, unit: '‰' });
    expect(edited.target.value).toBe(60);
    expect(edited.unit).toBe('‰');
    expect(edited.quote).toBe(extracted.quote);
    expect(extracted.target.value).toBe(55);
  });

  it('treats null as a correction and undefined as no edit', () => {
    const edited = applyEdits(record(), { indicator: null, unit: undefined });
    expect(edited.indicator).toBeNull();
    expect(edited.unit).toBe('%');
  });

  it('ignores keys that are not editable, such as offsets', () => {
    const edits = { start: 999, quote: 'x' } as unknown as TargetEdits;
    const edited = applyEdits(record(), edits);
    expect(edited.start).toBe(10);
    expect(edited.quote).toBe('护理型床位占比达到55%');
  });
});

describe('indicatorKey', () => {
  it('uses the catalog id, or the name for targets outside the catalog', () => {
    expect(indicatorKey(record())).toBe('nursing_bed_ratio');
    expect(indicatorKey(record({ indicator: null, name: '改造升级公办养老机构' }))).toBe('name:改造升级公办养老机构');
  });
});

describe('effectiveTargets', () => {
  it('prefers the later horizon over a more specific document', () => {
    const rows = [
      row('plan', { target: { value: 55, year: 2025, op: '=' } }),
      row('news', { target: { value: 60, year: 2027, op: '=' } }, { kind: 'news_report' }),
    ];
    const result = only(effectiveTargets(rows));
    expect(result.effective.id).toBe('news');
    expect(result.decidedBy).toBe('horizon');
    expect(result.alternatives.map((c) => c.id)).toEqual(['plan']);
  });

  it('ranks plans above annual programmes above other documents above news for the same year', () => {
    const rows = [
      row('news', {}, { kind: 'news_report' }),
      row('other', {}, { kind: 'other' }),
      row('annual', {}, { kind: 'annual_programme' }),
      row('action', {}, { kind: 'action_plan' }),
    ];
    const result = only(effectiveTargets(rows));
    expect(result.effective.id).toBe('action');
    expect(result.decidedBy).toBe('kind');
    expect(result.alternatives.map((c) => c.id)).toEqual(['annual', 'other', 'news']);
  });

  it('prefers a plan whose title is about the target domain over an umbrella plan', () => {
    const rows = [
      row('umbrella', {}, { plan_title: '新乡市“十四五”公共服务和社会保障规划', issued: '2023-01-01' }),
      row('elderly', {}, { plan_title: '新乡市“十四五”养老服务体系规划', issued: '2022-01-01' }),
    ];
    const result = only(effectiveTargets(rows));
    expect(result.effective.id).toBe('elderly');
    expect(result.decidedBy).toBe('domain');
  });

  it('prefers a table value over a prose value, then the later issue date', () => {
    const bySource = only(effectiveTargets([row('prose', { source: 'prose' }), row('table', { source: 'table' })]));
    expect(bySource.effective.id).toBe('table');
    expect(bySource.decidedBy).toBe('source');

    const byDate = only(effectiveTargets([row('old', {}, { issued: '2021-05-01' }), row('new', {}, { issued: '2022-03-01' }), row('undated', {}, { issued: null })]));
    expect(byDate.effective.id).toBe('new');
    expect(byDate.decidedBy).toBe('issued');
    expect(byDate.alternatives.map((c) => c.id)).toEqual(['old', 'undated']);
  });

  it('puts a target without a year after every dated one', () => {
    const result = only(effectiveTargets([row('undated', { target: { value: 1, year: null, op: '=' } }, { kind: 'five_year_plan' }), row('dated', {}, { kind: 'news_report' })]));
    expect(result.effective.id).toBe('dated');
  });

  it('lets the researcher’s choice win over the rule', () => {
    const rows = [row('plan', {}, {}), row('news', {}, { kind: 'news_report' })];
    const result = only(effectiveTargets(rows, { [choiceKey('xinxiang', 'nursing_bed_ratio')]: 'news' }));
    expect(result.effective.id).toBe('news');
    expect(result.decidedBy).toBe('choice');
    expect(result.alternatives.map((c) => c.id)).toEqual(['plan']);
  });

  it('never picks a rejected target, even when chosen, and does not list it', () => {
    const rows = [row('plan', {}, {}, { status: 'rejected' }), row('news', {}, { kind: 'news_report' })];
    const result = only(effectiveTargets(rows, { [choiceKey('xinxiang', 'nursing_bed_ratio')]: 'plan' }));
    expect(result.effective.id).toBe('news');
    expect(result.decidedBy).toBe('only');
    expect(result.alternatives).toEqual([]);
  });

  it('drops a group whose targets are all rejected', () => {
    expect(effectiveTargets([row('plan', {}, {}, { status: 'rejected' })])).toEqual([]);
  });

  it('applies edits before grouping and ranking', () => {
    const rows = [
      row('a', { target: { value: 50, year: 2025, op: '=' } }),
      row('b', { indicator: null, name: '护理床位' }, {}, { edits: { indicator: 'nursing_bed_ratio', target: { value: 70, year: 2030, op: '=' } } }),
    ];
    const result = only(effectiveTargets(rows));
    expect(result.effective.id).toBe('b');
    expect(result.effective.record.target.value).toBe(70);
    expect(result.effective.record.indicator).toBe('nursing_bed_ratio');
  });

  it('keeps regions and name-keyed indicators apart, sorted by region then indicator', () => {
    const rows = [
      row('z', { indicator: null, name: '新增普惠托位' }, {}, { regionId: 'xiongan' }),
      row('y', {}, {}, { regionId: 'xiongan' }),
      row('x', {}, {}, { regionId: 'lizhou' }),
    ];
    const result = effectiveTargets(rows);
    expect(result.map((r) => [r.regionId, r.indicator])).toEqual([
      ['lizhou', 'nursing_bed_ratio'],
      ['xiongan', 'name:新增普惠托位'],
      ['xiongan', 'nursing_bed_ratio'],
    ]);
  });

  it('gives the same answer whatever order the rows arrive in', () => {
    const rows = [row('b', {}, {}), row('a', {}, {}), row('c', {}, {})];
    const forward = only(effectiveTargets(rows));
    const backward = only(effectiveTargets([...rows].reverse()));
    expect(forward.effective.id).toBe('a');
    expect(backward.effective.id).toBe('a');
    expect(forward.decidedBy).toBe('id');
  });
});

describe('effectiveTargets: the indicator’s own wording before the id', () => {
  // One document, one year, one source: only the names tell the two apart. The part (the 敬老院's share) has the lower
  // id, so the id alone charted it as the region's nursing-bed share.
  const part = row('a-part', { name: '县级特困人员供养服务设施(敬老院)护理型床位占比', target: { value: 70, year: 2025, op: '>=' } });
  const whole = row('b-whole', { name: '养老机构护理型床位占比', target: { value: 55, year: 2025, op: '>=' } });

  it('charts the target named as the catalog names the indicator, the other listed as an alternative', () => {
    for (const rows of [[part, whole], [whole, part]]) {
      const result = only(effectiveTargets(rows));
      expect(result.effective.id).toBe('b-whole');
      expect(result.decidedBy).toBe('wording');
      expect(result.alternatives.map((c) => c.id)).toEqual(['a-part']);
    }
    // An earlier step still decides first: a later horizon wins whatever its name.
    const later = row('a-later', { name: '县级特困人员供养服务设施(敬老院)护理型床位占比', target: { value: 70, year: 2030, op: '>=' } });
    expect(only(effectiveTargets([later, whole])).decidedBy).toBe('horizon');
  });

  it('takes a synonym as the indicator’s wording, but not a part that reduces to it (…(农村))', () => {
    const synonym = row('b-synonym', { name: '护理型床位占比' });
    expect(only(effectiveTargets([part, synonym])).effective.id).toBe('b-synonym');
    const rural = row('a-rural', { name: '养老机构护理型床位占比(农村)' }, {}, { edits: { indicator: 'nursing_bed_ratio' } });
    const result = only(effectiveTargets([rural, whole]));
    expect(result.effective.id).toBe('b-whole');
    expect(result.decidedBy).toBe('wording');
  });
});
