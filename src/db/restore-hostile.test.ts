// Restore of hostile backups (issue 19): every refusal is a value naming the field, and nothing stored changes.
import { describe, expect, it } from 'vitest';
import { exportWorkspace, restoreWorkspace } from './backup';
import { saveExtraction } from './documents';
import { counts, openTestDb } from './testing/fake-db';
import { expectOk } from './testing/results';
import { sampleInput } from './testing/samples';
import type { PlanBenchDB } from './schema';

interface Json {
  targets: { updatedAt: string; extracted: { start: number; end: number } }[];
  achievements: { documentId: string; extracted: { start: number; end: number } }[];
  documents: { importedAt: string; originalText: string }[];
  regions: { createdAt: string }[];
  settings: { key: string; value: unknown }[];
  exportedAt: string;
}

async function workspace(): Promise<{ db: PlanBenchDB; file: () => Json }> {
  const db = openTestDb();
  expectOk(await saveExtraction(db, await sampleInput('xinxiang')));
  const json = JSON.stringify(await exportWorkspace(db));
  return { db, file: () => JSON.parse(json) as Json };
}

/** The file's JSON with a setting nested `depth` arrays deep, as text (JSON.stringify itself cannot go that deep). */
function withNestedSetting(file: Json, depth: number): string {
  const json = JSON.stringify({ ...file, settings: [...file.settings, { key: 'deep', value: 0 }] });
  return json.replace('"key":"deep","value":0', `"key":"deep","value":${'['.repeat(depth)}1${']'.repeat(depth)}`);
}

describe('restoring a hostile backup', () => {
  it('refuses a backup nested thousands of levels deep with a message, whatever the depth', async () => {
    const { db, file } = await workspace();
    const before = await counts(db);
    for (const depth of [3_000, 100_000]) {
      // Read as the Library reads a file: JSON.parse takes any depth, the restore must too.
      const parsed = JSON.parse(withNestedSetting(file(), depth)) as unknown;
      for (const mode of ['replace', 'merge'] as const) {
        const result = await restoreWorkspace(db, parsed, mode);
        expect(result).toMatchObject({ ok: false, code: 'invalid-workspace' });
        expect(result.ok ? [] : 'issues' in result ? result.issues : []).toEqual([expect.stringMatching(/^settings\.\d+\.value(\.0)+ \(nested more than 64 levels\)$/u)]);
      }
    }
    expect(await counts(db)).toEqual(before);
  });

  it('refuses quotes outside their document: negative, start after end, past the end of the text', async () => {
    const { db, file } = await workspace();
    const before = await counts(db);
    const length = file().documents[0]?.originalText.length ?? 0;
    const cases: Array<[number, number, string]> = [
      [-1, 5, 'targets.0.extracted.start'],
      [10, 3, 'targets.0.extracted.start'],
      [0, length + 1, 'targets.0.extracted.end'],
      [length + 5, length + 9, 'targets.0.extracted.start'],
    ];
    for (const [start, end, field] of cases) {
      const bad = file();
      const target = bad.targets[0];
      if (!target) throw new Error('no target');
      target.extracted.start = start;
      target.extracted.end = end;
      expect(await restoreWorkspace(db, bad, 'replace')).toEqual({ ok: false, code: 'invalid-workspace', issues: [field] });
    }
    expect(await counts(db)).toEqual(before);
  });

  it('refuses an achievement whose quote lies outside its document or whose document is missing', async () => {
    const { db, file } = await workspace();
    const before = await counts(db);
    const length = file().documents[0]?.originalText.length ?? 0;
    const outside = file();
    const reached = outside.achievements[0];
    if (!reached) throw new Error('no achievement');
    reached.extracted.end = length + 1;
    expect(await restoreWorkspace(db, outside, 'replace')).toEqual({ ok: false, code: 'invalid-workspace', issues: ['achievements.0.extracted.end'] });
    const dangling = file();
    (dangling.achievements[0] as { documentId: string }).documentId = 'c'.repeat(64);
    expect(await restoreWorkspace(db, dangling, 'merge')).toEqual({ ok: false, code: 'invalid-workspace', issues: ['achievements.0.documentId'] });
    expect(await counts(db)).toEqual(before);
  });

  it('refuses garbage timestamps, naming the field', async () => {
    const { db, file } = await workspace();
    const garbage = ['yesterday', '', '2026-02-31T00:00:00.000Z', '2026-13-01T00:00:00Z', '99999-01-01T00:00:00Z', '1900-01-01T00:00:00Z', '2026-01-01'];
    for (const when of garbage) {
      const bad = file();
      if (!bad.targets[0] || !bad.documents[0] || !bad.regions[0]) throw new Error('empty workspace');
      bad.targets[0].updatedAt = when;
      expect(await restoreWorkspace(db, bad, 'merge'), when).toEqual({ ok: false, code: 'invalid-workspace', issues: ['targets.0.updatedAt'] });
      const worse = file();
      if (!worse.documents[0] || !worse.regions[0]) throw new Error('empty workspace');
      worse.documents[0].importedAt = when;
      worse.regions[0].createdAt = when;
      worse.exportedAt = when;
      const result = await restoreWorkspace(db, worse, 'replace');
      expect(result.ok ? [] : 'issues' in result ? [...result.issues].sort() : []).toEqual(['documents.0.importedAt', 'exportedAt', 'regions.0.createdAt']);
    }
    // What toISOString writes, and an offset, are dates.
    const good = file();
    if (good.targets[0]) good.targets[0].updatedAt = '2026-03-01T08:00:00+08:00';
    expectOk(await restoreWorkspace(db, good, 'replace'));
  });
});
