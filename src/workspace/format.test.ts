import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from './rows';
import { V1_ROWS, V1_WORKSPACE_FILE } from '../db/testing/legacy-v1';
import { buildWorkspaceFile, parseWorkspace, type WorkspaceTables } from './format';

function tables(): WorkspaceTables {
  const upgraded = JSON.parse(JSON.stringify(V1_ROWS)) as WorkspaceTables;
  return {
    ...upgraded,
    targets: upgraded.targets.map((t) => ({ ...t, orphaned: false })),
    achievements: [],
    annotations: upgraded.annotations.map((a) => ({ ...a, otherRegionId: null, targetId: null, tag: null })),
    benchmarks: [],
  };
}

describe('parseWorkspace', () => {
  it('accepts what buildWorkspaceFile writes, unchanged', () => {
    const file = buildWorkspaceFile(tables(), '2025-02-01T00:00:00.000Z');
    expect(file).toMatchObject({ type: 'planbench/workspace', version: 2, source: 'planbench', schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(parseWorkspace(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, value: file });
  });

  it('reads a backup written at schema version 1, filling the fields version 2 added', () => {
    const result = parseWorkspace(JSON.parse(JSON.stringify(V1_WORKSPACE_FILE)));
    if (!result.ok) throw new Error(result.issues.join(', '));
    expect(result.value.annotations[0]).toMatchObject({ otherRegionId: null, targetId: null, tag: null });
    expect(result.value.targets[0]?.orphaned).toBe(false);
    expect(result.value.targets[0]?.edits).toEqual({ target: { value: 60, year: 2025, op: '>=' } });
    expect(result.value.benchmarks).toEqual([]);
    // A file from before achievements (workspace version 1) restores with none.
    expect(result.value.version).toBe(1);
    expect(result.value.achievements).toEqual([]);
  });

  it('names the path of every invalid field', () => {
    const file = buildWorkspaceFile(tables(), '2026-01-01T00:00:00.000Z') as unknown as Record<string, unknown[]>;
    const targets = file.targets as Record<string, unknown>[];
    (targets[0] as { status: string }).status = 'maybe';
    ((targets[1] as { extracted: { target: { value: unknown } } }).extracted.target.value = '4.5');
    const result = parseWorkspace(file);
    expect(result).toEqual({ ok: false, code: 'invalid-workspace', issues: ['targets.0.status', 'targets.1.extracted.target.value'] });
  });

  it('refuses dangling references and duplicate keys', () => {
    const broken = tables();
    broken.targets.push({ ...(broken.targets[0] as WorkspaceTables['targets'][number]), documentId: 'b'.repeat(64) });
    broken.annotations.push({ ...(broken.annotations[0] as WorkspaceTables['annotations'][number]), regionId: 'gone' });
    const result = parseWorkspace(buildWorkspaceFile(broken, '2026-01-01T00:00:00.000Z'));
    expect(result).toEqual({
      ok: false,
      code: 'invalid-workspace',
      issues: ['targets.2.id', 'annotations.1.id', 'targets.2.documentId', 'annotations.1.regionId'],
    });
  });

  it('refuses other files and says when a file comes from a newer PlanBench', () => {
    expect(parseWorkspace(null)).toMatchObject({ ok: false, code: 'invalid-workspace', issues: ['(root)'] });
    expect(parseWorkspace({ ...V1_WORKSPACE_FILE, type: 'excalidraw' })).toMatchObject({ ok: false, issues: ['type'] });
    expect(parseWorkspace({ ...V1_WORKSPACE_FILE, schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toEqual({ ok: false, code: 'newer-version', issues: ['version'] });
  });
});
