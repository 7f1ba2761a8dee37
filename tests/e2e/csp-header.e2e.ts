// End to end in Chromium: the desktop shell's own response headers (electron/app-protocol.ts, the handler behind
// app://planbench) serve the built app, and Chromium enforces the header policy: the directives only the header
// carries (base-uri, form-action) refuse a <base> and a form post, and the renderer has no Node (require, process).
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CONTENT_SECURITY_POLICY, createAppProtocolHandler } from '../../electron/app-protocol';
import { type Browser, openBrowser, ROOT } from './harness';

const DIST = process.env.PLANBENCH_DIST ?? join(ROOT, 'dist');

let server: Server;
let origin: string;
let browser: Browser;
/** Every path the page asked the server for. */
const requested: string[] = [];

before(async () => {
  const handle = createAppProtocolHandler(DIST);
  server = createServer((req, res) => {
    requested.push(req.url ?? '');
    // The shell's handler answers app://planbench/…; the same request over loopback HTTP, so Chromium can load it here.
    void handle(new Request(`app://planbench${req.url ?? '/'}`, { method: req.method ?? 'GET' })).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('the app loads under the header policy and Chromium enforces base-uri and form-action from it', async () => {
  const { page } = browser;
  const response = await page.goto(`${origin}/index.html`);
  assert.equal(response?.headers()['content-security-policy'], CONTENT_SECURITY_POLICY);
  await page.getByTestId('nav-library').waitFor();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });

  // In a timer: DevTools relaxes some checks for the duration of an evaluate call itself.
  const outcome = (await page.evaluate(`(async () => {
    const seen = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective || e.violatedDirective));
    const before = document.baseURI;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const base = document.createElement('base');
    base.href = 'https://evil.example/';
    document.head.prepend(base);
    const baseAfter = document.baseURI;
    const form = document.createElement('form');
    form.method = 'get';
    form.action = location.origin + '/steal';
    const field = document.createElement('input');
    field.name = 'secret';
    field.value = 'plans';
    form.append(field);
    document.body.append(form);
    // Until the refused submission is reported (bounded, so a missing report fails the assertions below instead of hanging).
    const reported = new Promise((resolve) => document.addEventListener('securitypolicyviolation', (e) => (e.effectiveDirective || e.violatedDirective) === 'form-action' && resolve(true)));
    form.submit();
    await Promise.race([reported, new Promise((resolve) => setTimeout(resolve, 10000))]);
    return { baseKept: baseAfter === before, href: location.pathname, seen };
  })()`)) as { baseKept: boolean; href: string; seen: string[] };

  assert.equal(outcome.baseKept, true, 'the injected <base> did not change where relative URLs go');
  assert.equal(outcome.href, '/index.html', 'the form did not navigate away');
  assert.ok(outcome.seen.includes('base-uri'), `base-uri reported: ${outcome.seen.join(', ')}`);
  assert.ok(outcome.seen.includes('form-action'), `form-action reported: ${outcome.seen.join(', ')}`);
  assert.equal(requested.filter((p) => p.startsWith('/steal')).length, 0, 'the server never saw the form post');
  assert.ok(violations.length >= 2, 'Chromium names the refusals in the console');
});

test('the renderer has no Node: no require, process, module, Buffer or global', async () => {
  const { page } = browser;
  await page.goto(`${origin}/index.html`);
  await page.getByTestId('nav-library').waitFor();
  const types = await page.evaluate(`({
    require: typeof require,
    process: typeof process,
    module: typeof module,
    Buffer: typeof Buffer,
    global: typeof global,
  })`);
  assert.deepEqual(types, { require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined', global: 'undefined' });
});
