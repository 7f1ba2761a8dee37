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

const MODULES = join(import.meta.dirname, 'node_modules');
/**
 * OCR's files, served under tesseract/ so scans are recognised offline: tesseract.js's worker script,
 * the LSTM-only cores (plain, SIMD and relaxed-SIMD: tesseract.js picks the one the browser runs; the
 * WebAssembly is inside each .wasm.js) and the simplified-Chinese trained data (integer LSTM model).
 */
const TESSERACT_FILES: ReadonlyArray<[string, string]> = [
  ['worker.min.js', join(MODULES, 'tesseract.js', 'dist', 'worker.min.js')],
  ...['tesseract-core-lstm.wasm.js', 'tesseract-core-simd-lstm.wasm.js', 'tesseract-core-relaxedsimd-lstm.wasm.js'].map(
    (f): [string, string] => [`core/${f}`, join(MODULES, 'tesseract.js-core', f)],
  ),
  ['lang/chi_sim.traineddata.gz', join(MODULES, '@tesseract.js-data', 'chi_sim', '4.0.0_best_int', 'chi_sim.traineddata.gz')],
];

function tesseractAssets(): Plugin {
  const files = new Map(TESSERACT_FILES);
  return {
    name: 'planbench-tesseract-assets',
    configureServer(server) {
      server.middlewares.use('/tesseract', (req, res, next) => {
        const file = files.get((req.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '');
        if (!file) return next();
        if (file.endsWith('.js')) res.setHeader('content-type', 'text/javascript');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [name, file] of files) this.emitFile({ type: 'asset', fileName: `tesseract/${name}`, source: readFileSync(file) });
    },
  };
}

/**
 * Every npm module the app's browser code imports (the window's and the import worker's, static and dynamic),
 * pre-bundled when `npm run web` starts. Left to discovery, Vite finds the worker's and the lazily imported ones
 * only while the first page loads, re-bundles and reloads it: the first visit of a fresh clone then took over a
 * minute. tests/build/prebundle.test.ts walks the module graph and fails when this list misses an import.
 */
export const PREBUNDLED = [
  '@element-plus/icons-vue',
  'dexie',
  'docx',
  'echarts',
  'echarts/charts',
  'echarts/components',
  'echarts/core',
  'echarts/renderers',
  'element-plus',
  'element-plus/es/locale/lang/en',
  'element-plus/es/locale/lang/zh-cn',
  'exceljs',
  'htmlparser2',
  'mammoth',
  'mammoth/lib/zipfile',
  'opencc-js/t2cn',
  'pdfjs-dist/legacy/build/pdf.mjs',
  'pdfjs-dist/legacy/build/pdf.worker.mjs',
  'pinia',
  'tesseract.js',
  'vue',
  'vue-echarts',
  'vue-i18n',
  'vue-router',
  'zod',
];

export default defineConfig({
  plugins: [vue(), pdfjsAssets(), tesseractAssets()],
  optimizeDeps: { include: PREBUNDLED },
  // `npm run web` transforms the app's modules (and the import and report workers') as it starts, not when the browser asks.
  server: { warmup: { clientFiles: ['./src/main.ts', './src/import/worker/extract.worker.ts', './src/export/worker/report.worker.ts'] } },
  // Relative asset paths, so the same build loads from Electron's app:// protocol and from any web server.
  base: './',
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // zod's comments that Rollup cannot place are dropped anyway (as in electron/vite.config.ts); the warning is noise.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'electron/**/*.test.ts'],
    // Playwright owns tests/e2e; Vitest would try to run its specs without a browser.
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The CLI tests spawn the built command line (tests/helpers/cli.ts); it is built once here, before them.
    globalSetup: ['tests/helpers/build-cli.global.ts'],
    // A cold start of Node and worker threads can take seconds on a loaded CI machine (also in beforeAll hooks).
    testTimeout: 30000,
    hookTimeout: 30000,
  },
});
