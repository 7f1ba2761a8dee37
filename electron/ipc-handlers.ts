// Main's side of the IPC contract: every request is refused unless it comes from the main window's top frame on
// the app's URL and its payload passes the channel's schema; files are written only where the user chose.
import { app, type BrowserWindow, clipboard, ClipboardItem, dialog, type FileFilter, ipcMain, type IpcMainInvokeEvent, nativeImage } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isAppUrl } from './app-protocol';
import { IMPORT_LIMITS, readFiles } from './files';
import {
  BACKUP_EXTENSIONS,
  type EventChannel,
  IMPORT_EXTENSIONS,
  INVOKE,
  INVOKE_CHANNELS,
  type InvokeChannel,
  type Language,
  MAX_SAVE_BYTES,
  type OpenedFiles,
  type Payload,
  type Request,
  type Response,
  type SaveResult,
  SAVE_EXTENSIONS,
  extensionOf,
} from './ipc-contract';
import { MENU_MESSAGES } from './menu-messages';

export interface IpcContext {
  window(): BrowserWindow | null;
  language(): Language;
  setLanguage(locale: Language): void;
}

export type RefusalCode = 'foreign-sender' | 'invalid-payload';

/** Thrown back to the caller (the renderer's promise rejects); never carries the payload. */
export class IpcRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    channel: string,
  ) {
    super(`planbench: ${channel} refused (${code})`);
    this.name = 'IpcRefusal';
  }
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/** The main window's own top frame, showing the app: nothing else may call main (no subframe, other window or page). */
export function isTrustedSender(event: SenderEvent, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || event.sender !== window.webContents) return false;
  const top = window.webContents.mainFrame;
  const isTop = frame === top || (frame.parent === null && frame.processId === top.processId && frame.routingId === top.routingId);
  return isTop && frame.parent === null && isAppUrl(frame.url);
}

type Handlers = { [C in InvokeChannel]: (request: Request<C>, window: BrowserWindow) => Promise<Response<C>> };

function documentsPath(name: string): string {
  try {
    return path.join(app.getPath('documents'), name);
  } catch {
    return name;
  }
}

/**
 * The path to write: the one the user chose, with the suggested extension added when the chosen name has none of
 * the allowed ones (a name typed without it, or one that would make an executable or a start-up script).
 */
export function savePath(chosen: string, suggestedName: string): string {
  return (SAVE_EXTENSIONS as readonly string[]).includes(extensionOf(chosen)) ? chosen : `${chosen}.${extensionOf(suggestedName)}`;
}

/** Asks where to save, then writes there and only there. */
async function saveWithDialog(window: BrowserWindow, name: string, data: Uint8Array | string, filters: FileFilter[], title: string): Promise<SaveResult> {
  const choice = await dialog.showSaveDialog(window, { title, defaultPath: documentsPath(name), filters, properties: ['showOverwriteConfirmation', 'createDirectory'] });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  try {
    await writeFile(savePath(choice.filePath, name), data);
    return { status: 'saved' };
  } catch (e) {
    return { status: 'failed', code: 'write-failed', detail: e instanceof Error ? e.message : String(e) };
  }
}

/** The open dialog for plans (several) or a backup (one), and the chosen files read within the caps. */
export async function openWithDialog(window: BrowserWindow, kind: 'plans' | 'backup', locale: Language): Promise<OpenedFiles> {
  const m = MENU_MESSAGES[locale];
  const plans = kind === 'plans';
  const choice = await dialog.showOpenDialog(window, {
    title: plans ? m.importTitle : m.restoreTitle,
    properties: plans ? ['openFile', 'multiSelections'] : ['openFile'],
    filters: [{ name: plans ? m.importFilter : m.backupFilter, extensions: [...(plans ? IMPORT_EXTENSIONS : BACKUP_EXTENSIONS)] }],
  });
  if (choice.canceled) return { files: [], refused: [] };
  return readFiles(choice.filePaths, plans ? IMPORT_LIMITS : { maxFileBytes: MAX_SAVE_BYTES, maxFiles: 1, maxBatchBytes: MAX_SAVE_BYTES });
}

export function createHandlers(context: IpcContext): Handlers {
  return {
    'planbench:open-files': (request, window) => openWithDialog(window, request.kind, context.language()),
    'planbench:save-file': (request, window) =>
      saveWithDialog(window, request.suggestedName, request.data, request.filters, MENU_MESSAGES[context.language()].saveTitle),
    'planbench:copy-image': async (request) => {
      // Decoding first refuses bytes that only look like a PNG; the clipboard gets the re-encoded image.
      const image = nativeImage.createFromBuffer(Buffer.from(request.png.buffer, request.png.byteOffset, request.png.byteLength));
      if (image.isEmpty()) return false;
      try {
        await clipboard.write([new ClipboardItem({ 'image/png': new Blob([image.toPNG() as Uint8Array<ArrayBuffer>], { type: 'image/png' }) })]);
        return true;
      } catch {
        return false;
      }
    },
    'planbench:print-to-pdf': async (request, window) => {
      const m = MENU_MESSAGES[context.language()];
      let pdf: Uint8Array;
      try {
        // The page as it is now, before the dialog opens.
        pdf = await window.webContents.printToPDF({ printBackground: true, landscape: request.landscape ?? false, pageSize: request.pageSize ?? 'A4' });
      } catch (e) {
        return { status: 'failed', code: 'print-failed', detail: e instanceof Error ? e.message : String(e) };
      }
      return saveWithDialog(window, request.suggestedName, pdf, [{ name: m.pdfFilter, extensions: ['pdf'] }], m.pdfTitle);
    },
    'planbench:app-version': async () => ({
      version: app.getVersion(),
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
    }),
    'planbench:set-language': async (request) => {
      context.setLanguage(request.locale);
    },
  };
}

/** Checks the sender, then the payload, then runs the handler; exported for tests, used by registerIpcHandlers. */
export async function handleRequest<C extends InvokeChannel>(channel: C, event: SenderEvent, args: unknown[], context: IpcContext, handlers: Handlers): Promise<Response<C>> {
  const window = context.window();
  if (!window || !isTrustedSender(event, window)) throw new IpcRefusal('foreign-sender', channel);
  if (args.length !== 1) throw new IpcRefusal('invalid-payload', channel);
  const parsed = INVOKE[channel].request.safeParse(args[0]);
  if (!parsed.success) throw new IpcRefusal('invalid-payload', channel);
  const handler = handlers[channel] as (request: unknown, window: BrowserWindow) => Promise<Response<C>>;
  return handler(parsed.data, window);
}

export function registerIpcHandlers(context: IpcContext): void {
  const handlers = createHandlers(context);
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => handleRequest(channel, event, args, context, handlers));
  }
}

/** Sends an event of the contract to the window, typed by channel. */
export function sendToWindow<C extends EventChannel>(window: BrowserWindow | null, channel: C, payload: Payload<C>): void {
  if (window && !window.isDestroyed()) window.webContents.send(channel, payload);
}
