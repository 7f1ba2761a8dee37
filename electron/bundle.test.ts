// The built shell, not just its sources: main.cjs and preload.cjs as Vite builds them, run against the electron
// stand-in. The preload runs in a context like a sandboxed preload's, where `require` knows `electron` only.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_URL } from './app-protocol';
import { API_KEY, API_METHODS } from './ipc-contract';
import * as electron from './testing/electron-mock';
import { SHELL_ENTRIES, shellConfig } from './vite.config';

const out = mkdtempSync(path.join(tmpdir(), 'planbench-bundle-'));
const code: Record<string, string> = {};

beforeAll(async () => {
  for (const entry of SHELL_ENTRIES) {
    const config = shellConfig(entry);
    await build({ ...config, configFile: false, build: { ...config.build, outDir: out } });
    code[entry] = readFileSync(path.join(out, `${entry}.cjs`), 'utf8');
  }
}, 120000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

function requires(source: string): string[] {
  return [...new Set([...source.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] ?? ''))].sort();
}

describe('preload.cjs', () => {
  it('is one CommonJS file that requires electron and nothing else', () => {
    expect(requires(code.preload ?? '')).toEqual(['electron']);
    expect(code.preload).not.toMatch(/\bimport\s*\(|\bexports\./);
  });

  it('exposes exactly the contract in a sandbox-like context', () => {
    electron.contextBridge.exposeInMainWorld.mockClear();
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${name}`);
    };
    vm.runInNewContext(code.preload ?? '', { require: sandboxRequire, module: { exports: {} }, exports: {}, URL, console });
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe(API_KEY);
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
  });
});

describe('main.cjs', () => {
  it('requires electron and Node built-ins only: everything else is bundled', () => {
    const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const name of requires(code.main ?? '')) expect(name === 'electron' || node.has(name), name).toBe(true);
  });

  it('starts the app against the stand-in: privileged scheme, one secure window on the app URL', async () => {
    electron.resetElectronMock();
    vi.clearAllMocks();
    const nodeRequire = (name: string) => (name === 'electron' ? electron : (createRequire(import.meta.url)(name) as unknown));
    const module = { exports: {} };
    new Function('require', 'module', 'exports', '__filename', '__dirname', code.main ?? '')(nodeRequire, module, module.exports, path.join(out, 'main.cjs'), out);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const window = electron.BrowserWindow.instances[0];
    expect(window?.loadURL).toHaveBeenCalledWith(APP_URL);
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });
});
