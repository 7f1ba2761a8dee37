// The seam between the UI and where it runs: the Electron preload API when present, browser APIs otherwise,
// chosen once at start-up. Both implementations are typed by the IPC contract in electron/ipc-contract.ts.
import { API_KEY, API_METHODS, type PlanbenchApi } from '../../electron/ipc-contract';
import { electronPlatform } from './electron';
import type { Platform } from './types';
import { webPlatform } from './web';

export type { Language, MenuCommand, OpenedFile, OpenedFiles, Platform, RefusedFile } from './types';
export { PlatformError } from './types';

function isPlanbenchApi(value: unknown): value is PlanbenchApi {
  if (typeof value !== 'object' || value === null) return false;
  return API_METHODS.every((method) => typeof (value as Record<string, unknown>)[method] === 'function');
}

/** The desktop implementation when the preload exposed its API on this window, else the browser one. */
export function choosePlatform(scope: object = globalThis): Platform {
  const api = (scope as Record<string, unknown>)[API_KEY];
  return isPlanbenchApi(api) ? electronPlatform(api) : webPlatform;
}

let chosen: Platform | null = null;

export function platform(): Platform {
  chosen ??= choosePlatform();
  return chosen;
}
