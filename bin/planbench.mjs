#!/usr/bin/env node
// `planbench` (the package's bin; `npm run extract|eval|report` call it too): runs the command-line program built
// ahead of time into dist-cli/ (build/build-cli.mjs), building it first when its sources changed since.
//
//   planbench [extract] [options] PATH...     planbench eval [options]     planbench report [options] FILE...
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_DIR, ensureCliBuild } from '../build/build-cli.mjs';

const COMMANDS = ['extract', 'eval', 'report'];
const first = process.argv[2];
const command = first !== undefined && COMMANDS.includes(first) ? first : 'extract';
// The program reads its options from process.argv.slice(2), as when it is run by itself.
if (command === first) process.argv.splice(2, 1);
try {
  await ensureCliBuild();
} catch (err) {
  process.stderr.write(`planbench: building the command line failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(70);
}
await import(pathToFileURL(join(CLI_DIR, `${command}.js`)).href);
