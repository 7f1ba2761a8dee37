// Identifiers of stored rows: random ids for what the researcher creates; documents are named by their SHA-256 (src/import/hash.ts).

/** A random id such as `region-3f9c…` (96 bits). getRandomValues works outside secure contexts, unlike randomUUID. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${prefix}-${toHex(bytes)}`;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function isSha256Hex(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(text);
}
