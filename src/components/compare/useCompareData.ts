// Compare's data: a few live queries over the whole store (never one per region), reduced once to effective targets, regions and notes.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useLiveQuery } from '../../composables/useLiveQuery';
import type { CompareRegion, SourceDocument } from '../../core/compare';
import { guessProvince } from '../../core/compare-benchmarks';
import { effectiveTargets, type EffectiveInput } from '../../core/effective';
import type { DocumentMetadata } from '../../core/types';
import { db } from '../../db/instance';
import { listDocuments, listRegions, loadChoices, UNKNOWN_REGION_ID, type AnnotationRow } from '../../db/repository';

export interface DocumentSummary extends SourceDocument {
  regionId: string;
  metadata: DocumentMetadata;
  /** Provinces the text names, for guessing the region's province. */
  provinces: string[];
}

function summarize(documents: Awaited<ReturnType<typeof listDocuments>>): DocumentSummary[] {
  return documents.map((d) => ({
    id: d.id,
    regionId: d.regionId,
    title: d.metadata.plan_title,
    fileName: d.fileName,
    metadata: d.metadata,
    provinces: d.provinces,
  }));
}

/** Notes per region × indicator key; a note on the gap between two regions counts for both. */
export function noteCounts(annotations: readonly AnnotationRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (regionId: string, indicator: string) => counts.set(`${regionId}|${indicator}`, (counts.get(`${regionId}|${indicator}`) ?? 0) + 1);
  for (const a of annotations) {
    add(a.regionId, a.indicator);
    if (a.otherRegionId) add(a.otherRegionId, a.indicator);
  }
  return counts;
}

export function useCompareData() {
  const { t, locale } = useI18n();
  // An import running beside Compare changes these after every file: follow it once a second.
  const live = { throttleMs: 1000 };
  const regionRows = useLiveQuery(() => listRegions(db), null, live);
  // Documents (without texts since schema 3) change rarely; read apart from targets, a target edit does not re-read them.
  const documents = useLiveQuery(async () => summarize(await listDocuments(db)), null, live);
  const targets = useLiveQuery(() => db.targets.toArray(), null, live);
  const choices = useLiveQuery(() => loadChoices(db), {} as Record<string, string>);
  const benchmarks = useLiveQuery(() => db.benchmarks.toArray(), []);
  const annotations = useLiveQuery(() => db.annotations.toArray(), [] as AnnotationRow[]);

  const loading = computed(() => regionRows.value === null || documents.value === null || targets.value === null);

  const documentsById = computed(() => new Map((documents.value ?? []).map((d) => [d.id, d])));

  const effective = computed(() => {
    const docs = documentsById.value;
    const inputs: EffectiveInput[] = [];
    for (const target of targets.value ?? []) {
      const doc = docs.get(target.documentId);
      if (doc) inputs.push({ target, document: doc.metadata });
    }
    return effectiveTargets(inputs, choices.value);
  });

  /** Regions with at least one document, in the collation order of the current language. */
  const regions = computed<CompareRegion[]>(() => {
    const mentions = new Map<string, string[]>();
    for (const d of documents.value ?? []) mentions.set(d.regionId, [...(mentions.get(d.regionId) ?? []), ...d.provinces]);
    const collator = new Intl.Collator(locale.value === 'en' ? 'zh-CN' : locale.value);
    return (regionRows.value ?? [])
      .filter((r) => mentions.has(r.id))
      .map((r) => ({
        id: r.id,
        name: r.id === UNKNOWN_REGION_ID ? t('region.unknown') : r.name,
        province: guessProvince([(mentions.get(r.id) ?? []).join(' ')]),
      }))
      .sort((a, b) => collator.compare(a.name, b.name));
  });

  const notes = computed(() => noteCounts(annotations.value));

  return { loading, documents, documentsById, targets, effective, regions, benchmarks, annotations, notes };
}

export type CompareData = ReturnType<typeof useCompareData>;
