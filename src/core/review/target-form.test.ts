import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/extract';
import { editsOf, emptyForm, formOf, manualRecordOf, parseNumber, prefillForm, valueText } from './target-form';
import type { TargetRecord } from '../types';

function record(over: Partial<TargetRecord> = {}): TargetRecord {
  return {
    id: 'r1',
    name: '每千人口3岁以下婴幼儿托位数',
    indicator: 'childcare_places_per_1000',
    domain: 'childcare',
    unit: '个',
    baseline: null,
    target: { value: 4.5, year: 2025, op: '=' },
    stretch: 4.9,
    kind: 'level',
    binding: null,
    quote: '每千人口3岁以下婴幼儿托位数达到4.5个,力争达到4.9个',
    start: 10,
    end: 39,
    per: null,
    aspirational: false,
    source: 'prose',
    ...over,
  };
}

describe('parseNumber', () => {
  it('reads half- and full-width numbers and empty fields', () => {
    expect(parseNumber('4.8')).toBe(4.8);
    expect(parseNumber(' ４．８ ')).toBe(4.8);
    expect(parseNumber('1,200')).toBe(1200);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('四点八')).toBeUndefined();
    expect(parseNumber('4.8个')).toBeUndefined();
  });
});

describe('editsOf', () => {
  it('turns an edited value into a target edit that keeps year and op', () => {
    const form = { ...formOf(record()), value: '4.8' };
    const result = editsOf(record(), form);
    expect(result).toMatchObject({ ok: true, value: { target: { value: 4.8, year: 2025, op: '=' }, stretch: 4.9, unit: '个', kind: 'level' } });
  });

  it('maps to another catalog indicator and moves the target to its domain', () => {
    const result = editsOf(record(), { ...formOf(record()), indicator: 'preschool_gross_enrollment' });
    expect(result).toMatchObject({ ok: true, value: { indicator: 'preschool_gross_enrollment', domain: 'education' } });
  });

  it('maps to no indicator and leaves the domain alone', () => {
    const result = editsOf(record(), { ...formOf(record()), indicator: '' });
    expect(result.ok && result.value.indicator).toBeNull();
    expect(result.ok && 'domain' in result.value).toBe(false);
  });

  it('names the field that does not parse', () => {
    expect(editsOf(record(), { ...formOf(record()), value: 'abc' })).toEqual({ ok: false, code: 'invalid', field: 'value' });
    expect(editsOf(record(), { ...formOf(record()), value: '' })).toEqual({ ok: false, code: 'invalid', field: 'value' });
    expect(editsOf(record(), { ...formOf(record()), year: '25' })).toEqual({ ok: false, code: 'invalid', field: 'year' });
    expect(editsOf(record(), { ...formOf(record()), stretch: 'x' })).toEqual({ ok: false, code: 'invalid', field: 'stretch' });
    expect(editsOf(record(), { ...formOf(record()), indicator: 'no_such' })).toEqual({ ok: false, code: 'invalid', field: 'indicator' });
  });

  it('lets a qualitative target keep an empty value and its text', () => {
    const qualitative = record({ target: { value: null, year: 2025, op: null, text: '应保尽保' }, stretch: null });
    const result = editsOf(qualitative, { ...formOf(qualitative), year: '2030' });
    expect(result).toMatchObject({ ok: true, value: { target: { value: null, year: 2030, op: null, text: '应保尽保' } } });
  });
});

describe('manualRecordOf', () => {
  const span = { start: 100, end: 120 };

  it('builds a record over the selection with the catalog domain', () => {
    const form = { ...emptyForm(), name: '托位数', indicator: 'childcare_places_per_1000', value: '5', year: '2025', unit: '个' };
    const result = manualRecordOf(form, span, '托位数达到5个');
    expect(result).toMatchObject({
      ok: true,
      value: { name: '托位数', indicator: 'childcare_places_per_1000', domain: 'childcare', start: 100, end: 120, quote: '托位数达到5个', target: { value: 5, year: 2025, op: '=' } },
    });
  });

  it('needs a name and a value', () => {
    expect(manualRecordOf({ ...emptyForm(), value: '5' }, span, 'q')).toEqual({ ok: false, code: 'invalid', field: 'name' });
    expect(manualRecordOf({ ...emptyForm(), name: 'x' }, span, 'q')).toEqual({ ok: false, code: 'invalid', field: 'value' });
  });
});

describe('prefillForm', () => {
  it('reads the selected sentence with the extractor', () => {
    const { targets } = extractText('到2025年,每千人口3岁以下婴幼儿托位数达到4.5个,力争达到4.9个。');
    const form = prefillForm(targets);
    expect(form).toMatchObject({ value: '4.5', stretch: '4.9', year: '2025', unit: '个', indicator: 'childcare_places_per_1000' });
  });

  it('is empty when the extractor finds nothing', () => {
    expect(prefillForm(extractText('加强婴幼儿照护服务。').targets)).toEqual(emptyForm());
  });
});

describe('valueText', () => {
  it('writes op, ranges and qualitative targets', () => {
    expect(valueText({ value: 95, year: 2025, op: '>=' })).toBe('≥95');
    expect(valueText({ value: 4.5, year: 2025, op: '=' })).toBe('4.5');
    expect(valueText({ value: 1, value_max: 2, year: 2025, op: '>=' })).toBe('1–2');
    expect(valueText({ value: null, year: 2025, op: null, text: '应保尽保' })).toBe('应保尽保');
  });
});
