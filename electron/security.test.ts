import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { denyAllPermissions, guardWebContents, isSafeExternalUrl, openExternalSafely, secureWebPreferences } from './security';
import { FakeWebContents } from './testing/electron-mock';

vi.mock('electron', () => import('./testing/electron-mock'));

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

function guarded() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  guardWebContents(contents as unknown as WebContents, openExternal);
  return { contents, openExternal };
}

describe('window preferences', () => {
  const prefs = secureWebPreferences('/app/preload.cjs', false);

  it('isolates the page, sandboxes it and keeps Node out', () => {
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('keeps web security on, refuses insecure content and has no <webview>', () => {
    expect(prefs).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, webviewTag: false });
  });

  it('enables nothing experimental and no Blink feature', () => {
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('loads the given preload and offers developer tools only when asked', () => {
    expect(prefs.preload).toBe('/app/preload.cjs');
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p', true).devTools).toBe(true);
  });
});

describe('links to the system browser', () => {
  it.each(['https://www.gov.cn/zhengce/', 'http://example.org/plan.html?x=1#y'])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'app://planbench/index.html',
    'planbench://open',
    'ms-settings:privacy',
    'smb://server/share',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.org',
    'vbscript:msgbox',
    'https://user:secret@example.org/',
    'http://',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses what is not a string or is absurdly long', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl({ href: 'https://example.org' })).toBe(false);
    expect(isSafeExternalUrl(`https://example.org/${'a'.repeat(3000)}`)).toBe(false);
  });

  it('calls shell.openExternal only for the safe ones, with the normalised URL', () => {
    const openExternal = vi.fn(async (_url: string) => undefined);
    expect(openExternalSafely('file:///etc/passwd', openExternal)).toBe(false);
    expect(openExternalSafely('javascript:alert(1)', openExternal)).toBe(false);
    expect(openExternalSafely('custom-scheme://x', openExternal)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
    expect(openExternalSafely('HTTPS://Example.org', openExternal)).toBe(true);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/');
  });
});

describe('navigation', () => {
  it('lets the app navigate within itself', () => {
    const { contents } = guarded();
    const event = navigation('app://planbench/index.html#/compare');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses an http URL in the window and opens it in the browser instead', () => {
    const { contents, openExternal } = guarded();
    const event = navigation('https://example.org/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/');
  });

  it.each(['file:///etc/passwd', 'file:///C:/Windows/win.ini', 'app://evil/index.html', 'javascript:alert(1)', 'data:text/html,x'])('refuses %s without opening anything', (url) => {
    const { contents, openExternal } = guarded();
    const event = navigation(url);
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses foreign navigation of any frame and any redirect, without opening a browser twice', () => {
    const { contents, openExternal } = guarded();
    for (const name of ['will-frame-navigate', 'will-redirect']) {
      const foreign = navigation('https://example.org/');
      contents.emit(name, foreign);
      expect(foreign.preventDefault).toHaveBeenCalled();
      const own = navigation('app://planbench/index.html');
      contents.emit(name, own);
      expect(own.preventDefault).not.toHaveBeenCalled();
    }
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('new windows and <webview>', () => {
  it('denies every window.open, handing http(s) links to the browser', () => {
    const { contents, openExternal } = guarded();
    const handler = contents.windowOpenHandler;
    expect(handler).not.toBeNull();
    expect(handler?.({ url: 'https://example.org/a' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://planbench/index.html' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/a');
  });

  it('prevents a <webview> from attaching', () => {
    const { contents } = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://example.org' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('permissions', () => {
  function handlers() {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    denyAllPermissions(session as unknown as Session);
    return {
      request: session.setPermissionRequestHandler.mock.calls[0]?.[0] as (wc: unknown, permission: string, callback: (granted: boolean) => void) => void,
      check: session.setPermissionCheckHandler.mock.calls[0]?.[0] as (wc: unknown, permission: string) => boolean,
      device: session.setDevicePermissionHandler.mock.calls[0]?.[0] as (details: unknown) => boolean,
    };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'midi', 'pointerLock', 'display-capture'])(
    'denies a request for %s',
    (permission) => {
      const callback = vi.fn();
      handlers().request({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it.each(['media', 'geolocation', 'notifications', 'camera'])('answers no when %s is checked', (permission) => {
    expect(handlers().check({}, permission)).toBe(false);
  });

  it('grants no device (USB, HID, serial)', () => {
    expect(handlers().device({ deviceType: 'usb' })).toBe(false);
  });
});
