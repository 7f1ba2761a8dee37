// Test support: small hand-written extractions, so data-layer tests do not depend on the extractor's rules.
import type { ExtractedDocument } from '../../core/extract/extract';
import type { AchievedRecord, DocumentMetadata, TargetRecord } from '../../core/types';
import type { SaveInput } from '../documents';

export function sampleRecord(over: Partial<TargetRecord> = {}): TargetRecord {
  return {
    id: 'k-0001',
    name: '养老机构护理型床位占比',
    indicator: 'nursing_bed_ratio',
    domain: 'elderly',
    unit: '%',
    baseline: { value: 48, year: 2020 },
    target: { value: 55, year: 2025, op: '>=' },
    stretch: null,
    kind: 'level',
    binding: 'binding',
    quote: '护理型床位占比达到55%',
    start: 20,
    end: 32,
    per: null,
    aspirational: false,
    source: 'table',
    ...over,
  };
}

/** The 2020 level of the nursing-bed share, reported as reached (the sample text's last sentence). */
export function sampleAchieved(over: Partial<AchievedRecord> = {}): AchievedRecord {
  return {
    id: 'a-0001',
    name: '养老机构护理型床位占比',
    indicator: 'nursing_bed_ratio',
    domain: 'elderly',
    unit: '%',
    value: 48,
    op: '=',
    year: 2020,
    year_from: null,
    kind: 'level',
    quote: '护理型床位占比48%',
    start: 50,
    end: 60,
    source: 'prose',
    ...over,
  };
}

export function sampleMetadata(over: Partial<DocumentMetadata> = {}): DocumentMetadata {
  return {
    region: '新乡市',
    plan_title: '新乡市“十四五”公共服务和社会保障规划',
    issuer: '新乡市人民政府',
    issued: '2023-02-21',
    period: { start: 2021, end: 2025 },
    kind: 'five_year_plan',
    doc_number: null,
    ...over,
  };
}

/** Two targets: a nursing-bed share from the table and a childcare quota from prose; one achievement, the share's 2020 level. */
export function sampleExtraction(over: Partial<ExtractedDocument> = {}): ExtractedDocument {
  return {
    encoding: 'utf-8',
    text: '新乡市“十四五”公共服务和社会保障规划\n护理型床位占比达到55%,每千人口托位数4.5个。2020年护理型床位占比48%。',
    normalized: '新乡市"十四五"公共服务和社会保障规划\n护理型床位占比达到55%,每千人口托位数4.5个。2020年护理型床位占比48%。',
    script: 'simplified',
    metadata: sampleMetadata(),
    targets: [
      sampleRecord(),
      sampleRecord({
        id: 'k-0002',
        name: '每千人口拥有3岁以下婴幼儿托位数',
        indicator: 'childcare_places_per_1000',
        domain: 'childcare',
        unit: '个',
        baseline: null,
        target: { value: 4.5, year: 2025, op: '=' },
        quote: '每千人口托位数4.5个',
        start: 33,
        end: 44,
        source: 'prose',
      }),
    ],
    achieved: [sampleAchieved()],
    ...over,
  };
}

/** A SaveInput whose hash is the SHA-256 of `content` (a stand-in for the file's bytes). */
export async function sampleInput(content: string, over: Partial<SaveInput> = {}): Promise<SaveInput> {
  const bytes = new TextEncoder().encode(content);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return {
    fileName: `${content.slice(0, 8)}.txt`,
    format: 'txt',
    size: bytes.length,
    hash: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''),
    encoding: 'utf-8',
    extracted: sampleExtraction(),
    ...over,
  };
}
