// `npm start` and the tolerant Electron install, run as a user would, on a machine where Electron's binary is absent.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildInputsHash, currentBuild, writeBuildStamp } from '../build/build-electron.mjs';

const ROOT = path.join(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'planbench-start-'));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGTERM');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A built app with a recognisable page, so the test need not build the real one. */
function fakeShell(): string {
  const shell = mkdtempSync(path.join(work, 'shell-'));
  mkdirSync(path.join(shell, 'renderer'));
  writeFileSync(path.join(shell, 'renderer', 'index.html'), '<!doctype html><title>planbench start test</title>');
  return shell;
}

/** Runs the start script until it prints the line with the address, then reads the page at that address. */
async function startWithoutElectron(script: string, env: Record<string, string>, args: string[] = ['--no-build']) {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, CI: '1', PLANBENCH_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no line in time; stdout: ${stdout}; stderr: ${stderr}`)), 20000);
    child.stdout?.on('data', () => {
      const served = stdout.split('\n').find((l, i, lines) => i < lines.length - 1 && l.includes('http'));
      if (served) {
        clearTimeout(timer);
        resolve(served);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}; stdout: ${stdout}; stderr: ${stderr}`)));
  });
  const url = /https?:\/\/\S+?\//.exec(line)?.[0];
  const page = url ? await (await fetch(url)).text() : '';
  // Anything printed after the line would arrive within this pause.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { line, url, page, stdout, stderr };
}

