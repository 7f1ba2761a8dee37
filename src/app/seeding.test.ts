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
import { editMetadata } from '../db/metadata';
import { reextractDocument } from '../db/reextract';
import { indexFill, SEEDS as SAMPLES } from '../import/seeds';
import { ensureSeeded, fieldsFromIndex, pendingIndexFill, readIndexFilled, readIndexFilledRow, SEEDED_KEY, type SeedingDeps } from './seeding';

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

describe('the samples’ index fills what the extractor left empty', () => {
  const title = async (db: PlanBenchDB, file: string) => (await db.documents.toArray()).find((d) => d.fileName === file);

  it('gives the action plan and the news item their titles on a first launch, as from the index, and keeps every title read from a text', async () => {
    const db = openTestDb();
    await ensureSeeded(db, deps(db));
    const filled = await readIndexFilled(db);
    for (const seed of SAMPLES) {
      const doc = await title(db, seed.file);
      expect(doc?.metadata.plan_title, seed.file).toBe(seed.title);
    }
    // The action plan starts with its preamble and the news item has no headline: their titles come from the index,
    // recorded as such; every other sample's title was read from its text and is not an edit.
    const plan = await title(db, 'xiongan-social-security-3yr-action-plan.txt');
    const news = await title(db, 'xiongan-2025-public-service-roadmap-news.txt');
    expect(fieldsFromIndex(filled[plan!.id], plan!.metadataEdits)).toEqual(['plan_title']);
    expect(fieldsFromIndex(filled[news!.id], news!.metadataEdits)).toEqual(['plan_title']);
    const xinxiang = await title(db, 'xinxiang-14th-fyp-public-service-social-security.txt');
    expect(xinxiang?.metadataEdits ?? null).toBeNull();
    expect(Object.keys(filled).sort()).toEqual([plan!.id, news!.id].sort());
    // The action plan's issuer and date are in neither its text nor the index: still unknown, not invented.
    expect(plan?.metadata.issuer).toBeNull();
  });

  it('while the samples are still importing, a stored sample already reads as its index will fill it (no moment of 无标题)', async () => {
    const db = openTestDb();
    const base = deps(db);
    let seen: { title: string | null | undefined; pending: string | null | undefined; filled: unknown }[] = [];
    await ensureSeeded(db, {
      ...base,
      // What the Library reads once the batch is stored, before the index's fill runs.
      importFiles: async (files) => {
        const progress = await base.importFiles(files);
        const filled = await readIndexFilledRow(db);
        const plan = (await db.documents.toArray()).find((d) => d.fileName === 'xiongan-social-security-3yr-action-plan.txt');
        seen = [{ title: plan?.metadata.plan_title, pending: plan ? pendingIndexFill(plan, filled).plan_title : undefined, filled }];
        return progress;
      },
    });
    const action = SAMPLES.find((x) => x.file === 'xiongan-social-security-3yr-action-plan.txt');
    expect(seen).toEqual([{ title: null, pending: action?.title, filled: null }]);
    // Once filled, the stored title shows and nothing is pending.
    const plan = (await db.documents.toArray()).find((d) => d.fileName === 'xiongan-social-security-3yr-action-plan.txt');
    expect(plan?.metadata.plan_title).toBe(action?.title);
    const filled = await readIndexFilledRow(db);
    expect(pendingIndexFill(plan!, filled)).toEqual({});
    // A row read before the fill's write (the Library's list lags its settings row) still shows the recorded title.
    const stale = { ...plan!, metadata: { ...plan!.metadata, plan_title: null }, metadataEdits: null };
    expect(pendingIndexFill(stale, filled)).toEqual({ plan_title: action?.title });
  });

  it('fills the samples of a workspace seeded by an earlier release once, at the next launch', async () => {
    const db = openTestDb();
    // As an earlier release left it: every sample stored and marked imported, nothing filled.
    for (const file of seedFiles()) {
      const prepared = await prepareDocument(file.name, file.bytes);
      if (!prepared.ok) throw new Error(prepared.code);
      await saveExtraction(db, { ...prepared.value, fileName: file.name });
    }
    await db.settings.put({ key: SEEDED_KEY, value: true });
    expect((await title(db, 'xiongan-social-security-3yr-action-plan.txt'))?.metadata.plan_title).toBeNull();
    await ensureSeeded(db, deps(db));
    const plan = await title(db, 'xiongan-social-security-3yr-action-plan.txt');
    expect(plan?.metadata.plan_title).toBe('河北雄安新区构建现代化社会保障服务体系三年行动计划');
    expect(fieldsFromIndex((await readIndexFilled(db))[plan!.id], plan!.metadataEdits)).toEqual(['plan_title']);
    expect(await db.documents.count()).toBe(5);
  });

  it('never overrides a field read from the text or set by the researcher', () => {
    const seed = { ...SAMPLES[0]!, title: '索引里的标题', issuer: '索引里的机关', kind: 'action_plan' as const };
    const read = { region: null, plan_title: '原文里的标题', issuer: null, issued: null, period: null, kind: 'five_year_plan' as const, doc_number: null };
    expect(indexFill(seed, read, null)).toEqual({ issuer: '索引里的机关', issued: seed.issued, period: seed.period });
    // The researcher emptied the issuer on purpose: it stays empty.
    expect(indexFill(seed, { ...read, plan_title: null }, { issuer: null })).toEqual({ plan_title: '索引里的标题', issued: seed.issued, period: seed.period });
  });

  it('names a filled title the researcher then changed as their edit, and keeps a filled title through re-extraction', async () => {
    const db = openTestDb();
    await ensureSeeded(db, deps(db));
    const news = (await title(db, 'xiongan-2025-public-service-roadmap-news.txt'))!;
    const plan = (await title(db, 'xiongan-social-security-3yr-action-plan.txt'))!;
    expect((await editMetadata(db, news.id, { plan_title: '雄安新区公共服务工作路线图' })).ok).toBe(true);
    const filled = await readIndexFilled(db);
    expect(fieldsFromIndex(filled[news.id], (await db.documents.get(news.id))?.metadataEdits)).toEqual([]);
    const file = seedFiles().find((f) => f.name === plan.fileName)!;
    const prepared = await prepareDocument(file.name, file.bytes);
    if (!prepared.ok) throw new Error(prepared.code);
    expect(prepared.value.extracted.metadata.plan_title).toBeNull();
    expect((await reextractDocument(db, plan.id, prepared.value.extracted)).ok).toBe(true);
    expect((await db.documents.get(plan.id))?.metadata.plan_title).toBe('河北雄安新区构建现代化社会保障服务体系三年行动计划');
  });
});
