/**
 * `page/disputed`: shows a page's whole count of disputed claims on its tab's badge, after the page grew and
 * was analysed piece by piece. Only a tab's top frame sets its badge, as with `page/analyze`.
 */
import type { ShowDisputed } from '../messaging/disputed';
import type { BackgroundDeps } from './deps';
import type { SenderInfo } from './sender';

export async function showDisputed(msg: ShowDisputed, sender: SenderInfo, deps: BackgroundDeps): Promise<null> {
  if (sender.tabId !== undefined && (sender.frameId === undefined || sender.frameId === 0)) await deps.tabs.setBadge(sender.tabId, msg.count);
  return null;
}
