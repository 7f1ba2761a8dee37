// OCR of scans, offline: a PDF page without a text layer, or an image file, recognised by tesseract.js with the
// simplified-Chinese trained data shipped with the app. Runs in the calling thread's worker (the app's import Web
// Worker, a CLI worker thread); tesseract.js itself runs one more worker below it, started once and reused.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import { decodePng, eraseRules, imageType, jpegPdf, pngHeaderOk, type RawImage, toGrey, toPgm } from './ocr-image';
import { pageText, type Piece } from './readers/pdf-layout';
import { failure, type OcrOptions, type OcrPaths, type ReadResult } from './readers/types';

/** Fewer readable characters than this on a whole file after OCR: nothing legible was on it. */
const MIN_OCR_CHARS = 4;
const UNREADABLE = /[\s\ue000-\uf8ff\ufffd]/gu;
/** tesseract.js's page segmentation modes used here (its PSM constants). */
const PSM_AUTO = '3';
const PSM_SINGLE_BLOCK = '6';

interface OcrWord {
  text: string;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}
interface OcrLine {
  words: OcrWord[];
  bbox: { x0: number; y0: number; x1: number; y1: number };
}
interface OcrBlock {
  paragraphs: { lines: OcrLine[] }[];
}

interface TessWorker {
  setParameters(params: Record<string, string>): Promise<unknown>;
  recognize(image: Uint8Array, options: object, output: object): Promise<{ data: { blocks: OcrBlock[] | null } }>;
  terminate(): Promise<unknown>;
}
interface Tesseract {
  createWorker(langs: string, oem: number, options: object): Promise<TessWorker>;
}

let engine: { key: string; worker: Promise<TessWorker> } | null = null;

/** Told when the engine reports progress (loading, recognising) for the file being read now. */
let activity: (() => void) | undefined;
let lastActivity = 0;
const ACTIVITY_EVERY_MS = 1000;

function reportActivity(): void {
  const now = Date.now();
  if (!activity || now - lastActivity < ACTIVITY_EVERY_MS) return;
  lastActivity = now;
  activity();
}

/** Runs `read` with `ocr.onActivity` as the listener of the engine's progress. */
async function withActivity<T>(ocr: OcrOptions, read: () => Promise<T>): Promise<T> {
  activity = ocr.onActivity;
  lastActivity = 0;
  try {
    return await read();
  } finally {
    activity = undefined;
  }
}

/** The engine for these paths, started on first use (about 2 s: the core and the trained data load). */
function engineFor(paths: OcrPaths): Promise<TessWorker> {
  const key = `${paths.langPath}\n${paths.corePath ?? ''}\n${paths.workerPath ?? ''}`;
  if (engine?.key === key) return engine.worker;
  void closeOcr();
  const worker = (async () => {
    const mod = (await import('tesseract.js')) as unknown as Tesseract & { default?: Tesseract };
    const tesseract = typeof mod.createWorker === 'function' ? mod : (mod.default as Tesseract);
    const options: Record<string, unknown> = {
      langPath: paths.langPath,
      // The trained data is read from the app's own files every time, never cached elsewhere.
      cacheMethod: 'none',
      gzip: true,
      // A blob: worker would need a looser Content-Security-Policy; the script is served by the app.
      workerBlobURL: false,
      // Loading the core and the trained data, and recognising a page, report progress: the file is alive.
      logger: reportActivity,
    };
    if (paths.corePath) options.corePath = paths.corePath;
    if (paths.workerPath) options.workerPath = paths.workerPath;
    // OEM 1: the LSTM recogniser alone, what the best_int data holds.
    return tesseract.createWorker('chi_sim', 1, options);
  })();
  engine = { key, worker };
  // A failed start is not kept: the next file tries again.
  worker.catch(() => {
    if (engine?.worker === worker) engine = null;
  });
  return worker;
}

/** Ends the OCR engine's worker (a Node process would otherwise stay alive for it). */
export async function closeOcr(): Promise<void> {
  const current = engine;
  engine = null;
  if (!current) return;
  try {
    await (await current.worker).terminate();
  } catch {
    // It never started.
  }
}

async function recognise(worker: TessWorker, image: Uint8Array, psm: string): Promise<string> {
  await worker.setParameters({ tessedit_pageseg_mode: psm, preserve_interword_spaces: '0' });
  const { data } = await worker.recognize(image, {}, { text: false, blocks: true });
  return ocrText(data.blocks ?? []);
}

/**
 * Recognised words → the page's text, through the same layout reader as a PDF's text layer: words on
 * one line, cells of a table row apart by more than an em joined with " | ", Chinese without the
 * spaces tesseract puts between characters, wrapped paragraph lines joined.
 */
export function ocrText(blocks: readonly OcrBlock[]): string {
  const pieces: Piece[] = [];
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const heights = line.words.map((w) => w.bbox.y1 - w.bbox.y0).filter((h) => h > 0).sort((a, b) => a - b);
        const size = heights[Math.floor(heights.length / 2)] ?? line.bbox.y1 - line.bbox.y0;
        for (const word of line.words) {
          const text = word.text.trim();
          if (text === '') continue;
          pieces.push({ text, x: word.bbox.x0, y: line.bbox.y1, width: word.bbox.x1 - word.bbox.x0, size: Math.max(1, size) });
        }
      }
    }
  }
  return pageText(pieces);
}

function readable(text: string): number {
  return text.replace(UNREADABLE, '').length;
}

/**
 * An image file (PNG, JPEG, TIFF). PNG is decoded here and JPEG by pdfjs (`readPdf` reads it wrapped in a
 * one-page PDF), so their table rules are erased as on a scanned PDF's page; TIFF (and a PNG this does not
 * decode, e.g. interlaced) goes to tesseract as it is, which finds text and rules itself, less reliably.
 */
