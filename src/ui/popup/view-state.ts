/**
 * Turns what the tab's content script answered (or failed to answer) into what the popup shows. Pure.
 */
import { t } from '../../i18n';
import { PageStateSchema, replySchema, type PageInfo, type PageState } from '../../messaging/schemas';

export type PageClaim = PageState['claims'][number];

export type PopupView =
  | { kind: 'analyzing'; page?: PageInfo }
  | { kind: 'no-article'; page?: PageInfo; reason?: string }
  | { kind: 'no-claims'; page?: PageInfo }
  /** Not analysed by itself (paused, off on this site, only when asked); `reason` is the page's word for why. */
  | { kind: 'idle'; reason?: string }
  | { kind: 'claims'; page?: PageInfo; claims: PageClaim[] }
  /** No content script answered. `restricted`: a page extensions can't run on; else it was open before install. */
  | { kind: 'unreachable'; restricted: boolean }
  | { kind: 'error'; message: string };

const PageStateReply = replySchema(PageStateSchema);

/**
 * The view for a `page/state` reply. The reply is untrusted (it comes from a page's content script): anything
 * that fails validation becomes an `error` view naming the problem, never an exception. `undefined` means no
 * listener answered, which happens when the content script isn't there.
 */
export function viewFromPageState(reply: unknown, tabUrl?: string): PopupView {
  if (reply === undefined) return viewWhenUnreachable(tabUrl);
  const parsed = PageStateReply.safeParse(reply);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? t('pageAnsweredBadlyAt', issue.path.join('.')) : '';
    return { kind: 'error', message: t('pageAnsweredBadly', where) };
  }
  if (!parsed.data.ok) return { kind: 'error', message: parsed.data.error };
  const state = parsed.data.data;
  const page = state.page ? { page: state.page } : {};
  switch (state.status) {
    case 'analyzing':
      return { kind: 'analyzing', ...page };
    case 'no-article':
      return { kind: 'no-article', ...page, ...(state.message ? { reason: state.message } : {}) };
    case 'error':
      return { kind: 'error', message: state.message ?? t('checkingFailed') };
    case 'idle':
      return { kind: 'idle', ...(state.message ? { reason: state.message } : {}) };
    case 'done':
      return state.claims.length ? { kind: 'claims', ...page, claims: state.claims } : { kind: 'no-claims', ...page };
  }
}

/** True for the pages a content script can run on (http and https); false for browser, extension and file pages. */
export function isCheckableUrl(url: string | undefined): boolean {
  return !!url && /^https?:\/\//i.test(url);
}

/** The view when the tab's content script can't be reached. An unknown URL counts as checkable (suggest a reload). */
export function viewWhenUnreachable(tabUrl: string | undefined): PopupView {
  return { kind: 'unreachable', restricted: tabUrl !== undefined && !isCheckableUrl(tabUrl) };
}

/** How often and how long the popup re-asks a tab that is still analysing. */
export const POLL_INTERVAL_MS = 400;
export const POLL_MAX_ATTEMPTS = 25;

/** Whether to ask again after `attempt` (1-based) answers: only while analysing, and at most `POLL_MAX_ATTEMPTS` times. */
export function shouldPoll(view: PopupView, attempt: number): boolean {
  return view.kind === 'analyzing' && attempt < POLL_MAX_ATTEMPTS;
}
