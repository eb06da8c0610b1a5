/**
 * The content script's life: start a session for the page, answer the extension's messages about it, and
 * take everything down when the script's context is invalidated (extension reloaded, updated or removed).
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { createClaimNavigator } from './claim-nav';
import { createContentDispatcher, errorText, fail, isOwnExtension, ok } from './dispatch';
import { selectionDocument } from './frames';
import { gateSession } from './gate';
import { pageKey } from './page-key';
import { readSelection } from './selection';
import { createSession } from './session';
import { debounce } from './timing';

export interface ContentEnv {
  /** Aborts when the content script's context is invalidated. */
  signal: AbortSignal;
  /** Calls back when a single-page app changes the URL without a page load. */
  onLocationChange?: (cb: () => void) => void;
}

/** Pages that rewrite their URL settle for a moment before they show the new article (ms). */
const LOCATION_SETTLE_MS = 800;

/** Starts ClaimLens on the current page. Everything it adds is removed when `env.signal` aborts. */
export function startClaimLens(env: ContentEnv): void {
  const doc = document;
  // The reader's settings decide whether the session starts by itself (paused, off here, only when asked).
  const session = gateSession(createSession(doc, env.signal), { doc, signal: env.signal });
  const nav = createClaimNavigator(doc, (index) => session.scrollTo(index));
  const dispatch = createContentDispatcher({
    'page/state': () => ok(session.state()),
    'page/scrollTo': ({ index }) => {
      session.scrollTo(index);
      return ok(null);
    },
    'page/selection': () => readSelection(selectionDocument(doc), doc.location.href),
    'store/changed': () => {
      // Answer at once; the popup asks for the new state when it wants it.
      void session.reanalyse();
      return ok(null);
    },
    'claim/saved': ({ duplicate }) => {
      session.toast(t(duplicate ? 'toastAlreadySaved' : 'toastSaved'));
      return ok(null);
    },
    'claim/notSaved': ({ reason }) => {
      session.toast(reason);
      return ok(null);
    },
    'page/analyzeNow': () => {
      void session.analyzeNow();
      return ok(null);
    },
    'page/focusClaim': ({ direction }) => {
      try {
        return ok({ index: nav.move(direction) });
      } catch (err) {
        // A keyboard command has no other place to answer the reader than the page itself.
        session.toast(errorText(err));
        return fail(errorText(err));
      }
    },
  });
  const listener = (message: unknown, sender: { id?: string }) =>
    isOwnExtension(sender, browser.runtime.id) ? dispatch(message) : Promise.resolve(fail('Unknown sender.'));
  browser.runtime.onMessage.addListener(listener);

  let startedAt = pageKey(doc.location.href);
  const restart = debounce(() => {
    // A jump to an anchor in the same article (#section-2) is no new page.
    const key = pageKey(doc.location.href);
    if (key === startedAt) return;
    startedAt = key;
    void session.start();
  }, LOCATION_SETTLE_MS);
  env.onLocationChange?.(restart);
  env.signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onMessage.removeListener(listener);
      restart.cancel();
      session.destroy();
    },
    { once: true },
  );
  void session.start();
}
