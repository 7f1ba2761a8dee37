// The comparison shared by Compare and the CLI report: regions with a document, in Chinese collation order, the
// unknown region left out, provinces known or guessed, one effective target per region × indicator.
import { describe, expect, it } from 'vitest';
import type { TargetRow } from '../workspace/rows';
import { sampleMetadata, sampleRecord } from '../db/testing/samples';
import { buildComparison, summarizeDocument } from './comparison';

function doc(id: string, regionId: string, provinces: string[] = []) {
  return summarizeDocument({ id, regionId, fileName: `${id}.txt`, metadata: sampleMetadata({ region: regionId }), provinces });
}

function target(id: string, documentId: string, regionId: string, value: number): Pick<TargetRow, 'id' | 'documentId' | 'regionId' | 'extracted' | 'edits' | 'status'> {
  return { id, documentId, regionId, extracted: sampleRecord({ target: { value, year: 2025, op: '>=' } }), edits: null, status: 'extracted' };
}

describe('buildComparison', () => {
  const regions = [
    { id: 'r-xx', name: '新乡市', province: '河南省' },
    { id: 'r-gy', name: '广元市利州区', province: null },
    { id: 'unknown', name: '', province: null },
    { id: 'r-empty', name: '安阳市', province: '河南省' },
  ];
  const documents = [doc('d1', 'r-xx'), doc('d2', 'r-gy', ['四川', '四川']), doc('d3', 'unknown')];
  const targets = [target('d1:1', 'd1', 'r-xx', 4.5), target('d2:1', 'd2', 'r-gy', 3.8), target('d3:1', 'd3', 'unknown', 9)];

  it('lists the regions with a document in Chinese order, never the unknown region, in either language', () => {
    for (const locale of ['zh-CN', 'en']) {
      const { regions: shown } = buildComparison({ regions, documents, targets, locale });
      expect(shown.map((r) => r.name)).toEqual(['广元市利州区', '新乡市']);
    }
  });

  it('takes a known province as it is and flags one guessed from the texts (named at least twice)', () => {
    const { regions: shown } = buildComparison({ regions, documents, targets, locale: 'zh-CN' });
    expect(shown.find((r) => r.id === 'r-xx')).toMatchObject({ province: '河南', provinceGuessed: false });
    expect(shown.find((r) => r.id === 'r-gy')).toMatchObject({ province: '四川', provinceGuessed: true });
  });

  it('charts no target of the unknown region', () => {
    const { effective } = buildComparison({ regions, documents, targets, locale: 'zh-CN' });
    expect(effective.map((e) => e.regionId).sort()).toEqual(['r-gy', 'r-xx']);
  });
});
