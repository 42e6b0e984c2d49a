// Must load first: points typescript-eslint at the classic TypeScript API (see tools/lint-typescript).
import 'lint-typescript';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';

/**
 * The layers of the code, as import rules. Patterns match the import path by folder name, so they hold
 * wherever a file sits inside its layer:
 * - `src/domain` is pure: nothing of db, features, ui or state, no React, no Dexie.
 * - `src/db` holds the Dexie repositories: no screens (features) and no UI kit, and no demo data (the demo
 *   writes through the repositories, not the other way round). `src/demo` follows the rules of `src/db`.
 * - `src/demo/large` is benchmark and test data: nothing else in `src` imports it.
 * - nothing in `src` reaches into the Electron main process (`electron/`) or the `electron` package.
 */
const layer = {
  electron: {
    regex: '^(\\.\\./)+electron(/|$)|^electron(/|$)',
    message: 'The renderer talks to Electron only through src/platform (the typed bridge).',
  },
  screens: {
    regex: '(^|/)(features|ui)(/|$)',
    message: 'Repositories and domain logic must not depend on screens or the UI kit.',
  },
  appState: {
    regex: '(^|/)(db|state)(/|$)',
    message: 'Domain logic is pure: no repositories (db) and no app state; pass the data in.',
  },
  demoData: {
    regex: '(^|/)demo(/|$)',
    message: 'Repositories and domain logic do not depend on the demo; the demo writes through them.',
  },
  benchData: {
    regex: '(^|/)demo/large(/|$)',
    message: 'The large workspace is benchmark and test data: nothing in the app loads it.',
  },
  frameworks: {
    regex: '^(react|react-dom|react-router|dexie|dexie-react-hooks|zustand)(/|$)',
    message: 'Domain logic is pure: no React, no Dexie, no stores.',
  },
};

/** The attributes a user reads or hears, of elements and of the kit's components. */
const TEXT_ATTRIBUTES = [
  'label',
  'title',
  'placeholder',
  'aria-label',
  'aria-description',
  'alt',
  'hint',
  'description',
  'caption',
  'emptyMessage',
  'empty',
  'message',
  'heading',
  'subtitle',
  'legend',
  'confirmLabel',
  'submitLabel',
  'cancelLabel',
  'actionLabel',
  'text',
];

const restrictImports = (...rules) => ({ 'no-restricted-imports': ['error', { patterns: rules }] });

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'dist-bench/**',
      'release/**',
      'bench/results/**',
      'bench/tmp/**',
      'test-results/**',
      'playwright-report/**',
      'test/artifacts/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    rules: {
      // Underscore-prefixed names are deliberately unused (positional parameters, rest-omits).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // TypeScript itself reports undefined names, knowing the declared globals; the core rule does not.
    files: ['**/*.{ts,tsx}'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['src/**/*.{js,ts,tsx}', 'test/unit/**/*.{ts,tsx}', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.tsx', 'test/unit/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    languageOptions: { ...jsxA11y.flatConfigs.recommended.languageOptions, globals: { ...globals.browser } },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // Labels wrap their control with the text a few elements deep (<label><input/><span><strong>…).
      'jsx-a11y/label-has-associated-control': ['error', { assert: 'either', depth: 4 }],
      // autoFocus is used only to move focus into a dialog or the lock screen as it opens (the WAI-ARIA
      // dialog pattern, as Radix does); the rule targets focus stolen on page load, which the app never does.
      'jsx-a11y/no-autofocus': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/unit/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.{js,mjs,cjs}',
      'bench/**/*.{ts,mjs}',
      'test/e2e/**/*.ts',
      '*.{js,ts}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The benchmark scripts hand callbacks to the browser (page.evaluate), which use its globals.
    files: ['bench/**/*.mjs', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Layer boundaries. A later block replaces an earlier one's options for the same rule, so each lists all it needs.
  { files: ['src/**/*.{js,ts,tsx}'], rules: restrictImports(layer.electron, layer.benchData) },
  {
    files: ['src/demo/**/*.{js,ts,tsx}'],
    rules: restrictImports(layer.electron, layer.screens, layer.benchData),
  },
  {
    files: ['src/db/**/*.{js,ts,tsx}'],
    rules: restrictImports(layer.electron, layer.screens, layer.demoData),
  },
  {
    files: ['src/domain/**/*.{js,ts,tsx}'],
    rules: restrictImports(layer.electron, layer.screens, layer.appState, layer.frameworks, layer.demoData),
  },
  {
    // Every text the interface shows goes through t() (issue 18): no literal text in JSX, nor in an attribute a user reads.
    files: ['src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        { mode: 'jsx-only', 'jsx-attributes': { include: TEXT_ATTRIBUTES.map((name) => `^${name}$`) } },
      ],
    },
  },
  prettier,
);
