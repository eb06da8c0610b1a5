/**
 * The reader's saved claims on the page they were saved from: asks the background for them, finds each one
 * again (`saved-anchor.ts`), paints them as saved and keeps their state (`found`, `changed`, `orphaned`)
 * for the popup. Exact finds show at once; the fuzzy searches follow one claim at a time in idle slices.
 * A refresh cancels the one before it; nothing here outlives `signal`.
 */
import { browser } from 'wxt/browser';
import type { SavedAnchor } from '../messaging/saved-anchors';
import { replySchema, SavedForUrlReply, type StoredSourceView } from '../messaging/schemas';
import { preparePageTextAsync, type PageText } from './anchor';
import type { SendToBackground } from './analysis-client';
import type { QuoteSelector } from './quote-match';
import { anchorExactly, anchorFuzzily } from './saved-anchor';
import { createSavedHighlighter, type SavedHighlighter } from './saved-highlight';
import { buildTextMapAsync } from './text-map';
import { drainInSlices, isAbort, nextIdle } from './timing';

export interface SavedClaims {
  /** Asks for the saved claims of the page's current URL and finds them again; resolves when all are settled. */
  refresh(): Promise<void>;
  /** Each saved claim's state, newest saved first; empty until the background has answered. */
  states(): SavedAnchor[];
  destroy(): void;
}

/** How long to wait for the background's list (ms); it may have to wake up and open the store first. */
export const SAVED_WAIT_MS = 15_000;
/** At most this many saved claims of one URL are looked for (newest first): bounds the work on a page. */
export const MAX_SAVED_ANCHORED = 200;

interface Entry {
  id: string;
  selector: QuoteSelector;
  state: SavedAnchor['state'];
  range: Range | null;
  now?: string;
}

const SavedReply = replySchema(SavedForUrlReply);
const sendViaRuntime: SendToBackground = (message) => browser.runtime.sendMessage(message);

export function createSavedClaims(doc: Document, signal: AbortSignal, send: SendToBackground = sendViaRuntime): SavedClaims {
  let entries: Entry[] = [];
  let run: AbortController | undefined;
  let highlighter: SavedHighlighter | undefined;
  /** Length of the page text the last search ran over: orphans stay orphans while it is the same. */
  let searchedLength = -1;
  const paint = () => {
    const ranges = entries.flatMap((e) => (e.range ? [e.range] : []));
    if (ranges.length || highlighter) (highlighter ??= createSavedHighlighter(doc)).set(ranges);
  };

  const anchorAll = async (page: PageText, runSignal: AbortSignal) => {
    const pending = entries.filter((x) => x.state === 'searching');
    await drainInSlices(exactSteps(page, pending), runSignal);
    paint();
    for (const e of entries.filter((x) => x.state === 'searching')) {
      const hit = await anchorFuzzily(page, e.selector, runSignal);
      e.state = hit ? 'changed' : 'orphaned';
      e.range = hit?.range ?? null;
      if (hit?.now) e.now = hit.now;
      paint();
    }
  };

  return {
    async refresh() {
      run?.abort();
      const mine = (run = new AbortController());
      const runSignal = AbortSignal.any([signal, mine.signal]);
      try {
        await nextIdle(runSignal);
        const sources = await listSaved(doc.location?.href ?? '', send, runSignal);
        entries = sources.slice(0, MAX_SAVED_ANCHORED).map((s) => keptOrNew(s, entries));
        if (!entries.length || !doc.body) return paint();
        // Until the page's text is mapped, what is painted stays (no flicker when a save adds one claim).
        if (entries.every((e) => e.state === 'found' || e.state === 'changed')) return paint();
        const map = await buildTextMapAsync(doc.body, runSignal);
        // Orphans are searched for again only when the page's text changed since (late content, say).
        if (map.text.length !== searchedLength) for (const e of entries) if (e.state === 'orphaned') e.state = 'searching';
        searchedLength = map.text.length;
        if (!entries.some((e) => e.state === 'searching')) return paint();
        await anchorAll(await preparePageTextAsync(map, runSignal), runSignal);
      } catch (err) {
        if (runSignal.aborted || isAbort(err)) return;
        // A search that failed outright found nothing: say so rather than "searching" for ever.
        for (const e of entries) if (e.state === 'searching') e.state = 'orphaned';
      }
    },
    states: () => entries.map((e) => ({ id: e.id, state: e.state, ...(e.state === 'changed' && e.now ? { now: e.now } : {}) })),
    destroy() {
      run?.abort();
      highlighter?.destroy();
      highlighter = undefined;
      entries = [];
    },
  };
}

/** Position and exact-quote anchoring, one claim per step (each is a few string scans of the page). */
function* exactSteps(page: PageText, pending: readonly Entry[]): Generator<void> {
  for (const e of pending) {
    const hit = anchorExactly(page, e.selector);
    if (hit) {
      e.state = 'found';
      e.range = hit.range;
    }
    yield;
  }
}

/**
 * The entry for `source`: the one found before, while its range still covers text on the page, or an
 * orphan (a refresh after another save need not search again); else a fresh one to search for.
 */
function keptOrNew(source: StoredSourceView, before: readonly Entry[]): Entry {
  const old = before.find((e) => e.id === source.id);
  if (old?.state === 'orphaned') return old;
  if (old?.range && !old.range.collapsed && old.range.startContainer.isConnected) return old;
  return { id: source.id, selector: selectorOf(source), state: 'searching', range: null };
}

/** A saved record's selector; records without one (imports) are looked for by their text alone. */
function selectorOf(source: StoredSourceView): QuoteSelector {
  return source.selector ?? { exact: source.text, prefix: '', suffix: '' };
}

/** The saved claims for `url` (newest first); none when the page is not http(s) or the answer is unusable. */
async function listSaved(url: string, send: SendToBackground, signal: AbortSignal): Promise<StoredSourceView[]> {
  if (!/^https?:/.test(url)) return [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort = () => {};
  const expired = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), SAVED_WAIT_MS)));
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const raw = await Promise.race([send({ type: 'sources/savedForUrl', url: url.slice(0, 4000) }), expired, aborted]);
    const reply = SavedReply.safeParse(raw);
    return reply.success && reply.data.ok ? reply.data.data.sources.filter((s) => s.kind === 'saved') : [];
  } catch {
    if (signal.aborted) throw signal.reason;
    return [];
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
