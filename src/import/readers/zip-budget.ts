// What a zip package (a DOCX) says it unpacks to, read from its central directory before anything is inflated,
// so a few hundred KB that inflate to gigabytes are refused without spending the memory.

export interface ZipTotals {
  entries: number;
  /** Sum of the entries' uncompressed sizes; Infinity when an entry is ZIP64 (4 GB or more). */
  uncompressed: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

/** The totals of the central directory, or null when the package has none that can be read. */
export function zipTotals(bytes: Uint8Array): ZipTotals | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const last = bytes.length - 22;
  let eocd = -1;
  for (let i = last; i >= 0 && i >= bytes.length - EOCD_SEARCH; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  // ZIP64 end record: the 32-bit fields are saturated; such a package is far beyond any plan's size.
  if (count === 0xffff || offset === 0xffffffff) return { entries: count, uncompressed: Infinity };
  let at = offset;
  let uncompressed = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const size = view.getUint32(at + 24, true);
    uncompressed += size === 0xffffffff ? Infinity : size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries: count, uncompressed };
}
