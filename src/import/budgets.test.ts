// The per-document budgets at the readers' entry points, on the hostile files of issue 19 built here.
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxBomb, manyPagesPdf, pdfStreamBomb } from '../../tests/helpers/hostile';
import { budgetsWith, DEFAULT_BUDGETS } from './budgets';
import { prepareDocument } from './prepare';
import { readPlanFile } from './readers';
import { zipTotals } from './readers/zip-budget';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const pdf = { cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep, standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep };

describe('budgets per document', () => {
  it('refuses a DOCX of a few hundred KB that unpacks to 200 MB before inflating it', { timeout: 60_000 }, async () => {
    const bomb = docxBomb(200);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(zipTotals(bomb)?.uncompressed).toBeGreaterThan(200 * 1024 * 1024);
    const heapBefore = process.memoryUsage().rss;
    const result = await readPlanFile('bomb.docx', bomb);
    expect(result).toMatchObject({ ok: false, code: 'too-large-unpacked' });
    expect(result.ok ? '' : result.detail).toMatch(/unpacking to 200 MB, more than the 100 MB allowed/u);
    // Nothing was inflated: the process did not grow by the 200 MB the package holds.
    expect(process.memoryUsage().rss - heapBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it('reads the same DOCX when the budget is raised above what it unpacks to', async () => {
    const result = await readPlanFile('bomb.docx', docxBomb(2), { budgets: budgetsWith({ maxUnpackedBytes: 3 * 1024 * 1024 }) });
    expect(result.ok && result.text).toContain('普惠托位达到100个');
  });

  it('refuses a PDF of 20,000 tiny pages at once, by its page count', { timeout: 60_000 }, async () => {
    const started = Date.now();
    const result = await readPlanFile('pages.pdf', manyPagesPdf(20_000), { pdf });
    expect(result).toMatchObject({ ok: false, code: 'too-many-pages' });
    expect(result.ok ? '' : result.detail).toMatch(/^20000 pages, more than the 2000 allowed/u);
    // It used to take over 3 minutes; a generous guard, not a speed test.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('stops reading a PDF whose one stream inflates to 100 MB of text once past the text budget', { timeout: 180_000 }, async () => {
    const bomb = pdfStreamBomb(100);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    // A small budget keeps the test short on a busy machine; the default (20 million) stops the same way, later.
    const result = await readPlanFile('stream.pdf', bomb, { pdf, budgets: budgetsWith({ maxTextChars: 100_000 }) });
    expect(result).toMatchObject({ ok: false, code: 'too-long' });
    expect(result.ok ? '' : result.detail).toMatch(/more than the 100000 characters of text allowed \(by page 1\)/u);
  });

  it('refuses text longer than the budget and more targets than the budget, whatever the format', async () => {
    const plan = new TextEncoder().encode('到2025年,普惠托位达到100个。\n到2025年,养老床位达到200张。\n');
    expect(await readPlanFile('plan.txt', plan, { budgets: budgetsWith({ maxTextChars: 10 }) })).toMatchObject({ ok: false, code: 'too-long' });
    expect(await prepareDocument('plan.txt', plan, { budgets: budgetsWith({ maxTargets: 1 }) })).toMatchObject({ ok: false, code: 'too-many-targets' });
    const fine = await prepareDocument('plan.txt', plan, { budgets: DEFAULT_BUDGETS });
    expect(fine.ok && fine.value.extracted.targets.length).toBe(2);
  });
});
