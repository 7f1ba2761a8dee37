// `npm run web` pre-bundles exactly what the app imports: a module missing from PREBUNDLED is found by Vite only
// while the first page loads, and the page reloads (the first visit of a fresh clone took over a minute).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREBUNDLED } from '../../vite.config';
import { browserImports } from './browser-imports';

const ROOT = join(import.meta.dirname, '..', '..');

describe('dependency pre-bundling', () => {
  const graph = browserImports(ROOT);

  it('walks the window and the import worker', () => {
    expect(graph.files).toContain('src/main.ts');
    expect(graph.files).toContain('src/import/worker/extract.worker.ts');
    expect(graph.files).toContain('src/import/readers/pdf.ts');
    expect(graph.files.some((f) => f.startsWith('src/cli/'))).toBe(false);
  });

  it('pre-bundles every npm module the browser code imports, deep imports and dynamic ones included', () => {
    expect(graph.packages).toContain('pdfjs-dist/legacy/build/pdf.mjs');
    expect(graph.packages.filter((p) => !PREBUNDLED.includes(p))).toEqual([]);
  });

  it('pre-bundles nothing the app no longer imports', () => {
    expect(PREBUNDLED.filter((p) => !graph.packages.includes(p))).toEqual([]);
  });
});
