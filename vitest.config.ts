import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// vitest 5 reports failures with Map.groupBy, which Node 20 (this machine's Node) lacks.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, key: (item: V, i: number) => K): Map<K, V[]> {
      const out = new Map<K, V[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        out.set(k, [...(out.get(k) ?? []), item]);
      }
      return out;
    },
  });
}

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.{ts,tsx}', 'tests/cli/**/*.test.ts'],
    testTimeout: 60_000,
    setupFiles: ['tests/i18n-setup.ts'],
  },
});
