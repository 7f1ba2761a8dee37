// The workspace file (backup and batch output): its zod schema, envelope and validation, with no database involved.
import { z } from 'zod';
import type { Result } from '../core/result';
import { BENCHMARK_PERIODS, BENCHMARK_SCOPES } from '../core/catalog/benchmarks';
import { TARGET_STATUSES } from '../core/review/effective';
import { BINDINGS, DOCUMENT_KINDS, DOMAIN_IDS, OPS, SCRIPTS, TARGET_KINDS, TARGET_SOURCES } from '../core/types';
import {
  ANNOTATION_TAGS,
  type AchievementRow,
  CURRENT_SCHEMA_VERSION,
  type AnnotationRow,
  type BenchmarkRow,
  type DocumentRow,
  type RegionRow,
  type SettingRow,
  type TargetRow,
} from './rows';

export const WORKSPACE_TYPE = 'planbench/workspace';
/**
 * Version 2 adds the `achievements` table (schema 5). A version 1 file (no achievements) still
 * reads: the table is empty.
 */
export const WORKSPACE_VERSION = 2;
/** Every file version this PlanBench reads. */
const WORKSPACE_VERSIONS = [1, 2] as const;

const op = z.enum(OPS);
const kind = z.enum(TARGET_KINDS);
const binding = z.enum(BINDINGS).nullable();
const domain = z.enum(DOMAIN_IDS).nullable();
/** A moment as toISOString() writes it (the offset may also be +hh:mm): a date that exists, years 1970 to 9999. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/u;
const isoTime = z.string().refine((s) => {
  if (!ISO_TIME.test(s)) return false;
  const ms = Date.parse(s);
  const year = Number(s.slice(0, 4));
  // Date.parse rolls 2026-02-31 over to March: the day must survive the round trip.
  return Number.isFinite(ms) && year >= 1970 && new Date(Date.UTC(year, Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)))).toISOString().slice(0, 10) === s.slice(0, 10);
}, 'not a date and time (ISO 8601)');

const targetValue = z.object({
  value: z.number().nullable(),
  year: z.number().int().nullable(),
  op: op.nullable(),
  text: z.string().optional(),
  value_max: z.number().optional(),
});

const baseline = z.object({ value: z.number(), year: z.number().int().nullable(), op: op.optional(), kind: kind.optional() });

const targetRecord = z.object({
  id: z.string().min(1),
  name: z.string(),
  indicator: z.string().nullable(),
  domain,
  unit: z.string().nullable(),
  baseline: baseline.nullable(),
  target: targetValue,
  stretch: z.number().nullable(),
  kind,
  binding,
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  per: z.string().nullable(),
  aspirational: z.boolean(),
  source: z.enum(TARGET_SOURCES),
  flags: z.array(z.string()).optional(),
});

const targetEdits = targetRecord
  .pick({ name: true, indicator: true, domain: true, unit: true, target: true, stretch: true, kind: true, binding: true, baseline: true, per: true })
  .partial();

const achievedRecord = z.object({
  id: z.string().min(1),
  name: z.string(),
  indicator: z.string().nullable(),
  domain,
  unit: z.string().nullable(),
  value: z.number(),
  op,
  year: z.number().int().nullable(),
  year_from: z.number().int().nullable(),
  kind,
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  source: z.enum(['table', 'prose']),
});

const achievementEdits = achievedRecord
  .pick({ name: true, indicator: true, domain: true, unit: true, value: true, op: true, year: true, year_from: true, kind: true })
  .partial();

const metadata = z.object({
  region: z.string().nullable(),
  plan_title: z.string().nullable(),
  issuer: z.string().nullable(),
  issued: z.string().nullable(),
  period: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  kind: z.enum(DOCUMENT_KINDS),
  doc_number: z.string().nullable(),
  region_code: z.string().nullable().optional(),
  province: z.string().nullable().optional(),
});

const metadataEdits = metadata.omit({ doc_number: true }).partial();

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const region = z.object({
  id: z.string().min(1),
  name: z.string(),
  aliases: z.array(z.string()),
  createdAt: isoTime,
  code: z.string().nullable().optional(),
  province: z.string().nullable().optional(),
});

const document = z.object({
  id: sha256,
  regionId: z.string().min(1),
  fileName: z.string(),
  format: z.string(),
  size: z.number().int().nonnegative(),
  hash: sha256,
  encoding: z.string().min(1),
  script: z.enum(SCRIPTS),
  originalText: z.string(),
  normalizedText: z.string(),
  metadata,
  importedAt: isoTime,
  extractorVersion: z.string().nullable().default(null),
  metadataEdits: metadataEdits.nullable().optional(),
});

// Defaults fill fields that rows written by schema version 1 lack (see schema.ts targetToV2).
const target = z.object({
  id: z.string().min(1),
  documentId: sha256,
  regionId: z.string().min(1),
  indicator: z.string().nullable(),
  domain,
  extracted: targetRecord,
  edits: targetEdits.nullable().default(null),
  status: z.enum(TARGET_STATUSES),
  orphaned: z.boolean().default(false),
  updatedAt: isoTime,
});

const achievement = z.object({
  id: z.string().min(1),
  record: z.literal('achieved'),
  documentId: sha256,
  regionId: z.string().min(1),
  indicator: z.string().nullable(),
  domain,
  year: z.number().int().nullable(),
  yearFrom: z.number().int().nullable(),
  extracted: achievedRecord,
  edits: achievementEdits.nullable().default(null),
  status: z.enum(['extracted', 'confirmed', 'edited', 'manual', 'rejected']),
  orphaned: z.boolean().default(false),
  updatedAt: isoTime,
});

const annotation = z.object({
  id: z.string().min(1),
  regionId: z.string().min(1),
  indicator: z.string().min(1),
  otherRegionId: z.string().nullable().default(null),
  text: z.string(),
  tag: z.enum(ANNOTATION_TAGS).nullable().default(null),
  targetId: z.string().nullable().default(null),
  createdAt: isoTime,
  updatedAt: isoTime,
});

const benchmark = z.object({
  id: z.string().min(1),
  indicator: z.string().nullable(),
  name: z.string(),
  scope: z.enum(BENCHMARK_SCOPES),
  province: z.string().nullable(),
  period: z.enum(BENCHMARK_PERIODS),
  value: z.number().nullable(),
  text: z.string().nullable(),
  op: op.nullable(),
  year: z.number().int(),
  unit: z.string().nullable(),
  kind: kind.nullable(),
  binding,
  baseline: z.object({ value: z.number(), year: z.number().int().nullable(), url: z.string().nullable(), note: z.string().nullable() }).nullable(),
  quote: z.string(),
  url: z.string().nullable(),
  source: z.object({ title: z.string(), url: z.string(), alsoSeenAt: z.array(z.string()), note: z.string().nullable() }),
  note: z.string().nullable(),
  conflicts: z.array(z.string()),
});

const setting = z.object({ key: z.string().min(1), value: z.json() });

const workspace = z.object({
  type: z.literal(WORKSPACE_TYPE),
  version: z.literal(WORKSPACE_VERSIONS),
  source: z.string(),
  schemaVersion: z.number().int().min(1).max(CURRENT_SCHEMA_VERSION),
  exportedAt: isoTime,
  // A table missing from an older or hand-made file is an empty table.
  regions: z.array(region).default([]),
  documents: z.array(document).default([]),
  targets: z.array(target).default([]),
  achievements: z.array(achievement).default([]),
  annotations: z.array(annotation).default([]),
  benchmarks: z.array(benchmark).default([]),
  settings: z.array(setting).default([]),
});

// Compile-time proof that each schema reads exactly the stored row type: a field added to a row
// type but not here (or the reverse) fails the type check instead of being dropped from backups.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const _rowsMatch: [
  Same<z.output<typeof region>, RegionRow>,
  Same<z.output<typeof document>, DocumentRow>,
  // A target's pack key (src/db/target-store.ts) is the store's own and never written to a file.
  Same<z.output<typeof target>, Omit<TargetRow, 'pack'>>,
  Same<z.output<typeof achievement>, AchievementRow>,
  Same<z.output<typeof annotation>, AnnotationRow>,
  Same<z.output<typeof benchmark>, BenchmarkRow>,
  Same<z.output<typeof setting>['key'], SettingRow['key']>,
] = [true, true, true, true, true, true, true];

export interface WorkspaceTables {
  regions: RegionRow[];
  documents: DocumentRow[];
  targets: TargetRow[];
  achievements: AchievementRow[];
  annotations: AnnotationRow[];
  benchmarks: BenchmarkRow[];
  settings: SettingRow[];
}

export interface WorkspaceFile extends WorkspaceTables {
  type: typeof WORKSPACE_TYPE;
  /** WORKSPACE_VERSION when written by this PlanBench; an older number on a file read back. */
  version: (typeof WORKSPACE_VERSIONS)[number];
  source: string;
  schemaVersion: number;
  exportedAt: string;
}

