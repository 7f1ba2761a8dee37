// Regions side by side: per indicator, the effective targets of the regions in view as panels that never mix units or kinds.
/*
 * A panel is one chart: one indicator, one kind class (levels, annual growth, increments and
 * cumulative totals, per-unit standards) and one unit family. Values are converted to the
 * panel's display unit for drawing only (5.4万人 and 30000人 share an axis in 万人); the
 * records are never changed. Each indicator has one primary panel, which lists every region in
 * view: regions without a target there are 'unset' (never zero), or 'elsewhere' when their
 * target sits in another panel of the same indicator (an increment beside per-1,000 levels).
 */
import type { Benchmark, BenchmarkPeriod } from '../catalog/benchmarks';
import { INDICATORS, type Indicator } from '../catalog/catalog';
import {
  benchmarkKey,
  benchmarkPeriodFor,
  provinceShortName,
  referenceFor,
  referenceLines,
  type ReferenceLine,
  type ReferenceScope,
  type UndrawnBenchmark,
} from './compare-benchmarks';
import { targetLabel } from './compare-label';
import { convertValue, displayUnit, unitConversion, unitScale, type UnitConversion } from './compare-units';
import type { DecidedBy } from '../review/effective';
import type { DocumentMetadata, DomainId, Polarity, TargetKind, TargetRecord } from '../types';

/** What a chart, its tooltip and its table draw of the effective record (edits applied): no name, quote or offsets. */
export type ChartRecord = Pick<TargetRecord, 'domain' | 'unit' | 'baseline' | 'target' | 'stretch' | 'kind' | 'binding' | 'per'>;

/**
 * An effective target as a chart needs it: a stored cell (src/db/cells.ts, schema 10: the alternatives as ids) or a whole
 * EffectiveTarget (src/core/review/effective.ts: the exports and the CLI's report, which also cite quotes and documents).
 */
export interface ChartTarget {
  regionId: string;
  /** indicatorKey of the group. */
  indicator: string;
  effective: { id: string; record: ChartRecord; document: Pick<DocumentMetadata, 'plan_title'> };
  decidedBy: DecidedBy;
  /** The other non-rejected targets of the region × indicator (a chart counts them). */
  alternatives: ArrayLike<unknown>;
}

export interface CompareRegion {
  id: string;
  /** As shown: the view passes a translated name for the unknown region. */
  name: string;
  /** Short province name (河南), or null when not known. */
  province: string | null;
  /** The province is only guessed from the texts (the region has no division or set province). */
  provinceGuessed?: boolean;
}

export interface SourceDocument {
  id: string;
  title: string | null;
  fileName: string;
}

export type SectionId = 'level' | 'growth' | 'flow' | 'standard';
export const SECTIONS: readonly SectionId[] = ['level', 'growth', 'flow', 'standard'];

/** set: a number; qualitative: words only (应保尽保); unset: no target; elsewhere: its target is in another panel. */
export type RowStatus = 'set' | 'qualitative' | 'unset' | 'elsewhere';

/** What a gap is measured against, with the difference signed so that positive means more ambitious. */
export interface RowReference {
  line: ReferenceLine;
  scope: ReferenceScope;
  gap: number;
  /** gap / |reference|, or null when the reference is 0. */
  relative: number | null;
}

export interface PanelRow {
  regionId: string;
  regionName: string;
  province: string | null;
  status: RowStatus;
  targetId: string | null;
  documentId: string | null;
  documentTitle: string | null;
  /** The effective record, edits applied, as far as a chart reads it (a full record where the input had one). */
  record: ChartRecord | null;
  /** In the panel's display unit: the floor (力争 values go to `upper`), or a range's lower bound. */
  value: number | null;
  /** The stretch (力争) value or a range's upper bound, in the display unit. */
  upper: number | null;
  baseline: { value: number; year: number | null } | null;
  year: number | null;
  kind: TargetKind | null;
  /** Locale-neutral: ≥55, 4.5→4.9, ~90, [5.4], 1~2, 应保尽保; '' for unset and elsewhere rows. */
  label: string;
  period: BenchmarkPeriod | null;
  reference: RowReference | null;
  /** Other non-rejected targets of this region × indicator. */
  alternatives: number;
  decidedBy: DecidedBy | null;
  /** id of the panel holding this region's target, for 'elsewhere' rows. */
  elsewhere: string | null;
  /**
   * How the record's values were brought into the panel's unit (1.2/万 shown as 12 on a /10万 axis; 30000人 as 3 in 万人), or
   * null when they are drawn as written. The record itself is never changed.
   */
  conversion: UnitConversion | null;
}

