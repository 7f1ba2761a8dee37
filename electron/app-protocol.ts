// The app's own origin, app://planbench/: which URLs belong to it, how a request maps to a bundled file
// (never outside the renderer folder), and the headers every response carries, a strict CSP first.
import { readFile } from 'node:fs/promises';
import nodePath from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'planbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** Privileges of the scheme: a standard, secure origin that fetch() may read; no CSP bypass, no CORS opening, no service workers. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

/**
 * No remote anything, no eval: scripts, workers and fetches come from the app itself (blob: for workers and
 * downloads, data: for fonts and images); no plugins, frames, forms or <base>. As strict as, or stricter than,
 * the meta tag in index.html, which the web build relies on. 'wasm-unsafe-eval' lets the OCR worker compile
 * the app's own WebAssembly (tesseract's core, loaded from the app like every script); it allows no JS eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export function contentType(file: string): string {
  return TYPES[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers of every response from the app protocol, errors included. */
export function securityHeaders(type: string): Record<string, string> {
  return {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
}

/** True for URLs of the app itself (any path on app://planbench), false for everything else, unparsable included. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

export type Resolved = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 };

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * Maps a request URL to a file under `root`. Refuses other hosts, encoded or literal `..` segments, backslashes,
 * NUL bytes, drive letters and anything that resolves outside `root`.
 */
export function resolveAppFile(root: string, url: string, path: PathApi = nodePath): Resolved {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (/[\\\0:]/.test(pathname)) return { ok: false, status: 403 };
  const segments = pathname.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, status: 403 };
  if (segments.length === 0) segments.push('index.html');
  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  const rel = path.relative(base, file);
  if (rel === '' || rel.startsWith(`..${path.sep}`) || rel === '..' || path.isAbsolute(rel)) return { ok: false, status: 403 };
  return { ok: true, file };
}

type Reader = (file: string) => Promise<Uint8Array>;

/** The handler given to protocol.handle: bundled files with the security headers, a plain status for anything else. */
export function createAppProtocolHandler(root: string, read: Reader = readFile): (request: Request) => Promise<Response> {
  const refuse = (status: number) => new Response(null, { status, headers: securityHeaders('text/plain; charset=utf-8') });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const resolved = resolveAppFile(root, request.url);
    if (!resolved.ok) return refuse(resolved.status);
    let body: Uint8Array;
    try {
      body = await read(resolved.file);
    } catch {
      return refuse(404);
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers: securityHeaders(contentType(resolved.file)) });
  };
}
