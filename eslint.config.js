import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import direction (STYLE.md): the domain is pure; only src/map talks to MapLibre. */
const domainBans = {
  paths: [
    { name: 'react', message: 'src/domain is pure TypeScript: no React.' },
    { name: 'react-dom', message: 'src/domain is pure TypeScript: no React.' },
    { name: 'maplibre-gl', message: 'src/domain is pure TypeScript: no MapLibre.' },
    { name: 'zustand', message: 'src/domain is pure TypeScript: no store.' },
    { name: 'i18next', message: 'src/domain returns message keys; translation happens in the UI.' },
  ],
  patterns: [
    { group: ['zustand/*', 'react/*', 'react-dom/*', 'maplibre-gl/*'], message: 'src/domain is pure TypeScript.' },
    { group: ['../store', '../store/*', '../map', '../map/*', '../ui', '../ui/*'], message: 'src/domain must not import app layers.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'maplibre-gl', message: 'Only src/map/ may import maplibre-gl (one map adapter).' }],
          patterns: [{ group: ['@turf/turf'], message: 'Import the Turf modules you use, not @turf/turf.' }],
        },
      ],
    },
  },
  { files: ['src/map/**'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['src/domain/**'], rules: { 'no-restricted-imports': ['error', domainBans] } },
  {
    files: ['tests/**', 'bench/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-imports': 'off' },
  },
);
