// A page's text items read chunk by chunk with a budget of characters: past it reading stops, so a page whose
// content stream inflates to gigabytes of text is never decoded (or held) whole.
import type { PDFPageProxy, TextContent } from 'pdfjs-dist/types/src/display/api';

/** The page's text items, or null when their text is longer than `maxChars`. */
export async function textItemsWithin(page: PDFPageProxy, maxChars: number): Promise<TextContent['items'] | null> {
  const items: TextContent['items'] = [];
  let chars = 0;
  const reader = page.streamTextContent().getReader();
  for (;;) {
    const { value, done } = (await reader.read()) as { value?: TextContent; done: boolean };
    if (done || value === undefined) return items;
    for (const item of value.items) {
      chars += 'str' in item ? item.str.length : 0;
      items.push(item);
    }
    // Not reader.cancel(): pdfjs's fake worker still delivers chunks already posted, onto the cancelled stream,
    // and throws out of its message handler. Left unread, the stream's back-pressure pauses the page's parsing
    // until the caller destroys the document.
    if (chars > maxChars) return null;
  }
}

/** One chunk of a page's operator list as pdf.js's worker side sends it (about 1,000 operators). */
interface OperatorChunk {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
  lastChunk: boolean;
}

/**
 * What streaming a page's operator list needs of pdf.js's page proxy, which its typed API leaves out: getOperatorList()
 * collects the whole list before it answers, with no way to stop it. These are the members its own getOperatorList and
 * render() use (pdfjs-dist 5.x); if an upgrade drops them, operatorsWithin answers null and pages are read from their
 * words alone (the ruled-table tests then fail, which is the signal).
 */
interface PageInternals {
  _pageIndex?: number;
  _transport?: {
    getRenderingIntent?: (
      intent: string,
      annotationMode: number,
      printAnnotationStorage: null,
      isEditing: boolean,
      isOpList: boolean,
    ) => { renderingIntent: number; cacheKey: string; annotationStorageSerializable: { map: unknown; transfer: unknown }; modifiedIds: unknown };
    messageHandler?: { sendWithStream?: (action: string, data: unknown, queueingStrategy?: unknown, transfers?: unknown) => ReadableStream<OperatorChunk> };
  };
}

/** pdf.js's AnnotationMode.ENABLE: annotations' appearances are listed, as getOperatorList() lists them by default. */
const ANNOTATIONS_ENABLED = 1;

/**
 * The page's operator list, read chunk by chunk, or null when it has more than `maxOperators` operators (or pdf.js's
 * streaming is not there). Past the budget the stream is cancelled: pdf.js's worker side sees its sink cancelled and
 * stops interpreting the content stream, so a page of millions of drawing operations is never listed (or held) whole.
 */
export async function operatorsWithin(page: PDFPageProxy, maxOperators: number): Promise<{ fnArray: number[]; argsArray: unknown[] } | null> {
  const { _pageIndex: pageIndex, _transport: transport } = page as unknown as PageInternals;
  const send = transport?.messageHandler?.sendWithStream;
  if (pageIndex === undefined || !transport?.getRenderingIntent || !send) return null;
  const intent = transport.getRenderingIntent('display', ANNOTATIONS_ENABLED, null, false, true);
  const stream = send.call(transport.messageHandler, 'GetOperatorList', {
    // The page's id in the file: its index, as this reader never reorders pages.
    pageId: pageIndex,
    pageIndex,
    intent: intent.renderingIntent,
    cacheKey: intent.cacheKey,
    annotationStorage: intent.annotationStorageSerializable.map,
    modifiedIds: intent.modifiedIds,
  }, undefined, intent.annotationStorageSerializable.transfer);
  const reader = stream.getReader();
  const fnArray: number[] = [];
  const argsArray: unknown[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done || value === undefined) return { fnArray, argsArray };
    for (let i = 0; i < value.fnArray.length; i++) {
      fnArray.push(value.fnArray[i] as number);
      argsArray.push(value.argsArray[i]);
    }
    if (value.lastChunk) return { fnArray, argsArray };
    if (fnArray.length > maxOperators) {
      await reader.cancel(new Error(`more than ${maxOperators} operators`)).catch(() => undefined);
      return null;
    }
  }
}
