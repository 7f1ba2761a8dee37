// The effective target of each region × indicator among several documents, with the researcher's edits applied.
/*
 * The rule, in order (README quotes this):
 *
 * 1. A rejected target is never effective and is not listed as an alternative.
 * 2. The researcher's choice for the region × indicator wins, if it names one of its
 *    non-rejected targets (a choice left pointing at a deleted or rejected target is ignored).
 * 3. Otherwise the latest horizon wins: the highest target year (a target without a year
 *    comes last).
 * 4. Then the most specific document: five-year plans and action plans above annual
 *    programmes, above other documents, above news reports; within one kind, a document
 *    whose title is about the target's domain (养老服务体系规划 for a nursing-bed share) above
 *    an umbrella plan (公共服务和社会保障规划).
 * 5. Then a value read from an indicator table above one read from prose.
 * 6. Then the most recently issued document (a document without an issue date comes last).
 * 7. Then a target named in the indicator's own words (its catalog name or a synonym, and no part of it: 养老机构护理型
 *    床位占比 before 县级特困人员供养服务设施(敬老院)护理型床位占比 when one document maps both to the nursing-bed share),
 *    so the measure a document names as the catalog does is charted as the region's, not a part the rules took for it.
 * 8. Finally the target id, so the result never depends on the order rows arrive in.
 *
 * Every other non-rejected target of the group is listed in `alternatives`, in the same order.
 * A target without a catalog indicator is grouped by its name ('name:' + name), edits included.
 */
import { domainOfHeading, isOwnWording } from '../catalog/catalog';
import { applyFieldEdits } from './edits';
import type { DocumentKind, DocumentMetadata, TargetRecord } from '../types';

