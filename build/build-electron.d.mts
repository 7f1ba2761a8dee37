// Types of build-electron.mjs for the TypeScript tests that import it.
export const ROOT: string;
export const SHELL_DIR: string;
export const RENDERER_DIR: string;
export interface AppManifest {
  name: string;
  productName?: string;
  version: string;
  description?: string;
  author?: unknown;
  license?: string;
  main: string;
  private: true;
}
export function appManifest(pkg: Record<string, unknown>): AppManifest;
export const BUILD_INPUTS: readonly string[];
export function buildInputsHash(root?: string): string;
export function currentBuild(inputs: string, shellDir?: string): Date | null;
export function writeBuildStamp(inputs: string, shellDir?: string): void;
export function buildDesktop(inputs?: string): Promise<void>;
