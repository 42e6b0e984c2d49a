/// <reference types="vitest/config" />
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './electron/csp';

/**
 * One config builds both halves of the app:
 * - `vite build` (default mode): the renderer (React UI) into `dist/`.
 * - `vite build --mode electron` and `--mode preload`: the Electron main process and preload into `dist-electron/`.
 * Vitest reads the `test` section.
 */

/** Puts the strict CSP into the built index.html (dev server keeps Vite's inline HMR scripts working). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'caio-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig(({ mode }) => {
  if (mode === 'electron' || mode === 'preload') {
    // Main and preload are built separately so each is one self-contained file: a sandboxed preload
    // may require nothing but 'electron' (no shared chunks).
    const entry = mode === 'electron' ? 'main' : 'preload';
    return {
      build: {
        outDir: 'dist-electron',
        emptyOutDir: mode === 'electron',
        target: 'node20',
        minify: false,
        sourcemap: true,
        lib: { entry: { [entry]: `electron/${entry}.ts` }, formats: ['cjs'], fileName: () => `${entry}.cjs` },
        rollupOptions: { external: ['electron', ...nodeBuiltins] },
      },
    };
  }
  return {
    base: './',
    publicDir: 'assets',
    plugins: [react(), contentSecurityPolicy()],
    define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.1.0') },
    build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 900 },
    server: { port: 5173, strictPort: true },
    test: {
      include: ['test/unit/**/*.test.{ts,tsx}'],
      setupFiles: ['test/unit/setup.ts'],
      environment: 'node',
      // PouchDB announces every first replication ("The above 404 is totally normal").
      onConsoleLog: (log) => !log.includes('PouchDB is just checking'),
    },
  };
});
