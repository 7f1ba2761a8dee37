// A hand-written PDF 1.4 for tests: Chinese text in the non-embedded STSong-Light CID font, optionally RC4-encrypted.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

export interface PdfText {
  /** Left end of the baseline, in points from the page's bottom-left corner. */
  x: number;
  y: number;
  text: string;
  size?: number;
  /** Set running up the page (a turned stamp or caption). */
  turned?: boolean;
}

export interface PdfPage {
  texts: PdfText[];
  /** Extra content-stream operators, e.g. a drawn rectangle on a page without text. */
  graphics?: string;
  /** Deflate the content stream (/FlateDecode): a page of millions of operators in a few KB. Not with encryption. */
  deflate?: boolean;
  /** A matrix (`cm` operands) applied to everything on the page: `0 1 -1 0 595 0` sets a landscape layout turned on it. */
  transform?: string;
}

export interface PdfEncryption {
  userPassword: string;
  ownerPassword: string;
}

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;

/**
 * Text strings are UCS-2 hex for the UniGB-UCS2-H CMap: a reader can only map them to CIDs with
 * pdfjs's CMap files, so readable output proves the CMaps were found.
 */
export function writePdf(pages: PdfPage[], encryption?: PdfEncryption): Uint8Array {
  const id = createHash('md5').update(`planbench-test-${pages.length}`).digest();
  const security = encryption ? securityFor(encryption, id) : null;
  const objects: Array<(num: number) => Uint8Array> = [];
  const add = (make: (num: number) => Uint8Array): number => objects.push(make);
  const dict = (s: string) => () => latin1(s);
  /** A string object; an encrypted file encrypts every string outside content streams too. */
  const str = (num: number, s: string): string => (security ? `<${hex(rc4(objectKey(security.key, num), latin1(s)))}>` : `(${s})`);

  const catalog = add(dict('<< /Type /Catalog /Pages 2 0 R >>'));
  const pagesNum = catalog + 1;
  const pageNums: number[] = [];
  // Object numbers: 1 catalog, 2 pages, 3 font, 4 CID font, 5 descriptor, then page/content pairs.
  add(() => latin1(`<< /Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${pageNums.length} >>`));
  add(dict('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>'));
  add((num) =>
    latin1(
      '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
        `/CIDSystemInfo << /Registry ${str(num, 'Adobe')} /Ordering ${str(num, 'GB1')} /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 >>`,
    ),
  );
  add(
    dict(
      '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] ' +
        '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    ),
  );

  for (const page of pages) {
    const contentNum = objects.length + 2;
    pageNums.push(
      add(() =>
        latin1(
          `<< /Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
            `/Resources << /Font << /F1 3 0 R >> >> /Contents ${contentNum} 0 R >>`,
        ),
      ),
    );
    const ops = page.texts.map((t) => `BT /F1 ${t.size ?? 12} Tf ${t.turned ? '0 1 -1 0' : '1 0 0 1'} ${t.x} ${t.y} Tm <${ucs2Hex(t.text)}> Tj ET`);
    if (page.graphics) ops.push(page.graphics);
    if (page.transform) ops.splice(0, ops.length, `q ${page.transform} cm`, ...ops, 'Q');
    const plain = latin1(ops.join('\n'));
    add((num) => {
      if (page.deflate && !security) {
        const data = new Uint8Array(deflateSync(plain, { level: 9 }));
        return concat([latin1(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, latin1('\nendstream')]);
      }
      const data = security ? rc4(objectKey(security.key, num), plain) : plain;
      return concat([latin1(`<< /Length ${data.length} >>\nstream\n`), data, latin1('\nendstream')]);
    });
  }
  const encryptNum = security
    ? add(dict(`<< /Filter /Standard /V 1 /R 2 /O <${hex(security.o)}> /U <${hex(security.u)}> /P ${security.p} >>`))
    : null;

  const chunks: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let offset = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((make, i) => {
    const num = i + 1;
    const body = concat([latin1(`${num} 0 obj\n`), make(num), latin1('\nendobj\n')]);
    offsets.push(offset);
    chunks.push(body);
    offset += body.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)];
  const encrypt = encryptNum ? ` /Encrypt ${encryptNum} 0 R` : '';
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [<${hex(id)}> <${hex(id)}>]${encrypt} >>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(latin1(xref.join('') + trailer));
  return concat(chunks);
}

/** Lines of text down a page, one every `leading` points from the top margin. */
export function textLines(lines: string[], options: { x?: number; top?: number; leading?: number; size?: number } = {}): PdfText[] {
  const { x = 72, top = 770, leading = 18, size = 12 } = options;
  return lines.map((text, i) => ({ x, y: top - i * leading, text, size }));
}

function ucs2Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return out;
}

function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').toUpperCase();
}

// ---------------------------------------------------------------------------
// Standard security handler, revision 2 (40-bit RC4): PDF 1.4 reference, algorithms 3.1 to 3.4.

const PASSWORD_PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

interface Security {
  key: Uint8Array;
  o: Uint8Array;
  u: Uint8Array;
  p: number;
}

function securityFor(encryption: PdfEncryption, id: Uint8Array): Security {
  const p = -44; // print and copy allowed, changes not
  const owner = md5(padPassword(encryption.ownerPassword || encryption.userPassword)).subarray(0, 5);
  const o = rc4(owner, padPassword(encryption.userPassword));
  const pBytes = new Uint8Array(4);
  new DataView(pBytes.buffer).setInt32(0, p, true);
  const key = md5(concat([padPassword(encryption.userPassword), o, pBytes, id])).subarray(0, 5);
  return { key, o, u: rc4(key, PASSWORD_PAD), p };
}

function objectKey(key: Uint8Array, num: number): Uint8Array {
  const salt = Uint8Array.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0]);
  return md5(concat([key, salt])).subarray(0, Math.min(16, key.length + 5));
}

function padPassword(password: string): Uint8Array {
  return concat([latin1(password), PASSWORD_PAD]).subarray(0, 32);
}

function md5(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('md5').update(data).digest());
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 0xff;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] ?? 0)) & 0xff;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
    out[n] = (data[n] ?? 0) ^ (s[((s[i] ?? 0) + (s[j] ?? 0)) & 0xff] ?? 0);
  }
  return out;
}
