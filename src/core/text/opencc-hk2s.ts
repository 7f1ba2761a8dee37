// Traditional (Hong Kong and standard forms) → simplified with OpenCC's own hk→cn dictionaries, giving exactly what
// opencc-js's Converter({ from: 'hk', to: 'cn' }) gives (opencc-hk2s.test.ts compares them), about five times faster:
// opencc-js allocates a match object per character and a Map lookup per dictionary per character; here a table of
// the code units that can start an entry turns most lookups into one array read.
import { Locale } from 'opencc-js/t2cn';

interface TrieNode {
  value: string | undefined;
  next: Map<number, TrieNode> | null;
}

/** The part of opencc-js's preset that its types leave out (normalizationChain). */
interface Hk2sConfig {
  normalizationChain: readonly (readonly string[])[];
  segmentation: readonly string[];
  conversionChain: readonly (readonly string[])[];
}

/**
 * A longest-prefix dictionary, loaded and matched as opencc-js's Trie does: entries "src dst|src dst", later
 * dictionaries of a group winning over earlier ones for the same source, matching by code point.
 */
class Trie {
  private readonly root = new Map<number, TrieNode>();
  /** Per BMP code unit (and per lead surrogate): 1 when some entry starts with it. */
  private readonly starts = new Uint8Array(0x10000);
  /**
   * Per BMP code unit: its one-unit replacement when its entry is the only one starting with it (most of
   * TSCharacters), so the common case needs no Map lookup; 0 otherwise.
   */
  private readonly simple = new Uint16Array(0x10000);
  /** Value of the last successful match(). */
  value = '';

  constructor(group: readonly string[]) {
    // As opencc-js's loadDictGroup: the group is loaded last to first, so an earlier dictionary overrides.
    for (let d = group.length - 1; d >= 0; d--) this.load(group[d] ?? '');
    for (const [cp, node] of this.root) {
      if (cp <= 0xffff && node.next === null && node.value?.length === 1) this.simple[cp] = node.value.charCodeAt(0);
    }
  }

  // Read with indexOf and charCodeAt rather than split() and a string iterator: this runs over ~6,000 entries in the
  // first traditional document of every thread, mostly before the code is optimised.
  private load(dict: string): void {
    const n = dict.length;
    for (let at = 0; at <= n; ) {
      let end = dict.indexOf('|', at);
      if (end < 0) end = n;
      const space = dict.indexOf(' ', at);
      if (space < 0 || space >= end) throw new TypeError(`bad OpenCC dictionary entry: ${dict.slice(at, end)}`);
      // As split(' '): the first word after the source is its replacement.
      let targetEnd = dict.indexOf(' ', space + 1);
      if (targetEnd < 0 || targetEnd > end) targetEnd = end;
      this.add(dict, at, space, dict.slice(space + 1, targetEnd));
      at = end + 1;
    }
  }

  /** Adds the entry whose source is dict[from, to), by code point (a lone surrogate is one). */
  private add(dict: string, from: number, to: number, target: string): void {
    let level = this.root;
    let node: TrieNode | undefined;
    for (let i = from; i < to; ) {
      const c = dict.charCodeAt(i);
      const low = i + 1 < to ? dict.charCodeAt(i + 1) : 0;
      const pair = c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
      const cp = pair ? (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : c;
      i += pair ? 2 : 1;
      if (node === undefined) {
        this.starts[c] = 1;
      } else {
        node.next ??= new Map();
        level = node.next;
      }
      node = level.get(cp);
      if (node === undefined) {
        node = { value: undefined, next: null };
        level.set(cp, node);
      }
    }
    if (node) node.value = target;
  }

  /** End of the longest entry that starts at i (its replacement in `value`), or 0 when none does. */
  match(s: string, i: number): number {
    if (this.starts[s.charCodeAt(i)] === 0) return 0;
    const n = s.length;
    let level: Map<number, TrieNode> | null = this.root;
    let end = 0;
    for (let j = i; j < n && level !== null; ) {
      const cp = s.codePointAt(j) ?? 0;
      j += cp > 0xffff ? 2 : 1;
      const node = level.get(cp);
      if (node === undefined) break;
      if (node.value !== undefined) {
        end = j;
        this.value = node.value;
      }
      level = node.next;
    }
    return end;
  }

  /** Every longest match replaced, left to right; unmatched text kept as it is. */
  convert(s: string): string {
    const n = s.length;
    let out = '';
    let copied = 0;
    for (let i = 0; i < n; ) {
      const end = this.match(s, i);
      if (end > 0) {
        if (copied < i) out += s.slice(copied, i);
        out += this.value;
        i = end;
        copied = end;
      } else {
        i += unmatchedLength(s, i);
      }
    }
    if (copied === 0) return s;
    return copied < n ? out + s.slice(copied) : out;
  }

  /** convert(s), appended to `out` unit by unit instead of built as a string. */
  convertInto(s: string, out: UnitBuffer): void {
    const n = s.length;
    out.reserve(n);
    for (let i = 0; i < n; ) {
      const c = s.charCodeAt(i);
      const simple = this.simple[c] ?? 0;
      if (simple !== 0) {
        out.units[out.length++] = simple;
        i++;
        continue;
      }
      const end = this.match(s, i);
      if (end > 0) {
        out.append(this.value);
        i = end;
      } else {
        const len = unmatchedLength(s, i);
        for (let j = i; j < i + len; j++) out.push(s.charCodeAt(j));
        i += len;
      }
    }
  }
}

/** A growable UTF-16 buffer: the output of a conversion without one string concatenation per replaced character. */
class UnitBuffer {
  units = new Uint16Array(1024);
  length = 0;
  /** Set once a surrogate is written: TextDecoder would turn a lone one into U+FFFD. */
  surrogates = false;

