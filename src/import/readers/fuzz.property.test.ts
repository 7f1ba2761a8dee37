// Fuzz properties of every reader over hostile and random files: a reader answers with text or an error
// code, never an exception, within a generous bound per file, and the text it gives extracts cleanly.
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../core/extract/extract';
import { checkRecords, hostileHtml, hostileText } from '../../core/extract/hostile.fixtures';
import { readPlanFile, type ReadResult } from './index';

const CASE_MS = 5_000;
// Characters XML 1.0 cannot hold (a DOCX with them is corrupt before it is hostile).
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function read(name: string, bytes: Uint8Array): Promise<ReadResult> {
  const t0 = performance.now();
  const result = await readPlanFile(name, bytes);
  expect(performance.now() - t0).toBeLessThan(CASE_MS);
  if (result.ok) {
    expect(typeof result.text).toBe('string');
    checkRecords(result.text, extractText(result.text).targets);
  } else {
    expect(result.code).toMatch(/^[a-z-]+$/u);
    expect(typeof result.detail).toBe('string');
  }
  return result;
}

describe('reader fuzz', () => {
  it('text and Markdown files: hostile text or random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileText(3_000).map(utf8), fc.uint8Array({ maxLength: 3_000 })), fc.constantFrom('a.txt', 'a.md'), async (bytes, name) => {
        await read(name, bytes);
      }),
      { numRuns: 40 },
    );
  });

  it('HTML pages: deep nesting, stray tags, entities, invisible characters', async () => {
    await fc.assert(
      fc.asyncProperty(hostileHtml(), async (html) => {
        await read('a.html', utf8(html));
      }),
      { numRuns: 60 },
    );
  });

  it('DOCX: random bytes, a zip with garbage, a zip whose document.xml is hostile', async () => {
    const garbage = fc.uint8Array({ maxLength: 2_000 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]));
    const hostileDocx = hostileText(1_000).map(async (text) => {
      const zip = new JSZip();
      zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
      const escaped = text.replace(/[<>&]/gu, (c) => `&#${c.charCodeAt(0)};`).replace(XML_INVALID, '');
      zip.file('word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${escaped}</w:t></w:r></w:p></w:body></w:document>`);
      return zip.generateAsync({ type: 'uint8array' });
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 2_000 }).map(async (b) => b), garbage.map(async (b) => b), hostileDocx), async (made) => {
        const result = await read('a.docx', await made);
        if (!result.ok) expect(['corrupt-docx', 'empty-file', 'binary-file', 'undecodable']).toContain(result.code);
      }),
      { numRuns: 30 },
    );
  });

  it('PDF: random bytes and a PDF header over garbage give an error code', async () => {
    const pdfish = fc.uint8Array({ maxLength: 2_000 }).map((b) => new Uint8Array([...utf8('%PDF-1.7\n'), ...b]));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 2_000 }), pdfish), async (bytes) => {
        const result = await read('a.pdf', bytes);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 20 },
    );
  });
});
