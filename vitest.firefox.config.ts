import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The Firefox tier: the built Firefox add-on (.output/firefox-mv2) in Debian's firefox-esr, one file
// at a time (npm test builds it first). See tests/firefox/harness.ts.
export default defineConfig({
  ...base,
  plugins: [],
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
