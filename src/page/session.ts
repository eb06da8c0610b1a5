/**
 * One page's ClaimLens session: find the article, have the background analyse it, anchor the claims in
 * the live page and paint them. Holds the page state the popup asks for. Every run is cancellable; a newer
 * run (store changed, URL changed) or the end of the content script's life cancels the older one.
 * Pages that render their article late, or keep adding to it, are followed (see `watch.ts`, `growth.ts`).
 */
import { t } from '../i18n';
import { wordTable } from '../i18n/table';
import type { PageInfo, PageState } from '../messaging/schemas';
import { anchorClaims, preparePageTextAsync } from './anchor';
import { AnalysedText } from './analysed-text';
import { requestAnalysis, type SendToBackground } from './analysis-client';
import { findArticle } from './frames';
import { blockText } from './extract';
import { analyseGrowth, findArticleElement, isLive, reportDisputed } from './growth';
import type { ClaimResult } from './labels';
import { pageKey } from './page-key';
import { scrollRangeToCentre } from './paint';
import { createSavedClaims } from './saved-claims';
import { pageInfo } from './selection';
import { createSurfaces } from './surfaces';
import { buildTextMapAsync } from './text-map';
import { createRuns } from './runs';
import { nextIdle } from './timing';
import { watchForText, type Watch, type WatchOptions } from './watch';

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

/** What the popup shows about this page, in the reader's words (from `_locales`, looked up when read). */
const strings = Object.assign(wordTable({ notWeb: 'pageWebOnly', claimGone: 'pageClaimNotFound' }), {
  failed: (why: string) => t('pageCheckFailed', why),
  notFound: (missing: number, all: number) => t('pageClaimsNotFound', missing, all),
  newTextFailed: (why: string) => t('pageNewTextFailed', why),
  noSuchClaim: (n: number) => t('pageNoSuchClaim', n),
});

/** Page changes are looked at once they pause this long (ms), or after this long however busy the page is. */
const SETTLE: Pick<WatchOptions, 'quietMs' | 'maxDelayMs'> = { quietMs: 600, maxDelayMs: 3_000 };
/** A page without an article is watched for one to appear (client rendering) this long, this many times. */
const ARTICLE_WAIT = { lifetimeMs: 30_000, maxRuns: 15 };
/** After the first analysis, new text is looked at this many times, and analysed at most this many times. */
const GROWTH_LOOKS = 60;
const GROWTH_RUNS = 20;
/** A page whose article is swapped more often than this (an app re-mounting it) is analysed anew no more. */
const SWAPS_PER_URL = 10;

/** The article a run found, and what became of it. */
interface Located {
  /** The document holding it: the session's own, or a same-origin iframe's. */
  doc: Document;
  page: PageInfo;
  analysed: AnalysedText;
  /** The page's URL when it was found (see `pageKey`). */
  key: string;
  /** Its live element, looked for after the first analysis (growth re-reads it); null when not found. */
  element?: Element | null;
  /** Pieces analysed as the page grew. */
  grown: number;
}

