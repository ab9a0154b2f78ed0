// @ts-check
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** One library, one doorway (STYLE.md): which folder may import what. */
const only = (group, where) => ({ group, message: `Only ${where} may import this (STYLE.md: one library, one doorway).` });

const DEXIE = only(['dexie', 'dexie-react-hooks'], 'renderer/db');
const ZUSTAND = only(['zustand', 'zustand/*'], 'renderer/store');
const FRAPPE = only(['frappe-gantt', 'frappe-gantt/*'], 'renderer/features/gantt');
const DND = only(['@dnd-kit/*'], 'renderer/features/board');
// A regex, not a gitignore-style group: the shared ../../electron/contract path must stay importable.
const ELECTRON = { regex: '^electron(/.*)?$', message: 'Only electron/ may import electron (STYLE.md: one library, one doorway).' };
const EXCEL = only(['exceljs'], 'renderer/domain/formats/xlsx/excel-io.ts');
const UI = only(['react', 'react-dom', 'react/*', 'react-dom/*'], 'UI layers (not the pure domain)');
const INNER = (what) => ({ group: what.map((w) => `**/${w}/**`), message: 'Imports flow one way: domain <- db, store <- features <- app (STYLE.md).' });

/** Forbidden import groups per renderer folder; one block per folder because flat config overrides, not merges, a rule. */
function layerRules() {
  const layers = {
    'renderer/domain/**': [DEXIE, ZUSTAND, FRAPPE, DND, ELECTRON, UI, EXCEL, INNER(['db', 'store', 'features', 'app', 'platform', 'components'])],
    'renderer/db/**': [ZUSTAND, FRAPPE, DND, ELECTRON, INNER(['store', 'features', 'app', 'components'])],
    'renderer/store/**': [DEXIE, FRAPPE, DND, ELECTRON, INNER(['features', 'app', 'components'])],
    'renderer/platform/**': [DEXIE, ZUSTAND, FRAPPE, DND, ELECTRON, INNER(['features', 'app', 'store', 'db'])],
    'renderer/components/**': [DEXIE, ZUSTAND, FRAPPE, DND, ELECTRON, INNER(['features', 'app', 'store', 'db'])],
    'renderer/features/!(gantt|board)/**': [DEXIE, ZUSTAND, FRAPPE, DND, ELECTRON, EXCEL, INNER(['app'])],
    'renderer/features/gantt/**': [DEXIE, ZUSTAND, DND, ELECTRON, INNER(['app'])],
    'renderer/features/board/**': [DEXIE, ZUSTAND, FRAPPE, ELECTRON, INNER(['app'])],
    'renderer/app/**': [DEXIE, ZUSTAND, FRAPPE, DND, ELECTRON, EXCEL],
    // The command line is a thin shell over the pure domain (STYLE.md): no UI, storage or app layers.
    'cli/**': [DEXIE, ZUSTAND, FRAPPE, DND, ELECTRON, UI, EXCEL, INNER(['db', 'store', 'features', 'app', 'platform', 'components'])],
  };
  const blocks = Object.entries(layers).map(([glob, patterns]) => ({ files: [glob], rules: { 'no-restricted-imports': ['error', { patterns }] } }));
  // The one ExcelJS doorway: bytes in, bytes out, used by the app and the command line alike.
  const excelDoorway = layers['renderer/domain/**'].filter((p) => p !== EXCEL);
  return [...blocks, { files: ['renderer/domain/formats/xlsx/excel-io.ts'], rules: { 'no-restricted-imports': ['error', { patterns: excelDoorway }] } }];
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'patches/**', 'scripts/**/*.mjs', 'bin/**/*.mjs', '*.config.js'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['warn', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  ...layerRules(),
  {
    files: ['electron/main/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/main never imports the renderer.' }] }] },
  },
  {
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
