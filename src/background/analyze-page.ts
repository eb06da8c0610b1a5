/**
 * `page/analyze`: compare a page's article text with every stored source, bounded in time, and show the
 * number of disputed claims on the tab's toolbar badge.
 */
import type * as z from 'zod/mini';
import type { AbortLike, ClaimResult } from '../engine/types';
import { t } from '../i18n';
import { AnalyzeReply, type AnalyzePage } from '../messaging/schemas';
import type { BackgroundDeps } from './deps';
import type { SenderInfo } from './sender';

/** Claims the badge counts: those at least one source disputes. */
export function disputedCount(claims: readonly ClaimResult[]): number {
  return claims.filter((c) => c.verdict === 'conflicting' || c.verdict === 'mixed').length;
}

/**
 * Runs the engine for one page.
 * @throws Error when the run was superseded by a newer one for the same tab, the tab closed, or it ran longer than
 *   `deps.analyzeTimeoutMs` (the engine checks the signal between sentences, so it stops within one sentence of the limit).
 */
export async function analyzePage(
  msg: z.infer<typeof AnalyzePage>,
  sender: SenderInfo,
  deps: BackgroundDeps,
): Promise<z.infer<typeof AnalyzeReply>> {
  const run = deps.runs.start(sender.tabId);
  try {
    const index = await deps.index.get();
    run.signal.throwIfAborted();
    const deadline = deps.now() + deps.analyzeTimeoutMs;
    // The engine is synchronous, so a timer could never fire during it: the deadline is checked on every poll.
    const signal: AbortLike = {
      get aborted() {
        return run.signal.aborted || deps.now() > deadline;
      },
    };
    const ctx = { url: msg.page.url, ...(msg.page.published ? { published: msg.page.published } : {}) };
    let claims: ClaimResult[];
    try {
      claims = deps.analyze(msg.text, index, ctx, { signal });
    } catch (error) {
      if (run.signal.aborted) throw run.signal.reason;
      if (signal.aborted) throw new Error(t('analysisTooLong', deps.analyzeTimeoutMs));
      throw error;
    }
    const reply = AnalyzeReply.safeParse({ claims });
    if (!reply.success) throw new Error(`the engine returned an invalid result: ${reply.error.issues[0]?.message ?? 'unknown'}`);
    if (sender.tabId !== undefined && isTopFrame(sender)) await deps.tabs.setBadge(sender.tabId, disputedCount(claims));
    return reply.data;
  } finally {
    deps.runs.finish(sender.tabId, run);
  }
}

function isTopFrame(sender: SenderInfo): boolean {
  return sender.frameId === undefined || sender.frameId === 0;
}
