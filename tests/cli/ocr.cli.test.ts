// The extract command on scans as a user meets them: a scanned PDF and a photographed page are read by OCR by
// default, marked as such, with the targets their text has; --no-ocr refuses them with the codes it always had.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../src/core/extract/extract';
import type { TargetRecord } from '../../src/core/types';
import { minshengPages, minshengText, renderScans, writeScanPdf } from '../helpers/scan';
import { EXTRACT } from '../helpers/cli';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT = 240_000;

interface Out {
  file: string;
  encoding?: string;
  region?: string;
  targets?: TargetRecord[];
  error?: { code: string; message: string };
}

function extract(...args: string[]): { status: number | null; out: Out[]; stderr: string } {
  const r = spawnSync(process.execPath, [...EXTRACT, ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.error) throw r.error;
  let out: Out[];
  try {
    out = JSON.parse(r.stdout) as Out[];
  } catch {
    throw new Error(`extract printed no JSON (exit ${r.status}); stderr:\n${r.stderr}`);
  }
  return { status: r.status, out, stderr: r.stderr };
}

const numbers = (targets: readonly TargetRecord[] = []) => targets.map((t) => `${t.target.value} ${t.unit ?? ''} ${t.target.year ?? ''}`);

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'planbench-ocr-cli-'));
  const pages = await renderScans(minshengPages(), { width: 900, height: 700 });
  writeFileSync(join(dir, 'qingxi-minsheng-scan.pdf'), writeScanPdf(pages));
  const [photo] = await renderScans(minshengPages(1), { width: 900, height: 700, type: 'png' });
  writeFileSync(join(dir, 'qingxi-page1.png'), photo?.jpeg ?? new Uint8Array());
}, TIMEOUT);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('extract on scans', () => {
  it(
    'reads a scanned PDF and a page image by OCR, with encoding "ocr" and the targets of the same text',
    () => {
      const run = extract('--jobs', '1', dir);
      expect(run.status, run.stderr).toBe(0);
      // Files in code-point order: the PDF, then the PNG.
      const [pdf, png] = run.out;
      expect(pdf?.file).toMatch(/qingxi-minsheng-scan\.pdf$/u);
      expect(pdf).toMatchObject({ encoding: 'ocr', region: '青溪县' });
      expect(png).toMatchObject({ encoding: 'ocr' });
      expect(numbers(pdf?.targets)).toEqual(numbers(extractText(minshengText()).targets));
      expect(numbers(png?.targets)).toEqual(numbers(extractText(minshengText(1)).targets));
    },
    TIMEOUT,
  );

  it('refuses them with --no-ocr, naming each file and the reason', () => {
    const run = extract('--no-ocr', dir);
    expect(run.status).toBe(3);
    expect(run.out.map((o) => o.error?.code)).toEqual(['pdf-needs-ocr', 'image-needs-ocr']);
    expect(run.stderr).toMatch(/qingxi-minsheng-scan\.pdf: the PDF has no text layer \(a scan\) and OCR is off \(--no-ocr\)/u);
    expect(run.stderr).toMatch(/qingxi-page1\.png: an image needs OCR, which is off/u);
  });
});
