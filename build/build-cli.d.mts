// Types of build-cli.mjs for the TypeScript tests and scripts that import it.
export const ROOT: string;
export const CLI_DIR: string;
/** esbuild options the programs are bundled with. */
export const BUNDLE_OPTIONS: Readonly<Record<string, unknown>>;
export const CLI_ENTRIES: Readonly<Record<'extract' | 'eval' | 'report' | 'worker', string>>;
export function currentCliBuild(outDir?: string, root?: string): Date | null;
export function buildCli(outDir?: string, root?: string): Promise<number>;
export function ensureCliBuild(outDir?: string, root?: string): Promise<boolean>;
