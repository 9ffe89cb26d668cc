import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Two projects: pure and server code in Node, React components in jsdom.
export default defineConfig({
  plugins: [react()],
  test: {
    // Two cores run both projects' workers at once (plus PGlite engines and jsdom): a test that
    // takes 1 s alone can take several under that load. Timeouts catch hangs, not slowness;
    // speed is measured in bench/, never asserted here.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'server/**/*.test.ts',
            'test/**/*.test.ts',
            'mocks/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
    ],
  },
});
