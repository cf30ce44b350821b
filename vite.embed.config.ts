import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * embed.js, the script a firm's page loads (src/embed/): built on its own, as one classic
 * script under that exact name (a firm's snippet cannot know a hash), sharing nothing with the
 * app. scripts/prerender.mjs then writes this copy's config into it.
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  publicDir: false,
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    emptyOutDir: false,
    // Firms' visitors bring every kind of browser.
    target: 'es2018',
    sourcemap: false,
    manifest: false,
    rollupOptions: {
      input: { embed: `${root}src/embed/embed-script.ts` },
      output: { format: 'iife', entryFileNames: 'embed.js' },
    },
  },
});