export async function readImageBytes(
  bytes: Uint8Array,
  ocr: OcrOptions | null | undefined,
  readPdf: (pdf: Uint8Array) => Promise<ReadResult>,
): Promise<ReadResult> {
  const type = imageType(bytes);
  if (type === null) return failure('corrupt-image', 'Not a PNG, JPEG or TIFF image.');
  // A PNG cut short reached the OCR engine, which failed outside any read and left only “extraction failed”.
  if (type === 'png' && !pngHeaderOk(bytes)) return failure('corrupt-image', 'The PNG has no image header (IHDR): the file is cut short or damaged.');
  if (!ocr) return failure('image-needs-ocr', 'An image holds no text until it is recognised, and OCR is off.');
  if (type === 'jpeg') {
    const pdf = jpegPdf(bytes);
    if (!pdf) return failure('corrupt-image', 'The JPEG has no readable frame header.');
    const read = await readPdf(pdf);
    if (read.ok) return { ...read, format: 'image' };
    return read.code === 'corrupt-pdf' ? failure('corrupt-image', read.detail) : read;
  }
  let text: string;
  try {
    const png = type === 'png' ? await decodePng(bytes) : null;
    const grey = png ? toGrey(png) : null;
    text = await withActivity(ocr, async () => {
      const worker = await engineFor(ocr);
      return grey ? recognise(worker, toPgm(eraseRules(grey)), PSM_SINGLE_BLOCK) : recognise(worker, bytes, PSM_AUTO);
    });
  } catch (error) {
    return ocrFailure(error);
  }
  ocr.onPage?.(1, 1);
  if (readable(text) < MIN_OCR_CHARS) return failure('ocr-no-text', 'OCR found no text in the image.');
  return { ok: true, text, format: 'image', encoding: 'ocr', pages: 1, ocr: true };
}

/** pdfjs's operator codes used here (its OPS table). */
interface PdfjsOps {
  OPS: { paintImageXObject: number; paintInlineImageXObject: number };
}

/** Every page of a scanned PDF: its page image, greyscale, table rules erased, recognised. */
export function ocrPdf(pdfjs: PdfjsOps, doc: PDFDocumentProxy, ocr: OcrOptions): Promise<ReadResult> {
  return withActivity(ocr, () => ocrPages(pdfjs, doc, ocr));
}

async function ocrPages(pdfjs: PdfjsOps, doc: PDFDocumentProxy, ocr: OcrOptions): Promise<ReadResult> {
  const pages: string[] = [];
  ocr.onPage?.(0, doc.numPages);
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    try {
      const image = await pageImage(pdfjs, page);
      const grey = image ? toGrey(image) : null;
      // The engine starts only when there is something to recognise.
      pages.push(grey ? await recognise(await engineFor(ocr), toPgm(eraseRules(grey)), PSM_SINGLE_BLOCK) : '');
    } catch (error) {
      return ocrFailure(error, n);
    } finally {
      page.cleanup();
    }
    ocr.onPage?.(n, doc.numPages);
  }
  const text = pages.join('\n');
  if (readable(text) < MIN_OCR_CHARS) return failure('ocr-no-text', `OCR found no text on ${doc.numPages} page(s) (no page image, or nothing legible on it).`);
  return { ok: true, text, format: 'pdf', encoding: 'ocr', pages: doc.numPages, ocr: true };
}

function ocrFailure(error: unknown, page?: number): ReadResult {
  const where = page === undefined ? '' : ` on page ${page}`;
  return failure('ocr-failed', `OCR failed${where}: ${error instanceof Error ? error.message : String(error)}`);
}

/** The largest image painted on the page, decoded: a scanned page is one image covering it. */
async function pageImage(pdfjs: PdfjsOps, page: PDFPageProxy): Promise<RawImage | null> {
  const list = await page.getOperatorList();
  let best: RawImage | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | undefined;
    let image: unknown = null;
    if (fn === pdfjs.OPS.paintImageXObject && typeof args?.[0] === 'string') image = await objectOf(page, args[0]);
    else if (fn === pdfjs.OPS.paintInlineImageXObject) image = args?.[0];
    const raw = await rawImage(image);
    if (raw && (!best || raw.width * raw.height > best.width * best.height)) best = raw;
  }
  return best;
}

function objectOf(page: PDFPageProxy, name: string): Promise<unknown> {
  // Images used on several pages live in the document's common objects ("g_…").
  const objs = (name.startsWith('g_') ? page.commonObjs : page.objs) as unknown as { get(name: string, callback: (value: unknown) => void): void };
  return new Promise((resolve) => objs.get(name, resolve));
}

/** pdfjs's decoded image: raw pixels in Node; in a browser worker it may be a bitmap or video frame, drawn to read its pixels. */
async function rawImage(value: unknown): Promise<RawImage | null> {
  if (typeof value !== 'object' || value === null) return null;
  const image = value as { width?: number; height?: number; kind?: number; data?: Uint8Array | Uint8ClampedArray; bitmap?: CanvasImageSource };
  if (typeof image.width !== 'number' || typeof image.height !== 'number') return null;
  if (image.data && typeof image.kind === 'number') return { width: image.width, height: image.height, kind: image.kind, data: image.data };
  if (image.bitmap && typeof OffscreenCanvas !== 'undefined') {
    // An ImageBitmap, or a VideoFrame from the browser's ImageDecoder (JPEG): either draws at the image's size.
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(image.bitmap, 0, 0, image.width, image.height);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: pixels.width, height: pixels.height, kind: 3, data: pixels.data };
  }
  return null;
}
