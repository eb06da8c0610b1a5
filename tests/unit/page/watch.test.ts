// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addsText, watchForText, type WatchOptions } from '../../../src/page/watch';

const addParagraph = (text = 'A paragraph of news text.', parent: Element = document.body) =>
  parent.appendChild(Object.assign(document.createElement('p'), { textContent: text }));
/** Lets MutationObserver deliver its records (a microtask), then moves the clock on. */
const after = async (ms: number) => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
};
const opts = (over: Partial<WatchOptions> = {}): WatchOptions => ({
  signal: new AbortController().signal,
  quietMs: 500,
  maxDelayMs: 2_000,
  maxRuns: 10,
  ...over,
});

let stops: (() => void)[] = [];
const watch = (onChange: () => unknown, o: WatchOptions) => {
  const w = watchForText(document, onChange, o);
  stops.push(w.stop);
  return w;
};

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.useRealTimers();
});

describe('watching a page for new text', () => {
  it('calls back once a burst of changes has been quiet for a while', async () => {
    const onChange = vi.fn();
    watch(onChange, opts());
    for (let i = 0; i < 5; i++) {
      addParagraph();
      await after(200);
    }
    expect(onChange).not.toHaveBeenCalled();
    await after(500);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('does not let a page that never stops changing hold the call back beyond the longest delay', async () => {
    const onChange = vi.fn();
    watch(onChange, opts({ quietMs: 500, maxDelayMs: 1_500 }));
    for (let i = 0; i < 8; i++) {
      addParagraph(`Ticker item ${i}`);
      await after(300);
    }
    // 2.4 s of changes every 300 ms: never quiet for 500 ms, yet called within 1.5 s of the first change.
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('ignores changes that add no readable text: attributes, empty elements, scripts, our own UI', async () => {
    const onChange = vi.fn();
    watch(onChange, opts());
    document.body.setAttribute('class', 'scrolled');
    document.body.append(document.createElement('div'));
    document.body.append(Object.assign(document.createElement('script'), { type: 'application/ld+json', textContent: '{"@type":"NewsArticle"}' }));
    const host = document.createElement('claimlens-root');
    document.documentElement.append(host);
    host.append(Object.assign(document.createElement('span'), { textContent: '✓' }));
    await after(3_000);
    expect(onChange).not.toHaveBeenCalled();
    addParagraph();
    await after(600);
    expect(onChange).toHaveBeenCalledTimes(1);
    host.remove();
  });

  it('counts only the changes its caller accepts', async () => {
    const article = document.body.appendChild(document.createElement('article'));
    const onChange = vi.fn();
    watch(onChange, opts({ accept: (r) => article.contains(r.target) }));
    addParagraph('Breaking: a ticker line outside the article.');
    await after(1_000);
    expect(onChange).not.toHaveBeenCalled();
    addParagraph('A new paragraph of the article.', article);
    await after(600);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('never overlaps itself: changes during a call are gathered into one more call', async () => {
    let running = 0;
    let overlapped = false;
    const onChange = vi.fn(async () => {
      running++;
      overlapped ||= running > 1;
      await new Promise((r) => setTimeout(r, 2_000));
      running--;
    });
    watch(onChange, opts());
    addParagraph();
    await after(600);
    expect(onChange).toHaveBeenCalledTimes(1);
    addParagraph();
    await after(600);
    addParagraph();
    await after(600);
    expect(onChange).toHaveBeenCalledTimes(1);
    await after(3_000);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(overlapped).toBe(false);
  });

  it('keeps watching when a call fails', async () => {
    const onChange = vi.fn(() => {
      throw new Error('boom');
    });
    watch(onChange, opts());
    addParagraph();
    await after(600);
    addParagraph();
    await after(600);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('stops after its last allowed call, and at the end of its lifetime', async () => {
    const onChange = vi.fn();
    const w = watch(onChange, opts({ maxRuns: 2 }));
    for (let i = 0; i < 4; i++) {
      addParagraph();
      await after(600);
    }
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(w.stopped).toBe(true);

    const late = vi.fn();
    const timed = watch(late, opts({ lifetimeMs: 5_000 }));
    await after(5_000);
    expect(timed.stopped).toBe(true);
    addParagraph();
    await after(600);
    expect(late).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops when its signal aborts, dropping a call that was about to run and leaving no timer behind', async () => {
    const life = new AbortController();
    const onChange = vi.fn();
    const w = watch(onChange, opts({ signal: life.signal, lifetimeMs: 30_000 }));
    addParagraph();
    await after(100);
    life.abort();
    expect(w.stopped).toBe(true);
    await after(1_000);
    addParagraph();
    await after(1_000);
    expect(onChange).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not start at all on an aborted signal', async () => {
    const life = new AbortController();
    life.abort();
    const onChange = vi.fn();
    expect(watch(onChange, opts({ signal: life.signal })).stopped).toBe(true);
    addParagraph();
    await after(1_000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('watches the documents of same-origin iframes too', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const inner = frame.contentDocument!;
    inner.body.replaceChildren();
    const onChange = vi.fn();
    watch(onChange, opts());
    // Appending the frame was before the watch began; now only the frame's own document changes.
    inner.body.append(Object.assign(inner.createElement('p'), { textContent: 'Text inside the frame.' }));
    await after(600);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('addsText', () => {
  const record = (over: Partial<MutationRecord>) => ({ type: 'childList', target: document.body, addedNodes: [] as unknown as NodeList, ...over }) as MutationRecord;
  const nodes = (...n: Node[]) => n as unknown as NodeList;

  it.each([
    ['a text node with words', nodes(document.createTextNode('Words')), true],
    ['a whitespace text node', nodes(document.createTextNode('  \n ')), false],
    ['an element with text', nodes(Object.assign(document.createElement('p'), { textContent: 'Hi' })), true],
    ['an empty element', nodes(document.createElement('div')), false],
    ['an iframe (its document loads later)', nodes(document.createElement('iframe')), true],
    ['a style element', nodes(Object.assign(document.createElement('style'), { textContent: 'p{}' })), false],
  ])('%s -> %s', (_, addedNodes, expected) => {
    expect(addsText(record({ addedNodes }))).toBe(expected);
  });

  it('counts edited text, but not inside our own host', () => {
    const text = document.createTextNode('Edited words');
    expect(addsText(record({ type: 'characterData', target: text }))).toBe(true);
    const host = document.createElement('claimlens-root');
    host.append(text);
    expect(addsText(record({ type: 'characterData', target: text }))).toBe(false);
  });
});
