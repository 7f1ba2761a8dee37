// End to end: `npm run web` on a fresh clone. The dev server starts with an empty dependency cache and Chromium with
// an empty profile opens it at once: the sample plans are compared in a drawn chart without a page reload (every
// dependency was pre-bundled up front) and the server printed no warning.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstVisit } from './dev-server';

test('the first visit against the dev server draws the sample plans compared, with no reload and no warning', async () => {
  const visit = await firstVisit();
  console.log(`dev server ready in ${Math.round(visit.serverReadyMs)} ms; first chart ${Math.round(visit.firstChartMs)} ms after the navigation (${Math.round(visit.totalMs)} ms from the server's start)`);
  assert.deepEqual(visit.reloads, [], 'Vite found dependencies during the first load (add them to PREBUNDLED in vite.config.ts)');
  assert.equal(visit.documentLoads, 1, 'the page was loaded more than once');
  assert.deepEqual(visit.warnings, []);
  assert.ok(visit.regions.length >= 2, `the first chart compares ${visit.regions.length} region(s): ${visit.regions.join(', ')}`);
});
