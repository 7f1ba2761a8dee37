// Lint rules, including the layer boundaries of the architecture as errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'coverage/', 'test-results/'] },
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
              group: ['**/db/**', '**/stores/**', '**/views/**', '**/components/**', '**/platform/**', '**/cli/**', '**/import/**'],
              message: 'src/core must not import from higher layers.',
            },
          ],
        },
      ],
    },
  },
  {
    // What runs in the window or a Web Worker: no Node built-ins and no Electron (the platform seam hides it).
    files: ['src/import/**/*.ts', 'src/workers/**/*.ts', 'src/db/**/*.ts', 'src/stores/**/*.ts', 'src/views/**/*.{ts,vue}', 'src/components/**/*.{ts,vue}', 'src/charts/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/db/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron'].map((name) => ({ name, message: 'Renderer and worker code runs in the browser: no Node built-ins or Electron.' })),
        },
      ],
    },
  },
);
