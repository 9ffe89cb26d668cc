import { defineConfig } from 'vitest/config';

// End-to-end tests: the real `npm start` server and Debian's Chromium through playwright-core.
// One file at a time: each starts its own server, and the machine has two cores.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
