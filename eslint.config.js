import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Dexie Table and Collection methods that write. */
const DEXIE_WRITES = '/^(add|bulkAdd|put|bulkPut|update|bulkUpdate|delete|bulkDelete|clear|modify|upsert)$/';
const FUNNEL_MESSAGE = 'Write to the corpus through a repository function in src/renderer/src/db (the one write funnel, announced for sync by db/changes.ts).';

/**
 * The one write funnel: outside src/renderer/src/db no code may call a Dexie write method on a
 * table (db.notes.put, this.db.meta.put, db.table('notes').put, db.notes.where(..).modify) or
 * open a read-write transaction. Exported so test/lint/write-funnel.test.ts runs it on snippets.
 */
export const writeFunnelRule = [
  'error',
  ...[
    // db.notes.put(...), services.db.notes.put(...), this.db.notes.put(...)
    "[callee.object.object.name='db']",
    "[callee.object.object.property.name='db']",
    // db.table('notes').put(...)
    "[callee.object.callee.property.name='table']",
  ].map((target) => ({ selector: `CallExpression[callee.property.name=${DEXIE_WRITES}]${target}`, message: FUNNEL_MESSAGE })),
  // Collection writes: db.notes.where(...).equals(...).modify(...) — `modify` is Dexie's alone.
  { selector: "CallExpression[callee.property.name='modify']", message: FUNNEL_MESSAGE },
  { selector: "CallExpression[callee.property.name='transaction'][arguments.0.value=/w/]", message: FUNNEL_MESSAGE },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/e2e/__screenshots__/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // src/shared runs in main, workers, the renderer and the CLI: it may not reach for any of them.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/shared must not import Node built-ins.' },
            { group: ['electron', 'electron/*'], message: 'src/shared must not import electron.' },
            { group: ['react', 'react-dom', 'dexie', '**/renderer/**', '**/main/**'], message: 'src/shared stays pure.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    // web-auto-backups.ts writes web mode's separate backups database, not the corpus.
    ignores: ['src/renderer/src/db/**', 'src/renderer/src/bridge/web-auto-backups.ts'],
    rules: { 'no-restricted-syntax': writeFunnelRule },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
