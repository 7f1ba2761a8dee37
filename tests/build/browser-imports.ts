// The npm packages the app's browser code imports: a walk of the module graph from index.html's entry and every
// Web Worker it starts (`new Worker(new URL('…', import.meta.url))`), following relative imports through .ts and
// .vue files, static and dynamic alike. Type-only imports are left out: they never reach the browser.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const IMPORT = /(?:^|[\n;])\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\bfrom\s*)?['"]([^'"\n]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;
const WORKER = /new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*['"]([^'"\n]+)['"]/g;
const EXTENSIONS = ['', '.ts', '.vue', '.js', '.mjs', '/index.ts'];

function resolveLocal(from: string, spec: string): string | null {
  const base = join(dirname(from), spec.split('?')[0]!);
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** `pkg` or `@scope/pkg` plus any deep path, as written; CSS and other assets are not pre-bundled. */
function isBareModule(spec: string): boolean {
  return !spec.startsWith('.') && !spec.startsWith('/') && !spec.startsWith('node:') && !/\.(css|scss|svg|png|json)(\?|$)/.test(spec);
}

export interface BrowserImports {
  /** Bare specifiers (e.g. `echarts/core`) the browser code imports, sorted. */
  packages: string[];
  /** Files walked, relative to the root. */
  files: string[];
}

export function browserImports(root: string): BrowserImports {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*\bsrc="\/?([^"]+)"/g)].map((m) => join(root, m[1]!));
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let code = readFileSync(file, 'utf8');
    if (file.endsWith('.vue')) code = [...code.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
    const specs = [
      ...[...code.matchAll(IMPORT)].filter((m) => !m[1]).map((m) => m[2]!),
      ...[...code.matchAll(DYNAMIC)].map((m) => m[1]!),
      ...[...code.matchAll(WORKER)].map((m) => m[1]!),
    ];
    for (const spec of specs) {
      if (spec.startsWith('.')) {
        const local = resolveLocal(file, spec);
        if (local && !/\.(css|json)$/.test(local)) queue.push(local);
      } else if (isBareModule(spec)) packages.add(spec.split('?')[0]!);
    }
  }
  return { packages: [...packages].sort(), files: [...seen].map((f) => relative(root, f)).sort() };
}
