// The comparison the workbench draws and the CLI's report prints, built the same way from stored rows (or, in the CLI,
// from rows made on the fly): the regions with a document, each with its province, and one effective target per
// region × indicator. Pure: no store, no Vue, so the Node CLI runs it too.
import type { ChartTarget, CompareRegion, SourceDocument } from '../core/compare/compare';
import { provinceOfMentions, provinceShortName } from '../core/compare/compare-benchmarks';
import { applyEdits, effectiveTargets, type Candidate, type EffectiveInput, type EffectiveTarget } from '../core/review/effective';
import type { DocumentMetadata } from '../core/types';
import { UNKNOWN_REGION_ID, type RegionRow, type TargetRow } from '../workspace/rows';
import type { RegionSummaryRow } from '../db/summaries';

export interface DocumentSummary extends SourceDocument {
  regionId: string;
  metadata: DocumentMetadata;
  /** Provinces the text names, for guessing the region's province. */
  provinces: string[];
}

/** A stored document as the comparison needs it (no text). */
export function summarizeDocument(d: { id: string; regionId: string; fileName: string; metadata: DocumentMetadata; provinces: string[] }): DocumentSummary {
  return { id: d.id, regionId: d.regionId, title: d.metadata.plan_title, fileName: d.fileName, metadata: d.metadata, provinces: d.provinces };
}

/** A document as Compare's first view knows it, from the region summaries (schema 8): a chart's source and its plan kind. */
export interface CompareDocument extends SourceDocument {
  regionId: string;
  metadata: Pick<DocumentMetadata, 'kind'>;
}

/** The documents the region summaries list, region by region, each in its summary's order. */
export function summaryDocuments(summaries: readonly RegionSummaryRow[]): CompareDocument[] {
  return summaries.flatMap((s) => s.documents.map((d) => ({ id: d.id, regionId: s.regionId, title: d.title, fileName: d.fileName, metadata: { kind: d.kind } })));
}

/**
 * Regions with at least one document, never the unknown region, in the collation order of `locale` (English sorts as
 * Chinese). `documents` are the documents (or the region summaries, one per region), each with its province mentions.
 */
export function comparisonRegions(
  regionRows: readonly Pick<RegionRow, 'id' | 'name' | 'province'>[],
  documents: readonly { regionId: string; provinces: readonly string[] }[],
  locale: string,
): CompareRegion[] {
  const mentions = new Map<string, string[]>();
  for (const d of documents) {
    const list = mentions.get(d.regionId);
    if (list) for (const p of d.provinces) list.push(p);
    else mentions.set(d.regionId, [...d.provinces]);
  }
  const collator = new Intl.Collator(locale === 'en' ? 'zh-CN' : locale);
  return regionRows
    .filter((r) => mentions.has(r.id) && r.id !== UNKNOWN_REGION_ID)
    .map((r) => {
      // The division's province (or the one the researcher set); a guess from the texts only for a region without one.
      const known = provinceShortName(r.province ?? null);
      // The documents' mentions are short names already (provinceMentions): counted, not searched again.
      const province = known ?? provinceOfMentions(mentions.get(r.id) ?? []);
      return { id: r.id, name: r.name, province, provinceGuessed: known === null && province !== null };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** One effective target per region × indicator; a document of the unknown region is never charted as if it were a region. */
export function comparisonTargets(
  rows: readonly Pick<TargetRow, 'id' | 'documentId' | 'regionId' | 'extracted' | 'edits' | 'status'>[],
  documentsById: ReadonlyMap<string, Pick<DocumentSummary, 'metadata'>>,
  choices: Readonly<Record<string, string>> = {},
): EffectiveTarget[] {
  const inputs: EffectiveInput[] = [];
  for (const target of rows) {
    const doc = documentsById.get(target.documentId);
    if (doc && target.regionId !== UNKNOWN_REGION_ID) inputs.push({ target, document: doc.metadata });
  }
  return effectiveTargets(inputs, choices);
}

type TargetFields = Pick<TargetRow, 'id' | 'documentId' | 'regionId' | 'extracted' | 'edits' | 'status'>;

/**
 * The whole effective targets of stored cells (schema 10 keeps what a chart draws and the alternatives' ids): each
 * candidate's record (edits applied), status and document's metadata read by id from the targets and documents given,
 * for the exports. A cell whose effective target is not among them is left out; so is an alternative.
 */
export function effectiveOfCells(
  cells: readonly (ChartTarget & { effective: { id: string }; alternatives: readonly string[] })[],
  targets: readonly TargetFields[],
  documentsById: ReadonlyMap<string, Pick<DocumentSummary, 'metadata'>>,
): EffectiveTarget[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const candidate = (id: string): Candidate | null => {
    const target = byId.get(id);
    const document = target && documentsById.get(target.documentId);
    if (!target || !document) return null;
    return { id, regionId: target.regionId, record: applyEdits(target.extracted, target.edits), status: target.status, document: document.metadata };
  };
  return cells.flatMap((cell) => {
    const effective = candidate(cell.effective.id);
    if (!effective) return [];
    const alternatives = cell.alternatives.flatMap((id) => candidate(id) ?? []);
    return [{ regionId: cell.regionId, indicator: cell.indicator, effective, decidedBy: cell.decidedBy, alternatives }];
  });
}

export interface Comparison {
  regions: CompareRegion[];
  effective: EffectiveTarget[];
  documentsById: Map<string, DocumentSummary>;
}

/** The whole comparison at once, for exports and the CLI report. */
export function buildComparison(input: {
  regions: readonly Pick<RegionRow, 'id' | 'name' | 'province'>[];
  documents: readonly DocumentSummary[];
  targets: readonly Pick<TargetRow, 'id' | 'documentId' | 'regionId' | 'extracted' | 'edits' | 'status'>[];
  choices?: Readonly<Record<string, string>>;
  locale: string;
}): Comparison {
  const documentsById = new Map(input.documents.map((d) => [d.id, d]));
  return {
    regions: comparisonRegions(input.regions, input.documents, input.locale),
    effective: comparisonTargets(input.targets, documentsById, input.choices),
    documentsById,
  };
}
