// Builds the desktop app into dist-electron/: the renderer (renderer/), the shell (main.cjs, preload.cjs) and a
// package.json without dependencies, since everything is bundled — the folder electron-builder packs as app.asar.
// The build records a hash of what it was made from (.build-inputs), so `npm start` can skip a build that is current.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export const ROOT = join(import.meta.dirname, '..');
export const SHELL_DIR = process.env.PLANBENCH_SHELL_DIR ?? join(ROOT, 'dist-electron');
export const RENDERER_DIR = join(SHELL_DIR, 'renderer');

/** The packaged app's own package.json: who it is and where main is, nothing to install. */
export function appManifest(pkg) {
  return {
    name: pkg.name,
    productName: pkg.productName,
    version: pkg.version,
    description: pkg.description,
    ...(pkg.author ? { author: pkg.author } : {}),
    ...(pkg.license ? { license: pkg.license } : {}),
    main: 'main.cjs',
    private: true,
  };
}

/** What the desktop build is made from, relative to the project: a change to any file in them makes it stale. */
export const BUILD_INPUTS = ['index.html', 'package.json', 'package-lock.json', 'tsconfig.json', 'vite.config.ts', 'src', 'public', 'seeds', 'electron', 'build/build-electron.mjs'];
const STAMP = '.build-inputs';
/** Files in the inputs that never reach a build. */
const NOT_BUILT = /\.test\.ts$/;

function inputFiles(root, rel, out) {
  const path = join(root, rel);
  if (!existsSync(path)) return;
  const entries = readdirSync(path, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = `${rel}/${entry.name}`;
    if (entry.isDirectory()) inputFiles(root, child, out);
    else if (entry.isFile() && !NOT_BUILT.test(entry.name)) out.push(child);
  }
}

/** SHA-256 over the input files' paths and contents (not their times: a checkout or a copy keeps the build current). */
export function buildInputsHash(root = ROOT) {
  const files = [];
  for (const input of BUILD_INPUTS) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    if (statSync(path).isDirectory()) inputFiles(root, input, files);
    else files.push(input);
  }
  const hash = createHash('sha256');
  for (const file of files.sort()) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

/** When the build in shellDir was made from these inputs (and is whole), the time it was built; else null. */
export function currentBuild(inputs, shellDir = SHELL_DIR) {
  try {
    const stamp = JSON.parse(readFileSync(join(shellDir, STAMP), 'utf8'));
    const whole = ['main.cjs', 'preload.cjs', 'package.json', 'renderer/index.html'].every((f) => existsSync(join(shellDir, f)));
    return whole && stamp.inputs === inputs ? new Date(stamp.builtAt) : null;
  } catch {
    return null;
  }
}

/** Records what the build in shellDir was made from; written last, so an interrupted build is never current. */
export function writeBuildStamp(inputs, shellDir = SHELL_DIR) {
  writeFileSync(join(shellDir, STAMP), `${JSON.stringify({ inputs, builtAt: new Date().toISOString() })}\n`);
}

/** Builds into SHELL_DIR; `inputs` is the hash of the files as they were when the build began. */
export async function buildDesktop(inputs = buildInputsHash()) {
  rmSync(SHELL_DIR, { recursive: true, force: true });
  mkdirSync(SHELL_DIR, { recursive: true });
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: RENDERER_DIR, emptyOutDir: true },
  });
  for (const mode of ['main', 'preload']) {
    await build({ configFile: join(ROOT, 'electron', 'vite.config.ts'), mode, build: { outDir: SHELL_DIR } });
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  writeFileSync(join(SHELL_DIR, 'package.json'), `${JSON.stringify(appManifest(pkg), null, 2)}\n`);
  writeBuildStamp(inputs);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildDesktop();
}