export function createSession(doc: Document, signal: AbortSignal, send?: SendToBackground): Session {
  let status: PageState['status'] = 'analyzing';
  let message: string | undefined;
  let art: Located | undefined;
  // The document holding the article: this one, or a same-origin iframe's.
  const target = () => art?.doc ?? doc;
  let claims: ClaimResult[] = [];
  let ranges: (Range | null)[] = [];
  let watch: Watch | undefined;
  let swaps = { key: '', count: 0 };
  const surfaces = createSurfaces(doc);
  const sendOpt = send ? { send } : {};
  const runs = createRuns(signal, (err) => settle('error', strings.failed(err instanceof Error ? err.message : String(err))));
  const guarded = runs.run;
  // The reader's saved claims are found again on their own, article or not (see saved-claims.ts).
  const saved = createSavedClaims(doc, signal);

  function settle(s: PageState['status'], msg?: string) {
    status = s;
    // The popup validates the state: a reason longer than the schema allows would hide the whole state.
    message = msg && msg.length > 2000 ? `${msg.slice(0, 1999)}…` : msg;
  }
  const settleDone = () => {
    const missing = ranges.filter((r) => !r).length;
    settle('done', missing ? strings.notFound(missing, ranges.length) : undefined);
  };
  const show = (next: ClaimResult[], nextRanges: (Range | null)[]) => {
    claims = next;
    ranges = nextRanges;
    surfaces.paint(target(), paintItems(claims, ranges, 0));
  };
  const showMore = (more: ClaimResult[], moreRanges: (Range | null)[]) => {
    const base = claims.length;
    claims = [...claims, ...more];
    ranges = [...ranges, ...moreRanges];
    surfaces.add(target(), paintItems(more, moreRanges, base));
  };

  const analyse = async (runSignal: AbortSignal) => {
    const at = art;
    if (!at) return;
    const { analysed } = at;
    settle('analyzing');
    const reply = await requestAnalysis(at.page, analysed.text, { signal: runSignal, ...sendOpt });
    if (!reply.ok) {
      show([], []);
      return settle('error', reply.error);
    }
    const map = await preparePageTextAsync(await buildTextMapAsync(at.doc.body ?? at.doc, runSignal), runSignal);
    show(reply.data, await anchorClaims(map, analysed.text, reply.data, runSignal));
    settleDone();
    if (at.element === undefined) {
      at.element = await findArticleElement(map, analysed.text, runSignal);
      if (at.element) analysed.acknowledge(blockText(at.element));
    }
    // Follow the page's growth once per start: a store change must not reset the bounds.
    if (!watch) follow(onGrowth, { ...SETTLE, maxRuns: GROWTH_LOOKS, accept: inArticle });
  };
  const locate = async (runSignal: AbortSignal): Promise<boolean> => {
    const found = await findArticle(doc, runSignal);
    if (!found.ok) {
      settle('no-article', t(found.reason.key, found.reason.detail ?? ''));
      return false;
    }
    const href = doc.location?.href ?? '';
    // The article carries the page's metadata already merged with what Readability found; the URL is the tab's.
    art = { doc: found.doc, page: pageInfo(found.article, href), analysed: new AnalysedText(found.article.text), key: pageKey(href), grown: 0 };
    return true;
  };
  // Once the article's element is known, only changes in it count (a ticker or late comments elsewhere don't);
  // a change that took it off the page counts, so that a swapped article is noticed.
  const inArticle = (record: MutationRecord) => !art?.element || !art.element.isConnected || art.element.contains(record.target);
  const follow = (onChange: () => Promise<void>, opts: Omit<WatchOptions, 'signal'>) => {
    watch?.stop();
    // Watching this document also watches its same-origin iframes, where the article may be.
    watch = watchForText(doc, onChange, { ...opts, signal });
  };

  const onArticleChance = async () => {
    await runs.idle();
    await guarded(async (runSignal) => {
      if (!(await locate(runSignal))) return;
      watch?.stop();
      watch = undefined;
      await analyse(runSignal);
    });
  };
  const onGrowth = async () => {
    await runs.idle();
    const at = art;
    if (!at || status !== 'done') return;
    // The app moved to another URL: the navigation's own restart is on its way and will start over.
    if (pageKey(doc.location?.href ?? '') !== at.key) return;
    const input = { ...at, article: at.element ?? null, claims, ranges, ...sendOpt };
    let replaced = false;
    await guarded(async (runSignal) => {
      const grown = await analyseGrowth({ ...input, signal: runSignal });
      runSignal.throwIfAborted();
      replaced = grown.kind === 'replaced';
      // The nodes under the claims were replaced by the same text: what was painted is gone, so paint it again.
      if (grown.relinked) show(claims, grown.relinked);
      if (grown.kind === 'more' || grown.kind === 'failed') at.grown++;
      if (grown.kind === 'more') {
        showMore(grown.claims, grown.ranges);
        // Saved claims not found before may be in the new text.
        void saved.refresh();
        if (grown.claims.length) void reportDisputed(claims, send);
      }
      if (grown.kind === 'more' || grown.relinked) settleDone();
      if (grown.kind === 'failed') settle('done', strings.newTextFailed(grown.error));
      if (grown.kind === 'full' || at.grown >= GROWTH_RUNS) watch?.stop();
    });
    if (!replaced) return;
    if (swaps.key !== at.key) swaps = { key: at.key, count: 0 };
    if (++swaps.count <= SWAPS_PER_URL) void api.start();
    else watch?.stop();
  };

  const api: Session = {
    start: () =>
      guarded(async (runSignal) => {
        watch?.stop();
        watch = undefined;
        art = undefined;
        show([], []);
        settle('analyzing');
        if (!/^https?:/.test(doc.location?.protocol ?? '')) return settle('no-article', strings.notWeb);
        void saved.refresh();
        await nextIdle(runSignal);
        if (await locate(runSignal)) await analyse(runSignal);
        // Client-rendered pages show their article some time after the script ran: wait for it, within bounds.
        else follow(onArticleChance, { ...SETTLE, ...ARTICLE_WAIT });
      }),
    // Before the first run has found the article there is nothing to redo, and aborting it would lose it.
    reanalyse() {
      void saved.refresh();
      return art ? guarded(analyse) : Promise.resolve();
    },
    state: () => ({
      status,
      ...(art ? { page: art.page } : {}),
      claims: claims.map((c, i) => ({ ...c, anchored: isLive(ranges[i]) })),
      ...(message ? { message } : {}),
      ...(saved.states().length ? { saved: saved.states() } : {}),
    }),
    scrollTo(index) {
      if (index >= claims.length) throw new Error(strings.noSuchClaim(index + 1));
      const range = ranges[index];
      if (!range || !isLive(range)) throw new Error(strings.claimGone);
      // An article in an iframe: bring the frame into view first, then the claim inside it.
      if (target() !== doc) target().defaultView?.frameElement?.scrollIntoView({ block: 'nearest' });
      scrollRangeToCentre(target(), range);
      surfaces.focusMarker(index);
    },
    toast: (text) => surfaces.toast(text),
    destroy() {
      runs.cancel();
      watch?.stop();
      saved.destroy();
      surfaces.destroy();
    },
  };
  return api;
}

/** The painted part of `claims` (anchored, with a verdict), indexed from `base` in the page state. */
function paintItems(claims: readonly ClaimResult[], ranges: readonly (Range | null)[], base: number) {
  return claims.flatMap((claim, i) => {
    const range = ranges[i];
    return range && claim.verdict !== 'unverified' ? [{ index: base + i, claim, range }] : [];
  });
}
