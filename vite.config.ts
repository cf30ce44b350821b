/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/content/vite-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), contentPlugin({ root, dir: process.env.FIXPATH_CONTENT_DIR ?? 'content' })],
  build: {
    // OUT_DIR: the benchmark builds a copy with synthetic content beside the real dist/.
    outDir: process.env.OUT_DIR ?? 'dist',
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      // boot.ts is the pages' only script tag: it fetches the app after the first paint.
      input: { main: `${root}index.html`, boot: `${root}src/boot.ts` },
    },
  },
  preview: {
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'engine-and-content',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'screens',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./tests/setup-screens.ts'],
        },
      },
    ],
  },
});
