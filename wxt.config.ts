import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';

/** A hash of the engine's source: a stored index snapshot from another engine is rebuilt, not reused. */
function engineHash(): string {
  const dir = 'src/engine';
  const h = createHash('sha256');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) h.update(f).update(readFileSync(`${dir}/${f}`));
  return h.digest('hex').slice(0, 16);
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ define: { __CLAIMLENS_ENGINE__: JSON.stringify(engineHash()) } }),
  manifest: ({ browser }) => ({
    // The reader-facing words live in public/_locales (English first); see src/i18n.
    default_locale: 'en',
    name: '__MSG_extName__',
    // At most 132 characters once resolved: the Chrome Web Store refuses longer ones.
    description: '__MSG_extDescription__',
    permissions: ['storage', 'contextMenus', 'activeTab', 'tabs', 'scripting'],
    host_permissions: ['<all_urls>'],
    commands: {
      'save-claim': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdSaveClaim__',
      },
      // J and K, as in many readers' "next / previous item"; Chromium on Linux keeps Alt+Shift+N and +P for itself.
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNextClaim__',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdPreviousClaim__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: the first Firefox with the CSS Custom Highlight API (our highlights) and data_collection_permissions;
            // Firefox for Android reads data_collection_permissions from 142. Nothing is collected or sent anywhere.
            gecko: {
              id: 'claimlens@claimlens.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // The sources zip (`wxt zip -b firefox`, for addons.mozilla.org's review) holds what the build needs and no more:
  // tests, benchmarks, the demo and screenshots don't go into the extension.
  zip: {
    excludeSources: ['tests/**', 'scripts/**', 'docs/*.png', 'vitest.config.ts'],
  },
});
