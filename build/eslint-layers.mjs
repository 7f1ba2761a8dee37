// The layers of src/ as an allow-list: each folder names the folders and npm packages it may import, and the lint rule
// `layers/allowed-imports` refuses everything else (type-only imports too, `.vue` files included). A new folder must be
// added here before any of its files pass lint, so every folder states its place in the flow
//   bytes → text → records (core, import, workspace) → store (db) → app → views (stores, composables, components, views) → exports.
import { existsSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = resolve(ROOT, 'src');

/** Vue, its router, messages and widgets: what the window's UI layers use. */
const UI = ['vue', 'vue-router', 'vue-i18n', 'pinia', 'element-plus', '@element-plus/icons-vue'];
/** Node built-ins, as `node:` specifiers or bare names. */
const NODE = 'node:*';

/**
 * folder of src/ (or '(root)' for src/*.ts and src/*.vue) → what its files may import. `folders` are src folders, or
 * paths outside src relative to the repository ('package.json', 'electron/ipc-contract', 'seeds'); `packages` are npm
 * package names (NODE for the built-ins).
 */
export const LAYERS = {
  // bytes → text → records: pure, shared by the window, the worker and the CLI.
  core: { folders: ['core', 'data'], packages: ['opencc-js', 'zod'] },
  data: { folders: ['data'], packages: [] },
  // Readers of file formats, and the extraction worker with its protocol and client (import/worker/); the worker
  // stores a large document itself (import/worker/store.ts), so its records never cross to the window.
  import: { folders: ['import', 'core', 'seeds', 'db'], packages: ['htmlparser2', 'mammoth', 'pdfjs-dist', 'tesseract.js'] },
  // The workspace model without a database: stored row shapes and their builders, and the workspace file format.
  workspace: { folders: ['workspace', 'core'], packages: ['zod'] },
  // records → store: Dexie over the workspace model; nothing of the UI.
  db: { folders: ['db', 'workspace', 'core'], packages: ['dexie', 'zod'] },
  // records → panels and files: chart options and exports, pure of Vue, stores and Node.
  charts: { folders: ['charts', 'core'], packages: ['echarts'] },
  export: { folders: ['export', 'charts', 'core', 'i18n'], packages: ['docx', 'echarts', 'exceljs'] },
  eval: { folders: ['eval', 'core'], packages: [] },
  i18n: { folders: ['i18n', 'core'], packages: ['vue-i18n'] },
  // The browser's side of the desktop shell, typed by its IPC contract only.
  platform: { folders: ['platform', 'electron/ipc-contract', 'package.json'], packages: ['vue'] },
  // The application layer: the only UI-side code that reaches the store (and the data composables owning live queries).
  app: { folders: ['app', 'core', 'db', 'workspace', 'export', 'import', 'platform', 'package.json'], packages: ['dexie', 'vue', 'vue-i18n'] },
  // The window: state, composables, components and views render and dispatch through src/app, never the store.
  stores: { folders: ['stores', 'app', 'core', 'import', 'i18n'], packages: ['pinia', 'vue'] },
  composables: { folders: ['composables', 'app', 'components', 'stores', 'core', 'platform', 'i18n'], packages: UI },
  components: { folders: ['components', 'app', 'charts', 'core', 'export', 'stores', 'platform', 'i18n', 'package.json'], packages: [...UI, 'echarts', 'vue-echarts'] },
  views: { folders: ['views', 'components', 'composables', 'app', 'core', 'import', 'stores', 'platform', 'i18n'], packages: UI },
  '(root)': { folders: ['(root)', 'views', 'components', 'composables', 'stores', 'app', 'i18n', 'platform'], packages: UI },
  // Node programs.
  // The batch owns its options and output (format.ts, reasons.ts, options.ts); the CLI only parses arguments into them.
  batch: { folders: ['batch', 'core', 'workspace', 'import', 'export'], packages: [NODE] },
  cli: { folders: ['cli', 'app', 'batch', 'core', 'db', 'workspace', 'eval', 'export', 'i18n', 'import', 'package.json'], packages: [NODE, '@resvg/resvg-js'] },
};

const BUILTINS = new Set(builtinModules);

/** What a specifier names: { kind: 'package', name } or { kind: 'folder', name } (a src folder or a repository path). */
export function classify(specifier, fromFile) {
  const path = specifier.split('?')[0];
  if (path.startsWith('.') || path.startsWith('/')) {
    const target = resolve(dirname(fromFile), path);
    const inSrc = relative(SRC, target);
    if (!inSrc.startsWith('..') && !inSrc.startsWith(sep) && inSrc !== '') {
      const parts = inSrc.split(sep);
      // A file directly in src (src/router.ts, src/App.vue), named with or without its extension.
      if (parts.length === 1 && !(existsSync(target) && statSync(target).isDirectory())) return { kind: 'folder', name: '(root)' };
      return { kind: 'folder', name: parts[0] };
    }
    const inRepo = relative(ROOT, target).split(sep).join('/');
    return { kind: 'folder', name: inRepo.replace(/\.(ts|mts|js|mjs)$/, '') };
  }
  if (path.startsWith('node:') || BUILTINS.has(path.split('/')[0])) return { kind: 'package', name: NODE };
  const parts = path.split('/');
  return { kind: 'package', name: path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

/** The folder of src a file belongs to, or null outside src. */
export function layerOf(file) {
  const inSrc = relative(SRC, resolve(file));
  if (inSrc.startsWith('..') || inSrc.startsWith(sep)) return null;
  const parts = inSrc.split(sep);
  return parts.length === 1 ? '(root)' : parts[0];
}

function allowed(layer, target) {
  const rules = LAYERS[layer];
  if (target.kind === 'package') return rules.packages.includes(target.name);
  // A repository path outside src is allowed by its exact name or by its top folder (seeds/*.txt).
  return rules.folders.includes(target.name) || rules.folders.includes(target.name.split('/')[0]);
}

const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder of src imports only what eslint-layers.mjs allows it.' },
    schema: [],
    messages: {
      forbidden: "src/{{layer}} may not import '{{specifier}}' ({{target}}). It may import: {{allowed}} (build/eslint-layers.mjs).",
      unknownLayer: 'src/{{layer}} is not in the layer list (build/eslint-layers.mjs): say what it may import before adding files to it.',
    },
  },
  create(context) {
    const file = context.filename;
    const layer = layerOf(file);
    if (layer === null) return {};
    if (!(layer in LAYERS)) {
      return {
        Program(node) {
          context.report({ node, messageId: 'unknownLayer', data: { layer } });
        },
      };
    }
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const target = classify(source.value, file);
      if (allowed(layer, target)) return;
      const rules = LAYERS[layer];
      context.report({
        node: source,
        messageId: 'forbidden',
        data: {
          layer,
          specifier: source.value,
          target: target.kind === 'package' ? `package ${target.name}` : `folder ${target.name}`,
          allowed: [...rules.folders.map((f) => `${f}/`), ...rules.packages].join(', ') || 'nothing',
        },
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
    };
  },
};

export const layersPlugin = { rules: { 'allowed-imports': allowedImports } };
