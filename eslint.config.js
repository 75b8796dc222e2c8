import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnly = [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'], message: 'Node modules belong in main/.' }];
const electronOnly = [{ group: ['electron'], message: 'Only main/index.ts, main/shell/ and preload/ may import electron.' }];
const reactOnly = [{ group: ['react', 'react-dom', 'react-dom/*', '@tiptap/react'], message: 'React belongs in renderer/.' }];
const upward = (...folders) => folders.map((folder) => ({ group: [`**/${folder}/*`, `**/${folder}`], message: `This layer may not import ${folder}/.` }));

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/.generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...nodeOnly, ...electronOnly, ...reactOnly, ...upward('main', 'preload', 'renderer')] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: [...nodeOnly, ...electronOnly, ...upward('main', 'preload')] }] },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/shell/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...electronOnly, ...reactOnly, ...upward('renderer', 'preload')] }] },
  },
  {
    files: ['main/index.ts', 'main/shell/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...reactOnly, ...upward('renderer', 'preload')] }] },
  },
  {
    files: ['preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...nodeOnly, ...reactOnly, ...upward('main', 'renderer')] }] },
  },
);
