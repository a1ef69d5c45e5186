import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The newsroom is built into admin-ui/dist and served by Tribune at /newsroom/. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/newsroom/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'react' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      onwarn(warning, warn) {
        // Tiptap's React package marks its modules "use client" for React Server Components,
        // which a browser-only bundle has no use for; Rollup would warn on every build.
        // (and then fails to place that warning in the package's own source map).
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        if (warning.code === 'SOURCEMAP_ERROR' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
  server: {
    // `npx vite admin-ui` during development: the API of a Tribune on port 3000.
    proxy: { '/api': 'http://localhost:3000', '/media': 'http://localhost:3000' },
  },
});
