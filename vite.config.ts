import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `vite build` makes the SPA that `npm start` serves next to the API.
// `vite build --mode demo` makes a static, server-less build in dist-demo/: MSW runs the real
// Hono app over the memory store inside the browser (see mocks/).
export default defineConfig(({ mode }) => ({
  plugins: [react()],
  base: mode === 'demo' ? './' : '/',
  define: { 'import.meta.env.CRUX_DEMO': JSON.stringify(mode === 'demo') },
  build: {
    outDir: mode === 'demo' ? 'dist-demo' : 'dist',
    emptyOutDir: true,
  },
}));
