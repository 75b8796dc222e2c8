import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Each worker is its own entry, emitted beside index.js: the library's scan worker (see
      // main/library/workerScript.ts) and the import worker (see main/importers/importThread.ts).
      rollupOptions: {
        input: {
          index: resolve(root, 'main/index.ts'),
          scanWorker: resolve(root, 'main/library/scanWorker.ts'),
          importWorker: resolve(root, 'main/importers/importWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages, so everything it uses is bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        // A sandboxed preload cannot load ES modules, so it is built as CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    // The analysis worker is started as a module worker (renderer/analysis/workerPort.ts), so it is built as one.
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
