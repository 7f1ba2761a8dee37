// National and provincial benchmark targets: the reference file validated into flat rows, with its sources, notes and conflicts kept.
import { z } from 'zod';
import referenceFile from '../../data/benchmarks.json';
import type { Result } from '../result';
import { BINDINGS, OPS, TARGET_KINDS, type Binding, type Op, type TargetKind } from '../types';

export const BENCHMARK_SCOPES = ['national', 'provincial'] as const;
export type BenchmarkScope = (typeof BENCHMARK_SCOPES)[number];
export const BENCHMARK_PERIODS = ['14th', '15th'] as const;
export type BenchmarkPeriod = (typeof BENCHMARK_PERIODS)[number];

export interface BenchmarkSource {
  title: string;
  url: string;
  alsoSeenAt: string[];
  note: string | null;
}

export interface BenchmarkBaseline {
  value: number;
  year: number | null;
  url: string | null;
  note: string | null;
}

export interface Benchmark {
  /** Position in the reference file (`s<source>t<target>`): the table is reloaded from the file, never edited. */
  id: string;
  /** Catalog id, or null when the catalog has no entry (compare by `name` then). */
  indicator: string | null;
  name: string;
  scope: BenchmarkScope;
  /** The province of a provincial benchmark, as written (河南省); null for national ones. */
  province: string | null;
  period: BenchmarkPeriod;
  /** null for qualitative targets, which carry `text` (应保尽保). */
  value: number | null;
  text: string | null;
  op: Op | null;
  year: number;
  unit: string | null;
  kind: TargetKind | null;
  binding: Binding;
  baseline: BenchmarkBaseline | null;
  quote: string;
  /** Where this number was seen when that differs from the source's own address. */
  url: string | null;
  source: BenchmarkSource;
  note: string | null;
  /** Details of the file's conflict entries that name this indicator. */
  conflicts: string[];
}

export interface BenchmarkConflict {
  /** Catalog ids named by the entry. */
  indicators: string[];
  /** The entry's indicator field as written. */
  label: string;
  detail: string;
}

export interface BenchmarkSet {
  version: number;
  rows: Benchmark[];
  conflicts: BenchmarkConflict[];
  notFound: string[];
}

export type BenchmarkResult = Result<BenchmarkSet, 'invalid-benchmarks', { issues: string[] }>;

const opSchema = z.enum(OPS);
const kindSchema = z.enum(TARGET_KINDS);

const targetSchema = z.object({
  indicator: z.string().nullable(),
  name: z.string().min(1),
  unit: z.string().nullable(),
  baseline: z
    .object({
      value: z.number(),
      year: z.number().int().nullable(),
      source_url: z.string().optional(),
      note: z.string().optional(),
    })
    .nullable(),
  target: z.object({
    value: z.number().nullable(),
    year: z.number().int(),
    op: opSchema.nullable(),
    text: z.string().optional(),
  }),
  kind: kindSchema.nullable(),
  binding: z.enum(BINDINGS).nullable(),
  quote: z.string(),
  source_url: z.string().optional(),
  note: z.string().optional(),
});

const sourceSchema = z.object({
  scope: z.enum(['national', 'province']),
  region: z.string(),
  source_title: z.string(),
  source_url: z.string(),
  also_seen_at: z.array(z.string()).optional(),
  note: z.string().optional(),
  targets: z.array(targetSchema),
});

const fileSchema = z.object({
  version: z.literal(1),
  benchmarks: z.array(sourceSchema),
  conflicts: z.array(z.object({ indicator: z.string(), detail: z.string() })),
  not_found: z.array(z.string()).default([]),
});

type TargetEntry = z.infer<typeof targetSchema>;
type SourceEntry = z.infer<typeof sourceSchema>;

/** 十四五 covers 2021–2025, 十五五 2026–2030; a year outside both has no benchmark period. */
export function periodOfYear(year: number): BenchmarkPeriod | null {
  if (year >= 2021 && year <= 2025) return '14th';
  if (year >= 2026 && year <= 2030) return '15th';
  return null;
}

