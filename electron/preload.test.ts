import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_KEY, API_METHODS, EVENT_CHANNELS, EVENTS, INVOKE, INVOKE_CHANNELS, type PlanbenchApi } from './ipc-contract';
import { contextBridge, ipcRenderer } from './testing/electron-mock';

vi.mock('electron', () => import('./testing/electron-mock'));

let api: PlanbenchApi;

beforeAll(async () => {
  await import('./preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, exposed] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, PlanbenchApi];
  expect(key).toBe(API_KEY);
  api = exposed;
});

describe('the preload', () => {
  it("exposes exactly the contract's methods, all functions", () => {
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('exposes neither ipcRenderer nor a generic invoke or send', () => {
    const keys = Object.keys(api);
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'postMessage']) expect(keys).not.toContain(forbidden);
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each method on its own fixed channel, with the request as the only argument', async () => {
    for (const channel of INVOKE_CHANNELS) {
      ipcRenderer.invoke.mockClear();
      const method = (api as unknown as Record<string, (r?: unknown) => Promise<unknown>>)[INVOKE[channel].method];
      await method?.({ probe: channel });
      expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, { probe: channel });
    }
  });

  it('sends an empty request for a method that takes none', async () => {
    ipcRenderer.invoke.mockClear();
    await api.appVersion();
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('planbench:app-version', {});
  });

  it('hands event listeners the payload only, never the IPC event, and unsubscribes', () => {
    for (const channel of EVENT_CHANNELS) {
      ipcRenderer.on.mockClear();
      ipcRenderer.removeListener.mockClear();
      const listener = vi.fn();
      const subscribe = (api as unknown as Record<string, (l: (p: unknown) => void) => () => void>)[EVENTS[channel].method];
      const off = subscribe?.(listener);
      const [subscribed, forward] = ipcRenderer.on.mock.calls[0] as [string, (event: unknown, payload: unknown) => void];
      expect(subscribed).toBe(channel);
      const ipcEvent = { sender: ipcRenderer, senderId: 0 };
      forward(ipcEvent, { files: [], refused: [] });
      expect(listener).toHaveBeenCalledExactlyOnceWith({ files: [], refused: [] });
      off?.();
      expect(ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(channel, forward);
    }
  });

  it('refuses a listener that is not a function', () => {
    expect(() => (api.onImportFiles as unknown as (l: unknown) => void)('x')).toThrow(TypeError);
  });
});
