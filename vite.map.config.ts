import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The map pages' own script (src/map/script/), built on its own after the app: it shares no
 * chunk with the app, so adding it changes nothing the error pages download. No React.
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    // Read by scripts/prerender.mjs beside the app's manifest.json.
    manifest: '.vite/map-manifest.json',
    rollupOptions: { input: { map: `${root}src/map/script/map-page-script.ts` } },
  },
});
