// Writes src/data/text-tables.json: per-character tables normalisation needs, which are slow to derive in every thread
// that reads a document (~350 ms together) but depend only on the packages and Unicode:
//   changesAlone — the BMP ideographs traditional → simplified conversion (OpenCC hk → cn, opencc-hk2s.ts) changes on
//                  their own (src/core/text/script-table.ts);
//   ignorable    — the BMP's invisible characters, \p{Cf} and \p{Default_Ignorable_Code_Point} (normalize.ts);
//   common       — GB2312 hanzi ∪ Big5 level-1 hanzi, the everyday ideographs of either script (damage.ts).
// Run after updating opencc-js or Node (its Unicode version): `node build/gen-text-tables.mjs`. The tests beside each
// module fail until then.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = join(import.meta.dirname, '..');
const load = (path) => tsImport(path, import.meta.url);
const { computeChanging } = await load('../src/core/text/script-table.ts');
const { computeIgnorableUnits } = await load('../src/core/text/normalize.ts');
const { computeCommonIdeographs } = await load('../src/core/text/damage.ts');
const { encodeUnits } = await load('../src/core/text/unit-list.ts');
const { version } = (await load('../node_modules/opencc-js/package.json')).default;

const changing = computeChanging();
const ignorable = computeIgnorableUnits();
const common = computeCommonIdeographs();
const out = {
  source: `opencc-js@${version} hk2s; Unicode ${process.versions.unicode} (Node ${process.versions.node}); GB18030 and Big5 (src/core/text/big5.ts) decoders`,
  // Each list: ascending UTF-16 code units, each as its base-36 distance from the one before (the first from 0),
  // comma-separated (src/core/text/unit-list.ts).
  changesAlone: encodeUnits(changing),
  ignorable: encodeUnits(ignorable),
  common: encodeUnits(common),
};
writeFileSync(join(root, 'src', 'data', 'text-tables.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`text-tables.json: ${changing.length} ideographs change alone, ${ignorable.length} invisible units, ${common.length} common ideographs`);
