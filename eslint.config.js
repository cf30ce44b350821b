import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersRule } from './eslint/layers.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'dist-server',
      '.data',
      'coverage',
      'test-results',
      'playwright-report',
      '.bench',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, fixpath: { rules: { layers: layersRule } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Imports run one way between the layers of src/ (eslint/layers.js).
      'fixpath/layers': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-expect-error': true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // The engine is pure: nothing from the rest of src/, no React, no zod, no storage.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!./*'],
              message: 'src/engine imports nothing from the rest of src/.',
            },
            {
              group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'zod', 'zod/*'],
              message: 'The engine is pure TypeScript.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
      ],
    },
  },
  {
    // Build-time content code never ships: the browser app must not import it.
    files: [
      'src/app/**',
      'src/features/**',
      'src/ui/**',
      'src/store/**',
      'src/lib/**',
      'src/routing/**',
    ],
    ignores: ['src/app/prerender/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/content/schema/*',
                '**/content/read-content-dir*',
                '**/content/compile-*',
                '**/content/vite-plugin*',
                'yaml',
                'zod/*',
                '!zod/mini',
              ],
              message:
                'Content is parsed at build time; the browser uses zod/mini only for URL and storage input.',
            },
          ],
          paths: [
            { name: 'zod', message: 'Browser code uses zod/mini (bundle budget).' },
            {
              name: '@dagrejs/dagre',
              message: 'Maps are laid out at build time (src/map/layout).',
            },
          ],
        },
      ],
    },
  },
  {
    // The map's browser half (model, React view, the map page's script) never ships the layout
    // library, the exporters, the build-time page or the content compiler.
    files: ['src/map/model/**', 'src/map/view/**', 'src/map/script/**', 'src/map/map-paths.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@dagrejs/*',
                '../layout/*',
                '../export/*',
                '../page/*.ts',
                '../page/*.tsx',
                '**/map/layout/*',
                '**/map/export/*',
                '**/map/page/*.ts',
                '**/map/page/*.tsx',
                '**/content/schema/*',
                '**/content/read-content-dir*',
                '**/content/compile-*',
                'yaml',
                'zod/*',
                '!zod/mini',
              ],
              message: 'Build-time code: the map is laid out and exported at build time.',
            },
          ],
          paths: [{ name: 'zod', message: 'Browser code uses zod/mini (bundle budget).' }],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint/**/*.js', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
