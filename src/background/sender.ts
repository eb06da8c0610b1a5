/** Who sent a message, reduced to what the handlers use; derived from `runtime.MessageSender`. */
export interface SenderInfo {
  /** The sender's tab; undefined for extension pages such as the popup. */
  tabId?: number;
  /** 0 for a tab's top frame. */
  frameId?: number;
  /** True only for ClaimLens's own pages (popup, options, library, viewer): their URL has the extension's origin. */
  extensionPage?: boolean;
}

/**
 * Extracts the tab and frame from a browser message sender (any shape; missing fields stay undefined).
 * @param ownOrigin the extension's own origin (`chrome-extension://ID/`); a sender whose URL starts with it is one of our pages.
 */
export function senderInfo(sender: { tab?: { id?: number }; frameId?: number; url?: string } | undefined, ownOrigin?: string): SenderInfo {
  const info: SenderInfo = {};
  if (ownOrigin && typeof sender?.url === 'string' && sender.url.startsWith(ownOrigin)) info.extensionPage = true;
  if (typeof sender?.tab?.id === 'number' && sender.tab.id >= 0) info.tabId = sender.tab.id;
  if (typeof sender?.frameId === 'number') info.frameId = sender.frameId;
  return info;
}
