// OCR of scans: a 民生实事 table rendered by Chromium, wrapped in an image-only PDF (and saved as PNG and TIFF),
// read back through the app's readers with tesseract.js and the bundled simplified-Chinese data.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minshengPages, minshengText, renderScans, type ScanImage, writeScanPdf } from '../../tests/helpers/scan';
import { extractText } from '../core/extract/extract';
import type { TargetRecord } from '../core/types';
import { decodePng, eraseRules, imageType, jpegInfo, toGrey, toPgm } from './ocr-image';
import { closeOcr, ocrText } from './ocr';
import { prepareDocument } from './prepare';
import { readPlanFile } from './readers';

const LANG = join(dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/chi_sim/package.json')), '4.0.0_best_int');
const OCR_TIMEOUT = 180_000;

/** What a researcher checks of a target: the number, its unit and year, and where in the table it sat. */
function numbers(targets: readonly TargetRecord[]): string[] {
  return targets.map((t) => `${t.target.value} ${t.unit ?? ''} ${t.target.year ?? ''} ${t.kind}`);
}

describe('page images for OCR', () => {
  it('turns RGB, RGBA and 1-bit pixels into grey', () => {
    expect(toGrey({ width: 2, height: 1, kind: 2, data: Uint8Array.from([255, 255, 255, 0, 0, 0]) })?.pixels).toEqual(Uint8Array.from([255, 0]));
    expect(toGrey({ width: 1, height: 1, kind: 3, data: Uint8Array.from([255, 0, 0, 255]) })?.pixels).toEqual(Uint8Array.from([76]));
    // 1 bit per pixel, rows padded to a byte: 1 is white.
    expect(toGrey({ width: 3, height: 2, kind: 1, data: Uint8Array.from([0b10100000, 0b01000000]) })?.pixels).toEqual(Uint8Array.from([255, 0, 255, 0, 255, 0]));
    expect(toGrey({ width: 4, height: 4, kind: 2, data: new Uint8Array(3) })).toBeNull();
  });

  it("erases a table's rules and keeps the strokes of characters", () => {
    const width = 400;
    const height = 300;
    const pixels = new Uint8Array(width * height).fill(255);
    for (let x = 10; x < 390; x++) pixels[50 * width + x] = 0; // a cell border across the page
    for (let y = 20; y < 280; y++) pixels[y * width + 200] = 0; // a column border down it
    for (let x = 100; x < 120; x++) pixels[150 * width + x] = 0; // the stroke of 一
    for (let y = 140; y < 165; y++) pixels[y * width + 300] = 0; // the stroke of 丨
    const out = eraseRules({ width, height, pixels }).pixels;
    expect(out[50 * width + 100]).toBe(255);
    expect(out[100 * width + 200]).toBe(255);
    expect(out[150 * width + 110]).toBe(0);
    expect(out[150 * width + 300]).toBe(0);
  });

  it('writes PGM and knows PNG, JPEG and TIFF by their first bytes', () => {
    const pgm = toPgm({ width: 2, height: 1, pixels: Uint8Array.from([0, 255]) });
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n2 1\n255\n');
    expect([...pgm.subarray(11)]).toEqual([0, 255]);
    expect(imageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10]))).toBe('png');
    expect(imageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(imageType(Uint8Array.from([0x49, 0x49, 0x2a, 0]))).toBe('tiff');
    expect(imageType(Uint8Array.from([0x4d, 0x4d, 0, 0x2a]))).toBe('tiff');
    expect(imageType(new TextEncoder().encode('到2025年'))).toBeNull();
  });

  it('lays recognised words out as the text layer would: Chinese without spaces, table cells apart', () => {
    const word = (text: string, x0: number, x1: number) => ({ text, bbox: { x0, y0: 100, x1, y1: 122 } });
    const line = { bbox: { x0: 40, y0: 100, x1: 700, y1: 122 }, words: [word('1', 52, 64), word('普惠', 176, 220), word('托育', 221, 265), word('服务', 266, 310), word('新', 456, 478), word('增', 479, 500), word('1200', 502, 545), word('个', 546, 568)] };
    expect(ocrText([{ paragraphs: [{ lines: [line] }] }])).toBe('| 1 | 普惠托育服务 | 新增1200个 |');
  });
});

