import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
    // Tests write a file and run at once; the cache's racy window (load/source.ts) is
    // tested on its own, in test/e2e/cache-racy.test.ts.
    env: { REG_RACY_MS: '0' },
  },
});
