/**
 * One page's ClaimLens session: find the article, have the background analyse it, anchor the claims in
 * the live page and paint them. Holds the page state the popup asks for. Every run is cancellable; a newer
 * run (store changed, URL changed) or the end of the content script's life cancels the older one.
 */
import { t } from '../i18n';
import type { PageInfo, PageState } from '../messaging/schemas';
import { anchorClaims, preparePageTextAsync } from './anchor';
import { requestAnalysis, type SendToBackground } from './analysis-client';
import { extractArticle } from './extract';
import type { ClaimResult } from './labels';
import { createOverlay, type Overlay } from './overlay';
import { createPainter, scrollRangeToCentre, type Painter } from './paint';
import { createSavedClaims } from './saved-claims';
import { pageInfo } from './selection';
import { buildTextMapAsync } from './text-map';
import { isAbort, nextIdle } from './timing';

export interface Session {
  /** Finds the article and analyses it (again, from scratch: for the first run and after a URL change). */
  start(): Promise<void>;
  /** Re-analyses the article found last time (the store changed); does nothing without one. */
  reanalyse(): Promise<void>;
  state(): PageState;
  /** Scrolls claim `index` into the middle of the view and focuses its marker. Throws a readable Error when it can't. */
  scrollTo(index: number): void;
  toast(text: string): void;
  destroy(): void;
}

export function createSession(doc: Document, signal: AbortSignal, send?: SendToBackground): Session {
  let status: PageState['status'] = 'analyzing';
  let message: string | undefined;
  let page: PageInfo | undefined;
  let article: string | undefined;
  let claims: ClaimResult[] = [];
  let ranges: (Range | null)[] = [];
  let run: AbortController | undefined;
  let overlay: Overlay | undefined;
  let painter: Painter | undefined;
  // Our UI enters the page only once there is something to show.
  const ui = () => (overlay ??= createOverlay(doc));
  const paint = () => (painter ??= createPainter(doc, ui()));
  // The reader's saved claims are found again on their own, article or not (see saved-claims.ts).
  const saved = createSavedClaims(doc, signal);

  const settle = (s: PageState['status'], msg?: string) => {
    status = s;
    // The popup validates the state: a reason longer than the schema allows would hide the whole state.
    message = msg && msg.length > 2000 ? `${msg.slice(0, 1999)}…` : msg;
  };
  const newRun = (): AbortSignal => {
    run?.abort();
    run = new AbortController();
    return AbortSignal.any([signal, run.signal]);
  };
  const show = (next: ClaimResult[], nextRanges: (Range | null)[]) => {
    claims = next;
    ranges = nextRanges;
    // Unverified claims are not painted; leaving them out here also keeps our UI out of a page with nothing to show.
    const items = claims.flatMap((claim, index) => (ranges[index] && claim.verdict !== 'unverified' ? [{ index, claim, range: ranges[index] }] : []));
    if (items.length || painter) paint().paint(items);
  };

  const analyse = async (runSignal: AbortSignal) => {
    if (!article || !page) return;
    settle('analyzing');
    const reply = await requestAnalysis(page, article, { signal: runSignal, ...(send ? { send } : {}) });
    if (!reply.ok) {
      show([], []);
      return settle('error', reply.error);
    }
    const map = await buildTextMapAsync(doc.body, runSignal);
    const found = await anchorClaims(await preparePageTextAsync(map, runSignal), article, reply.data, runSignal);
    show(reply.data, found);
    const missing = found.filter((r) => !r).length;
    settle('done', missing ? t('pageClaimsNotFound', missing, found.length) : undefined);
  };
  const guarded = async (body: (s: AbortSignal) => Promise<void>) => {
    const runSignal = newRun();
    try {
      await body(runSignal);
    } catch (err) {
      // A cancelled run (superseded, or the script is going away) is no failure, nor is any AbortError.
      if (runSignal.aborted || isAbort(err)) return;
      settle('error', t('pageCheckFailed', err instanceof Error ? err.message : String(err)));
    }
  };

  return {
    start: () =>
      guarded(async (runSignal) => {
        article = undefined;
        page = undefined;
        show([], []);
        settle('analyzing');
        const url = doc.location?.href ?? '';
        if (!/^https?:/.test(doc.location?.protocol ?? '')) return settle('no-article', t('pageWebOnly'));
        void saved.refresh();
        await nextIdle(runSignal);
        const found = extractArticle(doc);
        if (!found.ok) return settle('no-article', t(found.reason.key, found.reason.detail ?? ''));
        article = found.article.text;
        // The article carries the page's metadata already merged with what Readability found.
        page = pageInfo(found.article, url);
        await analyse(runSignal);
      }),
    // Before the first run has found the article there is nothing to redo, and aborting it would lose it.
    reanalyse() {
      void saved.refresh();
      return article && page ? guarded(analyse) : Promise.resolve();
    },
    state: () => ({
      status,
      ...(page ? { page } : {}),
      claims: claims.map((c, i) => ({ ...c, anchored: isLive(ranges[i]) })),
      ...(message ? { message } : {}),
      ...(saved.states().length ? { saved: saved.states() } : {}),
    }),
    scrollTo(index) {
      if (index >= claims.length) throw new Error(t('pageNoSuchClaim', index + 1));
      const range = ranges[index];
      if (!range || !isLive(range)) throw new Error(t('pageClaimNotFound'));
      scrollRangeToCentre(doc, range);
      painter?.focusMarker(index);
    },
    toast: (text) => ui().toast(text),
    destroy() {
      run?.abort();
      saved.destroy();
      painter?.destroy();
      overlay?.destroy();
      painter = overlay = undefined;
    },
  };
}

/** A range still covers text (the page may have removed the nodes it pointed into). */
function isLive(range: Range | null | undefined): range is Range {
  return !!range && !range.collapsed && range.startContainer.isConnected;
}
