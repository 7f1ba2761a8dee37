// End-to-end harness: serves the built web app from dist/ and drives Debian's Chromium with playwright-core.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
// PLANBENCH_DIST lets parallel runs each serve their own build.
const DIST = process.env.PLANBENCH_DIST ?? join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'test-results');
export const CHROMIUM = process.env.PLANBENCH_CHROMIUM ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** A static server for dist/ (or another built folder) on a free loopback port. */
export async function serveDist(dir: string = DIST): Promise<Served> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: run \`npm run build\` first`);
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Chromium with a fresh profile, so every run starts as a first launch with an empty IndexedDB. */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'planbench-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until every named file shows a final stage in the progress list of the Library's current batch. */
export async function waitForImport(page: Page, names: string[], timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (files) => {
      const items = [...document.querySelectorAll('[data-testid="progress"] li')];
      const final = ['done', 'duplicate', 'failed', 'cancelled'];
      return files.every((f) => items.some((li) => li.textContent?.includes(f) && final.includes(li.getAttribute('data-stage') ?? '')));
    },
    names,
    { timeout },
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Waits until the page is still: no CSS animation or transition running (dialogs, drawers, messages; endless spinners
 * aside) and every chart that has started has finished drawing and animating. For screenshots and clicks on charts:
 * a state, never a fixed time.
 */
export async function settled(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const moving = document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
      const charts = [...document.querySelectorAll('[data-testid="chart-canvas"][data-ready="true"]')];
      return !moving && charts.every((c) => c.getAttribute('data-settled') === 'true');
    },
    undefined,
    { timeout, polling: 'raf' },
  );
}
