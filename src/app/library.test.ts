// The Library's writes through the app layer: every failure comes back as a value with a code the view words.
import { afterEach, describe, expect, it } from 'vitest';
import { saveExtraction } from '../db/documents';
import { openTestDb } from '../db/testing/fake-db';
import { expectOk } from '../db/testing/results';
import { sampleInput } from '../db/testing/samples';
import { deleteDocument, moveDocument, outdatedDocuments, RegionGrouper, undoDelete } from './library';
import type { RegionRow, StoredDocumentRow } from '../workspace/rows';
import { readDocuments } from './reads';
import { useWorkspaceStore, workspaceStore } from './store';

const original = workspaceStore();
afterEach(() => {
  useWorkspaceStore(original);
});

async function seeded() {
  const db = openTestDb();
  useWorkspaceStore(db);
  const input = await sampleInput('library plan');
  const saved = expectOk(await saveExtraction(db, input));
  return { db, id: input.hash, regionId: saved.duplicate ? '' : saved.regionId };
}

describe('library writes', () => {
  it('deletes a document and takes the deletion back', async () => {
    const { id } = await seeded();
    const deleted = expectOk(await deleteDocument(id));
    expect(await readDocuments()).toEqual([]);
    expectOk(await undoDelete(deleted.deleted));
    expect((await readDocuments()).map((d) => d.id)).toEqual([id]);
  });

  it('reports a failed delete, undo and move instead of dropping them', async () => {
    const { db, id } = await seeded();
    expect(await deleteDocument('no-such-document')).toMatchObject({ ok: false, code: 'not-found' });
    expect(await moveDocument(id, 'no-such-region')).toMatchObject({ ok: false, code: 'not-found' });
    const deleted = expectOk(await deleteDocument(id));
    // The same file imported again before the undo: the undo is refused, with its reason.
    expectOk(await saveExtraction(db, await sampleInput('library plan')));
    expect(await undoDelete(deleted.deleted)).toMatchObject({ ok: false, code: 'already-present' });
  });
});

describe('outdatedDocuments', () => {
  it('counts the plans another extractor read, including those stored before versions were kept', () => {
    const docs = [{ extractorVersion: '2026.12.1' }, { extractorVersion: '2026.11.0' }, { extractorVersion: null }];
    expect(outdatedDocuments(docs, '2026.12.1')).toBe(2);
    expect(outdatedDocuments(docs.slice(0, 1), '2026.12.1')).toBe(0);
  });
});

describe('the Library\'s grouping by region', () => {
  const region = (id: string): RegionRow => ({ id, name: id, aliases: [], createdAt: '2026-01-01' });
  const doc = (id: string, regionId: string, title = id): StoredDocumentRow => ({ id, regionId, fileName: `${id}.txt`, metadata: { plan_title: title } }) as unknown as StoredDocumentRow;

  it('groups in tasks of its own, a slice of regions at a time, and keeps the object of a group that did not change', async () => {
    let tasks = 0;
    const grouper = new RegionGrouper(async () => void tasks++, 0);
    const regions = [region('a'), region('b'), region('c')];
    const first = await grouper.group(regions, [doc('1', 'a'), doc('2', 'b'), doc('3', 'a')]);
    expect(first?.map((g) => [g.region.id, g.documents.map((d) => d.id)])).toEqual([['a', ['1', '3']], ['b', ['2']]]);
    // Never in the read's task, and the page gets its turn between regions.
    expect(tasks).toBeGreaterThanOrEqual(3);
    const second = await grouper.group(regions, [doc('1', 'a'), doc('2', 'b', 'renamed'), doc('3', 'a')]);
    expect(second?.[0]).toBe(first?.[0]);
    expect(second?.[1]).not.toBe(first?.[1]);
    expect(second?.[1]?.documents[0]?.metadata.plan_title).toBe('renamed');
  });

  it('drops a grouping a newer read overtook, so the list shows the last state', async () => {
    const waiting: Array<() => void> = [];
    const grouper = new RegionGrouper(() => new Promise<void>((resolve) => waiting.push(resolve)), 0);
    const older = grouper.group([region('a')], [doc('1', 'a')]);
    const newer = grouper.group([region('a'), region('b')], [doc('1', 'a'), doc('2', 'b')]);
    while (waiting.length > 0) {
      waiting.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(await older).toBeNull();
    expect((await newer)?.map((g) => g.region.id)).toEqual(['a', 'b']);
  });
});
