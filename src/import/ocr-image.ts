// Pixels of a scanned page → a greyscale image ready for OCR: table rules erased, encoded as PGM (which Leptonica reads).

/** Decoded pixels as pdfjs hands them out: kind 1 = 1 bit grey (packed rows), 2 = RGB, 3 = RGBA. */
export interface RawImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 black … 255 white, row by row. */
  pixels: Uint8Array;
}

const GREY_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

/** Greyscale by luma (ITU-R 601), or null for a pixel layout this does not know. */
export function toGrey(image: RawImage): GreyImage | null {
  const { width, height, kind, data } = image;
  const n = width * height;
  if (width <= 0 || height <= 0) return null;
  const pixels = new Uint8Array(n);
  if (kind === RGB_24BPP || kind === RGBA_32BPP) {
    const step = kind === RGB_24BPP ? 3 : 4;
    if (data.length < n * step) return null;
    for (let i = 0, j = 0; i < n; i++, j += step) {
      pixels[i] = ((data[j] ?? 0) * 299 + (data[j + 1] ?? 0) * 587 + (data[j + 2] ?? 0) * 114) / 1000;
    }
    return { width, height, pixels };
  }
  if (kind === GREY_1BPP) {
    const rowBytes = (width + 7) >> 3;
    if (data.length < rowBytes * height) return null;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const bit = ((data[y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
        pixels[y * width + x] = bit ? 255 : 0;
      }
    }
    return { width, height, pixels };
  }
  return null;
}

/** Darker than this is ink. */
const INK = 128;

/**
 * The ruling lines of a table (cell borders, underlines) turned white. Tesseract reads a border
 * beside a character as part of it (1 → 工, 普惠托育 → 并衣): rules are runs of ink far longer
 * than any stroke of a character, a tenth of the page's width or a fifteenth of its height.
 */
export function eraseRules(image: GreyImage): GreyImage {
  const { width, height, pixels } = image;
  const out = pixels.slice();
  const minAcross = Math.max(40, Math.round(width / 10));
  const minDown = Math.max(40, Math.round(height / 15));
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const ink = x < width && (pixels[y * width + x] ?? 255) < INK;
      if (ink && start < 0) start = x;
      if (!ink && start >= 0) {
        if (x - start >= minAcross) out.fill(255, y * width + start, y * width + x);
        start = -1;
      }
    }
  }
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const ink = y < height && (pixels[y * width + x] ?? 255) < INK;
      if (ink && start < 0) start = y;
      if (!ink && start >= 0) {
        if (y - start >= minDown) for (let k = start; k < y; k++) out[k * width + x] = 255;
        start = -1;
      }
    }
  }
  return { width, height, pixels: out };
}

/** Binary PGM (P5), the simplest image file Leptonica reads. */
export function toPgm(image: GreyImage): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(head.length + image.pixels.length);
  out.set(head);
  out.set(image.pixels, head.length);
  return out;
}

/** The image format of an image file's first bytes, or null when it is none OCR reads. */
export function imageType(bytes: Uint8Array): 'png' | 'jpeg' | 'tiff' | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  if ((b(0) === 0x49 && b(1) === 0x49 && b(2) === 0x2a && b(3) === 0) || (b(0) === 0x4d && b(1) === 0x4d && b(2) === 0 && b(3) === 0x2a)) return 'tiff';
  return null;
}

/** Whether a PNG starts as every PNG does: the whole signature, then an image header (IHDR) of a size. A PNG cut short has not. */
export function pngHeaderOk(bytes: Uint8Array): boolean {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 33 || signature.some((b, i) => bytes[i] !== b)) return false;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(16) > 0 && view.getUint32(20) > 0;
}

/** A JPEG's size and colour components, from its frame header (SOF0–SOF15 but DHT/JPG/DAC), or null. */
export function jpegInfo(bytes: Uint8Array): { width: number; height: number; components: number } | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0);
      const width = ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0);
      const components = bytes[at + 9] ?? 0;
      return width > 0 && height > 0 && [1, 3, 4].includes(components) ? { width, height, components } : null;
    }
    at += 2 + length;
  }
  return null;
}

/**
 * A one-page PDF that shows a JPEG file, so pdfjs's own JPEG decoder hands out its pixels in Node and in
 * the browser alike (neither has a decoder that both share).
 */
