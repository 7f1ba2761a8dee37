// Word's simple fields (w:fldSimple: a DOCPROPERTY, MERGEFIELD, REF or SEQ with its result saved inside) unwrapped to
// their result runs before mammoth reads the package: mammoth does not know the element and drops what it holds, so
// "养老床位达到<fldSimple>45</fldSimple>张" read "养老床位达到张" and a table cell holding a field read empty. Complex
// fields (w:fldChar … w:instrText … separate … end) mammoth already reads as their result.
// Only a package mammoth warned about is unpacked again (with mammoth's own zip reader), so other files pay nothing.

/** The parts mammoth reads text from. */
const TEXT_PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

const SIMPLE_FIELD = /<w:fldSimple\b[^>]*?(?:\/>|>)|<\/w:fldSimple>/gu;

/** The XML with every w:fldSimple replaced by the runs it holds (an empty one, with nothing saved, by nothing). */
export function unwrapSimpleFields(xml: string): string {
  return xml.replace(SIMPLE_FIELD, '');
}

/** mammoth's warning for an element it dropped: the sign a package holds simple fields. */
export function droppedSimpleField(messages: ReadonlyArray<{ message: string }>): boolean {
  return messages.some((m) => m.message.endsWith(': w:fldSimple'));
}

/** The package with its simple fields unwrapped in the parts mammoth reads text from. */
export async function withSimpleFieldsUnwrapped(bytes: Uint8Array): Promise<Uint8Array> {
  const { openArrayBuffer } = await import('mammoth/lib/zipfile');
  const zip = await openArrayBuffer(bytes.slice().buffer);
  for (const name of TEXT_PARTS) {
    if (!zip.exists(name)) continue;
    const xml = await zip.read(name, 'utf-8');
    if (xml.includes('<w:fldSimple')) zip.write(name, unwrapSimpleFields(xml));
  }
  return new Uint8Array(await zip.toArrayBuffer());
}
