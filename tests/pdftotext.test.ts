// Real converted text: what poppler's pdftotext makes of the committed LibreOffice PDFs, without and with -layout
// (tests/fixtures/pdftotext, written by make-pdftotext.ts). Without -layout a table comes out a column at a time,
// its cells in the PDF's drawing order; with it, as columns of spaces. Neither is read as a table yet, but nothing
// read from them may be a number the plan does not give.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/core/extract/extract';
import type { TargetRecord } from '../src/core/types';
import { readPlanFile } from '../src/import/readers/index';
import { DOCX_PROBES } from './helpers/format-probes';
import { planTxt } from './helpers/indicator-plan';
import { layoutPlanDocx } from './helpers/real-formats';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/pdftotext', name), 'utf8');

/** A target as a number a researcher would compare: its value, comparator, year and baseline. */
const numbers = (text: string) =>
  extractText(text).targets.map((t: TargetRecord) => JSON.stringify([t.target.value, t.target.op, t.target.year, t.baseline ? [t.baseline.value, t.baseline.year] : null]));

async function sources(): Promise<Array<[string, string]>> {
  const docx = await readPlanFile('layout-plan.docx', await layoutPlanDocx());
  if (!docx.ok) throw new Error(docx.code);
  return [['indicator-table', planTxt()], ['layout-plan', docx.text], ...DOCX_PROBES.map((p) => [`probe-${p.name}`, p.txt] as [string, string])];
}

describe('pdftotext output of LibreOffice PDFs', () => {
  it('gives no number the plan does not give, with or without -layout', async () => {
    for (const [name, source] of await sources()) {
      const given = new Set(numbers(source));
      for (const mode of ['raw', 'layout']) {
        const made = numbers(fixture(`${name}.${mode}.txt`)).filter((n) => !given.has(n));
        expect(made, `${name}.${mode}.txt`).toEqual([]);
      }
    }
  });

  it('reads the prose of a hard-wrapped plan: the target sentence wrapped after 婴 is whole', () => {
    const text = fixture('indicator-table.raw.txt');
    expect(text).toContain('每千人口拥有 3 岁以下婴\n幼儿托位数达到 4.5 个。');
    const target = extractText(text).targets.find((t) => t.source === 'prose');
    expect(target).toMatchObject({ indicator: 'childcare_places_per_1000', target: { value: 4.5, year: 2025 } });
  });

  it('reads every prose target of a plan whose two-column pages wrap narrower than its full-width ones (without -layout)', async () => {
    const docx = await readPlanFile('layout-plan.docx', await layoutPlanDocx());
    if (!docx.ok) throw new Error(docx.code);
    const prose = (text: string) => extractText(text).targets.filter((t) => t.source === 'prose').map((t) => [t.target.value, t.target.op, t.target.year]);
    const text = fixture('layout-plan.raw.txt');
    expect(text).toContain('综合服务站 20\n个');
    expect(prose(text)).toEqual(prose(docx.text));
    expect(prose(text)).toHaveLength(9);
  });
});
