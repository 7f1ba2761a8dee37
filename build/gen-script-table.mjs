// Writes src/data/script-table.json: the BMP ideographs that traditional → simplified conversion (OpenCC hk → cn,
// src/core/text/opencc-hk2s.ts) changes on their own, so no thread has to ask the converter about 28,000 characters
// before it reads its first document. Run after updating opencc-js: `node build/gen-script-table.mjs`
// (src/core/text/script-table.test.ts fails until then).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = join(import.meta.dirname, '..');
const { computeChanging, encodeDeltas } = await tsImport('../src/core/text/script-table.ts', import.meta.url);
const { version } = await tsImport('../node_modules/opencc-js/package.json', import.meta.url).then((m) => m.default ?? m);
const changing = computeChanging();
const out = {
  source: `opencc-js@${version} hk2s, single ideographs of U+3400–4DBF, U+4E00–9FFF, U+F900–FAFF`,
  // Ascending code units, each as its base-36 distance from the one before (the first from 0), comma-separated.
  changesAlone: encodeDeltas(changing),
};
writeFileSync(join(root, 'src', 'data', 'script-table.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`script-table.json: ${changing.length} ideographs change on their own, from ${out.source}`);
