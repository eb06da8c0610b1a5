/** The "Save claim to ClaimLens" context-menu item and the `save-claim` keyboard command. */
import { browser } from 'wxt/browser';
import { t } from '../i18n';

export const SAVE_CLAIM_MENU_ID = 'save-claim';
export const SAVE_CLAIM_COMMAND = 'save-claim';

/**
 * (Re)creates the menu item. Called on install and update: removing first avoids a duplicate-id error when
 * the browser kept the item from the previous version.
 */
export async function createSaveClaimMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  await new Promise<void>((resolve, reject) => {
    browser.contextMenus.create(
      { id: SAVE_CLAIM_MENU_ID, title: t('menuSaveClaim'), contexts: ['selection'] },
      () => {
        const error = browser.runtime.lastError;
        if (error) reject(new Error(`context menu not created: ${error.message ?? 'unknown error'}`));
        else resolve();
      },
    );
  });
}