export function jpegPdf(jpeg: Uint8Array): Uint8Array | null {
  const info = jpegInfo(jpeg);
  if (!info) return null;
  const space = info.components === 1 ? '/DeviceGray' : info.components === 3 ? '/DeviceRGB' : '/DeviceCMYK';
  const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
  const content = `q ${info.width} 0 0 ${info.height} 0 0 cm /Im1 Do Q`;
  const objects = [
    enc('<< /Type /Catalog /Pages 2 0 R >>'),
    enc('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    enc(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${info.width} ${info.height}] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>`),
    enc(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`),
    concatBytes([
      enc(`<< /Type /XObject /Subtype /Image /Width ${info.width} /Height ${info.height} /ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`),
      jpeg,
      enc('\nendstream'),
    ]),
  ];
  const parts: Uint8Array[] = [enc('%PDF-1.4\n')];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const obj = concatBytes([enc(`${i + 1} 0 obj\n`), body, enc('\nendobj\n')]);
    offsets.push(offset);
    parts.push(obj);
    offset += obj.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(enc(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return concatBytes(parts);
}

/**
 * A PNG's pixels (8-bit RGBA out), inflated with the platform's DecompressionStream (Node and browsers have it).
 * Null for what this does not read (interlaced files, damaged data): the caller then lets tesseract decode it.
 */
export async function decodePng(bytes: Uint8Array): Promise<RawImage | null> {
  if (imageType(bytes) !== 'png') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let colour = 0;
  let interlace = 0;
  let palette: Uint8Array | null = null;
  let transparency: Uint8Array | null = null;
  const data: Uint8Array[] = [];
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      depth = bytes[at + 16] ?? 0;
      colour = bytes[at + 17] ?? 0;
      interlace = bytes[at + 20] ?? 0;
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colour];
  if (!channels || width === 0 || height === 0 || interlace !== 0 || ![1, 2, 4, 8, 16].includes(depth) || (colour === 3 && !palette)) return null;
  let raw: Uint8Array;
  try {
    raw = await inflate(concatBytes(data));
  } catch {
    return null;
  }
  const bitsPerPixel = channels * depth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const step = Math.max(1, bitsPerPixel >> 3);
  if (raw.length < height * (stride + 1)) return null;
  const rows = new Uint8Array(height * stride);
  let prior = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= step ? (out[i - step] ?? 0) : 0;
      const b = prior[i] ?? 0;
      const c = i >= step ? (prior[i - step] ?? 0) : 0;
      const x = line[i] ?? 0;
      let v: number;
      if (filter === 1) v = x + a;
      else if (filter === 2) v = x + b;
      else if (filter === 3) v = x + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      } else v = x;
      out[i] = v & 0xff;
    }
    prior = out;
  }
  const rgba = new Uint8Array(width * height * 4);
  const sample = (y: number, index: number): number => {
    // The index-th sample of row y, scaled to 8 bits (16-bit samples keep their high byte).
    if (depth === 8) return rows[y * stride + index] ?? 0;
    if (depth === 16) return rows[y * stride + index * 2] ?? 0;
    const bit = index * depth;
    const value = ((rows[y * stride + (bit >> 3)] ?? 0) >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
    return colour === 3 ? value : Math.round((value * 255) / ((1 << depth) - 1));
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const s = (k: number) => sample(y, x * channels + k);
      let r: number;
      let g: number;
      let b: number;
      let alpha = 255;
      if (colour === 3) {
        const i = s(0);
        r = palette?.[i * 3] ?? 0;
        g = palette?.[i * 3 + 1] ?? 0;
        b = palette?.[i * 3 + 2] ?? 0;
        alpha = transparency?.[i] ?? 255;
      } else if (colour === 0 || colour === 4) {
        r = g = b = s(0);
        if (colour === 4) alpha = s(1);
      } else {
        r = s(0);
        g = s(1);
        b = s(2);
        if (colour === 6) alpha = s(3);
      }
      // Transparent pixels are paper: composed over white.
      rgba[o] = Math.round((r * alpha + 255 * (255 - alpha)) / 255);
      rgba[o + 1] = Math.round((g * alpha + 255 * (255 - alpha)) / 255);
      rgba[o + 2] = Math.round((b * alpha + 255 * (255 - alpha)) / 255);
      rgba[o + 3] = 255;
    }
  }
  return { width, height, kind: 3, data: rgba };
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
