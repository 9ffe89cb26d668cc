import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Builds the React Flow baseline page for `npm run bench:client` into bench/baseline/dist.
export default defineConfig({
  root: 'bench/baseline',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
});