export type WorkspaceParse = Result<WorkspaceFile, 'invalid-workspace' | 'newer-version', { issues: string[] }>;

/** The envelope around the tables; the CLI uses this to write a workspace without a database. */
export function buildWorkspaceFile(
  tables: WorkspaceTables,
  exportedAt: string,
  options: { source?: string; schemaVersion?: number } = {},
): WorkspaceFile {
  const { source = 'planbench', schemaVersion = CURRENT_SCHEMA_VERSION } = options;
  return { type: WORKSPACE_TYPE, version: WORKSPACE_VERSION, source, schemaVersion, exportedAt, ...tables };
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function duplicates(table: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => (seen.has(id) ? [`${table}.${i}.id`] : (seen.add(id), [])));
}

/** A record's quote must lie inside its document's original text: 0 ≤ start ≤ end ≤ the text's length. */
function spanIssues(table: string, t: { extracted: { start: number; end: number } }, i: number, length: number | undefined): string[] {
  const { start, end } = t.extracted;
  if (length === undefined) return [];
  if (start > end || start > length) return [`${table}.${i}.extracted.start`];
  return end > length ? [`${table}.${i}.extracted.end`] : [];
}

/** A target's or an achievement's references: its document, its region, a span inside the text. */
function recordIssues(
  table: string,
  rows: readonly { documentId: string; regionId: string; extracted: { start: number; end: number } }[],
  documents: Set<string>,
  regions: Set<string>,
  textLength: Map<string, number>,
): string[] {
  return rows.flatMap((t, i) => [
    ...(documents.has(t.documentId) ? [] : [`${table}.${i}.documentId`]),
    ...(regions.has(t.regionId) ? [] : [`${table}.${i}.regionId`]),
    ...spanIssues(table, t, i, textLength.get(t.documentId)),
  ]);
}

