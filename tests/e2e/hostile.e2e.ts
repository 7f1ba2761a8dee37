// End to end in Chromium, against the real IndexedDB: inputs that used to fake a number or break the import in the
// workbench (issue 19). An invisible character inside a number (5&#8203;5% read as 5), a 5,000-digit value (stored
// as Infinity, which blanked a chart axis) and a plan on one line with 90,000 targets (a stack overflow from
// spreading them into push) are imported through the Library's file input; the stored rows are read back.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, openBrowser, screenshot, serveDist, type Served, waitForImport } from './harness';

let served: Served;
let browser: Browser;

before(async () => {
  served = await serveDist();
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await served?.close();
});


interface StoredTarget {
  name: string;
  value: unknown;
  text: string | null;
  flags: string[];
}

/**
 * The stored targets of the document imported from `fileName`, straight from IndexedDB: its target rows and, for a
 * plan stored in slices (2 MB and more, as the one-line plan is), its packed targets (schema 9), which no row overrides
 * here since nothing is edited.
 */
async function storedTargets(page: Page, fileName: string): Promise<StoredTarget[]> {
  return page.evaluate(
    (file) =>
      new Promise<StoredTarget[]>((resolve, reject) => {
        type Row = { id: string; extracted: { name: string; target: { value: unknown; text?: string | null }; flags?: string[] } };
        const open = indexedDB.open('planbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['documents', 'targets', 'targetPacks'], 'readonly');
          const docs = tx.objectStore('documents').getAll();
          docs.onsuccess = () => {
            const doc = (docs.result as { id: string; fileName: string }[]).find((d) => d.fileName === file);
            if (!doc) return resolve([]);
            const rows = tx.objectStore('targets').index('documentId').getAll(doc.id);
            const packs = tx.objectStore('targetPacks').index('documentId').getAll(doc.id);
            tx.oncomplete = () => {
              const own = rows.result as Row[];
              const ids = new Set(own.map((r) => r.id));
              const packed = (packs.result as { targets: Row[] }[]).flatMap((p) => p.targets).filter((t) => !ids.has(t.id));
              resolve(
                [...own, ...packed].map((r) => ({
                  name: r.extracted.name,
                  value: r.extracted.target.value,
                  text: r.extracted.target.text ?? null,
                  flags: r.extracted.flags ?? [],
                })),
              );
              db.close();
            };
          };
        };
      }),
    fileName,
  );
}

test('invisible characters, absurd numbers and a 3 MB single line import as a person reads them', async () => {
  const { page } = browser;
  await page.goto(`${served.url}#/library`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-title"]').length >= 5, undefined, { timeout: 90_000 });

  // A zero-width space and a soft hyphen inside the numbers, a right-to-left override in the title.
  const invisible = `<html><head><meta charset="utf-8"></head><body><h1>青溪县\u202e“十四五”托育服务规划</h1>
<p>到2025年,普惠性托位占比达到5&#8203;5%,养老机构护理型床位占比达到9&shy;5%。</p></body></html>`;
  const digits = `青溪县2025年民生实事\n到2025年,新增普惠托位${'9'.repeat(5_000)}个。\n`;
  // One sentence of 90,000 quotas joined by commas: past the call stack's limit for push(...drafts), under the
  // 100,000-target budget.
  const oneLine = '新增普惠托位132个,推进社区嵌入式服务设施建设,'.repeat(90_000);
  await page.locator('[data-testid="file-input"]').setInputFiles([
    { name: 'invisible.html', mimeType: 'text/html', buffer: Buffer.from(invisible) },
    { name: 'digits.txt', mimeType: 'text/plain', buffer: Buffer.from(digits) },
    { name: 'one-line.txt', mimeType: 'text/plain', buffer: Buffer.from(oneLine) },
  ]);
  await waitForImport(page, ['invisible.html', 'digits.txt', 'one-line.txt'], 240_000);
  const errors = await page.locator('[data-testid="import-errors"] li').allTextContents();
  assert.deepEqual(errors, [], 'every file imports');

  const shares = await storedTargets(page, 'invisible.html');
  const byName = (part: string) => shares.find((t) => t.name.includes(part));
  assert.equal(byName('普惠性托位占比')?.value, 55, JSON.stringify(shares));
  assert.equal(byName('护理型床位占比')?.value, 95, JSON.stringify(shares));
  for (const t of shares) assert.doesNotMatch(t.name, /[\u200b\u00ad\u202e]/u);
  const title = await page.locator('[data-testid="document-title"]', { hasText: '托育服务规划' }).first().textContent();
  assert.doesNotMatch(title ?? '', /\u202e/u, 'no bidi override in the title');

  const absurd = await storedTargets(page, 'digits.txt');
  assert.equal(absurd.length, 1, JSON.stringify(absurd.map((t) => t.name)));
  assert.equal(absurd[0]?.value, null, 'a 5,000-digit value is not stored as a number');
  assert.deepEqual(absurd[0]?.flags, ['implausible-number']);
  assert.match(absurd[0]?.text ?? '', /9{100}/u, 'the quote keeps the digits for review');

  const many = await storedTargets(page, 'one-line.txt');
  assert.equal(many.length, 90_000);
  assert.ok(many.every((t) => t.value === 132));
  await screenshot(page, 'library-hostile-zh-CN');
});
