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
const SVELTE_AND_STORAGE = ['svelte', 'svelte/*', 'idb-keyval'];

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
      ...SVELTE_AND_STORAGE,
      '**/layout/**',
      '**/drawing/**',
      '**/export/**',
      '**/io/**',
      '**/persistence/**',
      '**/i18n/**',
      ...UPPER,
    ],
  ),
  layer(
    ['src/layout/**'],
    [
      ...SVELTE_AND_STORAGE,
      '**/i18n/**',
      '**/drawing/**',
      '**/export/**',
      '**/io/**',
      '**/persistence/**',
      ...UPPER,
    ],
  ),
  // Marks: layout → drawing data, with the texts from i18n.
  layer(
    ['src/drawing/**'],
    [...SVELTE_AND_STORAGE, '**/export/**', '**/io/**', '**/persistence/**', ...UPPER],
  ),
  layer(
    ['src/io/**'],
    [
      ...SVELTE_AND_STORAGE,
      '**/i18n/**',
      '**/layout/**',
      '**/drawing/**',
      '**/export/**',
      '**/persistence/**',
      ...UPPER,
    ],
  ),
  // Sheets in (CSV, xlsx, paste): pure like io, with the users' date forms from i18n.
  layer(
    ['src/sheet/**'],
    [
      ...SVELTE_AND_STORAGE,
      '**/layout/**',
      '**/drawing/**',
      '**/export/**',
      '**/persistence/**',
      ...UPPER,
    ],
  ),
  layer(['src/i18n/**'], ['idb-keyval', '**/persistence/**', ...UPPER]),
  layer(['src/persistence/**'], ['svelte', 'svelte/*', ...UPPER]),
  layer(['src/export/**'], [...SVELTE_AND_STORAGE, '**/persistence/**', ...UPPER]),
  layer(['src/state/**'], ['idb-keyval', '**/components/**']),
  // Components reach files and storage only through state.
  layer(['src/components/**'], ['idb-keyval', '**/io/**', '**/persistence/**']),
);