/** References the store relies on: every target's document and a span inside its text, every row's region, unique keys. */
export function integrityIssues(file: WorkspaceTables): string[] {
  const regions = new Set(file.regions.map((r) => r.id));
  const documents = new Set(file.documents.map((d) => d.id));
  const textLength = new Map(file.documents.map((d) => [d.id, d.originalText.length]));
  return [
    ...duplicates('regions', file.regions.map((r) => r.id)),
    ...duplicates('documents', file.documents.map((d) => d.id)),
    ...duplicates('targets', file.targets.map((t) => t.id)),
    ...duplicates('achievements', file.achievements.map((a) => a.id)),
    ...duplicates('annotations', file.annotations.map((a) => a.id)),
    ...duplicates('benchmarks', file.benchmarks.map((b) => b.id)),
    ...duplicates('settings', file.settings.map((s) => s.key)),
    ...file.documents.flatMap((d, i) => [
      ...(regions.has(d.regionId) ? [] : [`documents.${i}.regionId`]),
      ...(d.hash === d.id ? [] : [`documents.${i}.hash`]),
    ]),
    ...recordIssues('targets', file.targets, documents, regions, textLength),
    ...recordIssues('achievements', file.achievements, documents, regions, textLength),
    ...file.annotations.flatMap((a, i) => [
      ...(regions.has(a.regionId) ? [] : [`annotations.${i}.regionId`]),
      ...(a.otherRegionId === null || regions.has(a.otherRegionId) ? [] : [`annotations.${i}.otherRegionId`]),
    ]),
  ];
}

function isNewer(json: unknown): boolean {
  if (typeof json !== 'object' || json === null) return false;
  const { version, schemaVersion } = json as { version?: unknown; schemaVersion?: unknown };
  return (typeof version === 'number' && version > WORKSPACE_VERSION) || (typeof schemaVersion === 'number' && schemaVersion > CURRENT_SCHEMA_VERSION);
}

/** Deeper than any workspace row (a setting's value included); a file nested deeper is refused before validation. */
export const MAX_DEPTH = 64;

/** The path where `json` first goes deeper than `max` levels, or null; iterative, so any depth is safe to look at. */
export function tooDeep(json: unknown, max = MAX_DEPTH): string | null {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value: json, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= max) return pathOf(path);
    for (const [key, child] of Object.entries(value)) if (typeof child === 'object' && child !== null) stack.push({ value: child, path: [...path, key] });
  }
  return null;
}

/** Validates a parsed JSON value as a workspace file, filling fields older files lack; issues are paths. Never throws. */
export function parseWorkspace(json: unknown): WorkspaceParse {
  try {
    return parseChecked(json);
  } catch {
    // A validator that gives up (a stack overflow on some shape not foreseen) is still an invalid file, not a crash.
    return { ok: false, code: 'invalid-workspace', issues: ['(root)'] };
  }
}

function parseChecked(json: unknown): WorkspaceParse {
  const deep = tooDeep(json);
  if (deep !== null) return { ok: false, code: 'invalid-workspace', issues: [`${deep} (nested more than ${MAX_DEPTH} levels)`] };
  if (isNewer(json)) return { ok: false, code: 'newer-version', issues: ['version'] };
  const parsed = workspace.safeParse(json);
  if (!parsed.success) return { ok: false, code: 'invalid-workspace', issues: parsed.error.issues.map((i) => pathOf(i.path)) };
  const value = parsed.data as WorkspaceFile;
  const issues = integrityIssues(value);
  if (issues.length > 0) return { ok: false, code: 'invalid-workspace', issues };
  return { ok: true, value };
}
