// The seeds prepared as the app would hold them, for export tests: documents, targets, effective targets, notes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBenchmarks } from '../../src/core/catalog/benchmarks';
import type { CompareRegion } from '../../src/core/compare/compare';
import { effectiveTargets, type EffectiveInput } from '../../src/core/review/effective';
import type { DocumentInput, NoteInput, ReviewInput } from '../../src/export/table-rows';
import type { Translate } from '../../src/export/text';
import { createAppI18n } from '../../src/i18n/index';
import { prepareDocument } from '../../src/import/prepare';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS = ['xinxiang-14th-fyp-public-service-social-security.txt', 'guangyuan-lizhou-14th-fyp-public-service-employment.txt'];

export function translator(locale: 'zh-CN' | 'en' = 'zh-CN'): Translate {
  const i18n = createAppI18n(locale);
  return (key, named, plural) => (plural === undefined ? i18n.global.t(key, named ?? {}) : i18n.global.t(key, named ?? {}, plural));
}

export async function seedFixture() {
  const documents = new Map<string, DocumentInput & { regionId: string }>();
  const targets: ReviewInput[] = [];
  const inputs: EffectiveInput[] = [];
  for (const name of SEEDS) {
    const prepared = await prepareDocument(name, new Uint8Array(readFileSync(join(ROOT, 'seeds', name))));
    if (!prepared.ok) throw new Error(prepared.detail);
    const { hash, extracted } = prepared.value;
    const regionId = extracted.metadata.region ?? 'unknown';
    documents.set(hash, { id: hash, fileName: name, metadata: extracted.metadata, regionId });
    extracted.targets.forEach((record, i) => {
      // One of each status, so the tables show every one.
      const status = i === 0 ? 'confirmed' : i === 1 ? 'rejected' : 'extracted';
      const edits = i === 2 && record.target.value !== null ? { target: { ...record.target, value: record.target.value + 1 } } : null;
      const target = { id: `${hash}:${record.id}`, documentId: hash, regionId, extracted: record, edits, status: edits ? ('edited' as const) : status } as const;
      targets.push(target);
      inputs.push({ target, document: extracted.metadata });
    });
  }
  const effective = effectiveTargets(inputs);
  const regions: CompareRegion[] = [...new Set([...documents.values()].map((d) => d.regionId))].sort().map((id) => ({ id, name: id, province: null }));
  const first = effective.find((e) => e.effective.record.target.value !== null && e.effective.record.indicator);
  if (!first) throw new Error('no numeric target in the seeds');
  const annotations: NoteInput[] = [
    { regionId: first.regionId, indicator: first.indicator, otherRegionId: null, text: '口径与全国不同, "需核实"', tag: 'verify', createdAt: '2025-01-02T00:00:00Z' },
  ];
  const benchmarks = loadBenchmarks();
  if (!benchmarks.ok) throw new Error('benchmarks');
  return { documents, targets, effective, regions, annotations, first, benchmarks: benchmarks.value.rows };
}
