// DOCX bytes → text: mammoth turns the document into HTML, which then takes the HTML path so Word tables become pipe rows.
import { type Budgets, DEFAULT_BUDGETS, formatBytes } from '../budgets';
import { droppedSimpleField, withSimpleFieldsUnwrapped } from './docx-fields';
import { htmlToText } from './html-text';
import { failure, type ReadResult } from './types';
import { zipTotals } from './zip-budget';

/** ZIP local file header: every DOCX starts with it. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function readDocxBytes(bytes: Uint8Array, budgets: Budgets = DEFAULT_BUDGETS): Promise<ReadResult> {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    return failure('corrupt-docx', 'The file is not a ZIP package, so not a .docx (an old .doc saved under a new name?).');
  }
  // Before anything is inflated: what the package says it unpacks to (a package that lies is caught by the
  // worker's memory limit and the watchdog).
  const totals = zipTotals(bytes);
  if (totals !== null && totals.uncompressed > budgets.maxUnpackedBytes) {
    const size = Number.isFinite(totals.uncompressed) ? formatBytes(totals.uncompressed) : 'more than 4 GB';
    return failure('too-large-unpacked', `${formatBytes(bytes.length)} unpacking to ${size}, more than the ${formatBytes(budgets.maxUnpackedBytes)} allowed.`);
  }
  // Loaded on first use: the text readers should not pay for mammoth's start-up.
  const { default: mammoth } = await import('mammoth');
  const convert = (docx: Uint8Array) => {
    // A copy: the caller's bytes may be a view into a larger buffer, and JSZip reads the whole buffer.
    const arrayBuffer = docx.slice().buffer;
    // mammoth's Node entry reads `buffer`, its browser entry `arrayBuffer` (no Buffer in a Web Worker);
    // JSZip underneath accepts an ArrayBuffer for both, so give both and stay entry-agnostic.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    return mammoth.convertToHtml(input, {
      // Pictures carry no targets; encoding them as data URIs would only cost time and memory.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
  };
  let html: string;
  try {
    let result = await convert(bytes);
    // A simple field's saved result (a number in a sentence or a cell) was dropped: read the package again without them.
    if (droppedSimpleField(result.messages)) result = await convert(await withSimpleFieldsUnwrapped(bytes));
    html = result.value;
  } catch (error) {
    return failure('corrupt-docx', `The .docx package could not be read: ${messageOf(error)}`);
  }
  const text = htmlToText(html);
  if (!/\S/u.test(text)) return failure('empty-file', 'The document has no text.');
  return { ok: true, text, format: 'docx', encoding: 'docx' };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
