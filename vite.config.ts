// Build and test configuration: the renderer (Vue) for the web build and Electron, and Vitest for unit and CLI tests.
import vue from '@vitejs/plugin-vue';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const PDFJS = join(import.meta.dirname, 'node_modules', 'pdfjs-dist');
const PDFJS_DIRS = ['cmaps', 'standard_fonts'];

/** pdfjs's CJK character maps and standard fonts, served and bundled under pdfjs/ so PDFs read offline. */
function pdfjsAssets(): Plugin {
  return {
    name: 'planbench-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const [dir, file] = (req.url ?? '').split('?')[0]?.split('/').filter(Boolean) ?? [];
        if (!dir || !file || !PDFJS_DIRS.includes(dir) || file.includes('..')) return next();
        try {
          res.end(readFileSync(join(PDFJS, dir, file)));
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const dir of PDFJS_DIRS) {
        for (const file of readdirSync(join(PDFJS, dir))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${dir}/${file}`, source: readFileSync(join(PDFJS, dir, file)) });
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [vue(), pdfjsAssets()],
  // Relative asset paths, so the same build loads from Electron's app:// protocol and from any web server.
  base: './',
  worker: { format: 'es' },
  build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 4000 },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'electron/**/*.test.ts'],
    // Playwright owns tests/e2e; Vitest would try to run its specs without a browser.
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The CLI tests spawn tsx, whose cold start can take seconds on a loaded CI machine (also in beforeAll hooks).
    testTimeout: 30000,
    hookTimeout: 30000,
  },
});
