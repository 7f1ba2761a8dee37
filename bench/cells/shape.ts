// Compare's stored cells, schema 9's whole shape against schema 10's slim one, in Debian's Chromium (real IndexedDB):
// `node --import tsx bench/cells/shape.ts [regions=1000] [runs=15]`. Every region holds every seed plan; each read runs on
// both shapes in turn and the medians are printed with the load average. Figures only; nothing is asserted.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { openBrowser, serveDist } from '../../tests/e2e/harness';
import type * as CellsPage from './page';
import type { Times } from './page';

type PageWindow = { cellsPage: typeof CellsPage };

const ROOT = join(import.meta.dirname, '..', '..');
const regions = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const out = mkdtempSync(join(tmpdir(), 'planbench-cells-'));
await build({
  configFile: false,
  root: ROOT,
  logLevel: 'error',
  build: { outDir: out, emptyOutDir: true, minify: false, lib: { entry: join(ROOT, 'bench', 'cells', 'page.ts'), formats: ['iife'], name: 'cellsPage', fileName: () => 'page.js' } },
});
writeFileSync(join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><title>cells</title><script src="page.js"></script>\n');
const texts = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
const served = await serveDist(out);
const browser = await openBrowser();
try {
  const page = browser.page;
  await page.goto(served.url);
  const filled = await page.evaluate(([t, n]) => (window as unknown as PageWindow).cellsPage.fill(t, n), [texts, regions] as const);
  console.log(`${regions} regions × ${texts.length} plans: ${filled.cells} cells in each shape; JSON per cell ${filled.wholeBytes.toFixed(0)} B whole, ${filled.slimBytes.toFixed(0)} B slim`);
  const times: Times = await page.evaluate(([r]) => (window as unknown as PageWindow).cellsPage.time('childcare_places_per_1000', 'childcare', r), [runs] as const);
  for (const shape of ['whole', 'slim'] as const) {
    console.log(
      `${shape.padEnd(5)}: one indicator ${times.rows[shape]} cells, median ${median(times.indicatorMs[shape]).toFixed(1)} ms (first ${times.indicatorMs[shape][0]?.toFixed(1)}); ` +
        `childcare tab ${times.tabRows[shape]} cells, median ${median(times.tabMs[shape]).toFixed(1)} ms`,
    );
  }
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  await browser.close();
  await served.close();
  rmSync(out, { recursive: true, force: true });
}