export interface Panel {
  /**
   * The panel's identity (indicator | class | unit family): what focus requests, the current chart, folding
   * and 'elsewhere' rows refer to. Neither of the two names below is an identity.
   */
  id: string;
  /** The figure's data-testid: chart-{indicatorId}, chart-name-{name} outside the catalog; secondary panels add --{class}. */
  testId: string;
  /** The stem of the chart's exported files and of its anchor in a report; the same words as testId today, free to differ. */
  fileStem: string;
  /** indicatorKey: catalog id or 'name:' + name. */
  indicator: string;
  catalog: Indicator | null;
  /** The catalog's Chinese name, or the plan's own wording. */
  name: string;
  domain: DomainId | null;
  section: SectionId;
  kind: TargetKind;
  per: string | null;
  unit: string | null;
  polarity: Polarity;
  primary: boolean;
  rows: PanelRow[];
  lines: ReferenceLine[];
  undrawn: UndrawnBenchmark[];
  periods: BenchmarkPeriod[];
}

export { formatNumber, targetLabel, type LabelParts } from './compare-label';
export type { UnitConversion } from './compare-units';

/** 'all' for every domain, null for targets without one. */
export type DomainFilter = DomainId | null | 'all';

export interface ComparisonInput {
  effective: readonly ChartTarget[];
  /** Regions in view, in display order; effective targets of other regions are ignored. */
  regions: readonly CompareRegion[];
  benchmarks: readonly Benchmark[];
  documents: ReadonlyMap<string, SourceDocument>;
  domain: DomainFilter;
}

const CATALOG = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));
const CATALOG_ORDER = new Map(INDICATORS.map((indicator, i) => [indicator.id, i]));

// Rates that fall as things improve; names outside the catalog carry no polarity of their own.
const LOWER_IS_BETTER = /死亡率|失业率|发病率|发生率|患病率|感染率|超重|肥胖|近视率|吸烟率|下降|降低|减少|控制在/;

export function polarityOf(indicator: Indicator | null, name: string): Polarity {
  if (indicator) return indicator.polarity;
  return LOWER_IS_BETTER.test(name) ? 'lower' : 'higher';
}

/** a − b signed so that positive means a is more ambitious; for neutral indicators simply a − b. */
export function signedGap(a: number, b: number, polarity: Polarity): number {
  return Number((polarity === 'lower' ? b - a : a - b).toPrecision(12));
}

export function relativeGap(gap: number, reference: number): number | null {
  if (reference === 0) return gap === 0 ? 0 : null;
  return gap / Math.abs(reference);
}

function sectionOf(record: ChartRecord): SectionId {
  if (record.per) return 'standard';
  if (record.kind === 'annual_growth') return 'growth';
  if (record.kind === 'increment' || record.kind === 'cumulative') return 'flow';
  return 'level';
}

function classOf(record: ChartRecord): string {
  const section = sectionOf(record);
  return section === 'standard' ? `${section}:${record.per}:${record.kind}` : `${section}:${record.kind}`;
}

/** The domain an indicator is compared under: the catalog's, whatever an edit says, so regions stay together. */
export function domainOfTarget(target: ChartTarget): DomainId | null {
  return CATALOG.get(target.indicator)?.domain ?? target.effective.record.domain;
}

function inDomain(target: ChartTarget, domain: DomainFilter): boolean {
  return domain === 'all' || domainOfTarget(target) === domain;
}

