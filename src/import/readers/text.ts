// Plain text and Markdown bytes → text through the core's encoding detection (Markdown pipe tables already are rows).
import { decodeBytes } from '../../core/text/decode';
import type { Format, ReadResult } from './types';

export function readTextBytes(bytes: Uint8Array, format: Extract<Format, 'txt' | 'md'>): ReadResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, text: decoded.value.text, format, encoding: decoded.value.encoding };
}
