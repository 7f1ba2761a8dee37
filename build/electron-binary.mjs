// Where the Electron executable is, without ever triggering its download (requiring `electron` from Node would).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

const EXECUTABLES = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

/** The electron package's folder, or null when the package is not installed. */
export function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The path of the Electron executable when it is installed, else null. */
export function findElectronBinary() {
  const dir = electronPackageDir();
  if (!dir) return null;
  let executable = null;
  try {
    executable = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    // No path.txt: the binary was never downloaded (or an override names its folder).
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const fallback = EXECUTABLES[process.platform] ?? 'electron';
  const binary = override ? join(override, executable || fallback) : executable ? join(dir, 'dist', executable) : null;
  return binary && existsSync(binary) ? binary : null;
}
