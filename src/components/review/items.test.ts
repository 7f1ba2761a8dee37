import { describe, expect, it } from 'vitest';
import type { AnnotationRow, TargetRow } from '../../app/rows';
import { achievementRow } from '../../workspace/rows';
import { sampleAchieved, sampleRecord } from '../../db/testing/samples';
import { emptyFilters } from '../../stores/review';
import { groupNotes, NO_INDICATOR, reviewItems, textOrigin } from './items';

function row(id: string, over: Partial<TargetRow> = {}): TargetRow {
  const extracted = sampleRecord({ id, ...(over.extracted ?? {}) });
  return {
    id: `doc:${id}`,
    documentId: 'doc',
    regionId: 'r1',
    indicator: extracted.indicator,
    domain: extracted.domain,
    extracted,
    edits: null,
    status: 'extracted',
    orphaned: false,
    updatedAt: '2025-01-01T00:00:00Z',
    ...over,
  };
}

function note(text: string, over: Partial<AnnotationRow> = {}): AnnotationRow {
  return {
    id: text,
    regionId: 'r1',
    indicator: 'nursing_bed_ratio',
    otherRegionId: null,
    text,
    tag: null,
    targetId: null,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...over,
  };
}

const targets = [
  row('a', { extracted: sampleRecord({ id: 'a', start: 50 }) }),
  row('b', { extracted: sampleRecord({ id: 'b', start: 10, name: '新增托位', indicator: null, domain: 'childcare', quote: '新增托位600个' }) }),
  row('c', { regionId: 'r2', status: 'rejected' }),
  row('d', { edits: { indicator: 'elderly_care_beds_total' }, status: 'edited', extracted: sampleRecord({ id: 'd', start: 90 }) }),
];
const sources = {
  targets,
  annotations: [note('second', { createdAt: '2025-02-01T00:00:00Z' }), note('first'), note('other region', { regionId: 'r2' })],
  regionName: (id: string) => (id === 'r1' ? '新乡市' : '雄安新区'),
  documentTitle: () => '规划',
};

describe('reviewItems', () => {
  it('orders by region, document and place in the text', () => {
    expect(reviewItems(sources, emptyFilters()).map((i) => i.row.extracted.id)).toEqual(['b', 'a', 'd', 'c']);
  });

  it('filters by region, status, domain and text', () => {
    const ids = (over: Partial<ReturnType<typeof emptyFilters>>) => reviewItems(sources, { ...emptyFilters(), ...over }).map((i) => i.row.extracted.id);
    expect(ids({ regionId: 'r2' })).toEqual(['c']);
    expect(ids({ status: 'edited' })).toEqual(['d']);
    expect(ids({ domain: 'childcare' })).toEqual(['b']);
    expect(ids({ query: '600个' })).toEqual(['b']);
  });

  it('lists achievements apart from targets: the record filter shows targets, achievements or both', () => {
    const reached = achievementRow(
      { documentId: 'doc', regionId: 'r1', extracted: sampleAchieved({ id: 'x', start: 30 }), edits: { value: 47, year_from: 2016 }, status: 'edited' },
      '2025-01-01T00:00:00Z',
    );
    const withAchieved = { ...sources, achievements: [reached] };
    const ids = (record: '' | 'target' | 'achieved') => reviewItems(withAchieved, { ...emptyFilters(), record }).map((i) => i.row.extracted.id);
    expect(ids('target')).toEqual(['b', 'a', 'd', 'c']);
    expect(ids('achieved')).toEqual(['x']);
    expect(ids('')).toEqual(['b', 'x', 'a', 'd', 'c']);
    const [item] = reviewItems(withAchieved, { ...emptyFilters(), record: 'achieved' });
    // Shown through a target's fields, the edit beside the extraction, with the notes of its region × indicator
    // (r1's 护理型床位占比: the same two notes as target a's).
    expect(item).toMatchObject({ kind: 'achieved', record: { target: { value: 47, year: 2020 } }, extracted: { target: { value: 48 } }, yearFrom: 2016, extractedYearFrom: null });
    expect(item!.notes.map((n) => n.text)).toEqual(['first', 'second']);
  });

  it('filters by the edited indicator, and by "not in the catalog"', () => {
    const ids = (indicator: string) => reviewItems(sources, { ...emptyFilters(), indicator }).map((i) => i.row.extracted.id);
    expect(ids('elderly_care_beds_total')).toEqual(['d']);
    expect(ids('nursing_bed_ratio')).toEqual(['a', 'c']);
    expect(ids(NO_INDICATOR)).toEqual(['b']);
  });

  it('attaches the notes of the target’s region × indicator, oldest first', () => {
    const items = reviewItems(sources, emptyFilters());
    const byId = new Map(items.map((i) => [i.row.extracted.id, i.notes.map((n) => n.text)]));
    expect(byId.get('a')).toEqual(['first', 'second']);
    expect(byId.get('c')).toEqual(['other region']);
    expect(byId.get('d')).toEqual([]);
    expect(byId.get('b')).toEqual([]);
  });
});

describe('where each number came from', () => {
  it('names the text layer, OCR, or a text file by the document', () => {
    expect(textOrigin({ format: 'pdf', encoding: 'pdf' })).toBe('text-layer');
    expect(textOrigin({ format: 'pdf', encoding: 'ocr' })).toBe('ocr');
    expect(textOrigin({ format: 'image', encoding: 'ocr' })).toBe('ocr');
    expect(textOrigin({ format: 'docx', encoding: 'docx' })).toBe('file');
    expect(textOrigin({ format: 'txt', encoding: 'gb18030' })).toBe('file');
  });

  it('flags targets read by OCR until the researcher confirms (or rejects) them', () => {
    const scanned = { ...sources, targets: [...targets, row('e', { status: 'confirmed', extracted: sampleRecord({ id: 'e', start: 5 }) })], documentOrigin: () => 'ocr' as const };
    const items = reviewItems(scanned, emptyFilters());
    const flagged = new Map(items.map((i) => [i.row.extracted.id, [i.origin, i.checkOcr]]));
    expect(flagged.get('a')).toEqual(['ocr', true]);
    expect(flagged.get('d')).toEqual(['ocr', true]);
    expect(flagged.get('e')).toEqual(['ocr', false]);
    expect(flagged.get('c')).toEqual(['ocr', false]);
    // Text read from a text layer or a file is never flagged.
    expect(reviewItems({ ...sources, documentOrigin: () => 'text-layer' as const }, emptyFilters()).every((i) => !i.checkOcr)).toBe(true);
    expect(reviewItems(sources, emptyFilters()).map((i) => i.origin)).toEqual(['file', 'file', 'file', 'file']);
  });
});

describe('groupNotes', () => {
  it('keys notes by region and indicator, a name key included', () => {
    const groups = groupNotes([note('x', { indicator: 'name:新增托位' })]);
    expect([...groups.keys()]).toEqual(['r1|name:新增托位']);
  });
});
