// The preload's API, built from the IPC contract: one fixed channel per method, one subscription per event, and
// nothing of ipcRenderer (nor its events, which hold the sender) reaches the page.
import type { ipcRenderer, IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, EVENTS, INVOKE, INVOKE_CHANNELS, type PlanbenchApi } from './ipc-contract';

export type Ipc = Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function createApi(ipc: Ipc): PlanbenchApi {
  const api: Record<string, unknown> = {};
  for (const channel of INVOKE_CHANNELS) {
    // One fixed channel per method: the page can never name a channel itself.
    api[INVOKE[channel].method] = (request?: unknown) => ipc.invoke(channel, request ?? {});
  }
  for (const channel of EVENT_CHANNELS) {
    api[EVENTS[channel].method] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError('a listener function is required');
      // The IPC event (which holds the sender) stays here; the page gets the payload only.
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipc.on(channel, forward);
      return () => {
        ipc.removeListener(channel, forward);
      };
    };
  }
  return Object.freeze(api) as PlanbenchApi;
}
