// The README's screenshot: Compare on the sample plans at 1440×900, from the web build in Debian's Chromium.
//   npm run build && node --import tsx tests/e2e/readme-screenshot.ts [zh-CN|en] [out.png]
import { join } from 'node:path';
import { openBrowser, ROOT, serveDist, settled } from './harness';

const locale = process.argv[2] === 'zh-CN' ? 'zh-CN' : 'en';
const out = process.argv[3] ?? join(ROOT, 'docs', 'compare.png');

const served = await serveDist();
const browser = await openBrowser();
try {
  const { page } = browser;
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.addInitScript((l) => localStorage.setItem('planbench.locale', l), locale);
  await page.goto(served.url);
  // The first launch imports the samples: wait until the first chart compares the three regions and has drawn.
  await page.waitForFunction(() => document.querySelectorAll('figure[data-testid^="chart-"]:first-of-type tbody tr[data-region]').length >= 3, null, { timeout: 120_000 });
  await page.waitForSelector('[data-testid="chart-canvas"][data-drawn="true"]', { timeout: 60_000 });
  await settled(page);
  await page.screenshot({ path: out });
  console.log(`written: ${out}`);
} finally {
  await browser.close();
  await served.close();
}
