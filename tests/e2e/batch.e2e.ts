// End to end in Chromium: the workspace file that `extract --workspace` writes over the seeds and a folder of
// every format restores in the workbench (Library → restore, replace) with the same documents and target counts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { writeCorpus } from '../cli/corpus';
import { type Browser, openBrowser, ROOT, screenshot, serveDist, type Served } from './harness';
import { EXTRACT } from '../helpers/cli';
import { ensureCliBuild } from '../../build/build-cli.mjs';

interface Rec {
  file: string;
  region?: string | null;
  targets?: unknown[];
  error?: unknown;
}

let served: Served;
let browser: Browser;
let tmp: string;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'planbench-batch-e2e-'));
  // The command line as users run it: built ahead of time (when its sources changed) before it is spawned.
  await ensureCliBuild();
  served = await serveDist();
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await served?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Runs the CLI over the seeds and the mixed corpus: its JSON records and the workspace file it wrote. */
async function extractStudy(): Promise<{ records: Rec[]; workspace: string }> {
  const study = join(tmp, 'study');
  cpSync(join(ROOT, 'seeds'), join(study, 'seeds'), { recursive: true });
  await writeCorpus(join(study, 'formats'));
  const workspace = join(tmp, 'study.workspace.json');
  const run = spawnSync(process.execPath, [...EXTRACT, '--workspace', workspace, join(study, 'seeds'), join(study, 'formats')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  // The mixed corpus holds files that must fail, so the run exits 1.
  assert.equal(run.status, 1, run.stderr);
  return { records: JSON.parse(run.stdout) as Rec[], workspace };
}

/** File name → target count of every document row in the Library. */
async function libraryCounts(): Promise<Map<string, number>> {
  // Counts are read for the page shown, just after the list: wait until none is still '…'.
  await browser.page.waitForFunction(() => [...document.querySelectorAll('[data-testid="target-count"]')].every((c) => /^\d+$/.test(c.textContent ?? '')));
  const rows = await browser.page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="document-title"]')].map((title) => {
      const row = title.closest('tr');
      return [row?.querySelector('.pb-muted')?.textContent?.trim() ?? '', Number(row?.querySelector('[data-testid="target-count"]')?.textContent)] as const;
    }),
  );
  return new Map(rows);
}

test('a workspace written by extract --workspace restores with the same documents and target counts', async () => {
  const { records, workspace } = await extractStudy();
  const documents = records.filter((r) => r.error === undefined);
  assert.equal(documents.length, 9, 'five seeds and four plans in other formats');
  const expected = new Map(documents.map((d) => [basename(d.file), d.targets?.length ?? 0]));

  const { page } = browser;
  await page.goto(`${served.url}#/library`);
  // The first launch imports the five samples; the restore replaces them.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-title"]').length >= 5, undefined, { timeout: 60_000 });
  await page.locator('[data-testid="restore-input"]').setInputFiles(workspace);
  await page.locator('[data-testid="restore-replace"]').click();
  await page.locator('[data-testid="restore-confirm"]').click();
  // Replace empties the workspace: it asks once more, naming what would be lost.
  await page.locator('.pb-replace-confirm').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="document-title"]').length === n, expected.size, { timeout: 60_000 });
  assert.deepEqual(Object.fromEntries(await libraryCounts()), Object.fromEntries(expected));

  const regions = await page.locator('[data-testid="region-name"]').allTextContents();
  for (const region of new Set(documents.map((d) => d.region).filter((r): r is string => typeof r === 'string'))) {
    assert.ok(regions.includes(region), `missing region ${region} in ${regions.join(',')}`);
  }
  await screenshot(page, 'library-batch-workspace');

  // Stored, not just shown: still there after a reload.
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="document-title"]').length === n, expected.size, { timeout: 60_000 });
  assert.deepEqual(Object.fromEntries(await libraryCounts()), Object.fromEntries(expected));
  assert.ok(readFileSync(workspace, 'utf8').startsWith('{"type":"planbench/workspace"'));
});
