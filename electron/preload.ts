// The one bridge into the window: exposes the contract's small typed object as window.planbench, never ipcRenderer.
// Runs sandboxed, so it uses nothing but `electron`'s contextBridge and ipcRenderer, and exports nothing.
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './bridge';
import { API_KEY } from './ipc-contract';

contextBridge.exposeInMainWorld(API_KEY, createApi(ipcRenderer));
