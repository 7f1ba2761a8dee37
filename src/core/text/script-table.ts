// Per BMP code unit: whether it is an ideograph (or the lead of a supplementary one) and whether traditional →
// simplified conversion changes it on its own. normalize() reads it to count a text's CJK characters and to skip
// conversion for a text without any character that could change, which is what most plans are.
//
// Which ideographs change is OpenCC's dictionaries' business; asking the converter costs ~250 ms (its tries built, ~28,000
// ideographs converted) in every thread that reads a document. So the answer is computed ahead of time
// (`node build/gen-text-tables.mjs`, after an opencc-js update) into src/data/text-tables.json, and
// script-table.test.ts fails when it no longer matches what the converter says.
import data from '../../data/text-tables.json';
import { isBmpIdeograph } from './damage';
import { hkToSimplified } from './opencc-hk2s';
import { decodeUnits } from './unit-list';

export const IDEOGRAPH = 1;
export const CHANGES_ALONE = 2;

let table: Uint8Array | null = null;

/** The BMP ideographs the converter changes on their own, in ascending order, from the precomputed list. */
export function precomputedChanging(): number[] {
  return decodeUnits(data.changesAlone);
}

/** Per BMP unit: IDEOGRAPH, IDEOGRAPH | CHANGES_ALONE, or 0. Built once per thread, without the converter. */
export function scriptTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  // isBmpIdeograph's ranges, and the leads of planes 2 and 3 (script-table.test.ts checks they agree).
  for (const [from, to] of [[0x3400, 0x4dc0], [0x4e00, 0xa000], [0xf900, 0xfb00], [0xd840, 0xd8c0]] as const) t.fill(IDEOGRAPH, from, to);
  for (const c of precomputedChanging()) t[c] = IDEOGRAPH | CHANGES_ALONE;
  table = t;
  return t;
}

/** The BMP ideographs the converter changes on their own, asked of the converter itself (slow: the generator and the test). */
export function computeChanging(): number[] {
  const chars: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (isBmpIdeograph(c)) chars.push(c);
  const out = hkToSimplified(chars.map((c) => String.fromCharCode(c)).join('\n')).split('\n');
  return chars.filter((c, i) => out[i] !== String.fromCharCode(c));
}
