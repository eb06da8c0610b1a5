// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../../src/i18n';
import { type BackgroundRequest, type ContentRequest } from '../../../src/messaging/schemas';
import { runPopup, type PopupPorts, type PopupTab } from '../../../src/ui/popup/popup';
import { POLL_MAX_ATTEMPTS } from '../../../src/ui/popup/view-state';
import { claim, kyivSeed, match, pageState, savedSource } from './fixtures';

const ok = (data: unknown) => ({ ok: true, data });
const tab: PopupTab = { id: 7, url: 'https://news.example/story', title: 'Troops in Kursk' };

function fakePorts(pageReplies: unknown[], overrides: Partial<PopupPorts> = {}) {
  const toTab: ContentRequest[] = [];
  const toBackground: BackgroundRequest[] = [];
  const opened: string[] = [];
  let i = 0;
  const ports: PopupPorts = {
    findTab: async () => tab,
    sendToTab: async (_id, message) => {
      toTab.push(message);
      if (message.type !== 'page/state') return ok(null);
      const reply = pageReplies[Math.min(i++, pageReplies.length - 1)];
      if (reply instanceof Error) throw reply;
      return reply;
    },
    sendToBackground: async (message) => {
      toBackground.push(message);
      return ok({ sources: [savedSource()] });
    },
    extensionUrl: (path) => `chrome-extension://id${path}`,
    openTab: async (url) => void opened.push(url),
    wait: vi.fn(async () => undefined),
    ...overrides,
  };
  return { ports, toTab, toBackground, opened };
}

async function mount(ports: PopupPorts) {
  const root = document.createElement('div');
  await runPopup(root, ports);
  await new Promise((r) => setTimeout(r, 0)); // let the saved-claims request settle
  return root;
}

const texts = (root: ParentNode, sel: string) => [...root.querySelectorAll(sel)].map((n) => n.textContent?.trim());

