import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, APP_URL, CONTENT_SECURITY_POLICY, contentType, createAppProtocolHandler, isAppUrl, resolveAppFile } from './app-protocol';

let base: string;
let root: string;
let outside: string;

beforeAll(() => {
  base = mkdtempSync(nodePath.join(tmpdir(), 'planbench-protocol-'));
  root = nodePath.join(base, 'renderer');
  mkdirSync(nodePath.join(root, 'assets'), { recursive: true });
  mkdirSync(nodePath.join(root, 'pdfjs', 'cmaps'), { recursive: true });
  writeFileSync(nodePath.join(root, 'index.html'), '<!doctype html><title>PlanBench</title>');
  writeFileSync(nodePath.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(nodePath.join(root, 'pdfjs', 'cmaps', 'UniGB-UCS2-H.bcmap'), Buffer.from([1, 2, 3]));
  outside = nodePath.join(base, 'secret.txt');
  writeFileSync(outside, 'secret');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

describe('the app protocol', () => {
  it('is a standard, secure scheme that fetch() may read, and grants nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('corsEnabled');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('allowServiceWorkers');
  });

  it('knows its own URLs from any other', () => {
    expect(isAppUrl(APP_URL)).toBe(true);
    expect(isAppUrl('app://planbench/assets/x.js')).toBe(true);
    for (const url of ['app://other/index.html', 'https://planbench/', 'file:///index.html', 'planbench://x', 'nonsense']) expect(isAppUrl(url)).toBe(false);
  });
});

describe('the content security policy header', () => {
  it('is on every response, files and refusals alike', async () => {
    for (const url of ['app://planbench/index.html', 'app://planbench/missing.js', 'app://planbench/%2e%2e/secret.txt']) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('allows scripts from the app only: no remote source, no eval, no inline script (WebAssembly only, for OCR)', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|https?:|\*/);
    for (const [name, values] of directives) {
      if (name !== 'style-src') expect(values, name).not.toContain("'unsafe-inline'");
    }
  });

  it('is at least as strict as the meta tag the web build carries', () => {
    const html = readFileSync(nodePath.join(import.meta.dirname, '..', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toMatch(/'unsafe-eval'|https?:/);
    // Every source the meta tag allows is also allowed by the header, so the two never disagree about the app.
    for (const directive of meta.split(';').map((d) => d.trim())) expect(CONTENT_SECURITY_POLICY).toContain(directive);
  });
});

describe('serving files', () => {
  it('serves index.html for the root and files with their types', async () => {
    const index = await get('app://planbench/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('PlanBench');
    const script = await get('app://planbench/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const cmap = await get('app://planbench/pdfjs/cmaps/UniGB-UCS2-H.bcmap');
    expect(new Uint8Array(await cmap.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('answers 404 for a missing file, 405 for anything but GET and HEAD', async () => {
    expect((await get('app://planbench/nope.js')).status).toBe(404);
    expect((await get('app://planbench/index.html', 'POST')).status).toBe(405);
    const head = await get('app://planbench/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('maps extensions to types, with a safe default', () => {
    expect(contentType('a.mjs')).toMatch(/javascript/);
    expect(contentType('a.wasm')).toBe('application/wasm');
    expect(contentType('a.bcmap')).toBe('application/octet-stream');
  });
});

describe('path traversal', () => {
  it.each([
    'app://planbench/../secret.txt',
    'app://planbench/../../etc/passwd',
    'app://planbench/%2e%2e/secret.txt',
    'app://planbench/%2E%2E/%2E%2E/etc/passwd',
    'app://planbench/..%2fsecret.txt',
    'app://planbench/assets/..%2f..%2fsecret.txt',
    'app://planbench/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://planbench/..%5csecret.txt',
    'app://planbench/assets%5c..%5c..%5csecret.txt',
    'app://planbench/index.html%00.js',
    'app://planbench/C:/Windows/win.ini',
    'app://planbench/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses another host on the same scheme', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403);
  });

  it('never resolves outside the root, also with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\PlanBench\\resources\\app.asar\\renderer';
    for (const url of ['app://planbench/..%5c..%5cwin.ini', 'app://planbench/%2e%2e%2fwin.ini', 'app://planbench/C:%5cWindows%5cwin.ini', 'app://planbench/%5c%5cserver%5cshare']) {
      expect(resolveAppFile(winRoot, url, nodePath.win32).ok).toBe(false);
    }
    const ok = resolveAppFile(winRoot, 'app://planbench/assets/index.js', nodePath.win32);
    expect(ok).toEqual({ ok: true, file: `${winRoot}\\assets\\index.js` });
  });

  it('cannot read a file outside the root by any spelling', async () => {
    const rel = nodePath.relative(root, outside).split(nodePath.sep).join('/');
    // The literal `..` is normalised away by URL parsing (a 404 inside the root); the encoded one is refused.
    for (const url of [`app://planbench/${rel}`, `app://planbench/${encodeURIComponent(rel)}`, `app://planbench/assets/${rel.replaceAll('.', '%2e')}`]) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text()).toBe('');
    }
    expect((await get(`app://planbench/${encodeURIComponent(rel)}`)).status).toBe(403);
  });
});
