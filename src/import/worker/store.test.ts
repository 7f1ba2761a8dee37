// The worker's side of a large import: the plan read in slices and stored as it is read, in the same database the
// window reads; the window hears only the staged id and the share done.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../core/extract/extract';
import { discardStaged } from '../../db/staged';
import { countTargets, listDocuments, targetsOfDocument } from '../../db/queries';
import { PlanBenchDB } from '../../db/schema';
import { fakeIndexedDB } from '../../db/testing/fake-db';
import { DEFAULT_BUDGETS } from '../budgets';
import { storeInSlices } from './store';

const seed = readFileSync(join(import.meta.dirname, '../../../seeds/xinxiang-14th-fyp-public-service-social-security.txt'), 'utf8');
// Several copies of a seed plan: a plan of several slices, with tables and prose in each.
const text = Array.from({ length: 4 }, () => seed).join('\n\n');
const bytes = new TextEncoder().encode(text);

function watcher() {
  const seen = { staged: [] as string[], parts: [] as number[] };
  return { seen, progress: { staged: (id: string) => seen.staged.push(id), part: (done: number) => seen.parts.push(done) } };
}

describe('storeInSlices', () => {
  it('stores every record of the plan as one reading extracts it, its progress moving slice by slice', async () => {
    const options = fakeIndexedDB();
    const { seen, progress } = watcher();
    const stored = await storeInSlices('planbench-w', 'large.txt', bytes, progress, { sliceChars: 8 * 1024 }, options);
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    expect(stored.value.duplicate).toBe(false);
    expect(seen.staged).toEqual([stored.value.documentId]);
    expect(seen.parts.length).toBeGreaterThan(3);
    expect(seen.parts).toEqual([...seen.parts].sort((a, b) => a - b));
    expect(seen.parts.at(-1)).toBe(1);

    const db = new PlanBenchDB('planbench-w', options);
    const whole = extractText(text);
    // Packed (schema 9): no target row of its own, every target in its packs.
    expect(await db.targets.count()).toBe(0);
    const rows = await targetsOfDocument(db, stored.value.documentId);
    expect(rows.map((r) => r.extracted).sort((a, b) => a.start - b.start)).toEqual([...whole.targets].sort((a, b) => a.start - b.start));
    expect(await db.achievements.where('documentId').equals(stored.value.documentId).count()).toBe(whole.achieved.length);
    expect((await listDocuments(db)).map((d) => [d.fileName, d.chars])).toEqual([['large.txt', whole.normalized.length]]);
    expect((await db.texts.get(stored.value.documentId))?.originalText).toBe(text);

    // The same file again is a duplicate: nothing staged, nothing written.
    const before = await db.targetPacks.count();
    const again = watcher();
    expect(await storeInSlices('planbench-w', 'copy.txt', bytes, again.progress, { sliceChars: 8 * 1024 }, options)).toEqual({ ok: true, value: { documentId: stored.value.documentId, duplicate: true } });
    expect(again.seen.staged).toEqual([]);
    expect(await db.targetPacks.count()).toBe(before);
    db.close();
  });

  it('moves its progress within a slice of many records: a plan on one line is one slice', async () => {
    const options = fakeIndexedDB();
    const { seen, progress } = watcher();
    const line = new TextEncoder().encode('新增普惠托位132个,推进社区嵌入式服务设施建设,'.repeat(2_500));
    const stored = await storeInSlices('planbench-w', 'one-line.txt', line, progress, { sliceChars: 8 * 1024 }, options);
    expect(stored.ok).toBe(true);
    // 2,500 targets in one slice: three transactions, three steps.
    expect(seen.parts).toEqual([1 / 3, 2 / 3, 1]);
    const db = new PlanBenchDB('planbench-w', options);
    expect(await countTargets(db, [stored.ok ? stored.value.documentId : ''])).toEqual(new Map([[stored.ok ? stored.value.documentId : '', 2_500]]));
    db.close();
  });

  it('refuses a plan over the target budget, leaving only staged rows, which the window then removes', async () => {
    const options = fakeIndexedDB();
    const { seen, progress } = watcher();
    const result = await storeInSlices('planbench-w', 'large.txt', bytes, progress, { sliceChars: 8 * 1024, budgets: { ...DEFAULT_BUDGETS, maxTargets: 20 } }, options);
    expect(result).toMatchObject({ ok: false, code: 'too-many-targets' });
    const db = new PlanBenchDB('planbench-w', options);
    const id = seen.staged[0] ?? '';
    expect(await listDocuments(db)).toEqual([]);
    // Its text was written when it was staged; no document row shows it.
    expect(await db.texts.get(id)).toBeDefined();
    await discardStaged(db, id);
    expect([await db.targets.count(), await db.targetPacks.count(), await db.texts.count()]).toEqual([0, 0, 0]);
    db.close();
  });
});
