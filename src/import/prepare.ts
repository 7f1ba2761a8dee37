// One file's bytes → a document ready to store: read in its format, extracted, hashed. The worker and the CLI both call this.
import { extractText, type ExtractedDocument } from '../core/extract/extract';
import { extractInSlices, type ExtractedSlice } from '../core/extract/slices';
import type { Encoding } from '../core/types';
import { EXTRACTOR_VERSION } from '../core/extract/version';
import { DEFAULT_BUDGETS } from './budgets';
import { sha256Hex } from './hash';
import type { Extraction } from './pipeline';
import { type Format, type ReadOptions, readPlanFile } from './readers';

export interface PreparedDocument {
  fileName: string;
  format: Format;
  size: number;
  hash: string;
  /** The text encoding, or the container ('docx', 'pdf') the text came out of. */
  encoding: string;
  extractorVersion: string;
  extracted: ExtractedDocument;
}

const TEXT_ENCODINGS = new Set<string>(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5']);

export interface PrepareOptions extends ReadOptions {
  /** The bytes' SHA-256 (hex) when the caller has it already (the CLI worker hashes before it reads): not hashed again. */
  hash?: string;
}

/** Where a document read in slices goes: its head (false: not wanted, stop), then each slice, one after the other. */
export interface SliceSink {
  head(document: PreparedDocument): Promise<boolean>;
  slice(slice: ExtractedSlice): Promise<void>;
}

/**
 * prepareDocument for a large document: the head (no targets) goes to the sink, then the records slice by slice —
 * the next slice is read while the sink stores the one before. Returns the head; a refusal (too many targets)
 * comes after the slices already sent, which the caller removes.
 */
export async function prepareDocumentInSlices(name: string, bytes: Uint8Array, sink: SliceSink, options: PrepareOptions & { sliceChars?: number } = {}): Promise<Extraction<PreparedDocument>> {
  const read = await readPlanFile(name, bytes, options);
  if (!read.ok) return { ok: false, code: read.code, detail: read.detail };
  const encoding = TEXT_ENCODINGS.has(read.encoding) ? (read.encoding as Encoding) : undefined;
  const { head, slices } = extractInSlices(read.text, { ...(encoding ? { encoding } : {}), ...(options.sliceChars ? { sliceChars: options.sliceChars } : {}) });
  const document: PreparedDocument = {
    fileName: name,
    format: read.format,
    size: bytes.length,
    hash: options.hash ?? (await sha256Hex(bytes)),
    encoding: read.encoding,
    extractorVersion: EXTRACTOR_VERSION,
    extracted: head,
  };
  if (!(await sink.head(document))) return { ok: true, value: document };
  const maxTargets = (options.budgets ?? DEFAULT_BUDGETS).maxTargets;
  let targets = 0;
  let storing: Promise<void> | null = null;
  for (const slice of slices) {
    targets += slice.targets.length;
    if (targets > maxTargets) {
      if (storing) await storing;
      return { ok: false, code: 'too-many-targets', detail: `more than the ${maxTargets} targets allowed.` };
    }
    if (storing) await storing;
    storing = sink.slice(slice);
  }
  if (storing) await storing;
  return { ok: true, value: document };
}

export async function prepareDocument(name: string, bytes: Uint8Array, options: PrepareOptions = {}): Promise<Extraction<PreparedDocument>> {
  const read = await readPlanFile(name, bytes, options);
  if (!read.ok) return { ok: false, code: read.code, detail: read.detail };
  const encoding = TEXT_ENCODINGS.has(read.encoding) ? (read.encoding as Encoding) : undefined;
  const extracted = extractText(read.text, encoding ? { encoding } : {});
  const maxTargets = (options.budgets ?? DEFAULT_BUDGETS).maxTargets;
  if (extracted.targets.length > maxTargets) {
    return { ok: false, code: 'too-many-targets', detail: `${extracted.targets.length} targets, more than the ${maxTargets} allowed.` };
  }
  return {
    ok: true,
    value: {
      fileName: name,
      format: read.format,
      size: bytes.length,
      hash: options.hash ?? (await sha256Hex(bytes)),
      encoding: read.encoding,
      extractorVersion: EXTRACTOR_VERSION,
      extracted,
    },
  };
}