// Target ids are `${documentId}:${recordId}`; document ids are SHA-256 hex and hold no colon.
export function documentIdOf(targetId: string): string {
  const colon = targetId.indexOf(':');
  return colon < 0 ? targetId : targetId.slice(0, colon);
}

function sanitize(text: string): string {
  return text.replace(/[^\p{L}\p{N}_]+/gu, '-').replace(/^-+|-+$/g, '') || 'x';
}

/** A readable, unique-per-comparison name of a panel: the base of its test id and its file names. */
function baseName(indicator: string): string {
  return indicator.startsWith('name:') ? `chart-name-${sanitize(indicator.slice(5))}` : `chart-${sanitize(indicator)}`;
}

interface Draft {
  key: string;
  indicator: string;
  cls: string;
  record: ChartRecord;
  members: ChartTarget[];
}

function setRow(target: ChartTarget, region: CompareRegion, unit: string | null, documents: ComparisonInput['documents']): PanelRow {
  const c = target.effective;
  const r = c.record;
  // A chart axis cannot hold Infinity or NaN (one such value blanks it for every region): never drawn.
  const convert = (v: number): number | null => {
    const converted = convertValue(v, r.unit, unit) ?? v;
    return Number.isFinite(converted) ? converted : null;
  };
  const value = r.target.value === null ? null : convert(r.target.value);
  const range = r.target.value_max !== undefined && r.stretch === null;
  const upperRaw = r.stretch ?? r.target.value_max ?? null;
  const upper = upperRaw === null || value === null ? null : convert(upperRaw);
  const baselineValue = r.baseline && value !== null ? convert(r.baseline.value) : null;
  const documentId = documentIdOf(c.id);
  const doc = documents.get(documentId);
  return {
    regionId: region.id,
    regionName: region.name,
    province: region.province,
    status: value === null ? 'qualitative' : 'set',
    targetId: c.id,
    documentId,
    documentTitle: doc ? doc.title ?? doc.fileName : c.document.plan_title,
    record: r,
    value,
    upper,
    baseline: r.baseline && baselineValue !== null ? { value: baselineValue, year: r.baseline.year } : null,
    year: r.target.year,
    kind: r.kind,
    label: targetLabel({ value, op: r.target.op, upper, range, text: r.target.text ?? null, kind: r.kind }),
    period: benchmarkPeriodFor(r.target.year),
    reference: null,
    alternatives: target.alternatives.length,
    decidedBy: target.decidedBy,
    elsewhere: null,
    conversion: value === null ? null : unitConversion(r.unit, unit),
  };
}

function emptyRow(region: CompareRegion, status: 'unset' | 'elsewhere', elsewhere: string | null): PanelRow {
  return {
    regionId: region.id,
    regionName: region.name,
    province: region.province,
    status,
    targetId: null,
    documentId: null,
    documentTitle: null,
    record: null,
    value: null,
    upper: null,
    baseline: null,
    year: null,
    kind: null,
    label: '',
    period: null,
    reference: null,
    alternatives: 0,
    decidedBy: null,
    elsewhere,
    conversion: null,
  };
}

const SECTION_RANK: Record<SectionId, number> = { level: 0, growth: 1, flow: 2, standard: 3 };


