import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Import direction (STYLE.md), as zones: domain at the bottom (pure TypeScript), then the map
 * adapter and the store beside each other (neither imports the other), workers beside them, and
 * the UI on top. Patterns are gitignore-style, so `**\/store` catches `../store` and
 * `../../../store` alike. tests/lint/boundaries.test.ts feeds the linter one probe of each
 * forbidden kind and expects it to fail.
 */
const everywhere = {
  paths: [],
  patterns: [
    { group: ['@turf/turf'], message: 'Import the Turf modules you use, not @turf/turf.' },
    { group: ['maplibre-gl', 'maplibre-gl/**'], message: 'Only src/map/ may import maplibre-gl (one map adapter).' },
  ],
};
const layer = (names, message) => ({ group: names.flatMap((n) => [`**/${n}`, `**/${n}/**`]), message });
const pure = (what) => [
  { group: ['react', 'react/**', 'react-dom', 'react-dom/**', 'zustand', 'zustand/**', 'i18next', 'react-i18next'], message: `${what} imports no React, store or translation library.` },
];

/** The same bans for `import()` as for static imports (no-restricted-imports does not see them). */
const dynamicImportBan = (modules, message) => ({
  selector: `ImportExpression[source.value=/^(${modules.join('|')})(\\/|$)/]`,
  message,
});

const MAPLIBRE_DYNAMIC = dynamicImportBan(['maplibre-gl'], 'Only src/map/ may import maplibre-gl, statically or with import().');

/** A zone keeps the bans that hold everywhere (an override replaces a rule's options, it does not add to them). */
const zone = (files, patterns, { maplibre = false, dynamic = [] } = {}) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths: [], patterns: [...everywhere.patterns.filter((p) => maplibre ? !p.group.includes('maplibre-gl') : true), ...patterns] }],
    'no-restricted-syntax': ['error', ...(maplibre ? [] : [MAPLIBRE_DYNAMIC]), ...dynamic],
  },
});

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
      'no-restricted-imports': ['error', everywhere],
      'no-restricted-syntax': ['error', MAPLIBRE_DYNAMIC],
    },
  },
  zone(['src/domain/**'], [...pure('src/domain'), layer(['store', 'map', 'ui', 'workers', 'i18n', 'data'], 'src/domain is the pure core: it imports no app layer.')], {
    dynamic: [dynamicImportBan(['react', 'zustand', 'i18next'], 'src/domain is pure TypeScript.')],
  }),
  zone(['src/map/**'], [...pure('src/map'), layer(['store', 'ui'], 'The map adapter is fed plain data: it imports neither the store nor the UI.')], { maplibre: true }),
  zone(['src/store/**'], [layer(['map', 'ui'], 'The store holds state and behaviour: it imports neither the map adapter nor the UI.')]),
  zone(['src/workers/**'], [...pure('src/workers'), layer(['store', 'map', 'ui'], 'A worker runs domain code only.')]),
  {
    files: ['tests/**', 'bench/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
);
