// The file extensions PlanBench reads and the format each stands for: the one list the readers, the Library's file
// picker and the tests use (the desktop shell's open dialog keeps its copy in electron/ipc-contract.ts; a test compares them).
import type { Format } from './types';

export const EXTENSIONS: ReadonlyArray<readonly [string, Format]> = [
  ['txt', 'txt'],
  ['text', 'txt'],
  ['md', 'md'],
  ['markdown', 'md'],
  ['htm', 'html'],
  ['html', 'html'],
  ['docx', 'docx'],
  ['pdf', 'pdf'],
  ['png', 'image'],
  ['jpg', 'image'],
  ['jpeg', 'image'],
  ['tif', 'image'],
  ['tiff', 'image'],
];

/** Every extension a reader takes, without the dot. */
export const IMPORT_EXTENSIONS: readonly string[] = EXTENSIONS.map(([extension]) => extension);