function catalogRank(indicator: string): number {
  return CATALOG_ORDER.get(indicator) ?? Number.MAX_SAFE_INTEGER;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupDrafts(input: ComparisonInput): Map<string, Draft[]> {
  const regionIds = new Set(input.regions.map((r) => r.id));
  const byIndicator = new Map<string, Map<string, Draft>>();
  for (const target of input.effective) {
    if (!regionIds.has(target.regionId) || !inDomain(target, input.domain)) continue;
    const record = target.effective.record;
    const cls = classOf(record);
    const key = `${target.indicator}|${cls}|${unitScale(record.unit).family}`;
    const drafts = byIndicator.get(target.indicator) ?? new Map<string, Draft>();
    const draft = drafts.get(key) ?? { key, indicator: target.indicator, cls, record, members: [] };
    draft.members.push(target);
    drafts.set(key, draft);
    byIndicator.set(target.indicator, drafts);
  }
  return new Map([...byIndicator].map(([k, v]) => [k, [...v.values()]]));
}

function primaryFirst(catalog: Indicator | null) {
  const family = catalog ? unitScale(catalog.unit).family : null;
  return (a: Draft, b: Draft): number =>
    b.members.length - a.members.length ||
    SECTION_RANK[sectionOf(a.record)] - SECTION_RANK[sectionOf(b.record)] ||
    Number(unitScale(b.record.unit).family === family) - Number(unitScale(a.record.unit).family === family) ||
    byText(a.key, b.key);
}

/** The panels of the indicators the regions in view set targets for, primary panels in catalog order first. */
export function buildPanels(input: ComparisonInput): Panel[] {
  // Every panel built, as plain objects (the exports, the report and the tests).
  return planPanels(input).map((panel) => ({ ...panel }));
}

/**
 * The same panels in the same order as buildPanels, each building its rows, reference lines and periods the first
 * time any of them is read, and keeping them: the order needs only what the drafts already know (section, catalog
 * rank, the regions setting it, name and id), so an overview of 1,000 regions draws its first card without building
 * the rows of the others. Read `rows` (or `lines`, `undrawn`, `periods`) to build a panel; `panelSetCount` knows how
 * many regions set it without building it.
 */
export function planPanels(input: ComparisonInput): Panel[] {
  const regionsById = new Map(input.regions.map((r) => [r.id, r]));
  const benchmarksByKey = new Map<string, Benchmark[]>();
  for (const b of input.benchmarks) benchmarksByKey.set(benchmarkKey(b), [...(benchmarksByKey.get(benchmarkKey(b)) ?? []), b]);
  const panels: Panel[] = [];
  const usedIds = new Set<string>();
  for (const [indicator, drafts] of groupDrafts(input)) {
    const catalog = CATALOG.get(indicator) ?? null;
    drafts.sort(primaryFirst(catalog));
    const base = baseName(indicator);
    const names = drafts.map((d, i) => uniqueId(i === 0 ? base : `${base}--${sanitize(`${d.cls}-${unitScale(d.record.unit).family || 'none'}`)}`, usedIds));
    const placed = new Map<string, string>();
    drafts.forEach((d) => d.members.forEach((m) => placed.set(m.regionId, d.key)));
    drafts.forEach((draft, i) => {
      const primary = i === 0;
      const name = names[i] as string;
      const panel = planPanel(draft, { catalog, name, primary, placed, regionsById, input, benchmarks: benchmarksByKey.get(indicator) ?? [] });
      // The regions setting it (a number or words): one row per member, each member a region in view.
      SET_COUNTS.set(panel, new Set(draft.members.map((m) => m.regionId)).size);
      panels.push(panel);
    });
  }
  const countOf = (p: Panel) => SET_COUNTS.get(p) ?? 0;
  return panels.sort(
    (a, b) =>
      SECTION_RANK[a.section] - SECTION_RANK[b.section] ||
      catalogRank(a.indicator) - catalogRank(b.indicator) ||
      countOf(b) - countOf(a) ||
      byText(a.name, b.name) ||
      byText(a.id, b.id),
  );
}

/** Regions setting each planned panel (a number or words), known before its rows are built. */
const SET_COUNTS = new WeakMap<Panel, number>();
/** Planned panels whose rows are not built yet. */
const UNBUILT = new WeakSet<Panel>();

/**
 * The regions setting a panel (rows that are a number or words): from its plan when it came from planPanels (its rows
 * not built), else counted. A copy with other rows (the overview's filters) is counted.
 */
export function panelSetCount(panel: Panel): number {
  return SET_COUNTS.get(panel) ?? panel.rows.reduce((n, r) => n + (r.status === 'set' || r.status === 'qualitative' ? 1 : 0), 0);
}

/** Whether a panel's rows are built (always, for a panel that did not come from planPanels). */
export function panelBuilt(panel: Panel): boolean {
  return !UNBUILT.has(panel);
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

interface PanelContext {
  catalog: Indicator | null;
  /** The panel's readable unique name (baseName), for its test id and file stem. */
  name: string;
  primary: boolean;
  placed: ReadonlyMap<string, string>;
  regionsById: ReadonlyMap<string, CompareRegion>;
  input: ComparisonInput;
  benchmarks: readonly Benchmark[];
}

type Built = Pick<Panel, 'rows' | 'lines' | 'undrawn' | 'periods'>;

function planPanel(draft: Draft, ctx: PanelContext): Panel {
  const { catalog } = ctx;
  const name = catalog?.zh ?? draft.indicator.replace(/^name:/, '');
  const unit = displayUnit(
    draft.members.map((m) => m.effective.record.unit),
    catalog && unitScale(catalog.unit).family === unitScale(draft.record.unit).family ? catalog.unit : null,
  );
  const polarity = polarityOf(catalog, name);
  let built: Built | null = null;
  const build = (): Built => {
    if (built) return built;
    built = buildRows(draft, ctx, name, unit, polarity);
    UNBUILT.delete(panel);
    return built;
  };
  const panel: Panel = {
    id: draft.key,
    testId: ctx.name,
    fileStem: ctx.name,
    indicator: draft.indicator,
    catalog,
    name,
    domain: catalog?.domain ?? draft.record.domain,
    section: sectionOf(draft.record),
    kind: draft.record.kind,
    per: draft.record.per,
    unit,
    polarity,
    primary: ctx.primary,
    get rows() {
      return build().rows;
    },
    get lines() {
      return build().lines;
    },
    get undrawn() {
      return build().undrawn;
    },
    get periods() {
      return build().periods;
    },
  };
  UNBUILT.add(panel);
  return panel;
}

function buildRows(draft: Draft, ctx: PanelContext, name: string, unit: string | null, polarity: Polarity): Built {
  const { input } = ctx;
  const own = new Map(draft.members.map((m) => [m.regionId, m]));
  const rows: PanelRow[] = [];
  for (const region of input.regions) {
    const member = own.get(region.id);
    if (member) rows.push(setRow(member, region, unit, input.documents));
    else if (ctx.primary) {
      const other = ctx.placed.get(region.id);
      rows.push(other ? emptyRow(region, 'elsewhere', other) : emptyRow(region, 'unset', null));
    }
  }
  const periods = [...new Set(rows.flatMap((r) => (r.period ? [r.period] : [])))].sort();
  const provinces = new Set(rows.flatMap((r) => (r.province ? [provinceShortName(r.province) ?? r.province] : [])));
  const { lines, undrawn } = referenceLines(ctx.benchmarks, {
    periods: new Set(periods),
    provinces,
    unit,
    kind: draft.record.kind,
    name,
  });
  for (const row of rows) {
    if (row.value === null) continue;
    const ref = referenceFor(lines, row.period, row.province);
    if (!ref) continue;
    const gap = signedGap(row.value, ref.line.value, polarity);
    row.reference = { ...ref, gap, relative: relativeGap(gap, ref.line.value) };
  }
  return { rows, lines, undrawn, periods };
}

export type RowOrder = 'region' | 'ambition' | 'value-desc' | 'value-asc';

/**
 * Rows in the chosen order; rows without a number always come last, in region order.
 * 'ambition' puts the most ambitious first, by the indicator's polarity.
 */
export function orderRows(rows: readonly PanelRow[], order: RowOrder, polarity: Polarity): PanelRow[] {
  if (order === 'region') return [...rows];
  const sign = order === 'value-asc' || (order === 'ambition' && polarity === 'lower') ? 1 : -1;
  const numeric = rows.filter((r) => r.value !== null);
  const rest = rows.filter((r) => r.value === null);
  const stable = new Map(rows.map((r, i) => [r, i]));
  numeric.sort((a, b) => sign * ((a.value as number) - (b.value as number)) || (stable.get(a) ?? 0) - (stable.get(b) ?? 0));
  return [...numeric, ...rest];
}
