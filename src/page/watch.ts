/**
 * Watches a page for text that appears after it loaded (client rendering, late paragraphs, infinite
 * scroll, an iframe that loads its article) and calls back once each burst of changes has settled.
 * Bounded three ways: a burst can hold the callback back only so long, the callback runs a limited number
 * of times, and the watch can have a lifetime. Everything it registers goes when it stops.
 */
import { sameOriginFrameDocs } from './frames';
import { SKIP_TAGS } from './extract';
import { HOST_TAG } from './text-map';

export interface WatchOptions {
  /** Stops the watch for good when it aborts (the session's or the content script's life). */
  signal: AbortSignal;
  /** Quiet time after the last change before `onChange` runs (ms). */
  quietMs: number;
  /** Longest a steady stream of changes can hold `onChange` back (ms), so a ticker can't starve it. */
  maxDelayMs: number;
  /** `onChange` runs at most this many times; the watch then stops. */
  maxRuns: number;
  /** The watch stops this long after it started (ms); without it, only `maxRuns` and `signal` end it. */
  lifetimeMs?: number;
  /** Which changes matter (besides adding text): e.g. only those inside the article. All when left out. */
  accept?: (record: MutationRecord) => boolean;
}

export interface Watch {
  /** Disconnects the observer, drops a pending call and every listener. Safe to call more than once. */
  stop(): void;
  readonly stopped: boolean;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * Watches `doc` and its same-origin iframes for added text. `onChange` never overlaps itself: changes
 * seen while it runs are gathered into one more call after it. Errors it throws are its own business.
 */
export function watchForText(doc: Document, onChange: () => unknown, opts: WatchOptions): Watch {
  const life = new AbortController();
  let runs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let burstStart: number | undefined;
  let running = false;
  let pending = false;

  const stop = () => {
    if (life.signal.aborted) return;
    life.abort();
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(lifetime);
  };
  const fire = async () => {
    burstStart = undefined;
    pending = false;
    running = true;
    runs++;
    try {
      await onChange();
    } catch {
      // The caller reports its own failures; a throw here must not end the watch.
    } finally {
      running = false;
    }
    if (runs >= opts.maxRuns) stop();
    else if (pending) schedule();
  };
  const schedule = () => {
    if (life.signal.aborted) return;
    pending = true;
    if (running) return;
    const now = Date.now();
    burstStart ??= now;
    clearTimeout(timer);
    timer = setTimeout(() => void fire(), Math.min(opts.quietMs, Math.max(0, burstStart + opts.maxDelayMs - now)));
  };

  const observer = new MutationObserver((records) => {
    if (records.some((r) => (opts.accept?.(r) ?? true) && addsText(r))) schedule();
  });
  // An iframe that (re)loads has a new document: observe that one too, and look again.
  const observeAll = () => {
    observer.disconnect();
    for (const d of [doc, ...sameOriginFrameDocs(doc)]) if (d.documentElement) observer.observe(d.documentElement, OBSERVE);
  };
  observeAll();
  doc.addEventListener(
    'load',
    (event) => {
      if ((event.target as Element | null)?.localName !== 'iframe') return;
      observeAll();
      schedule();
    },
    { capture: true, signal: life.signal },
  );
  opts.signal.addEventListener('abort', stop, { once: true, signal: life.signal });
  const lifetime = opts.lifetimeMs === undefined ? undefined : setTimeout(stop, opts.lifetimeMs);
  if (opts.signal.aborted) stop();

  return {
    stop,
    get stopped() {
      return life.signal.aborted;
    },
  };
}

/** True when a mutation may have added readable text: our own UI, scripts, styles and empty nodes don't count. */
export function addsText(record: MutationRecord): boolean {
  if (insideOurHost(record.target)) return false;
  if (record.type === 'characterData') return /\S/.test(record.target.nodeValue ?? '');
  for (const node of record.addedNodes) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.localName === HOST_TAG || SKIP_TAGS.has(el.tagName.toUpperCase())) continue;
    if (el.localName === 'iframe' || /\S/.test(el.textContent ?? '')) return true;
  }
  return false;
}

function insideOurHost(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).localName === HOST_TAG) return true;
  }
  return false;
}
