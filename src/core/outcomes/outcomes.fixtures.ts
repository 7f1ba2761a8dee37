// Small inputs for the outcome tests: a region's documents of several periods, targets and achieved values.
import type { AchievedRecord, DocumentMetadata, TargetRecord } from '../types';
import type { OutcomeAchieved, OutcomeDocument, OutcomeTarget } from './timeline';

export const REGION = 'r-xx';

export function doc(id: string, over: Partial<DocumentMetadata> = {}, regionId = REGION): OutcomeDocument {
  return {
    id,
    regionId,
    label: id,
    metadata: { region: '新乡市', plan_title: id, issuer: null, issued: null, period: { start: 2021, end: 2025 }, kind: 'five_year_plan', doc_number: null, ...over },
  };
}

export const PLAN14 = doc('plan14', { period: { start: 2021, end: 2025 }, issued: '2022-02-01' });
export const PLAN15 = doc('plan15', { period: { start: 2026, end: 2030 }, issued: '2026-03-01' });
export const REPORT25 = doc('report25', { period: { start: 2025, end: 2025 }, kind: 'annual_programme', issued: '2026-01-20' });

let n = 0;

export function target(documentId: string, over: Partial<TargetRecord> = {}, regionId = REGION): OutcomeTarget {
  n += 1;
  const record: TargetRecord = {
    id: `t${n}`,
    name: '基本医疗保险参保率',
    indicator: 'medical_insurance_coverage',
    domain: 'insurance',
    unit: '%',
    baseline: null,
    target: { value: 97, year: 2025, op: '>=' },
    stretch: null,
    kind: 'level',
    binding: 'expected',
    quote: `参保率达到97%（${n}）`,
    start: 0,
    end: 5,
    per: null,
    aspirational: false,
    source: 'prose',
    ...over,
  };
  return { id: `${documentId}:${record.id}`, documentId, regionId, record };
}

export function reached(documentId: string, over: Partial<AchievedRecord> = {}, regionId = REGION): OutcomeAchieved {
  n += 1;
  const record: AchievedRecord = {
    id: `a${n}`,
    name: '基本医疗保险参保率',
    indicator: 'medical_insurance_coverage',
    domain: 'insurance',
    unit: '%',
    value: 96.5,
    op: '=',
    year: 2025,
    year_from: null,
    kind: 'level',
    quote: `参保率达到96.5%（${n}）`,
    start: 0,
    end: 5,
    source: 'prose',
    ...over,
  };
  return { id: `${documentId}:${record.id}`, documentId, regionId, record };
}
