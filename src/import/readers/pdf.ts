// PDF bytes → text through pdfjs's text layer, run in the calling thread (a Web Worker or Node), with CJK CMaps from local files.
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api';
import { ocrPdf } from '../ocr';
import { type Budgets, DEFAULT_BUDGETS } from '../budgets';
import { operatorsWithin, textItemsWithin } from './pdf-budget';
import { documentText, groupLines, type Line, type PageLayout, type Piece } from './pdf-layout';
import { horizontalRules, MAX_OPERATORS, type Rule } from './pdf-rules';
import { failure, type OcrOptions, type PdfOptions, type ReadResult } from './types';

/**
 * Fewer readable characters than this per page on average means a scan (page numbers and a
 * stamp at most): the user needs OCR, not an empty target list.
 */
const MIN_CHARS_PER_PAGE = 20;
/** Not text: whitespace, private-use glyphs of fonts without a Unicode map, replacement characters. */
const UNREADABLE = /[\s\ue000-\uf8ff\ufffd]/gu;

type Pdfjs = typeof PdfjsModule;

let pdfjsLoading: Promise<Pdfjs> | null = null;

/**
 * pdfjs, loaded once, on the first PDF. The legacy build: the modern one fails in Node 20 (no
 * DOMMatrix) and the legacy one also polyfills what older Chromiums in Electron lack.
 * Its worker module is imported into this thread: pdfjs finds it on globalThis.pdfjsWorker and runs
 * the parser in-thread ("fake worker"), so neither Node nor a Web Worker needs a workerSrc URL or a
 * second worker. Side effect inside a Web Worker: on load that module also listens on `self` and
 * posts one {sourceName: 'worker', action: 'ready'} message to the window, which the window must ignore.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoading ??= (async () => {
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsLoading;
}

/** `ocr`: how to recognise a scan (a PDF without a text layer); without it, a scan is refused as `pdf-needs-ocr`. */
export async function readPdfBytes(
  bytes: Uint8Array,
  options: PdfOptions = {},
  budgets: Budgets = DEFAULT_BUDGETS,
  ocr?: OcrOptions | null,
): Promise<ReadResult> {
  const pdfjs = await loadPdfjs();
  const cMaps = dataLocation(options.cMapUrl);
  const fonts = dataLocation(options.standardFontDataUrl);
  const task = pdfjs.getDocument({
    // A copy: pdfjs transfers the buffer it is given to its worker side, which would detach the caller's bytes.
    data: bytes.slice(),
    cMapUrl: cMaps?.base,
    cMapPacked: true,
    standardFontDataUrl: fonts?.base,
    // URLs are loaded with plain fetch() on pdfjs's worker side, the only loader that works in a Web
    // Worker (the other one reads document.baseURI). File paths go to pdfjs's Node loader, which reads
    // files; Node's fetch() cannot.
    useWorkerFetch: (cMaps?.isUrl ?? true) && (fonts?.isUrl ?? true) && (cMaps ?? fonts) !== null,
    // Only text is wanted: no font faces (none in a worker anyway), no eval of font programs.
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    if (nameOf(error) === 'PasswordException') return failure('encrypted-pdf', 'The PDF needs a password to open.');
    return failure('corrupt-pdf', `The PDF could not be parsed: ${messageOf(error)}`);
  }
  try {
    if (doc.numPages > budgets.maxPages) return failure('too-many-pages', `${doc.numPages} pages, more than the ${budgets.maxPages} allowed.`);
    const pages: PageLayout[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await readPage(pdfjs, doc, n, budgets.maxTextChars - chars, options.rules !== false);
      if (page === null) return failure('too-long', `more than the ${budgets.maxTextChars} characters of text allowed (by page ${n}).`);
      for (const piece of page.pieces) chars += piece.text.length;
      chars += 1;
      pages.push(page);
    }
    const text = documentText(pages);
    const readable = text.replace(UNREADABLE, '').length;
    if (readable < MIN_CHARS_PER_PAGE * doc.numPages) {
      if (ocr) return await ocrPdf(pdfjs, doc, ocr);
      // Without CMaps, text in non-embedded Chinese fonts vanishes too: say so, as it is the caller's mistake.
      const hint = options.cMapUrl ? '' : ' (no cMapUrl was given, so non-embedded CJK fonts could not be read)';
      return failure('pdf-needs-ocr', `${readable} readable characters on ${doc.numPages} page(s): a scan without a text layer${hint}.`);
    }
    return { ok: true, text, format: 'pdf', encoding: 'pdf', pages: doc.numPages };
  } catch (error) {
    return failure('corrupt-pdf', `A page could not be read: ${messageOf(error)}`);
  } finally {
    await settled(task.destroy(), DESTROY_WAIT_MS);
  }
}

/**
 * How long to wait for pdf.js to tear a document down. Under Node 24, destroy() never settles for a document whose
 * text stream was left unread past the text budget (the stream's back-pressure holds the parser); the document is
 * dropped either way, so the reader answers instead of hanging the batch.
 */
const DESTROY_WAIT_MS = 2000;

function settled(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void work.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      },
    );
  });
}

