// `npm start`: builds the app when its sources changed since the last build (a hash of them, see BUILD_INPUTS) and
// opens it in Electron; where Electron is not installed, says so in one line and serves the same build for the
// system browser. `--rebuild` builds whatever the hash says; `--no-build` reuses the last build without looking.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { buildDesktop, buildInputsHash, currentBuild, RENDERER_DIR, ROOT, SHELL_DIR } from './build-electron.mjs';
import { findElectronBinary } from './electron-binary.mjs';

async function main() {
  if (!process.argv.includes('--no-build')) await buildIfChanged(process.argv.includes('--rebuild'));
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.error(`planbench: no build in ${RENDERER_DIR}; run \`npm start\` without --no-build.`);
    process.exit(1);
  }
  const electron = findElectronBinary();
  if (electron) return launch(electron);
  await serveInBrowser();
}

async function buildIfChanged(force) {
  const inputs = buildInputsHash();
  const built = force ? null : currentBuild(inputs);
  if (built) {
    console.log(`planbench: nothing changed since the last build (${built.toLocaleString()}); opening it.`);
    return;
  }
  console.log('planbench: building the app (a minute or two; the next `npm start` skips this while nothing changes)…');
  const t0 = performance.now();
  await buildDesktop(inputs);
  console.log(`planbench: built in ${((performance.now() - t0) / 1000).toFixed(0)} s.`);
}

function launch(electron) {
  const child = spawn(electron, [SHELL_DIR], { stdio: 'inherit', cwd: ROOT });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function serveInBrowser() {
  const open = Boolean(process.stdout.isTTY) && !process.env.CI;
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: RENDERER_DIR },
    preview: { host: '127.0.0.1', port: Number(process.env.PLANBENCH_PORT ?? 4173), strictPort: false, open },
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  console.log(`Electron is not installed, so PlanBench is served for your browser at ${url} (Ctrl+C stops it; \`npm run electron:install\` fetches Electron).`);
}

main().catch((error) => {
  console.error(`planbench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
