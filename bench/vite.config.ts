import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The benchmark's loader page, built apart from the app into `dist-bench/` and served by the bench
 * server under `/bench/` on the app's origin, so it writes into the same IndexedDB as the app. The app
 * build itself contains nothing of the benchmark.
 */
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/bench/',
  logLevel: 'warn',
  define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.1.0') },
  build: {
    outDir: fileURLToPath(new URL('../dist-bench', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { loader: `${root}index.html`, bare: `${root}bare.html` } },
  },
});
