// HTML bytes → text: the declared <meta> charset (GBK pages are common on government sites), else the core's detection.
import { decodeAs, decodeBytes } from '../../core/text/decode';
import { isImplausible, plausibility } from '../../core/text/plausibility';
import { htmlToText } from './html-text';
import { failure, type ReadResult } from './types';

/** Browsers look for the charset declaration in the first 1024 bytes; saved pages often push it further. */
const META_SNIFF_BYTES = 4096;
/** Same limit as the core: beyond this share of replacement characters the declared charset is wrong. */
const MAX_DAMAGE_SHARE = 0.2;

/** Characters of markup read to judge whether the declared charset gives text. */
const PLAUSIBILITY_SAMPLE = 256 * 1024;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;

/** The charset a page declares in a <meta> tag, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps bytes one to one, so the ASCII markup reads right whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_SNIFF_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

export function readHtmlBytes(bytes: Uint8Array): ReadResult {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  const text = htmlToText(decoded.html, { dropChrome: true });
  if (!/\S/u.test(text)) return failure('empty-file', 'The page has no visible text.');
  return { ok: true, text, format: 'html', encoding: decoded.encoding };
}

type DecodedHtml = { ok: true; html: string; encoding: string } | Exclude<ReadResult, { ok: true }>;

function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const declared = declaredCharset(bytes);
  const decoder = declared && !hasBom(bytes) ? decoderFor(declared) : null;
  // A page re-saved as UTF-8 by an editor often keeps its old gb2312 declaration; valid UTF-8 wins.
  if (decoder && !isMultibyteUtf8(bytes)) {
    // Big5 through the core's standard decoder, so Node (the CLI) reads HKSCS as the app does.
    const html = decoder.encoding === 'big5' ? decodeAs('big5', bytes) : decoder.decode(bytes);
    const damaged = html.split('\uFFFD').length - 1;
    if (damaged > html.length * MAX_DAMAGE_SHARE) {
      return failure('undecodable', `${damaged} of ${html.length} characters could not be decoded as ${decoder.encoding}.`);
    }
    // A page that declares one Chinese charset and is in another (a Big5 page saying gb2312) reads as garbage:
    // then the declaration is wrong and detection decides, refusing the page if nothing reads as text.
    if (!isImplausible(plausibility(htmlToText(html.slice(0, PLAUSIBILITY_SAMPLE))))) {
      // The WHATWG GBK decoder is the GB18030 one; name it as the core does.
      return { ok: true, html, encoding: decoder.encoding === 'gbk' ? 'gb18030' : decoder.encoding };
    }
  }
  const result = decodeBytes(bytes);
  if (!result.ok) return result;
  return { ok: true, html: result.value.text, encoding: result.value.encoding };
}

/**
 * A decoder for a declared charset the core's detection would not pick by itself, else null.
 * Unicode labels go to the core (it reads BOMs and sniffs UTF-16); Latin-1 labels are server defaults
 * that a Chinese page never really is.
 */
function decoderFor(label: string): TextDecoder | null {
  let decoder: TextDecoder;
  try {
    // The WHATWG decoders treat gb2312 and gbk as GBK and accept GB18030 four-byte codes in both.
    decoder = new TextDecoder(label);
  } catch {
    return null;
  }
  const encoding = decoder.encoding;
  if (encoding === 'utf-8' || encoding.startsWith('utf-16') || encoding === 'windows-1252') return null;
  return decoder;
}

function hasBom(bytes: Uint8Array): boolean {
  const [a, b, c] = bytes;
  return (a === 0xef && b === 0xbb && c === 0xbf) || (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

function isMultibyteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
