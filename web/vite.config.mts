import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Two pages: the console (index.html) and the GraphQL IDE (ide.html), each its own bundle so the console never loads
// the IDE's editor. No React plugin: Vite transforms TSX itself with the automatic JSX runtime.
// CONSOLE_OUT_DIR lets `npm start` build into a fresh folder and swap it in whole.
const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: process.env.CONSOLE_OUT_DIR ?? resolve(here, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: { console: resolve(here, 'index.html'), ide: resolve(here, 'ide.html') },
      // The IDE's UI library marks its modules "use client" (a server-components hint, meaningless in this bundle).
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
