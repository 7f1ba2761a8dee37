// Builds the desktop app into dist-electron/: the renderer (renderer/), the shell (main.cjs, preload.cjs) and a
// package.json without dependencies, since everything is bundled — the folder electron-builder packs as app.asar.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

export async function buildDesktop() {
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
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildDesktop();
}
