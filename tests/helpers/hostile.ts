// Hostile files built by the tests: decompression bombs (DOCX, PDF), PDFs of very many pages, and the small zip
// writer they need. Nothing here is checked in; every file is generated where the test runs.
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** A zip package with every entry deflated (method 8), as Word writes it. */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A DOCX whose document.xml is one paragraph followed by `mb` MB of whitespace: a few hundred KB that unpack to `mb` MB. */
export function docxBomb(mb: number): Uint8Array {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:r><w:t>到2025年,普惠托位达到100个。</w:t></w:r></w:p>',
  );
  const tail = Buffer.from('</w:body></w:document>');
  const document = Buffer.concat([head, Buffer.alloc(mb * 1024 * 1024, 0x20), tail]);
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: document },
  ]);
}

/** A minimal PDF of Helvetica text pages; `content(i)` gives page i's content stream and whether to deflate it. */
function writeTextPdf(pageCount: number, content: (i: number) => { data: Buffer; deflate: boolean }): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = parts[0]?.length ?? 0;
  const object = (num: number, body: Buffer) => {
    const chunk = Buffer.concat([Buffer.from(`${num} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets[num] = size;
    parts.push(chunk);
    size += chunk.length;
  };
  // 1 catalog, 2 pages, 3 font, then page and content pairs.
  const kids = Array.from({ length: pageCount }, (_, i) => `${4 + 2 * i} 0 R`).join(' ');
  object(1, Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'));
  object(2, Buffer.from(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`));
  object(3, Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'));
  for (let i = 0; i < pageCount; i++) {
    object(4 + 2 * i, Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`));
    const { data, deflate } = content(i);
    const body = deflate ? deflateSync(data, { level: 9 }) : data;
    const filter = deflate ? ' /Filter /FlateDecode' : '';
    object(5 + 2 * i, Buffer.concat([Buffer.from(`<< /Length ${body.length}${filter} >>\nstream\n`), body, Buffer.from('\nendstream')]));
  }
  const count = 3 + 2 * pageCount;
  const xref = [`xref\n0 ${count + 1}\n`, '0000000000 65535 f \n'];
  for (let n = 1; n <= count; n++) xref.push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  parts.push(Buffer.from(`${xref.join('')}trailer\n<< /Size ${count + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

/** One page whose deflated content stream inflates to about `mb` MB of shown text (a 1 MB "PDF bomb"). */
export function pdfStreamBomb(mb: number): Uint8Array {
  // Short strings, all on the page: pdfjs drops glyphs that fall outside it.
  const line = Buffer.from(`BT /F1 8 Tf 10 100 Td (${'A'.repeat(30)}) Tj ET\n`);
  const data = Buffer.alloc(Math.ceil((mb * 1024 * 1024) / line.length) * line.length);
  for (let at = 0; at < data.length; at += line.length) line.copy(data, at);
  return writeTextPdf(1, () => ({ data, deflate: true }));
}

/** `pages` tiny pages, each with one short line of text. */
export function manyPagesPdf(pages: number): Uint8Array {
  return writeTextPdf(pages, (i) => ({ data: Buffer.from(`BT /F1 8 Tf 10 100 Td (page ${i + 1}) Tj ET`), deflate: false }));
}
