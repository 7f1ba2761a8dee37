// The seam between the UI and where it runs: the Electron preload API when present, browser APIs otherwise.
export interface Platform {
  /** Offers a file to save (a download on the web, a save dialog on the desktop); false when the user cancelled. */
  saveFile(name: string, data: Uint8Array | string, mime: string): Promise<boolean>;
}

const web: Platform = {
  async saveFile(name, data, mime) {
    const blob = new Blob([typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>)], { type: mime });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  },
};

export function platform(): Platform {
  return web;
}
