// What the UI may ask of the place it runs in: files in and out, the clipboard, PDF, the version, and the desktop
// shell's events (files to import, menu commands). Plain data only crosses it.
import type { Language, MenuCommand, OpenedFiles } from '../../electron/ipc-contract';

export type { Language, MenuCommand, OpenedFile, OpenedFiles, RefusedFile } from '../../electron/ipc-contract';

export interface PdfOptions {
  landscape?: boolean;
  pageSize?: 'A3' | 'A4' | 'A5' | 'Letter' | 'Legal';
}

export interface Platform {
  readonly kind: 'web' | 'electron';
  /** Offers a file to save (a download on the web, a save dialog on the desktop); false when the user cancelled. Throws PlatformError when writing failed. */
  saveFile(name: string, data: Uint8Array | string, mime: string): Promise<boolean>;
  /** Lets the user pick plan files; files over the size cap are listed as refused, never read. */
  openPlanFiles(): Promise<OpenedFiles>;
  /** Lets the user pick one workspace backup. */
  openBackupFile(): Promise<OpenedFiles>;
  /** Puts a PNG image on the clipboard; false when the clipboard refused it. */
  copyImage(png: Uint8Array): Promise<boolean>;
  /** Turns the current page into a PDF (desktop: saved where the user chooses; web: the print dialog). Throws PlatformError when it failed. */
  printToPdf(name: string, options?: PdfOptions): Promise<boolean>;
  appVersion(): Promise<string>;
  /** Files the desktop shell hands over (menu, second launch, the OS); returns the unsubscribe. */
  onImportFiles(listener: (files: OpenedFiles) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Tells the desktop shell the UI language, for its menu and dialogs. */
  setLanguage(locale: Language): Promise<void>;
}

export type PlatformErrorCode = 'write-failed' | 'print-failed';

/** A failure at the platform boundary, with a code the UI translates. */
export class PlatformError extends Error {
  constructor(
    readonly code: PlatformErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'PlatformError';
  }
}
