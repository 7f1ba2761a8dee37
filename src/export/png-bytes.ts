// Small PNG facts without a codec: the size a PNG header states, and a one-pixel white PNG for a DOCX's SVG fallback.

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// A 1×1 white RGB PNG: what Word versions without SVG support draw in the image's box.
const WHITE_PIXEL =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC';

export function whitePixelPng(): Uint8Array {
  const binary = atob(WHITE_PIXEL);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
