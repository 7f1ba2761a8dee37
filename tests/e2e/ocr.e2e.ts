// End to end in Chromium with real IndexedDB: a scanned 民生实事 table (an image-only PDF made by the test) is
// recognised in the import worker with the bundled OCR files, page by page, nothing fetched from elsewhere; its
// targets land in Review marked "OCR" and "check the number" until confirmed; a scan being read can be cancelled.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { minshengPages, renderScans, writeScanPdf } from '../helpers/scan';
import { type Browser, openBrowser, screenshot, serveDist, type Served } from './harness';

let served: Served;
let browser: Browser;
/** Every request the app made to another origin than the served build. */
const foreign: string[] = [];

before(async () => {
  served = await serveDist();
  browser = await openBrowser();
  browser.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(served.url) && !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith('about:')) foreign.push(url);
  });
});

after(async () => {
  await browser?.close();
  await served?.close();
});

async function stageOf(page: Page, name: string): Promise<string | null> {
  return page.evaluate((file) => {
    const item = [...document.querySelectorAll('[data-testid="progress"] li')].find((li) => li.textContent?.includes(file));
    return item?.getAttribute('data-stage') ?? null;
  }, name);
}

async function documentCount(page: Page): Promise<number> {
  return page.locator('[data-testid="document-title"]').count();
}

test('a scanned 民生实事 table is recognised page by page, and its targets wait in Review marked "from OCR"', async () => {
  const { page, context } = browser;
  await page.goto(`${served.url}#/library`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-title"]').length >= 5, undefined, { timeout: 90_000 });
  const before = await documentCount(page);
  const pages = await renderScans(minshengPages(), { width: 900, height: 700, context });
  await page.bringToFront();
  await page.locator('[data-testid="file-input"]').setInputFiles([{ name: 'qingxi-minsheng-scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(writeScanPdf(pages)) }]);

  // Per-page progress: "page 1 of 2 done" shows while the second page is being recognised. A slow machine may take
  // minutes over the first page (the engine loads first); a file that failed instead says why, here, at once.
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="progress"] li')?.getAttribute('data-stage') === 'failed' ||
      [...document.querySelectorAll('[data-testid="ocr-pages"]')].some((e) => e.textContent?.includes('1/2')),
    undefined,
    { timeout: 300_000 },
  );
  const failed = await page.evaluate(() =>
    document.querySelector('[data-testid="progress"] li[data-stage="failed"]') ? (document.querySelector('[data-testid="progress"]')?.parentElement?.textContent ?? '?') : null,
  );
  assert.equal(failed, null, `the scan failed: ${failed}`);
  await screenshot(page, 'ocr-progress-zh-CN');
  await page.waitForFunction(() => ['done', 'failed'].includes(document.querySelector('[data-testid="progress"] li')?.getAttribute('data-stage') ?? ''), undefined, { timeout: 300_000 });
  assert.equal(await stageOf(page, 'qingxi-minsheng-scan.pdf'), 'done');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="document-title"]').length === n + 1, before);

  await page.locator('[data-testid="document-title"]', { hasText: '青溪县2025年十件民生实事项目安排' }).click();
  await page.locator('[data-testid="document"]').waitFor();
  await page.locator('.pb-doc-tabs .el-tabs__item').nth(1).click();
  const rows = page.locator('[data-testid="target-row"]');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 5);
  const values = await page.locator('[data-testid="target-value"]').allTextContents();
  for (const v of ['1200', '45', '5200', '900', '32']) assert.ok(values.some((x) => x.includes(v)), `${v} missing in ${values.join(' / ')}`);
  // Every row says where its number came from, and asks for a check.
  const origins = await page.locator('[data-testid="target-provenance"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-origin')));
  assert.deepEqual(origins, ['ocr', 'ocr', 'ocr', 'ocr', 'ocr']);
  assert.equal(await page.locator('[data-testid="ocr-check"]').count(), 5);
  assert.match((await page.locator('[data-testid="target-provenance"]').first().textContent()) ?? '', /OCR 识别.*来自 OCR，请核对数字/u);

  // Confirming a number takes its flag away; the others keep theirs.
  await rows.first().locator('[data-testid="row-confirm"]').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="ocr-check"]').length === 4);
  assert.equal(await rows.first().locator('[data-testid="ocr-check"]').count(), 0);
  await screenshot(page, 'ocr-review-zh-CN');

  await page.locator('[data-testid="language"]').click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByText('From OCR — check the number').first().waitFor();
  assert.match((await page.locator('[data-testid="target-provenance"]').nth(1).textContent()) ?? '', /OCR.*From OCR — check the number/u);
  await screenshot(page, 'ocr-review-en');
  await page.locator('[data-testid="language"]').click();
  await page.getByRole('option', { name: '中文' }).click();

  // The OCR files came from the app itself.
  assert.deepEqual(foreign, []);
});

test('cancelling while a scan is recognised stops it and stores nothing of it', async () => {
  const { page, context } = browser;
  await page.goto(`${served.url}#/library`);
  await page.locator('[data-testid="document-title"]').first().waitFor();
  const before = await documentCount(page);
  // Other page images than the first test's, so the file is new to the library.
  const pages = await renderScans(minshengPages(), { width: 880, height: 690, context });
  await page.bringToFront();
  await page.locator('[data-testid="file-input"]').setInputFiles([{ name: 'scan-to-cancel.pdf', mimeType: 'application/pdf', buffer: Buffer.from(writeScanPdf([...pages, ...pages])) }]);
  await page.locator('[data-testid="ocr-pages"]', { hasText: '/4' }).waitFor({ timeout: 120_000 });
  await page.locator('[data-testid="cancel-import"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="progress"] li')?.getAttribute('data-stage') === 'cancelled', undefined, { timeout: 30_000 });
  assert.equal(await documentCount(page), before);
  await page.reload();
  await page.locator('[data-testid="document-title"]').first().waitFor();
  assert.equal(await documentCount(page), before);
  assert.deepEqual(foreign, []);
});
