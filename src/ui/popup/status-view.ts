/**
 * The popup's friendly states: analysing, no article, no claims, no content script, error.
 */
import { NOT_AN_ARTICLE } from '../../messaging/schemas';
import { el } from '../shared/dom';
import type { PopupView } from './view-state';

/** Shortcut shown in hints; the manifest's suggested key for the `save-claim` command. */
export const SAVE_SHORTCUT = 'Alt+Shift+S';

interface StatusText {
  title: string;
  detail?: string | undefined;
}

/** The words for every view except `claims`; `undefined` for `claims`. */
export function statusText(view: PopupView, stillAnalysing = false): StatusText | undefined {
  switch (view.kind) {
    case 'analyzing':
      return stillAnalysing
        ? { title: 'Still checking this page…', detail: 'This is taking longer than usual. Reopen ClaimLens in a moment.' }
        : { title: 'Checking the claims on this page…' };
    case 'no-article':
      // The title says what the reader can still do; the page's reason follows only when it adds something.
      return {
        title: `This page doesn't look like a news article — select text and press ${SAVE_SHORTCUT} to save a claim anyway.`,
        detail: view.reason !== NOT_AN_ARTICLE ? view.reason : undefined,
      };
    case 'no-claims':
      return { title: 'No checkable claims found on this page.', detail: 'ClaimLens looks for factual statements such as figures, dates and names.' };
    case 'unreachable':
      return view.restricted
        ? { title: "ClaimLens can't check this kind of page.", detail: 'Browser pages, extension pages and local files are not read.' }
        : { title: 'Reload the page to check it.', detail: 'ClaimLens starts on pages opened after it was installed or updated.' };
    case 'error':
      return { title: 'ClaimLens could not check this page.', detail: view.message };
    case 'idle':
      return { title: view.reason ?? 'This page has not been checked.', detail: 'Choose "Analyse this page" to check it now.' };
    case 'claims':
      return undefined;
  }
}

/** A status block for `view`; `role=status` so a screen reader hears state changes while the popup polls. */
export function renderStatus(view: PopupView, stillAnalysing = false): HTMLElement {
  const text = statusText(view, stillAnalysing);
  const box = el('div', { className: `status status-${view.kind}`, attrs: { role: 'status', 'data-state': view.kind } });
  if (!text) return box;
  box.append(el('p', { className: 'status-title', text: text.title }));
  if (text.detail) box.append(el('p', { className: 'status-detail', text: text.detail }));
  return box;
}
