import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The two embed scripts, each built on its own as one classic script that shares nothing with the
 * app:
 * - embed.js (the default), the script a firm's page loads (src/embed/), under that exact name (a
 *   firm's snippet cannot know a hash); scripts/prerender.mjs then writes this copy's config into
 *   it. Firms' visitors bring every kind of browser.
 * - `--mode frame`: the embed pages' height reporter (src/app/frame-boot.ts), written into
 *   dist-ssr/ (a build step's own folder) for scripts/prerender.mjs to inline into every embed
 *   page, as it does boot.ts.
 */
export default defineConfig(({ mode }) => {
  const frame = mode === 'frame';
  return {
    base: process.env.BASE_PATH ?? '/',
    publicDir: false,
    build: {
      outDir: frame ? 'dist-ssr' : (process.env.OUT_DIR ?? 'dist'),
      emptyOutDir: false,
      target: frame ? 'es2022' : 'es2018',
      sourcemap: false,
      manifest: false,
      rollupOptions: {
        input: frame
          ? { 'frame-boot': `${root}src/app/frame-boot.ts` }
          : { embed: `${root}src/embed/embed-script.ts` },
        output: { format: 'iife', entryFileNames: frame ? 'frame-boot.js' : 'embed.js' },
      },
    },
  };
});
