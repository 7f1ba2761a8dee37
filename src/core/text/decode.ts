// Bytes of an imported plain-text file → text: BOM and encoding detection (UTF-8, UTF-16, GB18030, Big5), binary
// and implausible-text refusal.
import { decodeBig5 } from './big5';
import { isImplausible, plausibility, type Plausibility } from './plausibility';
import { utf8Stats } from './utf8-stats';
import { big5Stats } from './big5-stats';
import type { CoreErrorCode, Encoding, Result } from '../types';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Number of U+FFFD replacement characters the chosen decoding produced. */
  damagedBytes: number;
}

/** Binary and UTF-16 sniffing only look at the head of the file, so 50 MB inputs stay cheap. */
const SNIFF_BYTES = 64 * 1024;
/** Beyond this share of replacement characters the text is noise, not a damaged plan. */
const MAX_DAMAGE_SHARE = 0.2;
/**
 * GBK text read as UTF-8 yields about one accidental multibyte character per four errors;
 * a real UTF-8 file with a few broken bytes has dozens of intact characters per error.
 */
const UTF8_DAMAGE_TOLERANCE = 1 / 3;
/** Legacy encodings are told apart on this much of the file (cut at a line end), then the winner decodes it all. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of C0 control bytes (other than tab, LF, FF, CR) above which the file is not text. */
const MAX_CONTROL_SHARE = 0.02;

const MAGIC: ReadonlyArray<{ bytes: readonly number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (for example .docx or .xlsx)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Office document (.doc or .xls)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
];

export function decodeBytes(bytes: Uint8Array): Result<Decoded> {
  if (bytes.length === 0) return fail('empty-file', 'The file is empty.');

  const bom = detectBom(bytes);
  if (bom) return finish(decodeWith(bom.encoding, bytes.subarray(bom.length)), true);

  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) return fail('binary-file', `The file looks like ${magic.what}, not plain text.`);

  const head = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = sniffUtf16(head);
  if (utf16) return finish(decodeWith(utf16, bytes), true);

  const binary = binaryReason(head);
  if (binary) return fail('binary-file', binary);

  const guess = decodeEightBit(bytes);
  const checked = finish(guess.decoded, false);
  if (!checked.ok || !guess.sample || !isImplausible(guess.sample)) return checked;
  const share = Math.round(guess.sample.score * 100);
  return fail(
    'implausible-text',
    `Read as ${guess.decoded.encoding.toUpperCase()}, the best of UTF-8, GB18030 and Big5, only ${share}% of its ${guess.sample.judged} characters are everyday Chinese characters: the bytes are not text in an encoding PlanBench reads.`,
  );
}

function fail(code: CoreErrorCode, detail: string): Result<Decoded> {
  return { ok: false, code, detail };
}

function finish(decoded: Decoded, checkText: boolean): Result<Decoded> {
  const { text, damagedBytes } = decoded;
  if (!/\S/.test(text)) return fail('empty-file', 'The file holds only whitespace.');
  if (damagedBytes > text.length * MAX_DAMAGE_SHARE) {
    return fail('undecodable', `${damagedBytes} of ${text.length} characters could not be decoded as UTF-8, UTF-16, GB18030 or Big5.`);
  }
  if (checkText) {
    // UTF-16 and BOM files skipped the byte-level check; controls show up the same way in the text.
    const reason = binaryReason(text.slice(0, SNIFF_BYTES));
    if (reason) return fail('binary-file', reason);
  }
  return { ok: true, value: decoded };
}

function detectBom(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeWith(encoding: Encoding, bytes: Uint8Array): Decoded {
  const text = decodeAs(encoding, bytes);
  return { text, encoding, damagedBytes: countReplacements(text) };
}

interface Guess {
  decoded: Decoded;
  /** Plausibility of the sample the choice was made on; null when the encoding was certain (valid UTF-8). */
  sample: Plausibility | null;
}

/** The legacy decoders tried, in order of preference when their readings are equally plausible. */
const CANDIDATES: readonly Encoding[] = ['utf-8', 'gb18030', 'big5'];

/**
 * Text without a BOM in a byte-oriented encoding. Valid UTF-8 is UTF-8, and so is UTF-8 with a few broken bytes.
 * Otherwise GB18030 and Big5 accept almost any byte soup without an error, so the decoder that fails first says
 * nothing: each reads a sample and the reading most like real writing (plausibility.ts) wins.
 */
function decodeEightBit(bytes: Uint8Array): Guess {
  const strictUtf8 = tryStrict('utf-8', bytes);
  if (strictUtf8 !== null) return { decoded: { text: strictUtf8, encoding: 'utf-8', damagedBytes: 0 }, sample: null };

  // The UTF-8 reading is counted from the bytes (utf8-stats.ts) and decoded only if it is chosen: a GB18030 or Big5
  // file holds a replacement every few bytes read as UTF-8, where the decoder is slowest.
  const utf8 = utf8Stats(bytes);
  // GB18030 accepts almost any byte soup, so a UTF-8 file with a broken byte or two could
  // decode "cleanly" as GB18030 garbage; trust UTF-8 when intact multibyte characters dominate.
  if (utf8.replacements <= utf8.nonAscii * UTF8_DAMAGE_TOLERANCE) return { decoded: decodeWith('utf-8', bytes), sample: null };

  const sample = sampleOf(bytes);
  let best: { encoding: Encoding; p: Plausibility; damage: number; text: string | null } | null = null;
  for (const encoding of CANDIDATES) {
    let p: Plausibility;
    let damage: number;
    let text: string | null = null;
    if (encoding === 'utf-8') {
      const stats = sample === bytes ? utf8 : utf8Stats(sample);
      p = { judged: stats.judged, common: stats.common, score: stats.score };
      damage = stats.replacements;
    } else if (encoding === 'big5') {
      // Most files are not Big5: its reading is counted without building the text (decoded below if it wins).
      const stats = big5Stats(sample);
      p = { judged: stats.judged, common: stats.common, score: stats.score };
      damage = stats.replacements;
    } else {
      text = decodeAs(encoding, sample);
      p = plausibility(text);
      damage = countReplacements(text);
    }
    if (!best || p.score > best.p.score || (p.score === best.p.score && damage < best.damage)) best = { encoding, p, damage, text };
  }
  const chosen = best ?? { encoding: 'gb18030' as const, p: plausibility(''), damage: 0, text: null };
  // A file no longer than the sample (most plans) was decoded whole while choosing: not decoded again.
  const decoded =
    chosen.encoding !== 'utf-8' && chosen.text !== null && sample === bytes
      ? { text: chosen.text, encoding: chosen.encoding, damagedBytes: chosen.damage }
      : decodeWith(chosen.encoding, bytes);
  return { decoded, sample: chosen.p };
}

/** The head of the file, ending at a line feed (never inside a character in any of the encodings) when there is one. */
function sampleOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  const head = bytes.subarray(0, SAMPLE_BYTES);
  const nl = head.lastIndexOf(0x0a);
  return nl > SAMPLE_BYTES / 2 ? head.subarray(0, nl + 1) : head;
}

