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
      // J and K, as in many readers' "next / previous item"; Chromium on Linux keeps Alt+Shift+N and +P for itself.
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next highlighted claim',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous highlighted claim',
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
