// The window's security settings and guards: webPreferences, navigation, new windows, <webview>, permissions and
// which links may leave the app for the system browser.
import type { Session, WebContents, WebPreferences } from 'electron';
import { isAppUrl } from './app-protocol';

/** Preferences of every window: isolated, sandboxed, no Node, web security on, no <webview>, nothing experimental. */
export function secureWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools,
  };
}

/** Only http(s) URLs that parse, have a host and carry no credentials may go to the system browser. */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

export type OpenExternal = (url: string) => Promise<void>;

/** Opens a link in the system browser when it is safe; returns whether it did. */
export function openExternalSafely(url: unknown, openExternal: OpenExternal): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void openExternal(new URL(url).href).catch(() => undefined);
  return true;
}

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/**
 * Guards one webContents: navigation stays inside the app (an http(s) link goes to the browser instead),
 * window.open is always denied, and a <webview> is never attached.
 */
export function guardWebContents(contents: WebContents, openExternal: OpenExternal): void {
  // A link clicked in the page: refused here, and an http(s) one opened in the browser instead.
  contents.on('will-navigate', (event: NavigationEvent) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternalSafely(event.url, openExternal);
  });
  // Every frame and every redirect too (these also fire for the links above, so they only refuse).
  const refuseForeign = (event: NavigationEvent) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, openExternal);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** No camera, microphone, location, notifications, devices or anything else, asked or checked. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
