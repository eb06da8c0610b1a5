/**
 * Asks the background to analyse the article text and validates its answer: the content script trusts
 * the background's reply no more than the background trusts the page.
 */
import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { t } from '../i18n';
import { AnalyzeReply, MAX_ARTICLE_CHARS, replySchema, type PageInfo, type Reply } from '../messaging/schemas';
import type { ClaimResult } from './labels';
import { errorText } from './dispatch';

const AnalyzeReplySchema = replySchema(AnalyzeReply);

/** How long to wait for the background (ms): it may have to wake up, open the store and build its index first. */
export const ANALYZE_WAIT_MS = 30_000;

/** Sends a message to the background and resolves with its raw reply. */
export type SendToBackground = (message: unknown) => Promise<unknown>;

const sendViaRuntime: SendToBackground = (message) => browser.runtime.sendMessage(message);

/**
 * Requests `page/analyze` for `text` (cut to {@link MAX_ARTICLE_CHARS}; claim offsets refer to the cut text).
 * Resolves with the claims or a readable error; never rejects, except with `signal`'s reason when it aborts.
 */
export async function requestAnalysis(
  page: PageInfo,
  text: string,
  opts: { signal?: AbortSignal; send?: SendToBackground; waitMs?: number } = {},
): Promise<Reply<ClaimResult[]>> {
  const { signal, send = sendViaRuntime, waitMs = ANALYZE_WAIT_MS } = opts;
  signal?.throwIfAborted();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort = () => {};
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), waitMs)));
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const raw = await Promise.race([send({ type: 'page/analyze', page, text: text.slice(0, MAX_ARTICLE_CHARS) }), timeout, aborted]);
    if (raw === 'timeout') return { ok: false, error: t('pageAnalysisTimedOut') };
    return parseReply(raw);
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    return { ok: false, error: t('pageAnalysisUnreachable', errorText(err)) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function parseReply(raw: unknown): Reply<ClaimResult[]> {
  const reply = AnalyzeReplySchema.safeParse(raw);
  if (!reply.success) return { ok: false, error: t('pageAnalysisBadReply') };
  const r: z.infer<typeof AnalyzeReplySchema> = reply.data;
  return r.ok ? { ok: true, data: r.data.claims } : { ok: false, error: r.error };
}
