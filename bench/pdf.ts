// PDF figures for `npm run bench`: pages per second through the app's readers and extractor (prepareDocument,
// what the import worker and the CLI run), for PDFs with a text layer and for scans read by OCR.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { closeOcr } from '../src/import/ocr';
import { prepareDocument } from '../src/import/prepare';
import type { OcrPaths, PdfOptions } from '../src/import/readers';
import { writePdf, textLines } from '../tests/helpers/pdf';
import { minshengPages, renderScans, writeScanPdf } from '../tests/helpers/scan';
import type { SeedPlan } from './corpus';

export interface PdfFigures {
  text: { documents: number; pages: number; seconds: number; pagesPerSecond: number; targets: number };
  /** null when Chromium (which renders the scanned pages) is missing. */
  ocr: { pages: number; seconds: number; pagesPerSecond: number; engineStartSeconds: number; targets: number; pixels: string } | null;
}

const LINES_PER_PAGE = 40;
const CHARS_PER_LINE = 38;

/** A seed's text as a PDF with a text layer: 38 characters a line, 40 lines a page (a printed plan's density). */
function textPdf(text: string): { bytes: Uint8Array; pages: number } {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/u)) {
    for (let i = 0; i < paragraph.length; i += CHARS_PER_LINE) lines.push(paragraph.slice(i, i + CHARS_PER_LINE));
  }
  const pages = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push({ texts: textLines(lines.slice(i, i + LINES_PER_PAGE), { leading: 18, size: 12 }) });
  return { bytes: writePdf(pages), pages: pages.length };
}

export async function pdfBench(seeds: readonly SeedPlan[], options: { ocrPages: number; chromium: boolean }): Promise<PdfFigures> {
  const require = createRequire(import.meta.url);
  const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
  const pdf: PdfOptions = { cMapUrl: join(pdfjsRoot, 'cmaps') + sep, standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + sep };
  const ocrPaths: OcrPaths = { langPath: join(dirname(require.resolve('@tesseract.js-data/chi_sim/package.json')), '4.0.0_best_int') };

  // Text layer: every seed as a PDF, read twice (the first run loads pdfjs and warms the JIT), the second timed.
  const files = seeds.map((s) => ({ name: s.file.replace(/\.\w+$/u, '.pdf'), ...textPdf(s.text) }));
  for (const f of files.slice(0, 1)) await prepareDocument(f.name, f.bytes, { pdf });
  let targets = 0;
  const t0 = performance.now();
  for (const f of files) {
    const r = await prepareDocument(f.name, f.bytes, { pdf });
    if (!r.ok) throw new Error(`${f.name}: ${r.code} ${r.detail}`);
    targets += r.value.extracted.targets.length;
  }
  const textSeconds = (performance.now() - t0) / 1000;
  const textPages = files.reduce((n, f) => n + f.pages, 0);
  const text = { documents: files.length, pages: textPages, seconds: textSeconds, pagesPerSecond: textPages / textSeconds, targets };

  if (!options.chromium) return { text, ocr: null };
  // Scans: 民生实事 table pages rendered by Chromium at 900 × 1273 px (A4 at about 110 dpi), in one image-only PDF.
  const width = 900;
  const height = 1273;
  const html = minshengPages();
  const rendered = await renderScans(Array.from({ length: options.ocrPages }, (_, i) => html[i % html.length] ?? ''), { width, height });
  const scan = writeScanPdf(rendered);
  try {
    // The engine's start (WebAssembly core and trained data) is paid once per worker: timed apart on one page.
    const s0 = performance.now();
    const warm = await prepareDocument('warm.pdf', writeScanPdf(rendered.slice(0, 1)), { pdf, ocr: ocrPaths });
    if (!warm.ok) throw new Error(`OCR: ${warm.code} ${warm.detail}`);
    const warmSeconds = (performance.now() - s0) / 1000;
    const t1 = performance.now();
    const r = await prepareDocument('scan.pdf', scan, { pdf, ocr: ocrPaths });
    if (!r.ok) throw new Error(`OCR: ${r.code} ${r.detail}`);
    const seconds = (performance.now() - t1) / 1000;
    const perPage = seconds / options.ocrPages;
    return {
      text,
      ocr: {
        pages: options.ocrPages,
        seconds,
        pagesPerSecond: options.ocrPages / seconds,
        engineStartSeconds: Math.max(0, warmSeconds - perPage),
        targets: r.value.extracted.targets.length,
        pixels: `${width}×${height}`,
      },
    };
  } finally {
    await closeOcr();
  }
}