function expectOneLineFallback(result: Awaited<ReturnType<typeof startWithoutElectron>>): void {
  expect(result.line).toMatch(/^Electron is not installed, so PlanBench is served for your browser at http:\/\/127\.0\.0\.1:\d+\//);
  expect(result.stdout.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toBe('');
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at |Error:/);
  expect(result.page).toContain('planbench start test');
}

describe('npm start without Electron', () => {
  it('says so in one line and serves the app when the electron package cannot be found', async () => {
    // A copy of the scripts where `require('electron')` finds nothing: only vite is beside them.
    const dir = mkdtempSync(path.join(work, 'copy-'));
    mkdirSync(path.join(dir, 'build'));
    mkdirSync(path.join(dir, 'node_modules'));
    for (const file of ['start.mjs', 'build-electron.mjs', 'electron-binary.mjs']) copyFileSync(path.join(ROOT, 'build', file), path.join(dir, 'build', file));
    symlinkSync(path.join(ROOT, 'node_modules', 'vite'), path.join(dir, 'node_modules', 'vite'), 'dir');
    const result = await startWithoutElectron(path.join(dir, 'build', 'start.mjs'), { PLANBENCH_SHELL_DIR: fakeShell() });
    expectOneLineFallback(result);
  }, 30000);

  it('says so in one line when the package is there but its binary is not', async () => {
    const result = await startWithoutElectron(path.join(ROOT, 'build', 'start.mjs'), {
      PLANBENCH_SHELL_DIR: fakeShell(),
      ELECTRON_OVERRIDE_DIST_PATH: path.join(work, 'no-electron-here'),
    });
    expectOneLineFallback(result);
  }, 30000);

  it('explains a missing build instead of failing with a stack trace', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'build', 'start.mjs'), '--no-build'], {
      env: { ...process.env, PLANBENCH_SHELL_DIR: path.join(work, 'never-built') },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^planbench: no build in .*never-built/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

/** A whole desktop build (renderer, shell, manifest) with a recognisable page. */
function fakeWholeShell(): string {
  const shell = fakeShell();
  for (const file of ['main.cjs', 'preload.cjs', 'package.json']) writeFileSync(path.join(shell, file), '');
  return shell;
}

/** A small project: a page, a source file, a test beside it. */
function fakeProject(): string {
  const root = mkdtempSync(path.join(work, 'project-'));
  mkdirSync(path.join(root, 'src', 'views'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(root, 'package.json'), '{"name":"p"}');
  writeFileSync(path.join(root, 'src', 'views', 'Compare.vue'), '<template>a</template>');
  writeFileSync(path.join(root, 'src', 'views', 'compare.test.ts'), 'test');
  return root;
}

describe('npm start builds only what changed', () => {
  it('sees a change to any source, and not a touch, a copy or a test', () => {
    const root = fakeProject();
    const before = buildInputsHash(root);
    // The same files written again (new times) and the same tree elsewhere: nothing to build.
    writeFileSync(path.join(root, 'src', 'views', 'Compare.vue'), '<template>a</template>');
    expect(buildInputsHash(root)).toBe(before);
    const copy = fakeProject();
    expect(buildInputsHash(copy)).toBe(before);
    // Tests never reach the build.
    writeFileSync(path.join(root, 'src', 'views', 'compare.test.ts'), 'another test');
    expect(buildInputsHash(root)).toBe(before);
    // An edit, a new file, a changed package.json: a build is due.
    writeFileSync(path.join(root, 'src', 'views', 'Compare.vue'), '<template>b</template>');
    const edited = buildInputsHash(root);
    expect(edited).not.toBe(before);
    writeFileSync(path.join(copy, 'src', 'views', 'Notes.vue'), '');
    expect(buildInputsHash(copy)).not.toBe(before);
    writeFileSync(path.join(root, 'package.json'), '{"name":"p","version":"2"}');
    expect(buildInputsHash(root)).not.toBe(edited);
  });

  it('takes a build as current only when it is whole and was made from the same sources', () => {
    const shell = fakeWholeShell();
    expect(currentBuild('abc', shell)).toBeNull();
    writeBuildStamp('abc', shell);
    expect(currentBuild('abc', shell)).toBeInstanceOf(Date);
    expect(currentBuild('abd', shell)).toBeNull();
    rmSync(path.join(shell, 'main.cjs'));
    expect(currentBuild('abc', shell)).toBeNull();
  });

  it('opens the last build at once when nothing changed since it was made', async () => {
    const shell = fakeWholeShell();
    writeBuildStamp(buildInputsHash(), shell);
    const t0 = performance.now();
    const result = await startWithoutElectron(path.join(ROOT, 'build', 'start.mjs'), { PLANBENCH_SHELL_DIR: shell, ELECTRON_OVERRIDE_DIST_PATH: path.join(work, 'no-electron-here') }, []);
    expect(result.stdout).toMatch(/^planbench: nothing changed since the last build \(.+\); opening it\.\n/);
    expect(result.stdout).not.toMatch(/building/);
    // The recognisable page is still there: no build replaced it.
    expect(result.page).toContain('planbench start test');
    // A generous bound: a build takes minutes, hashing the sources well under a second.
    expect(performance.now() - t0).toBeLessThan(15000);
  }, 30000);
});

describe('the Electron install step', () => {
  it('is skipped silently with ELECTRON_SKIP_BINARY_DOWNLOAD, as in CI', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'build', 'install-electron.mjs')], {
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toBe('');
  });

  it('never fails the install when the binary cannot be downloaded, and says so in one line', () => {
    // A copy of the step beside an electron package whose download fails the way it does offline.
    const dir = mkdtempSync(path.join(work, 'install-'));
    mkdirSync(path.join(dir, 'build'));
    mkdirSync(path.join(dir, 'node_modules', 'electron'), { recursive: true });
    for (const file of ['install-electron.mjs', 'electron-binary.mjs']) copyFileSync(path.join(ROOT, 'build', file), path.join(dir, 'build', file));
    writeFileSync(path.join(dir, 'node_modules', 'electron', 'package.json'), '{"name":"electron","version":"45.0.0","main":"index.js"}');
    writeFileSync(path.join(dir, 'node_modules', 'electron', 'install.js'), "console.error(new Error('getaddrinfo ENOTFOUND download host').stack); process.exit(1);");
    const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const run = spawnSync(process.execPath, [path.join(dir, 'build', 'install-electron.mjs')], { env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^planbench: Electron could not be downloaded \(Error: getaddrinfo ENOTFOUND download host\); `npm start` will serve the web app instead/)]);
    // Asked for explicitly (`npm run electron:install`), the same failure is an error.
    expect(spawnSync(process.execPath, [path.join(dir, 'build', 'install-electron.mjs'), '--required'], { env, encoding: 'utf8' }).status).toBe(1);
  });
});
