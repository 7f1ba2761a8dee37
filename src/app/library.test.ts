// The Library's writes through the app layer: every failure comes back as a value with a code the view words.
import { afterEach, describe, expect, it } from 'vitest';
import { saveExtraction } from '../db/documents';
import { openTestDb } from '../db/testing/fake-db';
import { expectOk } from '../db/testing/results';
import { sampleInput } from '../db/testing/samples';
import { deleteDocument, moveDocument, outdatedDocuments, undoDelete } from './library';
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
