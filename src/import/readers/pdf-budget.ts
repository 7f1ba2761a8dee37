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
