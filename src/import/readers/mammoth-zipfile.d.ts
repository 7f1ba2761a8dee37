// mammoth's zip reader (mammoth/lib/zipfile.js, used by its Node and browser entries alike) ships no types.
declare module 'mammoth/lib/zipfile' {
  export interface ZipFile {
    exists(name: string): boolean;
    read(name: string, encoding: 'utf-8'): Promise<string>;
    write(name: string, contents: string): void;
    toArrayBuffer(): Promise<ArrayBuffer>;
  }
  export function openArrayBuffer(arrayBuffer: ArrayBuffer): Promise<ZipFile>;
}