/** Catalog ids in a conflict's indicator field ("a / b / c (baselines)"). */
export function conflictIndicators(label: string): string[] {
  return label
    .replace(/\([^)]*\)/g, '')
    .split('/')
    .map((part) => part.trim())
    .filter((part) => /^[a-z0-9_]+$/.test(part));
}

function toRow(source: SourceEntry, entry: TargetEntry, id: string, period: BenchmarkPeriod, conflicts: BenchmarkConflict[]): Benchmark {
  return {
    id,
    indicator: entry.indicator,
    name: entry.name,
    scope: source.scope === 'national' ? 'national' : 'provincial',
    province: source.scope === 'national' ? null : source.region,
    period,
    value: entry.target.value,
    text: entry.target.text ?? null,
    op: entry.target.op,
    year: entry.target.year,
    unit: entry.unit,
    kind: entry.kind,
    binding: entry.binding,
    baseline: entry.baseline && {
      value: entry.baseline.value,
      year: entry.baseline.year,
      url: entry.baseline.source_url ?? null,
      note: entry.baseline.note ?? null,
    },
    quote: entry.quote,
    url: entry.source_url ?? null,
    source: { title: source.source_title, url: source.source_url, alsoSeenAt: source.also_seen_at ?? [], note: source.note ?? null },
    note: entry.note ?? null,
    conflicts: conflicts.filter((c) => entry.indicator !== null && c.indicators.includes(entry.indicator)).map((c) => c.detail),
  };
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** Validates the reference file's shape and flattens it; every issue is reported as a path. */
export function parseBenchmarks(json: unknown): BenchmarkResult {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, code: 'invalid-benchmarks', issues: parsed.error.issues.map((i) => pathOf(i.path)) };
  const file = parsed.data;
  const conflicts = file.conflicts.map((c) => ({ indicators: conflictIndicators(c.indicator), label: c.indicator, detail: c.detail }));
  const rows: Benchmark[] = [];
  const issues: string[] = [];
  file.benchmarks.forEach((source, s) => {
    source.targets.forEach((entry, t) => {
      const period = periodOfYear(entry.target.year);
      if (period === null) issues.push(`benchmarks.${s}.targets.${t}.target.year`);
      else rows.push(toRow(source, entry, `s${s}t${t}`, period, conflicts));
    });
  });
  if (issues.length > 0) return { ok: false, code: 'invalid-benchmarks', issues };
  return { ok: true, value: { version: file.version, rows, conflicts, notFound: file.not_found } };
}

/** The app's own copy of the reference file (src/data/benchmarks.json). */
export function loadBenchmarks(): BenchmarkResult {
  return parseBenchmarks(referenceFile);
}

export interface Disagreement {
  /** Catalog id, or 'name:' + name. */
  indicator: string;
  scope: BenchmarkScope;
  province: string | null;
  period: BenchmarkPeriod;
  year: number;
  rows: Benchmark[];
}

function statement(row: Benchmark): string {
  return JSON.stringify([row.value, row.text, row.op, row.unit]);
}

/**
 * Groups of benchmarks for the same indicator, place, period and year whose value, wording, op
 * or unit differ (1500 vs 7500万人次 of skills training): both are kept and shown, never averaged
 * or picked between, whether or not the file lists the pair as a conflict.
 */
export function disagreements(rows: readonly Benchmark[]): Disagreement[] {
  const groups = new Map<string, Benchmark[]>();
  for (const row of rows) {
    const indicator = row.indicator ?? `name:${row.name}`;
    const key = JSON.stringify([indicator, row.scope, row.province, row.period, row.year]);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const result: Disagreement[] = [];
  for (const group of groups.values()) {
    const first = group[0] as Benchmark;
    if (new Set(group.map(statement)).size < 2) continue;
    result.push({
      indicator: first.indicator ?? `name:${first.name}`,
      scope: first.scope,
      province: first.province,
      period: first.period,
      year: first.year,
      rows: group,
    });
  }
  return result;
}
