// @vitest-environment jsdom
/**
 * The session on pages that change after it started: an article rendered late, paragraphs added later, an
 * article swapped for another; and nothing left behind however often it restarts. (Painting inside an iframe
 * needs a browser: jsdom refuses an AbortSignal from another window. The e2e test covers it.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession, type Session } from '../../../src/page/session';

const PARAS = [
  'North Korea sent a contingent of 11,000 troops to Russia’s Kursk Oblast last year, officials said, adding that more units were expected to follow them in the spring.',
  'Pyongyang is expected to send 150 short-range ballistic missiles to Russia in 2025, the spy chief said in an interview published on Thursday by a defence magazine.',
  'Kyiv has said that North Korean troops have already suffered 4,000 casualties in the fighting there, though the number cannot be independently verified by reporters.',
  'Analysts say the deployment gives the army its first large-scale combat experience in decades, and that the lessons it learns could change how it trains at home.',
];
const LATE = 'South Korea’s intelligence agency said that around 3,500 soldiers had been sent for military training, possibly for deployment in Ukraine, officials confirmed.';
const OTHER_STORY = [
  'Heavy rain flooded the lower town overnight, and the river rose above its banks for the first time in a decade, the regional weather service said on Monday morning.',
  'Volunteers filled sandbags through the night while firefighters pumped water out of cellars along the main street, and the mayor asked residents to stay indoors.',
  'The service expects the water to fall by Wednesday, although more rain is forecast for the hills upstream, where the ground is already soaked after a wet autumn.',
];
/** Phrases the fake background calls claims, with their verdicts. */
const CLAIMS: [string, string][] = [
  ['North Korea sent a contingent of 11,000 troops to Russia’s Kursk Oblast', 'conflicting'],
  ['Kyiv has said that North Korean troops have already suffered 4,000 casualties', 'corroborated'],
  ['around 3,500 soldiers had been sent for military training', 'conflicting'],
  ['the river rose above its banks for the first time in a decade', 'corroborated'],
];

type Analyze = { type: 'page/analyze'; page: { url: string }; text: string };
/** A fake background: claims every known phrase in the text it gets; records `page/disputed` counts. */
function fakeBackground() {
  const analysed: string[] = [];
  const disputed: number[] = [];
  const send = vi.fn(async (m: unknown) => {
    const msg = m as Analyze | { type: 'page/disputed'; count: number };
    if (msg.type === 'page/disputed') return disputed.push(msg.count), { ok: true, data: null };
    analysed.push(msg.text);
    const claims = CLAIMS.flatMap(([phrase, verdict]) => {
      const start = msg.text.indexOf(phrase);
      return start < 0 ? [] : [{ text: phrase, start, end: start + phrase.length, verdict, matches: [] }];
    });
    return { ok: true, data: { claims } };
  });
  return { send, analysed, disputed };
}

const para = (doc: Document, text: string) => Object.assign(doc.createElement('p'), { textContent: text });
function setArticle(doc: Document, paras: string[], title = 'Headline here') {
  const article = doc.createElement('article');
  article.append(Object.assign(doc.createElement('h1'), { textContent: title }), ...paras.map((p) => para(doc, p)));
  doc.body.replaceChildren(Object.assign(doc.createElement('nav'), { textContent: 'Home' }), article);
}
const markers = (doc: Document = document) => Array.from(doc.querySelector('claimlens-root')?.shadowRoot?.querySelectorAll('.marker') ?? []);
/** Runs timers (page changes settle, idle callbacks) and the promises they release. */
const pass = (ms: number) => vi.advanceTimersByTimeAsync(ms);

let sessions: Session[] = [];
const session = (send: (m: unknown) => Promise<unknown>, life = new AbortController()) => {
  const s = createSession(document, life.signal, send);
  sessions.push(s);
  return s;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
  document.body.replaceChildren();
});
afterEach(() => {
  for (const s of sessions) s.destroy();
  sessions = [];
  vi.useRealTimers();
});

