// Fetches the Electron binary after `npm install`, tolerating failure: a machine that cannot download it still
// installs, lints, tests and runs the web app. ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips it; `--required` (the
// `electron:install` script) makes a failure an error.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronPackageDir, findElectronBinary } from './electron-binary.mjs';

const required = process.argv.includes('--required');
const skip = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD;

function done(message, failed = false) {
  if (message) console.log(message);
  process.exit(failed && required ? 1 : 0);
}

if (skip && skip !== '0' && skip !== 'false' && !required) done('');
const dir = electronPackageDir();
if (!dir) done('planbench: the electron package is not installed; `npm start` will serve the web app instead.', true);
if (findElectronBinary()) done(required ? 'planbench: Electron is installed.' : '');

const run = spawnSync(process.execPath, [join(dir, 'install.js')], { encoding: 'utf8', timeout: 15 * 60 * 1000, stdio: ['ignore', 'pipe', 'pipe'] });
if (run.status === 0 && findElectronBinary()) done('planbench: Electron is installed.');
const reason =
  `${run.stderr ?? ''}\n${run.error?.message ?? ''}`
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /error/i.test(line) && !line.startsWith('at ')) ?? `exit ${run.status}`;
done(`planbench: Electron could not be downloaded (${reason.slice(0, 160)}); \`npm start\` will serve the web app instead — retry with \`npm run electron:install\`.`, true);