describe('popup', () => {
  it('groups claims by verdict with their sources, conflicting first, unverified collapsed', async () => {
    const claims = [
      claim({ text: 'Corroborated claim.', start: 0 }),
      claim({ text: 'Unverified claim.', start: 10, verdict: 'unverified', matches: [] }),
      claim({ text: 'Conflicting claim.', start: 20, verdict: 'conflicting', matches: [match({ relation: 'conflicts', explanation: 'this page: M1978 · Kyiv Independent, Jan 2025: M1989' })] }),
    ];
    const { ports } = fakePorts([ok(pageState({ claims }))]);
    const root = await mount(ports);
    expect(texts(root, '.group-heading')).toEqual(['✕ Conflicting (1)', '✓ Corroborated (1)', '? Unverified (1)']);
    expect(root.querySelector('details[data-verdict="unverified"]')?.hasAttribute('open')).toBe(false);
    const conflict = root.querySelector('.group[data-verdict="conflicting"] .match')!;
    expect(conflict.querySelector('.relation')?.textContent).toBe('✕ Conflicts');
    expect(conflict.querySelector('.source-title')?.textContent).toBe(kyivSeed.title);
    expect(conflict.querySelector('.byline')?.textContent).toBe('Kyiv Independent · Jan 2025');
    expect(conflict.querySelector('.quote')?.textContent).toBe(match().quote);
    expect(conflict.querySelector('.explanation')?.textContent).toContain('M1978');
    expect(root.querySelector('.page-title')?.textContent).toBe('Troops in Kursk — Example News, 3 Feb 2025');
  });

  it('scrolls the page to a clicked claim and opens a seed source in the viewer', async () => {
    const claims = [claim({ text: 'Second', start: 50 }), claim({ text: 'First', start: 0 })];
    const { ports, toTab, opened } = fakePorts([ok(pageState({ claims }))]);
    const root = await mount(ports);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.claim-text')];
    expect(buttons.map((b) => b.textContent)).toEqual(['First', 'Second']);
    buttons[0]!.click();
    expect(toTab.at(-1)).toEqual({ type: 'page/scrollTo', index: 1 });
    const link = root.querySelector<HTMLAnchorElement>('.source-title')!;
    link.click();
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]!);
    expect(url.pathname).toBe('/viewer.html');
    expect(url.searchParams.get('id')).toBe(kyivSeed.id);
    expect(url.searchParams.get('start')).toBe(String(match().quoteStart));
    expect(link.getAttribute('href')).toBe(opened[0]);
  });

  it('keeps hostile page text as text', async () => {
    const evil = '<img src=x onerror="alert(1)">';
    const { ports } = fakePorts([ok(pageState({ claims: [claim({ text: evil, matches: [match({ quote: evil, explanation: evil })] })] }))]);
    const root = await mount(ports);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.claim-text')?.textContent).toBe(evil);
  });

  it('re-asks while the page is analysing, then shows the result', async () => {
    const { ports, toTab } = fakePorts([ok(pageState({ status: 'analyzing', claims: [] })), ok(pageState({ status: 'analyzing', claims: [] })), ok(pageState())]);
    const root = await mount(ports);
    expect(toTab.filter((m) => m.type === 'page/state')).toHaveLength(3);
    expect(ports.wait).toHaveBeenCalledTimes(2);
    expect(root.querySelectorAll('.claim')).toHaveLength(1);
  });

  it('stops re-asking after a bounded number of tries', async () => {
    const { ports, toTab } = fakePorts([ok(pageState({ status: 'analyzing', claims: [] }))]);
    const root = await mount(ports);
    expect(toTab).toHaveLength(POLL_MAX_ATTEMPTS);
    expect(root.querySelector('.status-title')?.textContent).toMatch(/Still checking/);
  });

  it('says to reload when no content script answers, and lists saved claims for the URL', async () => {
    const { ports, toBackground } = fakePorts([new Error('Could not establish connection. Receiving end does not exist.')]);
    const root = await mount(ports);
    expect(root.querySelector('.status-title')?.textContent).toBe('Reload the page to check it.');
    expect(toBackground).toEqual([{ type: 'sources/savedForUrl', url: tab.url }]);
    expect(texts(root, '.saved-list .quote')).toEqual([savedSource().text]);
    expect(root.querySelector('.saved .byline')?.textContent).toBe('Saved 3 Feb 2025');
  });

  it('explains browser pages and does not ask for their saved claims', async () => {
    const { ports, toBackground } = fakePorts([new Error('no receiver')], { findTab: async () => ({ id: 1, url: 'chrome://settings/' }) });
    const root = await mount(ports);
    expect(root.querySelector('.status-title')?.textContent).toMatch(/can't check this kind of page/);
    expect(toBackground).toEqual([]);
    expect(root.querySelector<HTMLElement>('.saved')?.hidden).toBe(true);
  });

  it('shows the no-article hint with the shortcut, without repeating it', async () => {
    const { ports } = fakePorts([ok(pageState({ status: 'no-article', claims: [], message: t('pageNotArticle') }))]);
    const root = await mount(ports);
    expect(root.querySelector('.status-title')?.textContent).toContain('Alt+Shift+S');
    expect(root.querySelector('.status-detail')?.textContent ?? '').toBe('');
  });

  it('gives the reason when an article could not be read', async () => {
    const reason = 'The article on this page is too short to check.';
    const { ports } = fakePorts([ok(pageState({ status: 'no-article', claims: [], message: reason }))]);
    const root = await mount(ports);
    expect(root.querySelector('.status-detail')?.textContent).toBe(reason);
  });

  it('reports a failed saved-claims request instead of failing silently', async () => {
    const { ports } = fakePorts([ok(pageState())], { sendToBackground: async () => ({ ok: false, error: 'store closed' }) });
    const root = await mount(ports);
    expect(root.querySelector('.saved-empty')?.textContent).toBe('store closed');
  });
});

describe('popup sources', () => {
  it('lists decisive sources openly and collapses related ones', async () => {
    const matches = [
      match({ relation: 'related', quote: 'related one', score: 0.9 }),
      match({ relation: 'conflicts', quote: 'conflict one' }),
      match({ relation: 'related', quote: 'related two', score: 0.1 }),
    ];
    const { ports } = fakePorts([ok(pageState({ claims: [claim({ verdict: 'conflicting', matches })] }))]);
    const root = await mount(ports);
    expect(texts(root, '.claim > .matches .quote')).toEqual(['conflict one']);
    const related = root.querySelector('.claim > details.related')!;
    expect(related.hasAttribute('open')).toBe(false);
    expect(related.querySelector('summary')?.textContent).toBe('≈ 2 related sources');
    expect(texts(related, '.quote')).toEqual(['related one', 'related two']);
  });
});