describe('a session on a page that changes', () => {
  it('waits for an article a script renders later, then analyses it', async () => {
    document.body.replaceChildren(para(document, 'Loading…'));
    const bg = fakeBackground();
    const s = session(bg.send);
    await Promise.all([s.start(), pass(100)]);
    expect(s.state().status).toBe('no-article');
    expect(bg.analysed).toEqual([]);

    setArticle(document, PARAS);
    await pass(1_000);
    expect(bg.analysed).toHaveLength(1);
    expect(s.state().status).toBe('done');
    expect(markers().map((m) => m.textContent)).toEqual(['✕', '✓']);
  });

  it('gives up waiting for an article after a while', async () => {
    document.body.replaceChildren(para(document, 'Loading…'));
    const bg = fakeBackground();
    const s = session(bg.send);
    await Promise.all([s.start(), pass(100)]);
    await pass(31_000);
    setArticle(document, PARAS);
    await pass(5_000);
    expect(bg.analysed).toEqual([]);
    expect(s.state().status).toBe('no-article');
  });

  it('analyses only paragraphs added later, and adds their claims without repainting the others', async () => {
    setArticle(document, PARAS);
    const bg = fakeBackground();
    const s = session(bg.send);
    await Promise.all([s.start(), pass(100)]);
    const first = markers()[0];
    expect(markers()).toHaveLength(2);

    document.querySelector('article')!.append(para(document, LATE));
    await pass(1_000);
    expect(bg.analysed).toHaveLength(2);
    expect(bg.analysed[1]).toBe(LATE);
    const state = s.state();
    expect(state.claims.map((c) => [c.verdict, c.anchored])).toEqual([
      ['conflicting', true],
      ['corroborated', true],
      ['conflicting', true],
    ]);
    // The new claim's offsets hold in the whole text analysed so far (what a store change re-analyses).
    const added = state.claims[2]!;
    expect(added.start).toBeGreaterThan(bg.analysed[0]!.length);
    expect(markers()).toHaveLength(3);
    expect(markers()[0]).toBe(first);
    expect(first!.isConnected).toBe(true);
    // The badge counts both disputed claims, not only the one in the last piece.
    expect(bg.disputed).toEqual([2]);

    // A store change re-analyses everything analysed so far, in one piece, with the same offsets.
    await Promise.all([s.reanalyse(), pass(100)]);
    expect(bg.analysed[2]).toBe(`${bg.analysed[0]}\n\n${LATE}`);
    expect(s.state().claims[2]).toMatchObject({ start: added.start, end: added.end, anchored: true });
  });

  it('re-reads the article from its element on the page, not sending what Readability left out', async () => {
    setArticle(document, PARAS);
    const share = Object.assign(document.createElement('div'), { className: 'social-links', textContent: 'Share this story with a friend by email' });
    document.querySelector('article')!.prepend(share);
    const bg = fakeBackground();
    const s = session(bg.send);
    await Promise.all([s.start(), pass(100)]);
    expect(bg.analysed[0]).not.toContain('Share this story');
    document.querySelector('article')!.append(para(document, LATE));
    // Text outside the article (a comments section loading late) is not the article's.
    document.body.append(para(document, `${OTHER_STORY[0]} (a reader's comment)`));
    await pass(1_000);
    expect(bg.analysed.slice(1)).toEqual([LATE]);
    expect(s.state().claims).toHaveLength(3);
  });

  it('does nothing for changes that bring no new paragraph', async () => {
    setArticle(document, PARAS);
    const bg = fakeBackground();
    const s = session(bg.send);
    await Promise.all([s.start(), pass(100)]);
    document.querySelector('nav')!.append(para(document, 'Sign in'));
    document.body.append(Object.assign(document.createElement('aside'), { textContent: 'Advertisement' }));
    await pass(2_000);
    expect(bg.analysed).toHaveLength(1);
    expect(s.state().claims).toHaveLength(2);
  });

  it('starts over when the article is swapped for another one', async () => {
    setArticle(document, PARAS);
    const bg = fakeBackground();
    const s = session(bg.send);
    await Promise.all([s.start(), pass(100)]);
    setArticle(document, OTHER_STORY, 'Floods in the lower town');
    await pass(2_000);
    expect(bg.analysed.at(-1)).toContain(OTHER_STORY[0]);
    expect(bg.analysed.at(-1)).not.toContain(PARAS[0]);
    expect(s.state().claims.map((c) => c.text)).toEqual(['the river rose above its banks for the first time in a decade']);
    expect(markers()).toHaveLength(1);
  });

  it('finds its claims again when the page re-renders the same article with new nodes', async () => {
    setArticle(document, PARAS);
    const bg = fakeBackground();
    const s = session(bg.send);
    await Promise.all([s.start(), pass(100)]);
    const article = document.querySelector('article')!;
    // What a framework does on a re-render: the same text in new nodes, in the same article element.
    article.replaceChildren(...Array.from(article.children, (el) => el.cloneNode(true)));
    expect(s.state().claims.map((c) => c.anchored)).toEqual([false, false]);
    await pass(1_000);
    expect(bg.analysed).toHaveLength(1);
    expect(s.state().claims.map((c) => c.anchored)).toEqual([true, true]);
    expect(markers()).toHaveLength(2);
  });

  it('stops starting over on a page that swaps its article again and again', async () => {
    setArticle(document, PARAS);
    const bg = fakeBackground();
    const s = session(bg.send);
    await Promise.all([s.start(), pass(100)]);
    for (let i = 0; i < 15; i++) {
      // An app re-mounting the same story: every paragraph node is new each time.
      setArticle(document, i % 2 ? PARAS : OTHER_STORY);
      await pass(2_000);
    }
    expect(bg.analysed).toHaveLength(1 + 10);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never shows what a cancelled analysis answers late', async () => {
    setArticle(document, PARAS);
    const bg = fakeBackground();
    let release = () => {};
    let calls = 0;
    // The first analysis answers only when released, after the app has moved on to another story.
    const send = vi.fn((m: unknown) => (calls++ === 0 ? new Promise((r) => (release = () => r(bg.send(m)))) : bg.send(m)));
    const s = session(send);
    void s.start();
    await pass(100);
    setArticle(document, OTHER_STORY, 'Floods in the lower town');
    await Promise.all([s.start(), pass(100)]);
    release();
    await pass(1_000);
    expect(s.state().claims.map((c) => c.text)).toEqual(['the river rose above its banks for the first time in a decade']);
    expect(markers()).toHaveLength(1);
  });

  it('spends none of its looks on changes outside the article (a ticker), so later paragraphs are still followed', async () => {
    setArticle(document, PARAS);
    const bg = fakeBackground();
    const s = session(bg.send);
    await Promise.all([s.start(), pass(100)]);
    const ticker = document.body.appendChild(para(document, 'Markets open.'));
    // More ticks than the session allows looks at the page.
    for (let i = 0; i < 70; i++) {
      ticker.textContent = `Markets update number ${i}.`;
      await pass(1_000);
    }
    document.querySelector('article')!.append(para(document, LATE));
    await pass(1_000);
    expect(bg.analysed).toEqual([expect.any(String), LATE]);
  });

  it('stops following a page that keeps growing after its last allowed analysis', async () => {
    setArticle(document, PARAS);
    const bg = fakeBackground();
    const s = session(bg.send);
    await Promise.all([s.start(), pass(100)]);
    for (let i = 0; i < 30; i++) {
      document.querySelector('article')!.append(para(document, `${LATE} Update number ${i + 1} from the newsroom.`));
      await pass(1_000);
    }
    expect(bg.analysed).toHaveLength(1 + 20);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('nothing left behind', () => {
  /** MutationObservers that are observing right now. */
  const observing = new Set<MutationObserver>();
  const Real = globalThis.MutationObserver;
  beforeEach(() => {
    observing.clear();
    globalThis.MutationObserver = class extends Real {
      override observe(target: Node, options?: MutationObserverInit) {
        observing.add(this);
        super.observe(target, options);
      }
      override disconnect() {
        observing.delete(this);
        super.disconnect();
      }
    };
  });
  afterEach(() => {
    globalThis.MutationObserver = Real;
  });

  it('keeps one observer however often the page navigates, and none, nor any timer, once destroyed', async () => {
    setArticle(document, PARAS);
    const bg = fakeBackground();
    const s = session(bg.send);
    for (let i = 0; i < 10; i++) {
      // What a single-page app's navigations look like to the session: a new story, then a restart.
      setArticle(document, i % 2 ? OTHER_STORY : PARAS);
      await Promise.all([s.start(), pass(100)]);
      document.querySelector('article')!.append(para(document, `${LATE} (${i})`));
      await pass(1_000);
      expect(observing.size).toBe(1);
    }
    expect(document.querySelectorAll('claimlens-root')).toHaveLength(1);
    s.destroy();
    expect(observing.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(document.querySelector('claimlens-root')).toBeNull();
  });

  it('stops waiting for an article, and leaves no observer, when the content script goes away', async () => {
    document.body.replaceChildren(para(document, 'Loading…'));
    const life = new AbortController();
    const bg = fakeBackground();
    const s = session(bg.send, life);
    await Promise.all([s.start(), pass(100)]);
    expect(observing.size).toBe(1);
    life.abort();
    expect(observing.size).toBe(0);
    setArticle(document, PARAS);
    await pass(2_000);
    expect(bg.analysed).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cancels an analysis in flight when it is destroyed', async () => {
    setArticle(document, PARAS);
    let asked = 0;
    const never = vi.fn(() => (asked++, new Promise(() => {})));
    const s = session(never);
    void s.start();
    await pass(100);
    expect(asked).toBe(1);
    s.destroy();
    await pass(40_000);
    expect(s.state().status).toBe('analyzing');
    expect(vi.getTimerCount()).toBe(0);
  });
});
