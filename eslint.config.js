import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Data flows one way: domain ← layout, io ← persistence ← state ← components. */
const layer = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          group: [group],
          message: 'Layer rule: see ARCHITECTURE in README.md',
        })),
      },
    ],
  },
});
const UPPER = ['**/state/**', '**/components/**'];

export default ts.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      'svelte/no-at-html-tags': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  layer(
    ['src/domain/**'],
    [
      'svelte',
      'svelte/*',
      'idb-keyval',
      '**/layout/**',
      '**/io/**',
      '**/persistence/**',
      '**/i18n/**',
      ...UPPER,
    ],
  ),
  layer(
    ['src/layout/**'],
    ['svelte', 'svelte/*', 'idb-keyval', '**/io/**', '**/persistence/**', ...UPPER],
  ),
  layer(['src/io/**'], ['svelte', 'svelte/*', 'idb-keyval', '**/persistence/**', ...UPPER]),
  layer(['src/persistence/**'], UPPER),
  layer(['src/export/**'], ['svelte', 'svelte/*', 'idb-keyval', '**/persistence/**', ...UPPER]),
  layer(['src/state/**'], ['idb-keyval', '**/components/**']),
  layer(['src/components/**', 'src/i18n/**'], ['idb-keyval']),
);
