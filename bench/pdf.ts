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
  /**
   * A 200-page ruled indicator table read with its ruling lines and from its words alone, in turn (median CPU seconds
   * of `rounds` each): what reading the rules costs.
   */
  ruled: { pages: number; rounds: number; rulesCpuSeconds: number; wordsCpuSeconds: number; pagesPerSecond: number; targets: number };
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

const RULED_PAGES = 200;
const RULED_ROWS = 20;

/** Pages of a ruled indicator table: every cell its own piece, every row border a stroked line, a name wrapping in every third row. */
export function ruledTablePdf(pages: number): Uint8Array {
  const x = [45, 100, 310, 355, 425, 495];
  const out = [];
  for (let p = 0; p < pages; p++) {
    const texts = ['序号', '指标', '单位', '2025年', '2030年', '属性'].map((h, i) => ({ x: x[i] ?? 0, y: 780, text: h, size: 10 }));
    const rules = [792, 772];
    let y = 760;
    for (let r = 0; r < RULED_ROWS; r++) {
      const n = p * RULED_ROWS + r + 1;
      const cells = [String(n), '', '%', String(50 + (n % 40)), String(60 + (n % 40)), n % 2 ? '约束性' : '预期性'];
      cells.forEach((c, i) => c !== '' && texts.push({ x: x[i] ?? 0, y, text: c, size: 10 }));
      texts.push({ x: x[1] ?? 0, y, text: `第${n}类社区服务设施覆盖率`, size: 10 });
      if (r % 3 === 0) {
        y -= 13;
        texts.push({ x: x[1] ?? 0, y, text: '及达标率', size: 10 });
      }
      rules.push(y - 6);
      y -= 20;
    }
    const graphics = [...rules.map((ry) => `40 ${ry} m 545 ${ry} l S`), ...x.map((vx) => `${vx - 5} 792 m ${vx - 5} ${rules[rules.length - 1] ?? 0} l S`)].join('\n');
    out.push({ texts, graphics });
  }
  return writePdf(out);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
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

  // Ruled table: with and without its ruling lines in turn, so the machine's load falls on both alike.
  const ruledBytes = ruledTablePdf(RULED_PAGES);
  const cpu: Record<'rules' | 'words', number[]> = { rules: [], words: [] };
  let ruledTargets = 0;
  const rounds = 3;
  for (let round = 0; round < rounds; round++) {
    for (const mode of round % 2 === 0 ? (['rules', 'words'] as const) : (['words', 'rules'] as const)) {
      const c0 = process.cpuUsage();
      const r = await prepareDocument('ruled.pdf', ruledBytes, { pdf: { ...pdf, rules: mode === 'rules' } });
      const used = process.cpuUsage(c0);
      if (!r.ok) throw new Error(`ruled.pdf: ${r.code} ${r.detail}`);
      if (mode === 'rules') ruledTargets = r.value.extracted.targets.length;
      cpu[mode].push((used.user + used.system) / 1e6);
    }
  }
  const rulesCpuSeconds = median(cpu.rules);
  const ruled = { pages: RULED_PAGES, rounds, rulesCpuSeconds, wordsCpuSeconds: median(cpu.words), pagesPerSecond: RULED_PAGES / rulesCpuSeconds, targets: ruledTargets };

  if (!options.chromium) return { text, ruled, ocr: null };
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
      ruled,
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