/** The page's positioned text, or null when it is longer than `maxChars` (reading stops there). */
async function readPage(pdfjs: Pdfjs, doc: PDFDocumentProxy, n: number, maxChars: number, rules: boolean): Promise<PageLayout | null> {
  const page = await doc.getPage(n);
  try {
    // Display space at scale 1 applies /Rotate and the crop box, so "top" and "left" are as the reader sees them.
    let viewport = page.getViewport({ scale: 1 });
    const items = await textItemsWithin(page, maxChars);
    if (items === null) return null;
    // A page whose text runs up or down (a landscape table set turned on a portrait page) is read turned upright.
    const turn = textTurn(pdfjs, viewport.transform, items);
    if (turn !== 0) viewport = page.getViewport({ scale: 1, rotation: (page.rotate + turn) % 360 });
    const pieces: Piece[] = [];
    for (const item of items) {
      if (!('str' in item) || item.str === '') continue;
      pieces.push(toPiece(pdfjs, viewport.transform, item));
    }
    // Grouped once: whether the page has a table (its rules are read then), and the lines documentText reads.
    const lines = groupLines(pieces);
    return { pieces, lines, width: viewport.width, height: viewport.height, rules: rules ? await rulesOf(pdfjs, page, viewport.transform, lines) : [] };
  } finally {
    page.cleanup();
  }
}

/**
 * The page's horizontal ruling lines, read only on a page with a line of cells (a table): a page of prose never has
 * its drawing operators listed. A page whose drawing cannot be listed, or has more than MAX_OPERATORS operators (pdf.js
 * is stopped there), is read from its words alone.
 */
async function rulesOf(pdfjs: Pdfjs, page: PDFPageProxy, viewportTransform: number[], lines: readonly Line[]): Promise<Rule[]> {
  if (!lines.some((l) => l.row)) return [];
  try {
    const list = await operatorsWithin(page, MAX_OPERATORS);
    return list ? horizontalRules(list, pdfjs.OPS, viewportTransform) : [];
  } catch {
    return [];
  }
}

/** More than this share of a page's characters running one way up or down turns the page to read them. */
const TURNED_SHARE = 0.6;

/**
 * How far (clockwise, degrees) to turn the page so that most of its text reads left to right: 90 when it runs upwards,
 * 270 when downwards, else 0. Counted in characters, so a turned caption or a stamp beside upright text turns nothing.
 */
function textTurn(pdfjs: Pdfjs, viewportTransform: number[], items: ReadonlyArray<TextItem | object>): 0 | 90 | 270 {
  let total = 0;
  let up = 0;
  let down = 0;
  for (const item of items) {
    if (!('str' in item) || item.str === '') continue;
    const m = pdfjs.Util.transform(viewportTransform, item.transform as number[]) as number[];
    const [a = 0, b = 0] = m;
    const n = item.str.length;
    total += n;
    // Display space: y grows downwards, so text running up the page has a negative b.
    if (Math.abs(b) > 2 * Math.abs(a)) {
      if (b < 0) up += n;
      else down += n;
    }
  }
  if (total === 0) return 0;
  if (up > TURNED_SHARE * total) return 90;
  if (down > TURNED_SHARE * total) return 270;
  return 0;
}

function toPiece(pdfjs: Pdfjs, viewportTransform: number[], item: TextItem): Piece {
  const m = pdfjs.Util.transform(viewportTransform, item.transform as number[]) as number[];
  const size = Math.hypot(m[2] ?? 0, m[3] ?? 0) || item.height || 1;
  // item.width is in user space; the viewport at scale 1 keeps lengths.
  return { text: item.str, x: m[4] ?? 0, y: m[5] ?? 0, width: item.width, size };
}

/**
 * Where a data directory is: an absolute URL (a relative one is resolved against the worker's or
 * page's location), or a file path for Node. pdfjs appends file names as they are, hence the slash.
 */
export function dataLocation(given: string | undefined): { base: string; isUrl: boolean } | null {
  if (!given) return null;
  const dir = given.endsWith('/') || given.endsWith('\\') ? given : `${given}/`;
  const here = (globalThis as { location?: { href: string } }).location?.href;
  const url = parseUrl(dir) ?? (here ? parseUrl(dir, here) : null);
  // "C:\\plans\\" parses as a URL with the scheme "c:": a Windows path, not a URL.
  if (url && url.protocol.length > 2) return { base: url.href, isUrl: true };
  return { base: dir, isUrl: false };
}

function parseUrl(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
