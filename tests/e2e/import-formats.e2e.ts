// End to end in Chromium: a Word plan (two-row header, footnotes, a simple field, tracked changes), a gov.cn page saved
// in GB2312 and a Markdown plan import through the real worker and give the records the Node readers give.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { prepareDocument } from '../../src/import/prepare';
import { encodeGbk } from '../helpers/gbk';
import { GOV_PAGE, MARKDOWN_PLAN, wordPlanDocx } from '../helpers/real-formats';
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

/** The target count the Library shows for a file, once it is counted. */
async function countOf(page: Page, fileName: string): Promise<number> {
  const cell = page.locator('tr', { hasText: fileName }).locator('[data-testid="target-count"]');
  await page.waitForFunction((name) => [...document.querySelectorAll('tr')].some((tr) => tr.textContent?.includes(name) && /\d/.test(tr.querySelector('[data-testid="target-count"]')?.textContent ?? '')), fileName);
  return Number(await cell.textContent());
}

test('a Word plan, a saved gov.cn page and a Markdown plan import with the records the readers give', async () => {
  const { page } = browser;
  await page.goto(`${served.url}#/library`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-title"]').length >= 5, undefined, { timeout: 60_000 });
  const files = [
    { name: '某市规划.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(await wordPlanDocx()) },
    { name: '某市规划.html', mimeType: 'text/html', buffer: Buffer.from(encodeGbk(GOV_PAGE)) },
    { name: '某县规划.md', mimeType: 'text/markdown', buffer: Buffer.from(new TextEncoder().encode(MARKDOWN_PLAN)) },
  ];
  await page.locator('[data-testid="file-input"]').setInputFiles(files);
  await waitForImport(page, files.map((f) => f.name));
  for (const file of files) {
    const expected = await prepareDocument(file.name, new Uint8Array(file.buffer));
    assert.ok(expected.ok, file.name);
    assert.equal(await countOf(page, file.name), expected.value.extracted.targets.length, file.name);
  }
  // The counts a researcher checks by hand: the page's two prose and three table targets, the Markdown's six.
  assert.equal(await countOf(page, '某市规划.html'), 5);
  assert.equal(await countOf(page, '某县规划.md'), 6);
  assert.ok((await countOf(page, '某市规划.docx')) >= 55);
  await screenshot(page, 'library-formats-zh-CN');
});
