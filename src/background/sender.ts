/** Who sent a message, reduced to what the handlers use; derived from `runtime.MessageSender`. */
export interface SenderInfo {
  /** The sender's tab; undefined for extension pages such as the popup. */
  tabId?: number;
  /** 0 for a tab's top frame. */
  frameId?: number;
}

/** Extracts the tab and frame from a browser message sender (any shape; missing fields stay undefined). */
export function senderInfo(sender: { tab?: { id?: number }; frameId?: number } | undefined): SenderInfo {
  const info: SenderInfo = {};
  if (typeof sender?.tab?.id === 'number' && sender.tab.id >= 0) info.tabId = sender.tab.id;
  if (typeof sender?.frameId === 'number') info.frameId = sender.frameId;
  return info;
}
