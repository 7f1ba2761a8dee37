// The installers' configuration (electron-builder.yml) as electron-builder itself reads and validates it, the icons,
// and the package.json facts packaging relies on. `npm run dist` needs downloads, so this is what can be checked here.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appManifest } from '../build/build-electron.mjs';

const ROOT = path.join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

interface Config {
  appId?: string;
  productName?: string;
  directories?: { app?: string; buildResources?: string; output?: string };
  asar?: boolean;
  electronFuses?: Record<string, boolean>;
  extraResources?: { from: string; to: string }[];
  linux?: { target?: string[]; icon?: string; executableName?: string; maintainer?: string };
  win?: { target?: string[]; icon?: string };
  mac?: { target?: string[]; icon?: string };
  [key: string]: unknown;
}

// electron-builder's own loader and schema validation (app-builder-lib is the library behind its CLI).
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Config>;
  validateConfiguration(config: Config, debug: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration', async () => {
  const config = await getConfig(ROOT, null, null);

  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would catch a misspelt option (the validation is real)', async () => {
    const broken = { ...structuredClone(config), electronFuses: { ...config.electronFuses, runAsNodes: false } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow();
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names the app and builds AppImage, deb, NSIS and dmg', () => {
    expect(config.appId).toBe('org.planbench.app');
    expect(config.productName).toBe('规划对照台 PlanBench');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.executableName).toMatch(/^[a-z]+$/);
    expect(config.artifactName).toMatch(/^[A-Za-z${}.-]+$/);
  });

  it('packs the built app folder into an asar, with the sample plans beside it', () => {
    expect(config.asar).toBe(true);
    expect(config.directories?.app).toBe('dist-electron');
    expect(config.directories?.buildResources).toBe('build');
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'seeds', to: 'seeds' })]);
    expect(existsSync(path.join(ROOT, 'seeds', 'index.json'))).toBe(true);
  });

  it('has its icons: 1024 and 512 pixel PNGs and a Windows icon', () => {
    expect(pngSize(path.join(ROOT, 'build', 'icon.png'))).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(path.join(ROOT, 'build', 'icons', '512x512.png'))).toEqual({ width: 512, height: 512 });
    for (const icon of [config.linux?.icon, config.win?.icon, config.mac?.icon]) expect(existsSync(path.join(ROOT, String(icon)))).toBe(true);
  });
});

describe('the packaged app folder', () => {
  it('has a package.json with main and no dependencies, since everything is bundled', () => {
    const manifest = appManifest(pkg as unknown as Record<string, unknown>);
    expect(manifest).toMatchObject({ name: 'planbench', version: pkg.version, main: 'main.cjs', productName: '规划对照台 PlanBench' });
    expect(manifest).not.toHaveProperty('dependencies');
    expect(manifest).not.toHaveProperty('type');
  });
});

describe('package.json', () => {
  it('keeps Electron and electron-builder as development tools only', () => {
    for (const name of ['electron', 'electron-builder']) {
      expect(pkg.devDependencies[name], name).toBeDefined();
      expect(pkg.dependencies?.[name]).toBeUndefined();
      expect(pkg.optionalDependencies?.[name]).toBeUndefined();
    }
  });

  it('uses a current Electron (45 or newer), the one installed', () => {
    const installed = (require('electron/package.json') as { version: string }).version;
    expect(Number(installed.split('.')[0])).toBeGreaterThanOrEqual(45);
    expect(pkg.devDependencies.electron).toMatch(new RegExp(`^\\^?${installed.split('.')[0]}\\.`));
  });

  it('has the start, web and dist scripts, and a postinstall that tolerates a failed download', () => {
    expect(pkg.scripts.start).toBe('node build/start.mjs');
    expect(pkg.scripts.web).toBe('vite');
    expect(pkg.scripts.dist).toMatch(/build-electron\.mjs && electron-builder$/);
    expect(pkg.scripts.postinstall).toBe('node build/install-electron.mjs');
  });
});

/**
 * A real `electron-builder --linux dir` run, offline: a stand-in Electron (a script carrying Electron's fuse wire
 * in its default state) replaces the download, and a tiny app replaces the build. Shows the fuses are flipped in
 * the binary and app.asar holds the app without any node_modules.
 */
describe('packaging with a stand-in Electron', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  // Electron's defaults: RunAsNode, NodeOptions, inspect and file:// privileges on; integrity, asar-only, cookies off.
  const DEFAULT_WIRE = '10110001';
  const work = mkdtempSync(path.join(tmpdir(), 'planbench-package-'));
  const out = path.join(work, 'release');
  let run: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    const dist = path.join(work, 'electron-dist');
    mkdirSync(path.join(dist, 'locales'), { recursive: true });
    for (const locale of ['en-US', 'zh-CN', 'fr', 'de']) writeFileSync(path.join(dist, 'locales', `${locale}.pak`), '');
    writeFileSync(path.join(dist, 'electron'), `#!/bin/sh\n# ${SENTINEL}\u0001\u0008${DEFAULT_WIRE}\n`, 'latin1');
    chmodSync(path.join(dist, 'electron'), 0o755);
    const app = path.join(work, 'app');
    mkdirSync(path.join(app, 'renderer'), { recursive: true });
    writeFileSync(path.join(app, 'package.json'), JSON.stringify(appManifest(pkg as unknown as Record<string, unknown>)));
    for (const file of ['main.cjs', 'preload.cjs']) writeFileSync(path.join(app, file), '// stand-in\n');
    writeFileSync(path.join(app, 'renderer', 'index.html'), '<!doctype html>');
    const cli = require.resolve('electron-builder/cli.js');
    run = spawnSync(
      process.execPath,
      [cli, '--linux', 'dir', '--publish', 'never', `-c.electronDist=${dist}`, `-c.directories.app=${app}`, `-c.directories.output=${out}`],
      { cwd: ROOT, encoding: 'utf8', timeout: 120000 },
    );
  }, 130000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('packs without error', () => {
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  });

  it('flips the fuses in the packaged binary', () => {
    const binary = readFileSync(path.join(out, 'linux-unpacked', 'planbench'), 'latin1');
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    // RunAsNode 0, cookie encryption 1, NODE_OPTIONS 0, --inspect 0, asar integrity 1, asar only 1, V8 snapshot 0, file:// privileges 0.
    expect(binary.slice(at + 2, at + 10)).toBe('01001100');
  });

  it('puts the app in app.asar without node_modules, the samples beside it, and keeps only zh-CN and en-US', () => {
    const asar = require('@electron/asar') as { listPackage(file: string): string[] };
    const files = asar.listPackage(path.join(out, 'linux-unpacked', 'resources', 'app.asar'));
    expect(files).toEqual(expect.arrayContaining(['/package.json', '/main.cjs', '/preload.cjs', '/renderer/index.html']));
    expect(files.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(readdirSync(path.join(out, 'linux-unpacked', 'resources', 'seeds'))).toContain('index.json');
    expect(readdirSync(path.join(out, 'linux-unpacked', 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
  });
});
