import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description:
      'Finds the factual claims on news pages and shows which of your sources corroborate or conflict with them. Runs entirely on your machine.',
    permissions: ['storage', 'contextMenus', 'activeTab', 'tabs'],
    host_permissions: ['<all_urls>'],
    commands: {
      'save-claim': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected text as a claim',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'claimlens@claimlens.local',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
