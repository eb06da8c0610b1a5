/**
 * `claim/save`: store a selection as a saved claim and make it a source at once, for the engine in this
 * worker and for every open tab (which re-compares its claims on `store/changed`).
 */
import type * as z from 'zod/mini';
import type { SaveClaim, SaveClaimReply } from '../messaging/schemas';
import { saveClaim, toSourceDoc, toSourceView } from '../store';
import type { BackgroundDeps } from './deps';

/** Saves; a second save of the same words from the same page is `duplicate: true` and changes nothing. */
export async function saveClaimFromMessage(
  msg: z.infer<typeof SaveClaim>,
  deps: BackgroundDeps,
): Promise<z.infer<typeof SaveClaimReply>> {
  const { record, duplicate } = await saveClaim(deps.db, { page: msg.page, selector: msg.selector }, deps.now());
  if (!duplicate) {
    await deps.index.add(toSourceDoc(record));
    await deps.tabs.broadcast({ type: 'store/changed' });
  }
  return { source: toSourceView(record), duplicate };
}
