// Probe plans in the shapes real government files take (tests/helpers/format-probes.ts), read as PDF (made by
// LibreOffice, tests/fixtures/pdf/make-probe-pdfs.ts), DOCX and a saved HTML page: each must give the targets its TXT
// gives — the same indicator, value, comparator, year, baseline and kind, row for row.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/core/extract/extract';
import type { TargetRecord } from '../src/core/types';
import { readPlanFile } from '../src/import/readers/index';
import { encodeGbk } from './helpers/gbk';
import { DOCX_PROBES, GB18030_PAGE, GB18030_TXT, type Probe } from './helpers/format-probes';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const pdf = { cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep, standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep };

async function read(name: string, bytes: Uint8Array): Promise<string> {
  const result = await readPlanFile(name, bytes, { pdf });
  if (!result.ok) throw new Error(`${name}: ${result.code} ${result.detail}`);
  return result.text;
}

/** What a researcher compares of a record, in the order of the text. */
function targets(text: string) {
  return extractText(text).targets.map((t: TargetRecord) => ({
    name: t.name,
    indicator: t.indicator,
    value: t.target.value,
    op: t.target.op,
    year: t.target.year,
    baseline: t.baseline ? [t.baseline.value, t.baseline.year] : null,
    kind: t.kind,
    source: t.source,
  }));
}

function expectSameAsTxt(probe: Probe, text: string): void {
  const fromTxt = targets(probe.txt);
  expect(fromTxt.filter((t) => t.source === 'table').length).toBeGreaterThan(3);
  expect(targets(text)).toEqual(fromTxt);
}

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, `fixtures/pdf/probe-${name}.libreoffice.pdf`)));

describe.each(DOCX_PROBES.map((p) => [p.name, p] as const))('probe %s', (_name, probe) => {
  it('as a PDF LibreOffice exported, gives the TXT\'s targets', async () => {
    expectSameAsTxt(probe, await read(`${probe.name}.pdf`, fixture(probe.name)));
  });
  it('as DOCX, gives the TXT\'s targets', async () => {
    expectSameAsTxt(probe, await read(`${probe.name}.docx`, await probe.docx()));
  });
});

describe('a GB18030 page saved from a provincial site (layout tables, <p> and &nbsp; in cells)', () => {
  it('gives the TXT\'s targets', async () => {
    const text = await read('plan.html', encodeGbk(GB18030_PAGE));
    expect(targets(text)).toEqual(targets(GB18030_TXT));
  });
});