/** The fields of a record a researcher may correct; offsets, quote and source stay as extracted. */
export const EDITABLE_FIELDS = [
  'name',
  'indicator',
  'domain',
  'unit',
  'target',
  'stretch',
  'kind',
  'binding',
  'baseline',
  'per',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type TargetEdits = Partial<Pick<TargetRecord, EditableField>>;

/** A target's review state, in the order filters and legends list them. */
export const TARGET_STATUSES = ['extracted', 'confirmed', 'edited', 'manual', 'rejected'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** The extracted record with the edits laid over it; keys outside EDITABLE_FIELDS are ignored. */
export function applyEdits(extracted: TargetRecord, edits: TargetEdits | null | undefined): TargetRecord {
  // `undefined` means "not edited"; `null` is a real correction (the indicator is not in the catalog).
  return applyFieldEdits(EDITABLE_FIELDS, extracted, edits);
}

/** What a target is compared by: its catalog id, or its own name when the catalog has none. */
export function indicatorKey(record: Pick<TargetRecord, 'indicator' | 'name'>): string {
  return record.indicator ?? `name:${record.name}`;
}

/** Key of a researcher's choice in the `choices` map. */
export function choiceKey(regionId: string, key: string): string {
  return `${regionId}|${key}`;
}

/** The key of a region × indicator cell that notes are counted and listed under (the same shape as a choice's). */
export const noteKey = choiceKey;

export interface EffectiveInput {
  target: {
    id: string;
    regionId: string;
    extracted: TargetRecord;
    edits: TargetEdits | null;
    status: TargetStatus;
  };
  document: DocumentMetadata;
}

export interface Candidate {
  id: string;
  regionId: string;
  /** The record with edits applied. */
  record: TargetRecord;
  status: TargetStatus;
  document: DocumentMetadata;
}

export type DecidedBy = 'choice' | 'only' | 'horizon' | 'kind' | 'domain' | 'source' | 'issued' | 'wording' | 'id';

export interface EffectiveTarget {
  regionId: string;
  /** indicatorKey of the group. */
  indicator: string;
  effective: Candidate;
  /** Which step of the rule set the effective target apart from the first alternative. */
  decidedBy: DecidedBy;
  alternatives: Candidate[];
}

const KIND_RANK: Record<DocumentKind, number> = {
  five_year_plan: 3,
  action_plan: 3,
  annual_programme: 2,
  other: 1,
  news_report: 0,
};

function titleAboutDomain(c: Candidate): number {
  const title = c.document.plan_title;
  if (!title || !c.record.domain) return 0;
  return domainOfHeading(title) === c.record.domain ? 1 : 0;
}

/** 1 when the target is named in its indicator's own words (step 7), else 0. */
function ownWording(c: Candidate): number {
  const { indicator, name } = c.record;
  return indicator !== null && isOwnWording(name, indicator) ? 1 : 0;
}

// Code-unit order, not locale order: stable across machines and languages.
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Criterion = [Exclude<DecidedBy, 'choice' | 'only'>, (a: Candidate, b: Candidate) => number];

// Each comparator sorts the better candidate first.
const CRITERIA: Criterion[] = [
  ['horizon', (a, b) => (b.record.target.year ?? -Infinity) - (a.record.target.year ?? -Infinity)],
  ['kind', (a, b) => KIND_RANK[b.document.kind] - KIND_RANK[a.document.kind]],
  ['domain', (a, b) => titleAboutDomain(b) - titleAboutDomain(a)],
  ['source', (a, b) => (a.record.source === b.record.source ? 0 : a.record.source === 'table' ? -1 : 1)],
  // ISO dates order as text; '' (no date) sorts before every date, so it comes last.
  ['issued', (a, b) => byText(b.document.issued ?? '', a.document.issued ?? '')],
  ['wording', (a, b) => ownWording(b) - ownWording(a)],
  ['id', (a, b) => byText(a.id, b.id)],
];

/** Orders candidates by steps 3–8 of the rule: the better one first. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  for (const [, compare] of CRITERIA) {
    const order = compare(a, b);
    if (order !== 0) return order;
  }
  return 0;
}

function decidingCriterion(a: Candidate, b: Candidate): DecidedBy {
  for (const [name, compare] of CRITERIA) {
    if (compare(a, b) !== 0) return name;
  }
  return 'id';
}

function toCandidate({ target, document }: EffectiveInput): Candidate {
  return {
    id: target.id,
    regionId: target.regionId,
    record: applyEdits(target.extracted, target.edits),
    status: target.status,
    document,
  };
}

function decide(group: Candidate[], chosenId: string | undefined): Omit<EffectiveTarget, 'regionId' | 'indicator'> {
  const ordered = [...group].sort(compareCandidates);
  const chosen = chosenId === undefined ? undefined : ordered.find((c) => c.id === chosenId);
  if (chosen) {
    return { effective: chosen, decidedBy: 'choice', alternatives: ordered.filter((c) => c !== chosen) };
  }
  const [first, ...rest] = ordered as [Candidate, ...Candidate[]];
  const runnerUp = rest[0];
  return { effective: first, decidedBy: runnerUp ? decidingCriterion(first, runnerUp) : 'only', alternatives: rest };
}

/**
 * One EffectiveTarget per region × indicator that has a non-rejected target, sorted by region
 * then indicator key. `choices` maps choiceKey(regionId, indicatorKey) to a target id.
 */
export function effectiveTargets(
  rows: readonly EffectiveInput[],
  choices: Readonly<Record<string, string>> = {},
): EffectiveTarget[] {
  const groups = new Map<string, { regionId: string; indicator: string; members: Candidate[] }>();
  for (const row of rows) {
    if (row.target.status === 'rejected') continue;
    const candidate = toCandidate(row);
    const indicator = indicatorKey(candidate.record);
    const key = choiceKey(candidate.regionId, indicator);
    const group = groups.get(key) ?? { regionId: candidate.regionId, indicator, members: [] };
    group.members.push(candidate);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => byText(a.regionId, b.regionId) || byText(a.indicator, b.indicator))
    .map(([key, { regionId, indicator, members }]) => ({ regionId, indicator, ...decide(members, choices[key]) }));
}
