// Plain text and Markdown bytes → text through the core's encoding detection; Markdown loses its markup line by line
// (markdown.ts), its pipe tables staying rows.
import { decodeBytes } from '../../core/text/decode';
import { markdownToText } from './markdown';
import type { Format, ReadResult } from './types';

export function readTextBytes(bytes: Uint8Array, format: Extract<Format, 'txt' | 'md'>): ReadResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const text = format === 'md' ? markdownToText(decoded.value.text) : decoded.value.text;
  return { ok: true, text, format, encoding: decoded.value.encoding };
}
