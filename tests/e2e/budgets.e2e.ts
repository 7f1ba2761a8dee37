// End to end in Chromium: the workbench's Web Worker applies the same per-document budgets as the CLI. A DOCX that
// unpacks to 200 MB and a PDF of 20,000 pages are listed as failed with the translated reason (zh-CN and en), the
// rest of the batch imports, and the library keeps what it had.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { docxBomb, manyPagesPdf } from '../helpers/hostile';
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


test('bombs are refused with the budget named, in Chinese and English, and the batch goes on', async () => {
  const { page } = browser;
  await page.goto(`${served.url}#/library`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-title"]').length >= 5, undefined, { timeout: 90_000 });
  const before = await page.locator('[data-testid="document-title"]').count();
  await page.locator('[data-testid="file-input"]').setInputFiles([
    { name: 'bomb.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(docxBomb(200)) },
    { name: 'pages.pdf', mimeType: 'application/pdf', buffer: Buffer.from(manyPagesPdf(20_000)) },
    { name: 'fine.txt', mimeType: 'text/plain', buffer: Buffer.from('某某县“十四五”养老服务规划\n到2025年,养老机构护理型床位占比达到60%。\n') },
  ]);
  await waitForImport(page, ['bomb.docx', 'pages.pdf', 'fine.txt'], 120_000);
  const zh = await page.locator('[data-testid="import-errors"] li').allTextContents();
  assert.ok(zh.some((e) => e.startsWith('bomb.docx') && e.includes('解压后超过 100 MB')), zh.join(' / '));
  assert.ok(zh.some((e) => e.startsWith('pages.pdf') && e.includes('PDF 超过 2000 页')), zh.join(' / '));
  assert.equal(await page.locator('[data-testid="document-title"]').count(), before + 1, 'the good file of the batch was imported');
  await screenshot(page, 'library-budgets-zh-CN');

  await page.locator('[data-testid="language"]').click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByText('Import files').waitFor();
  const en = await page.locator('[data-testid="import-errors"] li').allTextContents();
  assert.ok(en.some((e) => e.startsWith('bomb.docx') && e.includes('unpacks to more than 100 MB')), en.join(' / '));
  assert.ok(en.some((e) => e.startsWith('pages.pdf') && e.includes('more than 2000 pages')), en.join(' / '));
  await screenshot(page, 'library-budgets-en');
});
