// End to end in Chromium: the web build's Content-Security-Policy refuses eval, string-built functions and
// injected inline scripts, while the app itself (modules, worker, styles) still runs under it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Browser, openBrowser, serveDist, type Served } from './harness';

let served: Served;
let browser: Browser;

before(async () => {
  served = await serveDist();
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await served?.close();
});

test('the app runs under its policy, and the policy refuses eval and injected scripts', async () => {
  const { page } = browser;
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(served.url);
  await page.getByTestId('nav-library').waitFor();
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library').waitFor();
  assert.deepEqual(violations, [], 'the app itself loads without a policy violation');

  // A string, not a function: the test's transpiler must not add helpers to the code that runs in the page.
  // The probes run in a timer: DevTools lifts the eval ban for the duration of an evaluate call itself.
  const outcome = await page.evaluate(`(async () => {
    const attempt = (run) => { try { run(); return 'ran'; } catch (e) { return e.name; } };
    const [evalResult, functionResult] = await new Promise((resolve) =>
      setTimeout(() => resolve([attempt(() => (0, eval)('1 + 1')), attempt(() => new Function('return 1')())]), 0),
    );
    window.__timer = false;
    setTimeout('window.__timer = true', 0);
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.head.append(script);
    // A timer queued after the probes runs after them (same delay, first in first out): by then they ran or were refused.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { evalResult, functionResult, timerString: window.__timer ? 'ran' : 'blocked', inline: window.__inline ? 'ran' : 'blocked' };
  })()`);

  assert.deepEqual(outcome, { evalResult: 'EvalError', functionResult: 'EvalError', timerString: 'blocked', inline: 'blocked' });
  assert.ok(violations.length >= 1, 'Chromium reports the refusals as policy violations');
});
