import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./build/renderer', import.meta.url));

/**
 * The renderer bundle. `base: './'` because Electron serves it from app://encaisse/ and the harness from
 * http://127.0.0.1:PORT/: relative asset URLs work under both. Big libraries get their own chunks so a change in
 * our code does not rewrite (or re-parse from cache) megabytes of vendor code.
 */
export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    // The MUI + DataGrid chunk is large by nature and loads from disk, never over a network.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Group by package only: otherwise the data-grid group would swallow the @mui/material it imports.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'data-grid', test: /[\\/]node_modules[\\/]@mui[\\/]x-/, priority: 30 },
            { name: 'chart', test: /[\\/]node_modules[\\/](chart\.js|react-chartjs-2|@kurkle)[\\/]/, priority: 30 },
            { name: 'mui', test: /[\\/]node_modules[\\/](@mui|@emotion|@popperjs)[\\/]/, priority: 20 },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
