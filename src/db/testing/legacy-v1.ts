// Legacy fixture, kept forever: rows as schema version 1 wrote them (no orphaned flag, notes without otherRegionId, targetId, tag).
import { sampleExtraction, sampleMetadata, sampleRecord } from './samples';

export const V1_DOCUMENT_ID = 'a'.repeat(64);

const extraction = sampleExtraction();

export const V1_ROWS = {
  regions: [{ id: 'region-v1', name: '新乡市', aliases: ['新乡'], createdAt: '2025-01-01T00:00:00.000Z' }],
  documents: [
    {
      id: V1_DOCUMENT_ID,
      regionId: 'region-v1',
      fileName: 'xinxiang.txt',
      format: 'txt',
      size: 1234,
      hash: V1_DOCUMENT_ID,
      encoding: 'gb18030',
      script: 'simplified',
      originalText: extraction.text,
      normalizedText: extraction.normalized,
      metadata: sampleMetadata(),
      importedAt: '2025-01-01T00:00:00.000Z',
      extractorVersion: '0.1.0',
    },
  ],
  targets: [
    {
      id: `${V1_DOCUMENT_ID}:k-0001`,
      documentId: V1_DOCUMENT_ID,
      regionId: 'region-v1',
      indicator: 'nursing_bed_ratio',
      domain: 'elderly',
      extracted: sampleRecord(),
      edits: { target: { value: 60, year: 2025, op: '>=' } },
      status: 'edited',
      updatedAt: '2025-01-02T00:00:00.000Z',
    },
    {
      id: `${V1_DOCUMENT_ID}:k-0002`,
      documentId: V1_DOCUMENT_ID,
      regionId: 'region-v1',
      indicator: 'childcare_places_per_1000',
      domain: 'childcare',
      extracted: extraction.targets[1],
      edits: null,
      status: 'confirmed',
      updatedAt: '2025-01-02T00:00:00.000Z',
    },
  ],
  annotations: [
    {
      id: 'note-v1',
      regionId: 'region-v1',
      indicator: 'nursing_bed_ratio',
      text: '60% is the 2023 revision',
      createdAt: '2025-01-03T00:00:00.000Z',
      updatedAt: '2025-01-03T00:00:00.000Z',
    },
  ],
  settings: [{ key: 'locale', value: 'zh-CN' }],
};

/** A backup written when the store was at version 1: no benchmarks table, v1 rows. */
export const V1_WORKSPACE_FILE = {
  type: 'planbench/workspace',
  version: 1,
  source: 'planbench',
  schemaVersion: 1,
  exportedAt: '2025-01-04T00:00:00.000Z',
  ...V1_ROWS,
};
