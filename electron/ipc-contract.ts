// The one IPC contract between the window and the main process: channels, request schemas, response and event types.
// Main validates every request against it, the preload builds its API from it, and src/platform is typed by it.
import { z } from 'zod';

/** The name under which the preload exposes its API on `window`. */
export const API_KEY = 'planbench';

/** One file is refused above this size (the importer's own limit), so a huge file is never read into memory. */
export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024;
/** At most this many files and bytes in one batch; the rest are refused with `too-many`. */
export const MAX_OPEN_FILES = 1000;
export const MAX_OPEN_BATCH_BYTES = 1024 * 1024 * 1024;
export const MAX_SAVE_BYTES = 512 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 64 * 1024 * 1024;

/** Extensions offered by the open dialog and accepted from the command line; the importer decides what it can read. */
export const IMPORT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'htm', 'html', 'docx', 'pdf', 'png', 'jpg', 'jpeg', 'tif', 'tiff'] as const;
export const BACKUP_EXTENSIONS = ['json'] as const;
/** What the app writes (tables, backups, charts, reports): nothing else is offered to the save dialog or written. */
export const SAVE_EXTENSIONS = ['csv', 'xlsx', 'json', 'png', 'svg', 'docx', 'html', 'pdf'] as const;

/** The extension of a file name or path, lowercase, without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** Device names Windows reserves in any folder, with or without an extension. */
const RESERVED_NAME = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/iu;

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function bytes(max: number) {
  return z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.byteLength <= max, { message: `expected at most ${max} bytes` });
}

/**
 * A bare file name to suggest in a save dialog: no folders, no control characters or characters Windows refuses,
 * not hidden (no leading dot), no trailing dot or space, no device name, and one of the extensions `allowed`.
 */
function savedName(allowed: readonly string[]) {
  return z
    .string()
    .min(1)
    .max(255)
    .refine((s) => !/[/\\<>:"|?*]/u.test(s) && ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) && !s.startsWith('.') && !/[. ]$/u.test(s) && !RESERVED_NAME.test(s), { message: 'a bare file name' })
    .refine((s) => allowed.includes(extensionOf(s)), { message: `a name ending in .${allowed.join(', .')}` });
}

const filter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().refine((e) => (SAVE_EXTENSIONS as readonly string[]).includes(e.toLowerCase()), { message: `one of ${SAVE_EXTENSIONS.join(', ')}` }))
    .min(1)
    .max(10),
});

const languageSchema = z.enum(LANGUAGES);
const empty = z.strictObject({});

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}
export type RefusedCode = 'too-large' | 'too-many' | 'unreadable';
export interface RefusedFile {
  name: string;
  size: number;
  code: RefusedCode;
}
/** Files read for the window, and those left unread with the reason. */
export interface OpenedFiles {
  files: OpenedFile[];
  refused: RefusedFile[];
}

/** What became of a save: the user chose a path and it was written, cancelled, or the write failed. */
export type SaveResult = { status: 'saved' } | { status: 'cancelled' } | { status: 'failed'; code: 'write-failed' | 'print-failed'; detail: string };

export interface AppVersion {
  version: string;
  electron: string;
  chrome: string;
}

/** Declares a channel: the request schema is checked at run time, the response type at compile time only. */
function channel<Res>() {
  return <Method extends string, Req extends z.ZodType>(method: Method, request: Req) => ({ method, request, response: undefined as unknown as Res });
}

/** Requests from the window to main (ipcRenderer.invoke → ipcMain.handle). */
export const INVOKE = {
  'planbench:open-files': channel<OpenedFiles>()('openFiles', z.strictObject({ kind: z.enum(['plans', 'backup']) })),
  'planbench:save-file': channel<SaveResult>()(
    'saveFile',
    z.strictObject({
      suggestedName: savedName(SAVE_EXTENSIONS),
      data: z.union([bytes(MAX_SAVE_BYTES), z.string().max(MAX_SAVE_BYTES)]),
      filters: z.array(filter).max(10),
    }),
  ),
  'planbench:copy-image': channel<boolean>()(
    'copyImage',
    z.strictObject({
      png: bytes(MAX_IMAGE_BYTES).refine((b) => PNG_SIGNATURE.every((x, i) => b[i] === x), { message: 'a PNG image' }),
    }),
  ),
  'planbench:print-to-pdf': channel<SaveResult>()(
    'printToPdf',
    z.strictObject({
      suggestedName: savedName(['pdf']),
      landscape: z.boolean().optional(),
      pageSize: z.enum(['A3', 'A4', 'A5', 'Letter', 'Legal']).optional(),
    }),
  ),
  'planbench:app-version': channel<AppVersion>()('appVersion', empty),
  'planbench:set-language': channel<void>()('setLanguage', z.strictObject({ locale: languageSchema })),
} as const;

/** Commands of the native menu that the window carries out (import goes through `import-files`). */
export const menuCommandSchema = z.discriminatedUnion('command', [
  z.strictObject({ command: z.enum(['export-chart', 'export-report', 'backup', 'restore']) }),
  z.strictObject({ command: z.literal('language'), locale: languageSchema }),
]);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** Events from main to the window (webContents.send → ipcRenderer.on); the payload type is all they carry. */
export const EVENTS = {
  /** Files to import: from the menu's open dialog, a second launch, or the OS opening a file with the app. */
  'planbench:import-files': { method: 'onImportFiles', payload: undefined as unknown as OpenedFiles },
  'planbench:menu-command': { method: 'onMenuCommand', payload: undefined as unknown as MenuCommand },
} as const;

export type InvokeChannel = keyof typeof INVOKE;
export type EventChannel = keyof typeof EVENTS;
export type Request<C extends InvokeChannel> = z.output<(typeof INVOKE)[C]['request']>;
export type Response<C extends InvokeChannel> = (typeof INVOKE)[C]['response'];
export type Payload<C extends EventChannel> = (typeof EVENTS)[C]['payload'];

type RequestInput<C extends InvokeChannel> = z.input<(typeof INVOKE)[C]['request']>;
/** A channel whose request is empty takes no argument. */
type InvokeMethod<C extends InvokeChannel> = Record<never, never> extends RequestInput<C> ? () => Promise<Response<C>> : (request: RequestInput<C>) => Promise<Response<C>>;

/** The object the preload exposes as `window.planbench`: one method per channel, one subscription per event. */
export type PlanbenchApi = {
  [C in InvokeChannel as (typeof INVOKE)[C]['method']]: InvokeMethod<C>;
} & {
  [C in EventChannel as (typeof EVENTS)[C]['method']]: (listener: (payload: Payload<C>) => void) => () => void;
};

export const INVOKE_CHANNELS = Object.keys(INVOKE) as InvokeChannel[];
export const EVENT_CHANNELS = Object.keys(EVENTS) as EventChannel[];
/** The API's keys, exactly: what the preload must expose and nothing more. */
export const API_METHODS = [...INVOKE_CHANNELS.map((c) => INVOKE[c].method), ...EVENT_CHANNELS.map((c) => EVENTS[c].method)];
