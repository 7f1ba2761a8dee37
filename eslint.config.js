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
);
