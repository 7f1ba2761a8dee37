import { describe, expect, it } from 'vitest';
import type { DocumentMetadata } from '../core/types';
import { formatMetadataScore, parseMetadataIndex, scoreMetadata, type ExpectedMetadata } from './metadata';

const expected: ExpectedMetadata = {
  file: 'a.txt',
  original: '000_a.txt',
  region: '新乡市',
  title: '新乡市“十四五”公共服务和社会保障规划',
  issuer: '新乡市人民政府',
  issued: '2023-02-21',
  period: { start: 2021, end: 2025 },
  kind: 'five_year_plan',
};
const actual: DocumentMetadata = {
  region: '新乡市',
  region_code: '4107',
  province: '河南省',
  plan_title: '新乡市"十四五"公共服务和社会保障规划',
  issuer: null,
  issued: '2023-02-21',
  period: { start: 2021, end: 2025 },
  kind: 'annual_programme',
  doc_number: null,
};

describe('scoreMetadata', () => {
  it('counts each field, with quotation marks written either way, and lists what differs', () => {
    const score = scoreMetadata([{ doc: '000_a.txt', expected, actual }]);
    expect(score.fields.plan_title).toEqual({ correct: 1, total: 1 });
    expect(score.fields.issuer).toEqual({ correct: 0, total: 1 });
    expect(score.fields.kind).toEqual({ correct: 0, total: 1 });
    expect(score.correct).toBe(4);
    expect(score.total).toBe(6);
    expect(score.mismatches.map((m) => m.field)).toEqual(['issuer', 'kind']);
    const text = formatMetadataScore(score, 'seeds/index.json');
    expect(text).toContain('all fields  0.667  (4/6)');
    expect(text).toContain('000_a.txt kind: expected "five_year_plan", got "annual_programme"');
  });

  it('reads only index entries that state metadata', () => {
    expect(parseMetadataIndex([expected, { file: 'b.txt', original: 'b' }, 3])).toEqual([expected]);
    expect(parseMetadataIndex({})).toEqual([]);
  });
});
