import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Karabakh Cross-check',
    description: 'Cross-checks figures about the 2023 Nagorno-Karabakh exodus against bundled news reports, offline.',
    browser_specific_settings: {
      gecko: { id: 'crosscheck@example.org', data_collection_permissions: { required: ['none'] } },
    },
  },
});
