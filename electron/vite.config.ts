// Builds the desktop shell into dist-electron/: main.cjs (main process) and preload.cjs, one run each, so that the
// sandboxed preload is a single CommonJS file that requires nothing but `electron`.
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

export const SHELL_OUT_DIR = join(import.meta.dirname, '..', 'dist-electron');
export const SHELL_ENTRIES = ['main', 'preload'] as const;
export type ShellEntry = (typeof SHELL_ENTRIES)[number];

const NODE = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export function shellConfig(entry: ShellEntry): UserConfig {
  return {
    root: import.meta.dirname,
    publicDir: false,
    logLevel: 'warn',
    // The main process resolves packages as Node does; the preload runs in a renderer.
    resolve: entry === 'main' ? { conditions: ['node'], mainFields: ['module', 'main'] } : {},
    build: {
      outDir: SHELL_OUT_DIR,
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      reportCompressedSize: false,
      lib: { entry: join(import.meta.dirname, `${entry}.ts`), formats: ['cjs'], fileName: () => `${entry}.cjs` },
      rollupOptions: {
        // A sandboxed preload may require `electron` only; main may also use Node's own modules.
        external: entry === 'main' ? ['electron', ...NODE] : ['electron'],
        output: { inlineDynamicImports: true },
        // zod's comments that Rollup cannot place are dropped anyway; the warning is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
  };
}

// `vite build -c electron/vite.config.ts --mode preload` builds the preload; any other mode builds main.
export default defineConfig(({ mode }) => shellConfig(mode === 'preload' ? 'preload' : 'main'));
