// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageStateSchema } from '../../../src/messaging/schemas';
import { createSession } from '../../../src/page/session';

const PARAS = [
  'North Korea sent a contingent of <a href="#">11,000 troops</a> to Russia’s Kursk Oblast last year, officials said, adding that more units were expected to follow them in the spring.',
  'Pyongyang is expected to send <em>150</em> short-range ballistic missiles to Russia in 2025, the spy chief said in an interview published on Thursday by a defence magazine.',
  'Kyiv has said that North Korean troops have already suffered 4,000 casualties in the fighting there, though the number cannot be independently verified by reporters.',
];

function setArticle() {
  document.title = 'Test article';
  document.body.replaceChildren();
  const parsed = new DOMParser().parseFromString(
    `<nav><a href="/">Home</a></nav><article><h1>Headline here</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article>`,
    'text/html',
  );
  document.body.append(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
}

type Msg = { type: string; page: { url: string; title: string }; text: string };
const claimIn = (text: string, phrase: string, verdict: string) => {
  const start = text.indexOf(phrase);
  return { text: phrase, start: Math.max(0, start), end: Math.max(0, start) + phrase.length, verdict, matches: [] };
};
/** A fake background that marks three claims in whatever text it is sent, one of them not on the page. */
const answering = vi.fn(async (m: unknown) => {
  const { text } = m as Msg;
  return {
    ok: true,
    data: {
      claims: [
        claimIn(text, 'North Korea sent a contingent of 11,000 troops to Russia’s Kursk Oblast', 'conflicting'),
        claimIn(text, 'Pyongyang is expected to send 150 short-range ballistic missiles', 'unverified'),
        { text: 'A sentence the page does not have.', start: 0, end: 10, verdict: 'corroborated', matches: [] },
      ],
    },
  };
});

/** A content-script life that ends after each test, so no session keeps watching the next test's page. */
let lives: AbortController[] = [];
const life = () => {
  const c = new AbortController();
  lives.push(c);
  return c.signal;
};

const shadow = () => document.querySelector('claimlens-root')?.shadowRoot;

beforeEach(() => {
  // jsdom has no layout: ranges have no boxes and nothing scrolls.
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
  Element.prototype.scrollIntoView = vi.fn();
  answering.mockClear();
});
afterEach(() => {
  for (const c of lives) c.abort();
  lives = [];
  document.querySelector('claimlens-root')?.remove();
});

describe('page session', () => {
  it('analyses the article, anchors its claims on the page and paints the verdicts it has', async () => {
    setArticle();
    const session = createSession(document, life(), answering);
    expect(session.state().status).toBe('analyzing');
    await session.start();
    const msg = answering.mock.calls[0]![0] as Msg;
    expect(msg.type).toBe('page/analyze');
    expect(msg.page).toEqual({ url: document.location.href, title: 'Test article' });
    const state = session.state();
    expect(state.status).toBe('done');
    expect(state.claims.map((c) => [c.verdict, c.anchored])).toEqual([
      ['conflicting', true],
      ['unverified', true],
      ['corroborated', false],
    ]);
    expect(state.message).toBe('1 of 3 claims could not be found on the page.');
    // Only the anchored, verified claim gets a marker.
    const markers = Array.from(shadow()!.querySelectorAll('.marker'));
    expect(markers.map((m) => [m.textContent, m.getAttribute('aria-label')])).toEqual([['✕', 'Conflicting claim: 0 sources']]);
    session.destroy();
  });

  it('scrolls to anchored claims and explains why it cannot scroll to others', async () => {
    setArticle();
    const session = createSession(document, life(), answering);
    await session.start();
    session.scrollTo(0);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(shadow()!.activeElement?.classList.contains('marker')).toBe(true);
    expect(() => session.scrollTo(2)).toThrow('That claim could not be found on the page.');
    expect(() => session.scrollTo(7)).toThrow('There is no claim 8 on this page.');
    session.destroy();
  });

  it('says why a page is not checked, and adds nothing to it', async () => {
    document.body.replaceChildren();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Login' }));
    const session = createSession(document, life(), answering);
    await session.start();
    expect(session.state()).toEqual({ status: 'no-article', claims: [], message: expect.stringMatching(/does not look like an article/) });
    expect(answering).not.toHaveBeenCalled();
    expect(document.querySelector('claimlens-root')).toBeNull();
  });

  it('reports a failed analysis, within the size the popup accepts', async () => {
    setArticle();
    const session = createSession(document, life(), async () => ({ ok: false, error: 'store unavailable' }));
    await session.start();
    expect(session.state()).toMatchObject({ status: 'error', message: 'store unavailable', claims: [] });
    const verbose = createSession(document, life(), async () => ({ ok: false, error: 'x'.repeat(5000) }));
    await verbose.start();
    expect(PageStateSchema.safeParse(verbose.state()).success).toBe(true);
  });

  it('lets a store change during the first run pass without losing that run', async () => {
    setArticle();
    const session = createSession(document, life(), answering);
    const first = session.start();
    await session.reanalyse();
    await first;
    expect(session.state().status).toBe('done');
    expect(answering).toHaveBeenCalledTimes(1);
    session.destroy();
  });

  it('re-analyses when asked, and removes everything on destroy', async () => {
    setArticle();
    const session = createSession(document, life(), answering);
    await session.start();
    await session.reanalyse();
    expect(answering).toHaveBeenCalledTimes(2);
    expect(shadow()!.querySelectorAll('.marker')).toHaveLength(1);
    session.toast('Saved to ClaimLens');
    expect(shadow()!.querySelector('[role=status]')?.textContent).toBe('Saved to ClaimLens');
    session.destroy();
    expect(document.querySelector('claimlens-root')).toBeNull();
  });

  it('stops quietly when its context is invalidated mid-run', async () => {
    setArticle();
    const ending = new AbortController();
    const session = createSession(document, ending.signal, () => new Promise(() => {}));
    const run = session.start();
    await new Promise((r) => setTimeout(r, 20));
    ending.abort();
    await run;
    expect(session.state().status).toBe('analyzing');
    expect(document.querySelector('claimlens-root')).toBeNull();
  });
});
