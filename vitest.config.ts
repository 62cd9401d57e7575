import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Browser tests start Chromium and a preview server; give them room, and keep the rest quick.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
