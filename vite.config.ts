import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import { contentPlugin } from './src/content/vite-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ isSsrBuild }) => ({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), contentPlugin({ root, dir: process.env.FIXPATH_CONTENT_DIR ?? 'content' })],
  build: {
    // OUT_DIR: the benchmark builds a copy with synthetic content beside the real dist/.
    outDir: process.env.OUT_DIR ?? 'dist',
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      // The server-side builds (the prerender's renderer, the server) run in Node as one file:
      // their dynamic imports are inlined, as the static imports of the same modules already
      // are, instead of warning that they cannot be split.
      ...(isSsrBuild ? { output: { codeSplitting: false } } : {}),
      // No HTML here: scripts/prerender.mjs writes every page. boot.ts is inlined into each page
      // and starts `document` (static pages) or `wizard` (step pages) after the first paint; the
      // stylesheets are inlined too.
      input: {
        boot: `${root}src/app/boot.ts`,
        document: `${root}src/app/document/document.ts`,
        wizard: `${root}src/app/wizard/main.tsx`,
        'document-style': `${root}src/styles/document.css`,
        'step-style': `${root}src/styles/step.css`,
        // The same two without the site's header, for the pages inside a firm's frame.
        'embed-document-style': `${root}src/styles/embed-document.css`,
        'embed-step-style': `${root}src/styles/embed-step.css`,
        // The script of the server's /insights page (src/server), not of any prerendered page.
        insights: `${root}src/insights/main.ts`,
      },
    },
  },
  test: {
    // Both cores: Vitest's default leaves one idle on a 2-core machine (about 98 s against 79 s).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'engine-and-content',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'src/server/**'],
        },
      },
      {
        // The server, on the embedded database and (when installed) a throwaway PostgreSQL.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['src/server/**/*.test.ts'],
          globalSetup: ['./tests/setup-postgres.ts', './tests/setup-server-bundle.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'screens',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./tests/setup-screens.ts'],
          // Room for a loaded machine (jsdom and user-event slow down several times under load);
          // the limit is there to stop a hang, not to time a screen.
          testTimeout: 20_000,
        },
      },
    ],
  },
}));
