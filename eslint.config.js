// Lint rules, including the layer boundaries of the architecture (an allow-list per folder of src) as errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import { layersPlugin } from './build/eslint-layers.mjs';

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
    // The layers of src as an allow-list per folder (build/eslint-layers.mjs): each folder names what it may import,
    // so core stays pure, db knows nothing of the UI, exports know no Vue, stores or Node, and the window reaches the
    // store only through src/app. Tests and their helpers may reach across layers to set a scene up.
    files: ['src/**/*.{ts,vue}'],
    ignores: ['**/*.test.ts', '**/testing/**', '**/*.fixtures.ts'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/allowed-imports': 'error' },
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
);
