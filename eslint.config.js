// Lint rules, including the layer boundaries of the architecture as errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'dist-cli*/', 'release/', 'coverage/', 'test-results/', '.tools/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      // TypeScript checks names itself; the rule does not know DOM and worker globals.
      'no-undef': 'off',
      // Layout of templates is left to the author; these rules are about looks, not faults.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // src/core is pure: the UI, a Web Worker and the CLI all run it.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'vue', 'pinia', 'dexie'].map((name) => ({
            name,
            message: 'src/core stays free of DOM, Node, Electron and framework imports.',
          })),
          patterns: [
            {
              group: ['**/db/**', '**/stores/**', '**/views/**', '**/components/**', '**/platform/**', '**/cli/**', '**/import/**', '**/electron/**'],
              message: 'src/core must not import from higher layers.',
            },
          ],
        },
      ],
    },
  },
  {
    // What runs in the window or a Web Worker: no Node built-ins and no Electron (the platform seam hides it).
    files: [
      'src/import/**/*.ts',
      'src/workers/**/*.ts',
      'src/db/**/*.ts',
      'src/stores/**/*.ts',
      'src/views/**/*.{ts,vue}',
      'src/components/**/*.{ts,vue}',
      'src/charts/**/*.ts',
      'src/composables/**/*.ts',
      'src/*.{ts,vue}',
    ],
    ignores: ['**/*.test.ts', 'src/db/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron'].map((name) => ({ name, message: 'Renderer and worker code runs in the browser: no Node built-ins or Electron.' })),
          patterns: [{ group: ['**/electron/**'], message: 'Only src/platform talks to the desktop shell (through electron/ipc-contract).' }],
        },
      ],
    },
  },
  {
    // The platform seam: browser code typed by the shell's IPC contract, and nothing else of the shell.
    files: ['src/platform/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron'].map((name) => ({ name, message: 'src/platform runs in the browser; Electron is reached through the preload API only.' })),
          patterns: [{ group: ['**/electron/**', '!**/electron/ipc-contract'], message: 'src/platform may use electron/ipc-contract only.' }],
        },
      ],
    },
  },
  {
    // The desktop shell knows nothing about plans or views: no imports from src/, no UI frameworks, no storage.
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vue', 'pinia', 'dexie', 'vue-router', 'vue-i18n', 'element-plus'].map((name) => ({ name, message: 'electron/ knows nothing about the views.' })),
          patterns: [{ group: ['**/src', '**/src/**'], message: 'electron/ must not import from src/: src/platform imports electron/ipc-contract instead.' }],
        },
      ],
    },
  },
  {
    // Chart option builders are pure functions of comparison data: unit-tested without a DOM, reused by exports.
    files: ['src/charts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'vue', 'pinia', 'dexie'].map((name) => ({
            name,
            message: 'src/charts builds options from data only.',
          })),
          patterns: [
            {
              group: ['**/db/**', '**/stores/**', '**/views/**', '**/components/**', '**/platform/**', '**/import/**', '**/electron/**'],
              message: 'src/charts must not reach into the store, the UI or the desktop shell.',
            },
          ],
        },
      ],
    },
  },
);