  reserve(extra: number): void {
    if (this.length + extra <= this.units.length) return;
    const grown = new Uint16Array(Math.max(this.units.length * 2, this.length + extra));
    grown.set(this.units.subarray(0, this.length));
    this.units = grown;
  }

  push(unit: number): void {
    this.reserve(1);
    if (unit >= 0xd800 && unit <= 0xdfff) this.surrogates = true;
    this.units[this.length++] = unit;
  }

  append(s: string): void {
    this.reserve(s.length);
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }

  toString(): string {
    const units = this.units.subarray(0, this.length);
    if (!this.surrogates) return UTF16.decode(units);
    const parts: string[] = [];
    for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
    return parts.join('');
  }
}

const UTF16 = new TextDecoder(new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be');

// An ideographic description sequence (⿰氵青) is skipped whole when nothing matches at its start, as in opencc-js.
function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

function codePointLength(s: string, i: number): number {
  return (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.codePointAt(i) ?? 0);
  if (arity === 0) return 0;
  let end = i + codePointLength(s, i);
  for (let k = 0; k < arity; k++) {
    if (end >= s.length) return 0;
    const child = idsEnd(s, end);
    end = child || end + codePointLength(s, end);
  }
  return end;
}

function unmatchedLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x2ff0 || (c > 0x2fff && (c < 0xd800 || c > 0xdbff))) return 1;
  const ids = idsEnd(s, i);
  return ids > i ? ids - i : codePointLength(s, i);
}

/**
 * opencc-js's hk2s pipeline: normalise compatibility ideographs, cut the text into phrases of the segmentation
 * dictionary and the runs between them, and put each piece through the conversion chain on its own.
 */
function makeHk2s(): (s: string) => string {
  const config = (Locale.configs as unknown as Record<string, Hk2sConfig | undefined>)['hk2s'];
  if (!config) throw new Error('opencc-js has no hk2s configuration');
  const normalizers = config.normalizationChain.map((group) => new Trie(group));
  const segmentation = new Trie(config.segmentation);
  const chain = config.conversionChain.map((group) => new Trie(group));
  const last = chain.pop();
  if (!last) throw new Error('opencc-js hk2s has no conversion');
  return (input: string): string => {
    let s = input;
    for (const trie of normalizers) s = trie.convert(s);
    const out = new UnitBuffer();
    const convertPiece = (piece: string): void => {
      let p = piece;
      for (const trie of chain) p = trie.convert(p);
      last.convertInto(p, out);
    };
    const n = s.length;
    let runStart = 0;
    for (let i = 0; i < n; ) {
      const end = segmentation.match(s, i);
      if (end > 0) {
        if (runStart < i) convertPiece(s.slice(runStart, i));
        convertPiece(s.slice(i, end));
        i = end;
        runStart = end;
      } else {
        i += unmatchedLength(s, i);
      }
    }
    if (runStart < n) convertPiece(runStart === 0 ? s : s.slice(runStart));
    return out.toString();
  };
}

let hk2s: ((s: string) => string) | null = null;

/** Hong Kong / standard traditional → mainland simplified, as opencc-js's hk→cn converter. */
export function hkToSimplified(s: string): string {
  hk2s ??= makeHk2s();
  return hk2s(s);
}
