/**
 * The next-claim / previous-claim keyboard commands: the background only routes them to the tab, whose
 * content script knows its markers (`page/focusClaim`).
 */
import type { FocusDirection } from '../messaging/control';
import type { TabsPort } from './tabs-port';

/** Command names (manifest `commands` in wxt.config.ts) and the way each one moves. */
export const CLAIM_COMMANDS: Readonly<Record<string, FocusDirection>> = {
  'next-claim': 'next',
  'previous-claim': 'previous',
};

/** The direction `command` moves in, or undefined when it is not one of ours to route here. */
export function claimCommandDirection(command: string): FocusDirection | undefined {
  return Object.hasOwn(CLAIM_COMMANDS, command) ? CLAIM_COMMANDS[command] : undefined;
}

/**
 * Sends `page/focusClaim` to the tab's top frame. Resolves with the content script's raw reply (it tells the
 * reader itself when there is nothing to move to); rejects when no content script listens there.
 */
export function focusClaimInTab(tabId: number, direction: FocusDirection, tabs: Pick<TabsPort, 'send'>): Promise<unknown> {
  return tabs.send(tabId, { type: 'page/focusClaim', direction }, 0);
}
