// What the core rows of the bench time, bundled as the CLI bundles it (bench/core-built.ts).
export { extractBytes } from '../src/core/extract/extract';
export { decodeBytes } from '../src/core/text/decode';
export { normalize } from '../src/core/text/normalize';