describe('OCR of scans', () => {
  let pages: ScanImage[];
  let png: Uint8Array;
  let tiff: Uint8Array;
  let tmp: string;

  beforeAll(async () => {
    pages = await renderScans(minshengPages(), { width: 900, height: 700 });
    [{ jpeg: png }] = (await renderScans(minshengPages(1), { width: 900, height: 700, type: 'png' })) as [ScanImage];
    // A TIFF as a scanner's software writes it: poppler renders a scanned page (a table printed without rules).
    tmp = mkdtempSync(join(tmpdir(), 'planbench-ocr-'));
    writeFileSync(join(tmp, 'scan.pdf'), writeScanPdf(await renderScans(minshengPages(1, false), { width: 900, height: 700 })));
    execFileSync('pdftoppm', ['-tiff', '-r', '110', '-singlefile', join(tmp, 'scan.pdf'), join(tmp, 'scan')]);
    tiff = new Uint8Array(readFileSync(join(tmp, 'scan.tif')));
  }, OCR_TIMEOUT);

  it('decodes a PNG to its pixels and reads a JPEG frame header', async () => {
    const image = await decodePng(png);
    expect(image).toMatchObject({ width: 900, height: 700, kind: 3 });
    const grey = image && toGrey(image);
    const at = (x: number, y: number) => grey?.pixels[y * 900 + x];
    // Paper in the corner, the table's left rule (40 px margin) in ink.
    expect(at(5, 5)).toBeGreaterThan(240);
    expect([at(40, 300), at(41, 300)].some((v) => (v ?? 255) < 128)).toBe(true);
    expect(jpegInfo(pages[0]?.jpeg ?? new Uint8Array())).toEqual({ width: 900, height: 700, components: 3 });
  });

  afterAll(async () => {
    await closeOcr();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it(
    'reads a scanned two-page 民生实事 table with the targets of its text, marked as OCR, page by page',
    async () => {
      const progress: Array<[number, number]> = [];
      let activity = 0;
      const bytes = writeScanPdf(pages);
      const prepared = await prepareDocument('qingxi-2025-minsheng.pdf', bytes, {
        ocr: { langPath: LANG, onPage: (done, total) => progress.push([done, total]), onActivity: () => activity++ },
      });
      if (!prepared.ok) throw new Error(`${prepared.code}: ${prepared.detail}`);
      const { extracted, encoding, format } = prepared.value;
      expect({ encoding, format }).toEqual({ encoding: 'ocr', format: 'pdf' });
      expect(progress).toEqual([
        [0, 2],
        [1, 2],
        [2, 2],
      ]);
      // The engine said it was working while it loaded and recognised (what keeps a slow machine's watchdog quiet).
      expect(activity).toBeGreaterThan(0);
      const reference = extractText(minshengText()).targets;
      expect(reference).toHaveLength(5);
      expect(numbers(extracted.targets)).toEqual(numbers(reference));
      expect(extracted.metadata).toMatchObject({ region: '青溪县', kind: 'annual_programme' });
      // Every number points at the words it was read from.
      for (const t of extracted.targets) expect(extracted.text.slice(t.start, t.end)).toContain(String(t.target.value));
    },
    OCR_TIMEOUT,
  );

  it('refuses the scan as before when OCR is off', async () => {
    expect(await readPlanFile('scan.pdf', writeScanPdf(pages))).toMatchObject({ ok: false, code: 'pdf-needs-ocr' });
  });

  it(
    'reads PNG, JPEG and TIFF images of the page',
    async () => {
      const reference = numbers(extractText(minshengText(1)).targets);
      expect(reference).toHaveLength(3);
      for (const [name, bytes] of [
        ['page.png', png],
        ['page.jpg', pages[0]?.jpeg ?? new Uint8Array()],
        ['page.tif', tiff],
      ] as const) {
        const read = await prepareDocument(name, bytes, { ocr: { langPath: LANG } });
        if (!read.ok) throw new Error(`${name}: ${read.code}: ${read.detail}`);
        expect(read.value.encoding, name).toBe('ocr');
        expect(read.value.format, name).toBe('image');
        expect(numbers(read.value.extracted.targets), name).toEqual(reference);
      }
    },
    OCR_TIMEOUT,
  );

  it('refuses images without OCR, and files that are no image', async () => {
    expect(await readPlanFile('page.png', png)).toMatchObject({ ok: false, code: 'image-needs-ocr' });
    expect(await readPlanFile('page.jpg', new TextEncoder().encode('not a picture'), { ocr: { langPath: LANG } })).toMatchObject({ ok: false, code: 'corrupt-image' });
    // A PNG cut short after its signature is a damaged image, not a fault in PlanBench (the session-15 sweep saw 抽取时出错).
    expect(await readPlanFile('picture.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), { ocr: { langPath: LANG } })).toMatchObject({ ok: false, code: 'corrupt-image' });
    expect(await readPlanFile('picture.png', png.subarray(0, 20), { ocr: { langPath: LANG } })).toMatchObject({ ok: false, code: 'corrupt-image' });
  });
});
