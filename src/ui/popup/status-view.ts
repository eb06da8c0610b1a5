/**
 * The popup's friendly states: analysing, no article, no claims, no content script, error.
 */
import { t } from '../../i18n';
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
        ? { title: t('statusStillChecking'), detail: t('statusStillCheckingDetail') }
        : { title: t('statusChecking') };
    case 'no-article':
      // The title says what the reader can still do; the page's reason follows only when it adds something.
      return {
        title: t('statusNoArticle', SAVE_SHORTCUT),
        detail: view.reason !== t('pageNotArticle') ? view.reason : undefined,
      };
    case 'no-claims':
      return { title: t('statusNoClaims'), detail: t('statusNoClaimsDetail') };
    case 'unreachable':
      return view.restricted
        ? { title: t('statusRestricted'), detail: t('statusRestrictedDetail') }
        : { title: t('statusReload'), detail: t('statusReloadDetail') };
    case 'error':
      return { title: t('statusFailed'), detail: view.message };
    case 'idle':
      return { title: view.reason ?? t('statusIdle'), detail: t('statusIdleDetail') };
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
