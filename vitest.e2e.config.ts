import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// Browser tests run one file at a time against the built extension (npm test builds it first).
export default defineConfig({
  ...base,
  plugins: [],
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
