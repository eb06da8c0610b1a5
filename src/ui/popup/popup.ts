/**
 * The popup controller: finds the tab, asks its content script for the page's claims (re-asking while it is
 * still analysing), and renders them with the reader's saved claims for the page. Browser access goes through
 * `PopupPorts` so the flow is testable without a browser.
 */
import type { BackgroundRequest, ContentRequest, PageInfo } from '../../messaging/schemas';
import { t } from '../../i18n';
import { localizeDocument } from '../../i18n/document';
import { el } from '../shared/dom';
import { formatPartialDate } from '../shared/format';
import { renderClaims, type ClaimActions } from './claims-view';
import type { RunMode } from '../../settings/policy';
import { renderControls, type ControlPorts } from './controls';
import { createSavedSection } from './saved-view';
import { renderStatus } from './status-view';
import { sourceTarget, type SourceTarget } from './target';
import { isCheckableUrl, shouldPoll, viewFromPageState, POLL_INTERVAL_MS, POLL_MAX_ATTEMPTS, type PopupView } from './view-state';

export interface PopupTab {
  id: number;
  url?: string | undefined;
  title?: string | undefined;
}

/** Everything the popup needs from the browser. */
export interface PopupPorts {
  /** The tab the popup is about, or `null` when there is none. */
  findTab(): Promise<PopupTab | null>;
  /** Sends to the tab's top-frame content script; rejects when no content script is there. */
  sendToTab(tabId: number, message: ContentRequest): Promise<unknown>;
  sendToBackground(message: BackgroundRequest): Promise<unknown>;
  /** Absolute URL of an extension page path such as `/viewer.html?id=…`. */
  extensionUrl(path: string): string;
  openTab(url: string): Promise<void>;
  wait(ms: number): Promise<void>;
  /** The reader's settings; without them the popup shows no pause / site / analyse controls. */
  controls?: ControlPorts;
}

/** Builds the popup inside `root` (replacing its content) and keeps it up to date until analysis settles. */
export async function runPopup(root: HTMLElement, ports: PopupPorts): Promise<void> {
  localizeDocument(root.ownerDocument, 'extName');
  const pageTitle = el('p', { className: 'page-title' });
  const content = el('div', { className: 'content' }, [renderStatus({ kind: 'analyzing' })]);
  const notice = el('p', { className: 'notice', attrs: { role: 'status' } });
  const savedBody = el('div', { className: 'saved-body' });
  const saved = el('section', { className: 'saved', attrs: { 'aria-labelledby': 'saved-heading' } }, [
    el('h2', { className: 'saved-heading', text: t('popupSavedHeading'), attrs: { id: 'saved-heading' } }),
    savedBody,
  ]);
  root.replaceChildren(el('header', { className: 'top' }, [el('h1', { text: t('extName') }), libraryLink(ports), pageTitle]), notice, content, saved);

  const tab = await ports.findTab().catch(() => null);
  if (!tab) {
    content.replaceChildren(renderStatus({ kind: 'error', message: t('popupNoTab') }));
    saved.hidden = true;
    return;
  }
  pageTitle.textContent = tab.title ?? '';
  // Saved claims exist only for pages a content script could read (http/https).
  const savedSection = tab.url && isCheckableUrl(tab.url) ? createSavedSection(savedBody, { ...tab, url: tab.url }, ports) : null;
  saved.hidden = !savedSection;

  const actions = claimActions(tab.id, ports, notice);
  let latest = 0;
  /** Shows the page's state, re-asking while it analyses or, when `until` is given, until the view satisfies it. */
  const showState = async (until?: (view: PopupView) => boolean) => {
    const run = ++latest;
    for (let attempt = 1; run === latest; attempt++) {
      const reply = await ports.sendToTab(tab.id, { type: 'page/state' }).catch(() => undefined);
      if (run !== latest) return;
      savedSection?.pageState(reply);
      const view = viewFromPageState(reply, tab.url);
      if ('page' in view && view.page) pageTitle.textContent = describePage(view.page);
      const polling = shouldPoll(view, attempt) || (!!until && !until(view) && attempt < POLL_MAX_ATTEMPTS);
      content.replaceChildren(renderView(view, actions, view.kind === 'analyzing' && !polling));
      if (!polling) return;
      await ports.wait(POLL_INTERVAL_MS);
    }
  };
  if (ports.controls) notice.before(mountControls(tab, ports, ports.controls, showState));
  await showState();
}

/** The pause / site / analyse controls; each change re-reads the page once it has reacted to it. */
function mountControls(tab: PopupTab, ports: PopupPorts, controlPorts: ControlPorts, showState: (until?: (v: PopupView) => boolean) => Promise<void>): HTMLElement {
  const controls = renderControls(tab.url, controlPorts, {
    signal: new AbortController().signal,
    onAnalyse: async () => {
      const reply = await ports.sendToTab(tab.id, { type: 'page/analyzeNow' });
      if (isFailure(reply)) throw new Error(reply.error);
      await showState((view) => view.kind !== 'idle');
    },
    onModeChange: (mode) => void showState(pageReacted(mode)),
  });
  return controls.element;
}

/**
 * When the page has caught up with a change of its run mode: paused or off, it goes idle; back on by itself, it
 * starts. Switching to "only when asked" changes nothing on the page, so there is nothing to wait for. A page
 * without a content script never reacts: no use waiting either.
 */
function pageReacted(mode: RunMode): ((view: PopupView) => boolean) | undefined {
  if (mode === 'on-demand') return undefined;
  return (view) => view.kind === 'unreachable' || (mode === 'auto') === (view.kind !== 'idle');
}

/** The way to the library page: a real link (so it reads as one), opened as a tab because a popup closes. */
function libraryLink(ports: PopupPorts): HTMLElement {
  const href = ports.extensionUrl('/library.html');
  const link = el('a', { className: 'library-link', text: t('popupLibraryLink'), attrs: { href, target: '_blank', title: t('popupLibraryLinkTitle') } });
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void ports.openTab(href).catch(() => undefined);
  });
  return link;
}

function renderView(view: PopupView, actions: ClaimActions, stillAnalysing: boolean): HTMLElement {
  return view.kind === 'claims' ? renderClaims(view.claims, actions) : renderStatus(view, stillAnalysing);
}

/** `Title — Site, 23 Jan 2025` from what the page says about itself. */
export function describePage(page: PageInfo): string {
  const where = [page.siteName, formatPartialDate(page.published)].filter(Boolean).join(', ');
  return where ? t('popupPageWhere', page.title, where) : page.title;
}

function claimActions(tabId: number, ports: PopupPorts, notice: HTMLElement): ClaimActions {
  const href = (target: SourceTarget) => (target.kind === 'web' ? target.url : ports.extensionUrl(target.path));
  return {
    scrollTo(index) {
      notice.textContent = '';
      ports.sendToTab(tabId, { type: 'page/scrollTo', index }).then(
        (reply) => {
          if (isFailure(reply)) notice.textContent = t('popupCouldNotShow', reply.error);
        },
        () => (notice.textContent = t('popupPageUnreachable')),
      );
    },
    sourceHref: (match) => href(sourceTarget(match)),
    openSource(match) {
      ports.openTab(href(sourceTarget(match))).catch(() => (notice.textContent = t('popupCouldNotOpen')));
    },
  };
}

function isFailure(reply: unknown): reply is { ok: false; error: string } {
  return typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === false && typeof (reply as { error?: unknown }).error === 'string';
}