/** Text of bytes in an encoding; Big5 by the standard's decoder (big5.ts), the same in Node and browsers. */
export function decodeAs(encoding: Encoding, bytes: Uint8Array): string {
  if (encoding === 'big5') return decodeBig5(bytes);
  // ignoreBOM keeps a second, literal BOM as text instead of silently eating it.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function tryStrict(encoding: Encoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function countReplacements(text: string): number {
  // One pass over the character codes: a GB18030 file read as UTF-8 holds one U+FFFD every few characters, where an
  // indexOf per occurrence cost several times the decoding.
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) count++;
  return count;
}

/**
 * UTF-16 without a BOM: NULs sit almost only on one byte parity (the high byte of ASCII),
 * and the units read that way are overwhelmingly ordinary text characters.
 */
function sniffUtf16(head: Uint8Array): Encoding | null {
  const pairs = head.length >> 1;
  if (pairs < 2) return null;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) nulEven++;
    if (head[i + 1] === 0) nulOdd++;
  }
  const nuls = nulEven + nulOdd;
  if (nuls === 0) return null;
  const le = nulOdd >= nulEven;
  // Ideographs like 一 (U+4E00) put some NULs on the other parity; binary data spreads them evenly.
  if (Math.min(nulEven, nulOdd) > nuls * 0.25) return null;

  let plausible = 0;
  let asciiPairs = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    const a = head[i] ?? 0;
    const b = head[i + 1] ?? 0;
    if (isPlausibleUnit(le ? (b << 8) | a : (a << 8) | b)) plausible++;
    if (a >= 0x20 && a < 0x7f && b >= 0x20 && b < 0x7f) asciiPairs++;
  }
  // Plain ASCII with a stray NUL also reads as "plausible" ideographs; real UTF-16 rarely has
  // both bytes of a unit in the printable ASCII range.
  if (asciiPairs > pairs * 0.5) return null;
  return plausible >= pairs * 0.9 ? (le ? 'utf-16le' : 'utf-16be') : null;
}

function isPlausibleUnit(u: number): boolean {
  if (u === 0x09 || u === 0x0a || u === 0x0d || u === 0x0c) return true;
  if (u >= 0x20 && u < 0x7f) return true;
  if (u >= 0xa0 && u < 0x2000) return true; // Latin, Greek, Cyrillic and friends
  if (u >= 0x2000 && u < 0x2c00) return true; // punctuation, symbols, enclosed numbers
  if (u >= 0x2e80 && u < 0xa000) return true; // CJK radicals, punctuation, kana, ideographs
  if (u >= 0xac00 && u < 0xd7a4) return true; // Hangul
  if (u >= 0xd800 && u < 0xe000) return true; // surrogates of supplementary ideographs
  if (u >= 0xf900 && u < 0xfb00) return true;
  return u >= 0xfe30 && u < 0xfffe; // compatibility and full-width forms
}

const NUL_REASON = 'The file contains NUL bytes, so it is binary rather than text.';

/** Why a head of bytes (or decoded text) is not text, or null when it looks like text. */
function binaryReason(head: Uint8Array | string): string | null {
  // One function per kind of input: a single function given bytes for one file and text for the next was optimised
  // for the first it saw, then thrown back to the interpreter at every call with the other (a deopt at each of
  // thousands of calls, its 64 KB loop then interpreted).
  const controls = typeof head === 'string' ? controlsInText(head) : controlsInBytes(head);
  if (controls < 0) return NUL_REASON;
  if (controls > 0 && controls > head.length * MAX_CONTROL_SHARE) {
    const share = Math.round((controls / head.length) * 100);
    return `About ${share}% of the first ${head.length} characters are control codes, so it is binary rather than text.`;
  }
  return null;
}

/** Control characters other than tab, line feed, form feed and carriage return; -1 at the first NUL. */
function controlsInText(head: string): number {
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0x20) continue;
    if (c === 0) return -1;
    if (c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) controls++;
  }
  return controls;
}

/** The same count over bytes. */
function controlsInBytes(head: Uint8Array): number {
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head[i] ?? 0;
    if (c >= 0x20) continue;
    if (c === 0) return -1;
    if (c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) controls++;
  }
  return controls;
}
