// The first run's samples on fake-indexeddb: marked imported only when all five are stored.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { saveExtraction } from '../db/documents';
import type { PlanBenchDB } from '../db/schema';
import { openTestDb } from '../db/testing/fake-db';
import { type ImportFile, runImport } from '../import/pipeline';
import { prepareDocument } from '../import/prepare';
import { ensureSeeded, SEEDED_KEY, type SeedingDeps } from './seeding';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seedFiles = (): ImportFile[] =>
  readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(SEEDS, name))) }));

/** The app's import (the same extraction and store), with a write that fails from the `failFrom`-th file on, as a closed window would. */
function deps(db: PlanBenchDB, failFrom = Infinity): SeedingDeps {
  let saves = 0;
  return {
    loadSeeds: async () => seedFiles(),
    importFiles: (files) =>
      runImport(files, {
        extract: (file) => prepareDocument(file.name, file.bytes),
        save: async (file, doc) => {
          if (++saves >= failFrom) throw new Error('the window was closed');
          return saveExtraction(db, { ...doc, fileName: file.name });
        },
      }),
  };
}

describe('first-run samples', () => {
  it('imports all five and marks them imported', async () => {
    const db = openTestDb();
    await ensureSeeded(db, deps(db));
    expect(await db.documents.count()).toBe(5);
    expect(await db.settings.get(SEEDED_KEY)).toMatchObject({ value: true });
  });

  it('does not mark them imported after an interrupted first run, and imports the rest at the next launch', async () => {
    const db = openTestDb();
    await ensureSeeded(db, deps(db, 3));
    expect(await db.documents.count()).toBe(2);
    expect(await db.settings.get(SEEDED_KEY)).toBeUndefined();
    await ensureSeeded(db, deps(db));
    expect(await db.documents.count()).toBe(5);
    expect(await db.settings.get(SEEDED_KEY)).toMatchObject({ value: true });
    // Nothing twice: the two stored first were recognised by their content.
    expect(new Set((await db.documents.toArray()).map((d) => d.fileName)).size).toBe(5);
  });

  it('returns a store it cannot use as a failure for the window to show, instead of throwing', async () => {
    const db = openTestDb();
    db.close();
    expect(await ensureSeeded(db, deps(db))).toMatchObject({ ok: false, code: 'write-failed', detail: expect.stringContaining('DatabaseClosedError') });
  });

  it('leaves a workspace holding other plans alone (a restored study)', async () => {
    const db = openTestDb();
    const own = await prepareDocument('own.txt', new TextEncoder().encode('某某县“十四五”养老服务规划\n到2025年,养老机构护理型床位占比达到55%。\n'));
    if (!own.ok) throw new Error(own.code);
    await saveExtraction(db, { ...own.value, fileName: 'own.txt' });
    await ensureSeeded(db, deps(db));
    expect((await db.documents.toArray()).map((d) => d.fileName)).toEqual(['own.txt']);
    expect(await db.settings.get(SEEDED_KEY)).toMatchObject({ value: true });
  });
});
